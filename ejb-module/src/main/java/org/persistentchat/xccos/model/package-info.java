/**
 * The XCCOS vocabulary as immutable values: wire identifiers, the commands and chat posts a
 * client sends, and the replies, notices and deliveries the server sends back.
 */
package org.persistentchat.xccos.model;
