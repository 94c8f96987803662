/** Rooms as the chat service sees them: lookup by wire URI, access checks, search and membership. */
package org.persistentchat.room;
