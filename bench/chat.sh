#!/usr/bin/env bash
# Chat benchmark (issue 5): simulated Lync/SIPE users over real SIP (XCCOS in INFO on TCP dialogs
# with the pool URI) against the deployed EAR. Prints sessions established/s, joins/s, posts/s,
# deliveries/s with p50/p99 post-to-delivery latency per room size, and the server's heap per
# connected session. Builds first; starts and stops its own server on free ports.
#
# usage: bench/chat.sh [ROOMS] [SESSIONS] [POST_SECONDS] [POSTERS_PER_ROOM]
#   ROOMS     room sizes and counts, size x count, comma-separated   (default 30x10,150x2,2000x1)
#   SESSIONS  connected sessions for the heap figure, 0 to skip      (default 10000)
# Environment: BENCH_CONNECTIONS (TCP connections the users share, 50), BENCH_SERVER_HEAP (2g),
#   PCHAT_MVN_ARGS (extra Maven options), PCHAT_SKIP_BUILD=1 (reuse the last build),
#   BENCH_GENERATOR_ARGS (more -Dbench.* for the generator, e.g. -Dbench.ack-delay-ms=100).
# needs: JDK 17+, Maven, python3, curl
set -euo pipefail
cd "$(dirname "$0")/.."
rooms="${1:-30x10,150x2,2000x1}"
sessions="${2:-10000}"
seconds="${3:-20}"
posters="${4:-5}"
work="$(pwd)/target/bench-chat"
source bench/server.sh
bench_prepare "$work"
bench_start "$work"
bench_generator chat ${BENCH_GENERATOR_ARGS:-} -Dbench.rooms="$rooms" -Dbench.sessions="$sessions" \
  -Dbench.post-seconds="$seconds" -Dbench.posters="$posters" \
  -Dbench.connections="${BENCH_CONNECTIONS:-50}"
