#!/usr/bin/env bash
# Rooms over SIP MESSAGE, ours against Kamailio's imc module, with the same SIPp workload.
#
# For each room layout R x M (R rooms of M members; default 1x10 10x10 1x100) every member joins
# its room with "#join", then members post at a rising rate (RATES, posts/s offered, STEP_SECONDS
# per step). Every post must reach the M-1 other members of its room. One SIPp inbox answers and
# timestamps every delivery (all members name it in From/Contact), so post-to-delivery latency is
# measured on one clock. A step passes when every post was accepted (200), every delivery arrived
# and the p99 post-to-delivery latency is under 100 ms; for each server and layout the script
# prints the best passing step's accepted posts/s and deliveries/s, and the ratio ours/Kamailio.
# Each layout starts with one unscored warm-up step at the lowest rate.
# The one SIPp inbox is itself a limit: on 2 shared cores it lost deliveries above roughly 2000/s,
# so a layout whose best step is near that measures the inbox, not the server.
#
# Ours: the EAR on WildFly, provisioned and started as bench/sip-adapter.sh does; rooms, users and
# category scope made over the admin API; every post is stored and recorded for compliance.
# Kamailio: Debian's kamailio with imc (installed with apt-get when missing and run as root), a
# config written here on loopback ports chosen here, rooms in a throwaway db_text directory; imc
# keeps nothing and sends its deliveries straight to the inbox (its outbound_proxy).
#
# usage: bench/sip-message-vs-kamailio.sh [--quick]
#   --quick: 3 s steps at 2 5 10 20 50 100 200 posts/s; otherwise 10 s steps, 2 to 3200/s
# env:   CONFIGS="1x10 10x10 1x100"  RATES="..."  STEP_SECONDS=N  PROFILE=1 (JFR recording of our
#        server, summarised at the end)  TRACE=1 (SIPp message trace of every inbox, NAME-inbox-msg.log)
#        SERVER_OPTS (more -D options for our server, e.g. -Dpchat.compliance.enabled=false to
#        measure what compliance costs; the benchmark's goal is with compliance on)
#        ONLY=ours|kamailio (run one side; the ratio then says n/a)  MAVEN_REPO (where Maven put wildfly-dist; ~/.m2/repository)
# needs: a built EAR (mvn install -DskipTests -DskipITs), sipp, python3, curl; root for apt-get
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
quick=false
[[ "${1:-}" == "--quick" ]] && quick=true
configs="${CONFIGS:-1x10 10x10 1x100}"
if $quick; then
  rates="${RATES:-2 5 10 20 50 100 200}"; step="${STEP_SECONDS:-3}"
else
  rates="${RATES:-2 5 10 25 50 100 200 400 800 1600 3200}"; step="${STEP_SECONDS:-10}"
fi
work="$root/target/bench-sip-message"
rm -rf "$work"; mkdir -p "$work"
uac="$root/bench/message_member_uac.xml"
join_uac="$root/bench/message_join_uac.xml"
inbox_uas="$root/bench/message_member_uas.xml"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
children=()
stop_all() {
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f "$work/wildfly.pid" ]] && kill "$(cat "$work/wildfly.pid")" 2>/dev/null || true
  [[ -f "$work/kamailio.pid" ]] && kill "$(cat "$work/kamailio.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop_all EXIT

if ! command -v kamailio >/dev/null 2>&1; then
  [[ "$(id -u)" -eq 0 ]] || { echo "kamailio is missing: apt-get install kamailio (as root)" >&2; exit 1; }
  apt-get install -y -q kamailio >"$work/apt.log" 2>&1 || { apt-get update -q >>"$work/apt.log" 2>&1; apt-get install -y -q kamailio >>"$work/apt.log" 2>&1; }
fi
kam_modules="$(dirname "$(find /usr/lib -name imc.so -path '*kamailio*' | head -1)")"

# ---------------------------------------------------------------- workload files and one step

