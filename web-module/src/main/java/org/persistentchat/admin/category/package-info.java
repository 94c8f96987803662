/** /api/categories: New/Get/Set/Remove-CsPersistentChatCategory with scope and creators. */
package org.persistentchat.admin.category;
