/**
 * Benchmarks run by hand with exec:java, never by surefire: timings vary with the machine, so
 * they are printed for people to compare, not asserted.
 */
package org.persistentchat.bench;