# members_of R M PREFIX: one "user;room" line per member, rooms interleaved so consecutive posts
# go to different rooms.
members_of() {
  local rooms="$1" members="$2" prefix="$3"
  for ((k = 0; k < members; k++)); do
    for ((r = 0; r < rooms; r++)); do echo "$prefix-r$r-m$k;$prefix-room-$r"; done
  done
}

# inbox NAME SECONDS PORT: a SIPp UAS answering every MESSAGE for SECONDS, logging each; its
# process id in $inbox_pid (a child of the calling shell, which waits for it).
inbox() {
  (cd "$work" && exec sipp -sf "$inbox_uas" -i 127.0.0.1 -p "$3" -m 100000000 -timeout "$2" -nostdin \
      ${TRACE:+-trace_msg -message_file "$work/$1-inbox-msg.log"} -trace_logs -log_file "$work/$1-inbox.log" >"$work/$1-inbox.out" 2>&1) &
  inbox_pid=$!
}

# joins SERVER_PORT INBOX_PORT NAME MEMBERS_FILE
joins() {
  local count
  count=$(wc -l <"$4")
  { echo SEQUENTIAL; cat "$4"; } >"$work/$3-join.csv"
  inbox "$3-join" $((8 + count / 50)) "$2"
  local box=$inbox_pid
  sleep 0.5
  (cd "$work" && sipp "127.0.0.1:$1" -sf "$join_uac" -inf "$work/$3-join.csv" -key inbox "$2" \
      -i 127.0.0.1 -p "$(free_port)" -m "$count" -r 50 -timeout 60 -nostdin \
      -trace_logs -log_file "$work/$3-join-uac.log" >"$work/$3-join-uac.out" 2>&1) || true
  wait "$box" 2>/dev/null || true
  local joined; joined=$(grep -c '^OK' "$work/$3-join-uac.log" 2>/dev/null || true)
  echo "  $3: $joined of $count members joined" >&2
}

# step SERVER_PORT INBOX_PORT NAME MEMBERS_FILE MEMBERS_PER_ROOM RATE -> "pass posts/s deliveries/s p99_ms"
run_step() {
  local port="$1" box_port="$2" name="$3" members="$4" per_room="$5" rate="$6"
  local count=$((rate * step))
  { echo SEQUENTIAL; cat "$members"; } >"$work/$name-post.csv"
  inbox "$name" $((step + 8)) "$box_port"
  local box=$inbox_pid
  sleep 0.5
  local start end
  start=$(date +%s.%N)
  (cd "$work" && sipp "127.0.0.1:$port" -sf "$uac" -inf "$work/$name-post.csv" -key inbox "$box_port" \
      -key step "S=$name" -i 127.0.0.1 -p "$(free_port)" -m "$count" -r "$rate" -l 20000 \
      -timeout $((step + 30)) -nostdin -trace_logs -log_file "$work/$name-uac.log" \
      >"$work/$name-uac.out" 2>&1) || true
  end=$(date +%s.%N)
  wait "$box" 2>/dev/null || true
  python3 - "$work" "$name" "$count" "$per_room" "$start" "$end" <<'PY'
import re, sys
work, name, offered, per_room, start, end = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
def lines(path):
    try:
        return open(path, errors="replace").read().splitlines()
    except FileNotFoundError:
        return []
accepted = sum(1 for l in lines(f"{work}/{name}-uac.log") if l.startswith("OK "))
# Post to 200: the part of post-to-delivery spent before the post is acknowledged (sent times are
# in the inbox lines, by sequence number).
answered = {}
for l in lines(f"{work}/{name}-uac.log"):
    parts = l.split()
    if l.startswith("OK ") and len(parts) >= 5:
        answered[int(parts[1])] = float(parts[4])
tag = re.compile(r"S=" + re.escape(name) + r" n=(\d+) ts=\S+\s+\S+\s+([\d.]+)")
latencies, sent = [], {}
for l in lines(f"{work}/{name}-inbox.log"):
    m = tag.search(l)
    if not l.startswith("RX ") or not m:
        continue
    parts = l.split()
    sent[int(m.group(1))] = float(m.group(2))
    latencies.append((float(parts[3]) - float(m.group(2))) * 1000)
accepts = sorted((answered[n] - sent[n]) * 1000 for n in answered if n in sent)
elapsed = end - start
expected = accepted * (per_room - 1)
latencies.sort()
pct = lambda p, xs=latencies: xs[min(len(xs) - 1, int(p * len(xs)))] if xs else float("inf")
ok = accepted == offered and len(latencies) == expected and pct(0.99) < 100
print(f"{'pass' if ok else 'FAIL'} {accepted/elapsed:.1f} {len(latencies)/elapsed:.1f} {pct(0.99):.1f} {accepted}/{offered} {len(latencies)}/{expected} {pct(0.5):.1f} {pct(0.5, accepts):.1f}/{pct(0.99, accepts):.1f}")
PY
}

