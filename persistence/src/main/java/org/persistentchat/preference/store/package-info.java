/** The preference store: versioned client preferences with an optimistic version check. */
package org.persistentchat.preference.store;
