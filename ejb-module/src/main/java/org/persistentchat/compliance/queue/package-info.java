/** The compliance queue: the producer the chat service calls, the wire format and the consuming MDB. */
package org.persistentchat.compliance.queue;
