/** The SIP resource adapter: lifecycle, configuration and its validation. */
package org.persistentchat.sip.adapter;
