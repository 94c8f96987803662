/** Chat messages: posting into a room (check, store, fan out in order) and reading backchat. */
package org.persistentchat.message;
