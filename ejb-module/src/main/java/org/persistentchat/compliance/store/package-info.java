/** mgccomp access: recording events idempotently, reading batches and the pool-wide run lock. */
package org.persistentchat.compliance.store;
