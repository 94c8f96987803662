/** The XCCOS chat service core: sessions in, commands and posts handled, replies and deliveries out. */
package org.persistentchat.chat;
