/**
 * Benchmark-only endpoints, inert unless the server runs with {@code -Dpchat.bench.enabled=true}
 * (bench/sip-adapter.sh sets it): with the switch off they answer as if nothing listened there.
 */
package org.persistentchat.bench;
