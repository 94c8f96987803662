/** The built-in adapter: Lync's default {@code Conversations} XML, optionally run through an XSLT. */
package org.persistentchat.compliance.xml;
