/** The compliance outbox of the mgc database: events written with the chat change they record, awaiting the relay to the queue. */
package org.persistentchat.compliance.outbox.model;
