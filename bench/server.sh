# Shared by bench/chat.sh and bench/compliance.sh (sourced, not run): builds the reactor, and
# provisions, starts and stops a WildFly with the EAR on free ports under target/bench-*.
#
# Maven options for every build (e.g. a private local repository): PCHAT_MVN_ARGS.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# build WORK: reactor build without tests; the WildFly zip and the generator's class path into WORK.
bench_build() {
  local work="$1"
  # shellcheck disable=SC2086
  mvn -B -q ${PCHAT_MVN_ARGS:-} install -DskipTests -DskipITs
  # shellcheck disable=SC2086
  mvn -B -q ${PCHAT_MVN_ARGS:-} -pl src-test dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/classpath.txt"
  local version
  version="$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)"
  # shellcheck disable=SC2086
  mvn -B -q ${PCHAT_MVN_ARGS:-} -pl src-test dependency:copy \
    -Dartifact="org.wildfly:wildfly-dist:$version:zip" -DoutputDirectory="$work" -Dmdep.stripVersion=true
  bench_classpath="$(pwd)/src-test/target/test-classes:$(cat "$work/classpath.txt")"
}

# prepare WORK: the build (or, with PCHAT_SKIP_BUILD=1, the last one), and the server's stop on exit.
bench_prepare() {
  local work="$1"
  mkdir -p "$work"
  if [[ "${PCHAT_SKIP_BUILD:-0}" != 1 || ! -f "$work/classpath.txt" ]]; then
    bench_build "$work"
  else
    bench_classpath="$(pwd)/src-test/target/test-classes:$(cat "$work/classpath.txt")"
  fi
  trap bench_stop EXIT
}

# start WORK [-Dname=value ...]: fresh data, EAR deployed, a management user for the figures.
# Sets server_pid, server_home, http_port, sip_port, management_port, management_password.
bench_start() {
  local work="$1"; shift
  bash ear/src/main/server/provision.sh --dist "$work/wildfly-dist.zip" --root "$work/server" \
    --cli ear/src/main/cli --deploy ear/target/pchat.ear --fresh-data >"$work/provision.log"
  server_home="$(find "$work/server" -mindepth 1 -maxdepth 1 -type d -name 'wildfly-*' | head -1)"
  management_password="bench-$(head -c 9 /dev/urandom | base64 | tr -d '+/=')-7q"
  JBOSS_HOME="$server_home" JAVA_OPTS="-Xmx128m" "$server_home/bin/add-user.sh" -m -s -u bench \
    -p "$management_password" >"$work/add-user.log" 2>&1
  http_port="$(free_port)"; sip_port="$(free_port)"; management_port="$(free_port)"
  JBOSS_JAVA_SIZING="-Xms256m -Xmx${BENCH_SERVER_HEAP:-2g}" \
  "$server_home/bin/standalone.sh" -c standalone-full.xml -Djboss.http.port="$http_port" \
    -Djboss.https.port="$(free_port)" -Djboss.management.http.port="$management_port" \
    -Djboss.management.https.port="$(free_port)" -Djboss.ajp.port="$(free_port)" \
    -Djboss.txn.recovery.port="$(free_port)" -Djboss.txn.status.port="$(free_port)" \
    -Djboss.iiop.port="$(free_port)" -Djboss.iiop.ssl.port="$(free_port)" \
    -Dpchat.sip.port="$sip_port" -Dpchat.sip.tls-port="$(free_port)" -Dpchat.sip.transports=tcp \
    -Dpchat.sip.max-requests-per-second-per-peer=1000000 -Dpchat.sip.max-concurrent-requests=1024 \
    "$@" >"$work/server.out" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$http_port/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 1
  done
  echo "server did not come up; see $work/server.out" >&2
  return 1
}

# The process tree of the server we started (standalone.sh and its java child).
bench_stop() {
  [[ -n "${server_pid:-}" ]] || return 0
  local java
  java="$(pgrep -P "$server_pid" java || true)"
  kill "$server_pid" $java 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 1
  done
  kill -9 "$server_pid" $java 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

# generator MODE [-Dname=value ...]: runs ChatBenchmark against the started server.
bench_generator() {
  local mode="$1"; shift
  java -Xmx${BENCH_CLIENT_HEAP:-2g} -cp "$bench_classpath" \
    -Dbench.sip.port="$sip_port" -Dbench.management.port="$management_port" \
    -Dbench.management.user=bench -Dbench.management.password="$management_password" \
    -Dpchat.it.port.http="$http_port" -Djboss.home="$server_home" \
    "$@" org.persistentchat.bench.ChatBenchmark "$mode"
}
