/** Whether each part the chat service needs is reachable: both databases, the JMS queue, the SIP listening points. */
package org.persistentchat.health;
