/** The compliance outbox store: append in the chat write's transaction, read, adopt and delete for the relay. */
package org.persistentchat.compliance.outbox.store;
