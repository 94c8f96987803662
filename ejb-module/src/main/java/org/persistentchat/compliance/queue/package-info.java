/** The compliance queue: the sender the outbox relay uses, the wire format and the consuming MDB. */
package org.persistentchat.compliance.queue;
