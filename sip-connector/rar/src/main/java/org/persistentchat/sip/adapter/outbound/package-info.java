/** Outbound: the managed connection factory, managed connections and the handles applications use. */
package org.persistentchat.sip.adapter.outbound;
