#!/usr/bin/env bash
# Benchmark of the SIP resource adapter in the deployed EAR (not a test: it prints figures).
# - Inbound: SIPp sends OPTIONS (answered by the OptionsMdb through the adapter) over UDP and over
#   TCP; the same load against SIPp's own UAS on the same machine gives the reference limit.
#   Prints requests answered per second, p50/p99 response time, failures (503s count as failed)
#   and the ratio ours/reference.
# - Outbound: SIPp INVITEs the benchmark endpoint (InfoBurstMdb, switched on here with
#   -Dpchat.bench.enabled=true, off in production), which sends INFOS INFO requests inside that
#   dialog through the adapter, WINDOW at a time, and reports completed transactions per second.
# Loopback only; bounded in count and time.
#
# usage: bench/sip-adapter.sh [CALLS] [RATE] [INFOS] [WINDOW]
#        (defaults: 20000 OPTIONS offered at 4000/s per run; 20000 INFOs, 32 in flight)
# needs: a built EAR (mvn install -DskipTests -DskipITs), sipp, python3, curl.
# MAVEN_REPO_LOCAL: the local Maven repository holding wildfly-dist (default ~/.m2/repository).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
calls="${1:-20000}"
rate="${2:-4000}"
infos="${3:-20000}"
window="${4:-32}"
repo="${MAVEN_REPO_LOCAL:-${HOME}/.m2/repository}"
work="$root/target/bench-sip"
mkdir -p "$work"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sip_port="$(free_port)"; uas_port="$(free_port)"; http="$(free_port)"

zip="$(find "$repo/org/wildfly/wildfly-dist" -name 'wildfly-dist-*.zip' 2>/dev/null | head -1)"
[[ -f "$zip" && -f ear/target/pchat.ear ]] || { echo "build first: mvn install -DskipTests -DskipITs (MAVEN_REPO_LOCAL=$repo)" >&2; exit 1; }
bash ear/src/main/server/provision.sh --dist "$zip" --root "$work/server" --cli ear/src/main/cli \
  --deploy ear/target/pchat.ear --fresh-data >"$work/provision.log"
home="$(find "$work/server" -mindepth 1 -maxdepth 1 -type d -name 'wildfly-*' | head -1)"
setsid "$home/bin/standalone.sh" -c standalone-full.xml -Djboss.http.port="$http" -Djboss.https.port="$(free_port)" \
  -Djboss.management.http.port="$(free_port)" -Djboss.management.https.port="$(free_port)" -Djboss.ajp.port="$(free_port)" \
  -Dpchat.sip.port="$sip_port" -Dpchat.sip.max-requests-per-second-per-peer=100000 -Dpchat.bench.enabled=true \
  -Djboss.txn.recovery.port="$(free_port)" -Djboss.txn.status.port="$(free_port)" \
  -Djboss.iiop.port="$(free_port)" -Djboss.iiop.ssl.port="$(free_port)" >"$work/server.out" 2>&1 &
server=$!
uas=""
stop_uas() { if [[ -n "$uas" ]]; then kill "$uas" 2>/dev/null || true; wait "$uas" 2>/dev/null || true; uas=""; fi; }
# standalone.sh runs java as its child: setsid gave both a process group of their own to stop.
trap 'stop_uas; kill -- -$server 2>/dev/null || kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$http/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$http/api/health" >/dev/null || { echo "server did not come up; see $work/server.out" >&2; exit 1; }

# run_load NAME TARGET_PORT TRANSPORT -> prints "answered_per_s p50_ms p99_ms failed"
run_load() {
  local name="$1" port="$2" transport="$3" dir="$work/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && sipp "127.0.0.1:$port" -sf "$root/bench/options_uac.xml" -s ocschat -t "$transport" \
      -i 127.0.0.1 -p "$(free_port)" -m "$calls" -r "$rate" -l 2000 -timeout 300 -nostdin \
      -trace_rtt -rtt_freq 1 -trace_stat -fd 1 >sipp.out 2>&1) || true
  end=$(date +%s.%N)
  python3 - "$dir" "$start" "$end" <<'PY'
import csv, glob, sys
d, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
times = []
for f in glob.glob(d + "/*_rtt.csv"):
    for row in csv.reader(open(f), delimiter=";"):
        try: times.append(float(row[1]))
        except (ValueError, IndexError): pass
stat = sorted(glob.glob(d + "/*_.csv"))
ok = fail = 0
if stat:
    rows = list(csv.reader(open(stat[-1]), delimiter=";"))
    head, last = rows[0], rows[-1]
    ok = int(last[head.index("SuccessfulCall(C)")]); fail = int(last[head.index("FailedCall(C)")])
times.sort()
pct = lambda p: times[min(len(times)-1, int(p*len(times)))] if times else float("nan")
print(f"{ok/(end-start):.0f} {pct(0.5):.2f} {pct(0.99):.2f} {fail}")
PY
}

