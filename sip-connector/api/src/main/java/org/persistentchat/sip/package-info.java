/**
 * The contract between the SIP resource adapter and the applications it serves: the listener MDBs
 * implement, the inbound request, and the outbound connection used to answer and to send.
 */
package org.persistentchat.sip;
