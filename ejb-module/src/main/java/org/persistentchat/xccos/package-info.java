/** The XCCOS wire codec: a hardened parser for client envelopes and a writer for server ones. */
package org.persistentchat.xccos;
