/** What every cross-module test needs: the deployed EAR, the server's addresses, and SIPp. */
package org.persistentchat.it.support;
