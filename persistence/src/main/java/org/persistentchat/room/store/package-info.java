/** Stores of categories, rooms and role assignments, with their typed errors. */
package org.persistentchat.room.store;