# rising SERVER_PORT LABEL ROOMS MEMBERS INBOX_PORT -> table rows on stderr, best
# "posts/s deliveries/s" on stdout
rising() {
  local port="$1" label="$2" rooms="$3" per_room="$4" box_port="$5"
  local prefix="b${rooms}x${per_room}"
  local best_posts=0 best_deliveries=0
  members_of "$rooms" "$per_room" "$prefix" >"$work/$label-$prefix-members.txt"
  joins "$port" "$box_port" "$label-$prefix" "$work/$label-$prefix-members.txt"
  # One unscored step first: a JVM's first posts run interpreted code and fill caches, which is
  # start-up, not the rate it sustains. Same step for both servers.
  local warm
  warm=$(run_step "$port" "$box_port" "$label-$prefix-warmup" "$work/$label-$prefix-members.txt" \
      "$per_room" "${rates%% *}")
  printf '  %-9s %-7s warm-up at %s/s (not scored): %s\n' "$label" "${rooms}x${per_room}" "${rates%% *}" "$warm" >&2
  for rate in $rates; do
    read -r verdict posts deliveries p99 accepted delivered p50 answered < <(run_step "$port" "$box_port" \
        "$label-$prefix-$rate" "$work/$label-$prefix-members.txt" "$per_room" "$rate")
    printf '  %-9s %-7s offered %5s/s: accepted %8s posts/s, %9s deliveries/s, p50 %7s ms, p99 %8s ms (post to 200 p50/p99 %s ms), posts %s, deliveries %s: %s\n' \
        "$label" "${rooms}x${per_room}" "$rate" "$posts" "$deliveries" "$p50" "$p99" "$answered" "$accepted" "$delivered" "$verdict" >&2
    if [[ "$verdict" != pass ]]; then break; fi
    best_posts="$posts"; best_deliveries="$deliveries"
  done
  echo "$best_posts $best_deliveries"
}

declare -A ours_posts ours_deliveries kam_posts kam_deliveries
for layout in $configs; do
  ours_posts[$layout]=0; ours_deliveries[$layout]=0; kam_posts[$layout]=0; kam_deliveries[$layout]=0
done

# ---------------------------------------------------------------- ours

if [[ "${ONLY:-}" != kamailio ]]; then
zip="$(find "${MAVEN_REPO:-$HOME/.m2/repository}/org/wildfly/wildfly-dist" -name 'wildfly-dist-*.zip' 2>/dev/null | head -1)"
[[ -f "$zip" && -f ear/target/pchat.ear ]] || { echo "build first (mvn install -DskipTests -DskipITs); set MAVEN_REPO if Maven's repository is elsewhere" >&2; exit 1; }
bash ear/src/main/server/provision.sh --dist "$zip" --root "$work/server" --cli ear/src/main/cli \
  --deploy ear/target/pchat.ear --fresh-data >"$work/provision.log"
