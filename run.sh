#!/usr/bin/env bash
# Builds the EAR, provisions WildFly (from Maven Central) into ./server, deploys the EAR and starts
# the whole server in the foreground on embedded defaults: H2 for mgc and mgccomp, embedded
# Artemis. Ctrl-C stops it cleanly. Data in ./server survives restarts and `mvn clean`.
#
# Settings (environment):
#   PCHAT_BIND_ADDRESS   address for HTTP and SIP            (default 127.0.0.1)
#   PCHAT_HTTP_PORT      HTTP port (REST API, health)         (default 8080)
#   PCHAT_MANAGEMENT_PORT WildFly management port             (default 9990)
#   PCHAT_SIP_PORT       SIP UDP and TCP port                 (default 5060)
#   PCHAT_SIP_TLS_PORT   SIP TLS port (when TLS is enabled)   (default 5061)
#   PCHAT_DB             h2 or sqlserver (needs ./sqlserver.properties, see README)
#   PCHAT_SKIP_BUILD=1   start the server as last provisioned, without building
set -euo pipefail
cd "$(dirname "$0")"

bind="${PCHAT_BIND_ADDRESS:-127.0.0.1}"
http="${PCHAT_HTTP_PORT:-8080}"
management="${PCHAT_MANAGEMENT_PORT:-9990}"
sip="${PCHAT_SIP_PORT:-5060}"
sip_tls="${PCHAT_SIP_TLS_PORT:-5061}"
db="${PCHAT_DB:-h2}"

if [[ "${PCHAT_SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B install -DskipTests -DskipITs -Pprovision -Dpchat.db="$db"
fi

home="$(find server -mindepth 1 -maxdepth 1 -type d -name 'wildfly-*' | head -1)"
[[ -n "$home" ]] || { echo "run.sh: no server in ./server; run without PCHAT_SKIP_BUILD" >&2; exit 1; }

cat <<INFO

  Persistent Chat Server
  ----------------------
  Console       http://$bind:$http/admin/  (user admin)
  REST API      http://$bind:$http/api
  Health        http://$bind:$http/api/health
  SIP           sip:$bind:$sip (UDP and TCP)
  Management    http://127.0.0.1:$management (WildFly)
  Server        $home  (logs: $home/standalone/log/server.log)
  Databases     $db  (H2 files in $home/standalone/data/pchat)

  Stop with Ctrl-C.

INFO

exec "$home/bin/standalone.sh" -c standalone-full.xml \
  -b "$bind" \
  -Djboss.http.port="$http" \
  -Djboss.management.http.port="$management" \
  -Dpchat.sip.bind-address="$bind" \
  -Dpchat.sip.port="$sip" \
  -Dpchat.sip.tls-port="$sip_tls"
