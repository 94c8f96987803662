/** Coded operator messages of the adapter (PCHAT01xxx) and the bridge from JAIN-SIP's logging. */
package org.persistentchat.sip.adapter.log;
