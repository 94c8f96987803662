/** SIP against the deployed EAR: OPTIONS from SIPp, and bad input over raw sockets. */
package org.persistentchat.it.sip;
