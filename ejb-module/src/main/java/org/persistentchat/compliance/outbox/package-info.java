/** The compliance outbox: events written to mgc with the chat change they record, and the relay that moves them to the compliance queue. */
package org.persistentchat.compliance.outbox;
