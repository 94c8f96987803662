/** The chat history store: gap-free per-room numbering, backchat, paging and search. */
package org.persistentchat.message.store;
