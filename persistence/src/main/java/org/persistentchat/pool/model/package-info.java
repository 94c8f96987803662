/** Entities that coordinate the chat servers of one pool on a shared mgc database. */
package org.persistentchat.pool.model;
