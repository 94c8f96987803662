#!/usr/bin/env bash
# Compliance benchmark (issue 6): the chat post load of bench/chat.sh, run twice on a fresh
# server each time, with compliance collection off (pchat.compliance.enabled=false: nothing is
# sent to the queue) and on. Prints the post rate both ways and their ratio; for the run with
# compliance on, the depth of the Artemis queue pchat.compliance over time and how long posts take
# to reach the XML files of the adapter (RunInterval PT1M, the shortest Lync allows).
#
# usage: bench/compliance.sh [ROOMS] [POST_SECONDS] [POSTERS_PER_ROOM] [WARMUP_SECONDS]
#   ROOMS  size x count of the rooms posted to (default 30x10)    POST_SECONDS (default 120)
#   WARMUP_SECONDS of posting on each fresh server before the counted posting (default 20), so
#   that both phases are measured once the JIT has compiled their code; 0 for none.
# Environment as bench/chat.sh; ONLY=off or ONLY=on runs that phase alone (no ratio then);
# ROUNDS=n (default 1) runs off and on n times, alternating, and prints every round's ratio and
# their median: on a shared machine one pair of phases can differ by more than the code does.
set -euo pipefail
cd "$(dirname "$0")/.."
rooms="${1:-30x10}"
seconds="${2:-120}"
posters="${3:-5}"
warmup="${4:-20}"
work="$(pwd)/target/bench-compliance"
source bench/server.sh
bench_prepare "$work"

phases="false true"
case "${ONLY:-}" in off) phases=false ;; on) phases=true ;; esac
ratios=()
for round in $(seq 1 "${ROUNDS:-1}"); do
  declare -A rate=()
  for enabled in $phases; do
    xml="$work/xml-$enabled"
    rm -rf "$xml"; mkdir -p "$xml"
    bench_start "$work" -Dpchat.compliance.enabled="$enabled" -Dpchat.compliance.runInterval=PT1M \
      -Dpchat.compliance.outputDirectory="$xml"
    bench_generator compliance -Dbench.rooms="$rooms" -Dbench.post-seconds="$seconds" \
      -Dbench.posters="$posters" -Dbench.warmup-seconds="$warmup" -Dbench.connections="${BENCH_CONNECTIONS:-50}" \
      -Dbench.compliance.enabled="$enabled" -Dbench.compliance.xml-dir="$xml" | tee "$work/result-$enabled.txt"
    rate[$enabled]="$(sed -n 's/^RESULT posts_per_s=//p' "$work/result-$enabled.txt")"
    bench_stop
  done
  [[ -n "${ONLY:-}" ]] && continue
  ratios+=("$(python3 -c "import sys; off,on=map(float,sys.argv[1:]); print(f'{on/off:.3f}')" "${rate[false]}" "${rate[true]}")")
  python3 -c "import sys; r,off,on=sys.argv[1],*map(float,sys.argv[2:]); print(f'\nround {r}: post rate compliance off {off:.1f}/s, on {on:.1f}/s; on/off = {on/off:.2f} ({(1-on/off)*100:+.1f} % slower with compliance)')" \
    "$round" "${rate[false]}" "${rate[true]}"
done
[[ -n "${ONLY:-}" ]] && exit 0
python3 -c "import statistics,sys; r=[float(x) for x in sys.argv[1:]]; print(f'\non/off over {len(r)} round(s): ' + ', '.join(f'{x:.2f}' for x in r) + f'; median {statistics.median(r):.2f}')" "${ratios[@]}"
