/** Inbound: activation specs, selecting the endpoint for a request, and delivering it as work. */
package org.persistentchat.sip.adapter.inbound;
