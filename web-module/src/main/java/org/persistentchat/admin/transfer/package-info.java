/**
 * Export-CsPersistentChatData and Import-CsPersistentChatData over REST: a ZIP of JSON files
 * written by a background job, and read back in one transaction that either applies all of it or
 * nothing.
 */
package org.persistentchat.admin.transfer;
