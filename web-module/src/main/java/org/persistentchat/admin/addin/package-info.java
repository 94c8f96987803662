/** /api/addins: New/Get/Set/Remove-CsPersistentChatAddin; rooms name their add-in. */
package org.persistentchat.admin.addin;
