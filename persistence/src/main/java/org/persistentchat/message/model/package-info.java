/** Entities of chat history: messages and the per-room message sequence. */
package org.persistentchat.message.model;
