/** /api/rooms: New/Get/Set/Remove-CsPersistentChatRoom with members, managers and presenters. */
package org.persistentchat.admin.room;