home="$(find "$work/server" -mindepth 1 -maxdepth 1 -type d -name 'wildfly-*' | head -1)"
sip_port="$(free_port)"; http="$(free_port)"
java_opts="-Xms512m -Xmx1g"
[[ "${PROFILE:-0}" == 1 ]] && java_opts="$java_opts -XX:StartFlightRecording=filename=$work/ours.jfr,settings=profile,dumponexit=true"
JAVA_OPTS="$java_opts" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$work/wildfly.pid" \
"$home/bin/standalone.sh" -c standalone-full.xml -Djboss.http.port="$http" -Djboss.https.port="$(free_port)" \
  -Djboss.management.http.port="$(free_port)" -Djboss.management.https.port="$(free_port)" -Djboss.ajp.port="$(free_port)" \
  -Dpchat.sip.port="$sip_port" -Dpchat.sip.max-requests-per-second-per-peer=1000000 \
  -Djboss.txn.recovery.port="$(free_port)" -Djboss.txn.status.port="$(free_port)" \
  -Djboss.iiop.port="$(free_port)" -Djboss.iiop.ssl.port="$(free_port)" ${SERVER_OPTS:-} >"$work/server.out" 2>&1 &
children+=($!)
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$http/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$http/api/health" >/dev/null || { echo "server did not come up; see $work/server.out" >&2; exit 1; }
password="$(cat "$work/server/admin-password.txt")"
api() { curl -fsS -u "admin:$password" -H 'Content-Type: application/json' -H 'X-Requested-With: XMLHttpRequest' -X "$1" "http://127.0.0.1:$http/api$2" ${3:+-d "$3"}; }

