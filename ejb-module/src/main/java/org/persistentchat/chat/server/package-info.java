/** The chat core inside the container: its one instance, its transactions and its settings. */
package org.persistentchat.chat.server;
