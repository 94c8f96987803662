/** Plain SIP clients (baresip, SIPp, JAIN-SIP) in Persistent Chat rooms over SIP MESSAGE, beside XCCOS clients. */
package org.persistentchat.it.sipmessage;
