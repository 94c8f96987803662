/** This node's place in the pool: schema migration at start-up and its registration in mgc. */
package org.persistentchat.pool;
