/** The JAIN-SIP stack: listening points, requests awaiting responses, and sending. */
package org.persistentchat.sip.adapter.transport;