# start_uas TRANSPORT: SIPp's own OPTIONS answering UAS, the reference.
start_uas() {
  (cd "$work" && exec sipp -sf "$root/bench/options_uas.xml" -i 127.0.0.1 -p "$uas_port" -t "$1" -nostdin \
      >"$work/uas-$1.out" 2>&1) &
  uas=$!
  sleep 1
}

# run_infos NAME TRANSPORT -> prints the server's X-Bench-Result fields "completed failed millis per_second"
run_infos() {
  local name="$1" transport="$2" dir="$work/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  (cd "$dir" && sipp "127.0.0.1:$sip_port" -sf "$root/bench/info_sink_uac.xml" -t "$transport" \
      -i 127.0.0.1 -p "$(free_port)" -m 1 -aa -key infos "$infos" -key window "$window" -timeout 300 -nostdin \
      -trace_logs -log_file "$dir/result.log" >sipp.out 2>&1) || true
  python3 - "$dir/result.log" <<'PY'
import re, sys
try: text = open(sys.argv[1]).read()
except OSError: text = ""
m = re.search(r"completed=(\d+); failed=(\d+); millis=(\d+); per-second=(\d+)", text)
print(" ".join(m.groups()) if m else "0 0 0 0")
PY
}

start_uas u1
read -r ours_udp p50_udp p99_udp fail_udp < <(run_load ours-udp "$sip_port" u1)
read -r ours_tcp p50_tcp p99_tcp fail_tcp < <(run_load ours-tcp "$sip_port" t1)
read -r ref_udp rp50_udp rp99_udp rfail_udp < <(run_load ref-udp "$uas_port" u1)
stop_uas
start_uas t1
read -r ref_tcp rp50_tcp rp99_tcp rfail_tcp < <(run_load ref-tcp "$uas_port" t1)
stop_uas
read -r info_udp_ok info_udp_fail info_udp_ms info_udp_rate < <(run_infos info-udp u1)
read -r info_tcp_ok info_tcp_fail info_tcp_ms info_tcp_rate < <(run_infos info-tcp t1)

printf '\nSIP adapter benchmark: %s OPTIONS offered at %s/s per run, loopback, %s cores\n' "$calls" "$rate" "$(nproc)"
printf '%-26s %10s %9s %9s %7s\n' "target" "answered/s" "p50 ms" "p99 ms" "failed"
printf '%-26s %10s %9s %9s %7s\n' "pchat (OptionsMdb) UDP" "$ours_udp" "$p50_udp" "$p99_udp" "$fail_udp"
printf '%-26s %10s %9s %9s %7s\n' "SIPp UAS (reference) UDP" "$ref_udp" "$rp50_udp" "$rp99_udp" "$rfail_udp"
printf '%-26s %10s %9s %9s %7s\n' "pchat (OptionsMdb) TCP" "$ours_tcp" "$p50_tcp" "$p99_tcp" "$fail_tcp"
printf '%-26s %10s %9s %9s %7s\n' "SIPp UAS (reference) TCP" "$ref_tcp" "$rp50_tcp" "$rp99_tcp" "$rfail_tcp"
python3 -c "import sys; u,ru,t,rt=map(float,sys.argv[1:]); r=lambda a,b: f'{a/b:.2f}' if b else 'n/a'; print(f'ratio ours/reference: UDP {r(u,ru)}, TCP {r(t,rt)}')" \
  "$ours_udp" "$ref_udp" "$ours_tcp" "$ref_tcp"
printf '\nOutbound in-dialog INFO (server to SIPp, %s INFOs, %s in flight)\n' "$infos" "$window"
printf '%-26s %10s %9s %9s %7s\n' "transport" "INFO/s" "done" "ms" "failed"
printf '%-26s %10s %9s %9s %7s\n' "pchat INFO UDP" "$info_udp_rate" "$info_udp_ok" "$info_udp_ms" "$info_udp_fail"
printf '%-26s %10s %9s %9s %7s\n' "pchat INFO TCP" "$info_tcp_rate" "$info_tcp_ok" "$info_tcp_ms" "$info_tcp_fail"
