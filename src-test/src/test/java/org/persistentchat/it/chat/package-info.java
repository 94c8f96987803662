/** The chat service over XCCOS against the deployed EAR, driven by real SIP clients. */
package org.persistentchat.it.chat;
