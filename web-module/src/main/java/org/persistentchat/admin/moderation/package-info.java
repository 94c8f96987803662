/**
 * Message moderation (Remove-CsPersistentChatMessage) and Clear-CsPersistentChatRoom: every
 * removal and replacement is recorded for compliance in the same transaction as the change.
 */
package org.persistentchat.admin.moderation;
