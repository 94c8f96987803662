#!/usr/bin/env bash
# Benchmark of the SIP resource adapter in the deployed EAR: SIPp sends OPTIONS (answered by the
# OptionsMdb through the adapter) over UDP and over TCP, and the same load against SIPp's own UAS
# on the same machine gives the reference limit. Prints requests/s, p50/p99 response time and the
# ratio ours/reference. Loopback only; bounded in count and time.
#
# usage: bench/sip-adapter.sh [CALLS] [RATE]   (defaults 20000 calls offered at 4000/s)
# needs: a built EAR (mvn install -DskipTests -DskipITs), sipp, python3
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${1:-20000}"
rate="${2:-4000}"
work="$(pwd)/target/bench-sip"
mkdir -p "$work"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sip_port="$(free_port)"; uas_port="$(free_port)"; http="$(free_port)"

zip="$(find "${HOME}/.m2/repository/org/wildfly/wildfly-dist" -name 'wildfly-dist-*.zip' | head -1)"
[[ -f "$zip" && -f ear/target/pchat.ear ]] || { echo "build first: mvn install -DskipTests -DskipITs" >&2; exit 1; }
bash ear/src/main/server/provision.sh --dist "$zip" --root "$work/server" --cli ear/src/main/cli \
  --deploy ear/target/pchat.ear --fresh-data >"$work/provision.log"
home="$(find "$work/server" -mindepth 1 -maxdepth 1 -type d -name 'wildfly-*' | head -1)"
"$home/bin/standalone.sh" -c standalone-full.xml -Djboss.http.port="$http" -Djboss.https.port="$(free_port)" \
  -Djboss.management.http.port="$(free_port)" -Djboss.management.https.port="$(free_port)" -Djboss.ajp.port="$(free_port)" \
  -Dpchat.sip.port="$sip_port" -Dpchat.sip.max-requests-per-second-per-peer=100000 \
  -Djboss.txn.recovery.port="$(free_port)" -Djboss.txn.status.port="$(free_port)" \
  -Djboss.iiop.port="$(free_port)" -Djboss.iiop.ssl.port="$(free_port)" >"$work/server.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$http/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$http/api/health" >/dev/null || { echo "server did not come up; see $work/server.out" >&2; exit 1; }

# run_load NAME TARGET_PORT TRANSPORT -> prints "reqs_per_s p50_ms p99_ms failed"
run_load() {
  local name="$1" port="$2" transport="$3" dir="$work/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && sipp "127.0.0.1:$port" -sf "$OLDPWD/bench/options_uac.xml" -s ocschat -t "$transport" \
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

(cd "$work" && sipp -sf "$(pwd)/../../bench/options_uas.xml" -i 127.0.0.1 -p "$uas_port" -t u1 -nostdin -bg >/dev/null 2>&1) || true
read -r ours_udp p50_udp p99_udp fail_udp < <(run_load ours-udp "$sip_port" u1)
read -r ours_tcp p50_tcp p99_tcp fail_tcp < <(run_load ours-tcp "$sip_port" t1)
read -r ref_udp rp50_udp rp99_udp rfail_udp < <(run_load ref-udp "$uas_port" u1)
pkill -f "sipp -sf .*options_uas.xml" || true
(cd "$work" && sipp -sf "$(pwd)/../../bench/options_uas.xml" -i 127.0.0.1 -p "$uas_port" -t t1 -nostdin -bg >/dev/null 2>&1) || true
read -r ref_tcp rp50_tcp rp99_tcp rfail_tcp < <(run_load ref-tcp "$uas_port" t1)
pkill -f "sipp -sf .*options_uas.xml" || true

printf '\nSIP adapter benchmark: %s OPTIONS offered at %s/s per run, loopback, %s cores\n' "$calls" "$rate" "$(nproc)"
printf '%-26s %10s %9s %9s %7s\n' "target" "answered/s" "p50 ms" "p99 ms" "failed"
printf '%-26s %10s %9s %9s %7s\n' "pchat (OptionsMdb) UDP" "$ours_udp" "$p50_udp" "$p99_udp" "$fail_udp"
printf '%-26s %10s %9s %9s %7s\n' "SIPp UAS (reference) UDP" "$ref_udp" "$rp50_udp" "$rp99_udp" "$rfail_udp"
printf '%-26s %10s %9s %9s %7s\n' "pchat (OptionsMdb) TCP" "$ours_tcp" "$p50_tcp" "$p99_tcp" "$fail_tcp"
printf '%-26s %10s %9s %9s %7s\n' "SIPp UAS (reference) TCP" "$ref_tcp" "$rp50_tcp" "$rp99_tcp" "$rfail_tcp"
python3 -c "import sys; u,ru,t,rt=map(float,sys.argv[1:]); print(f'ratio ours/reference: UDP {u/ru:.2f}, TCP {t/rt:.2f}')" "$ours_udp" "$ref_udp" "$ours_tcp" "$ref_tcp"
