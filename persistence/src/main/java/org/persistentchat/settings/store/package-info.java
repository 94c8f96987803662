/** The settings store: scoped settings objects, their validation and precedence. */
package org.persistentchat.settings.store;
