/**
 * What every cross-module test needs: the deployed EAR, the server's addresses and per-test
 * system properties, SIPp, an XCCOS chat client over real SIP, and the admin API's room fixture.
 */
package org.persistentchat.it.support;
