/**
 * Load generators for the chat and compliance benchmarks: many simulated XCCOS users over a few
 * raw SIP/TCP connections against a running server. Run by bench/chat.sh and bench/compliance.sh,
 * never by the test command; they print figures and assert nothing.
 */
package org.persistentchat.bench;
