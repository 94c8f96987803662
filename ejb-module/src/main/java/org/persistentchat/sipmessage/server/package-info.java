/** The SIP MESSAGE front end inside the container: its one instance, its MDB and its settings. */
package org.persistentchat.sipmessage.server;
