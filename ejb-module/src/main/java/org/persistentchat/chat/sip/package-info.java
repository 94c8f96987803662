/** The chat service on SIP: sessions are INVITE dialogs, commands and posts arrive as INFO, replies leave as INFO. */
package org.persistentchat.chat.sip;