# One category per layout, its members allowed in, one Open room per room of the layout.
for layout in $configs; do
  rooms="${layout%x*}"; per_room="${layout#*x}"; prefix="b${rooms}x${per_room}"
  category=$(api POST /categories "{\"name\":\"$prefix\",\"chatHistory\":true}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  while IFS=';' read -r user _; do
    api POST /principals "{\"uri\":\"sip:$user@127.0.0.1\"}" >/dev/null
    api PUT "/categories/$category/allowed-members/$user@127.0.0.1" >/dev/null
  done < <(members_of "$rooms" "$per_room" "$prefix")
  for ((r = 0; r < rooms; r++)); do
    api POST /rooms "{\"name\":\"$prefix-room-$r\",\"privacy\":\"Open\",\"category\":$category}" >/dev/null
  done
done

echo "ours (port $sip_port):" >&2
for layout in $configs; do
  read -r p d < <(rising "$sip_port" ours "${layout%x*}" "${layout#*x}" "$(free_port)")
  ours_posts[$layout]=$p; ours_deliveries[$layout]=$d
done
wildfly_pid="$(cat "$work/wildfly.pid")"
kill "$wildfly_pid" 2>/dev/null || true
for _ in $(seq 1 30); do kill -0 "$wildfly_pid" 2>/dev/null || break; sleep 1; done
fi

# ---------------------------------------------------------------- Kamailio imc

if [[ "${ONLY:-}" != ours ]]; then
kam_port="$(free_port)"
mkdir -p "$work/kamailio-db"
printf 'table_name(str) table_version(int)\nimc_rooms:1\nimc_members:1\n' >"$work/kamailio-db/version"
printf 'id(int,auto) name(str) domain(str) flag(int)\n' >"$work/kamailio-db/imc_rooms"
printf 'id(int,auto) username(str) domain(str) room(str) flag(int)\n' >"$work/kamailio-db/imc_members"
echo "Kamailio imc (port $kam_port):" >&2
for layout in $configs; do
  rooms="${layout%x*}"; per_room="${layout#*x}"
  # imc sends every delivery to its outbound proxy; the inbox of this layout plays that part.
  box_port=$(free_port)
  cat >"$work/kamailio.cfg" <<CFG
#!KAMAILIO
# Written by bench/sip-message-vs-kamailio.sh: imc rooms on loopback, nothing else.
debug=1
log_stderror=no
log_facility=LOG_LOCAL0
fork=yes
children=4
auto_aliases=no
listen=udp:127.0.0.1:$kam_port
mpath="$kam_modules/"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "db_text.so"
loadmodule "imc.so"
modparam("imc", "db_url", "text://$work/kamailio-db")
modparam("imc", "outbound_proxy", "sip:127.0.0.1:$box_port")
request_route {
  if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
  if (is_method("MESSAGE")) {
    # imc answers nothing itself; the route answers the MESSAGE it handled.
    if (imc_manager()) { sl_send_reply("200", "OK"); } else { sl_send_reply("500", "IMC Error"); }
    exit;
  }
  sl_send_reply("405", "Method Not Allowed");
}
CFG
  kamailio -f "$work/kamailio.cfg" -P "$work/kamailio.pid" >"$work/kamailio.out" 2>&1
  sleep 1
  read -r p d < <(rising "$kam_port" kamailio "$rooms" "$per_room" "$box_port")
  kam_posts[$layout]=$p; kam_deliveries[$layout]=$d
  kill "$(cat "$work/kamailio.pid")" 2>/dev/null || true
  sleep 1
done
fi

# ---------------------------------------------------------------- results

printf '\nRooms over SIP MESSAGE: best step with every post accepted, every delivery made, p99 < 100 ms\n'
printf '(%s s steps at %s posts/s offered; loopback; %s cores)\n' "$step" "$rates" "$(nproc)"
printf '%-8s %14s %16s %14s %16s %12s\n' layout "ours posts/s" "ours deliv/s" "imc posts/s" "imc deliv/s" "ratio ours/imc"
for layout in $configs; do
  python3 -c 'import sys
l, op, od, kp, kd = sys.argv[1], *map(float, sys.argv[2:])
ratio = f"{od/kd:.2f}" if kd else "n/a"
print(f"{l:<8} {op:14.1f} {od:16.1f} {kp:14.1f} {kd:16.1f} {ratio:>12}")' \
    "$layout" "${ours_posts[$layout]}" "${ours_deliveries[$layout]}" "${kam_posts[$layout]}" "${kam_deliveries[$layout]}"
done
printf 'ratio: deliveries/s achieved by ours over Kamailio imc (posts/s differ by the same factor)\n'

if [[ "${PROFILE:-0}" == 1 && -f "$work/ours.jfr" ]]; then
  jfr_tool="$(dirname "$(readlink -f "$(command -v java)")")/jfr"
  printf '\nWhere our server waited and worked (JFR, whole run):\n'
  for event in jdk.ThreadPark jdk.JavaMonitorEnter jdk.FileForce jdk.ExecutionSample; do
    "$jfr_tool" print --events "$event" --stack-depth 48 "$work/ours.jfr"
  done | python3 -c '
import collections, re, sys
waits, waited, cpu, forces = collections.Counter(), collections.Counter(), collections.Counter(), []
event, ms, frames = None, None, []
def flush():
    if event is None:
        return
    mine = next((f for f in frames if "org.persistentchat" in f), None)
    if event == "jdk.FileForce" and ms is not None:
        forces.append(ms)
    elif event == "jdk.ExecutionSample" and mine:
        cpu[mine] += 1
    elif event in ("jdk.ThreadPark", "jdk.JavaMonitorEnter") and mine and ms is not None:
        waits[mine] += ms; waited[mine] += 1
for line in sys.stdin:
    m = re.match(r"(jdk\.\w+) \{", line)
    if m:
        flush(); event, ms, frames = m.group(1), None, []
        continue
    m = re.match(r"\s+duration = ([\d.]+) (ms|s|us|ns)", line)
    if m:
        ms = float(m.group(1)) * {"s": 1000, "ms": 1, "us": 0.001, "ns": 1e-6}[m.group(2)]
    m = re.match(r"\s+([\w.$<>]+)\(", line)
    if m:
        frames.append(m.group(1))
flush()
print("  time threads spent waiting, by the innermost frame of ours (total s, count):")
for f, t in waits.most_common(6):
    print(f"  {t/1000:9.1f} s {waited[f]:7d}  {f}")
forces.sort()
if forces:
    print(f"  fsyncs over the recording threshold: {len(forces)}, median {forces[len(forces)//2]:.0f} ms, max {forces[-1]:.0f} ms")
print("  CPU samples in our code, by innermost frame of ours:")
for f, n in cpu.most_common(6):
    print(f"  {n:7d}  {f}")'
fi
