/**
 * Rooms for plain SIP clients over SIP MESSAGE (RFC 3428), in the manner of Kamailio's imc module:
 * each room answers at {@code sip:<alias>@<chat domain>}, {@code #}-commands in message bodies
 * join, leave, list and read history, anything else is a post. Members are standing sessions in
 * the chat core's session registry, so posts, permissions, history and compliance are the XCCOS
 * ones; see docs/adr/0015.
 */
package org.persistentchat.sipmessage;
