/** The invitation store: who is told about which room, in a per-user sequence. */
package org.persistentchat.invitation.store;
