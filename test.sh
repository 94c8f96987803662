#!/usr/bin/env bash
# Runs every test: unit tests of each module, then the cross-module tests in src-test against the
# real EAR on a real WildFly (Arquillian), with real SIP peers and a real browser.
# Installs what the tests need from Debian when it is missing and we are root:
# sipp (package sip-tester), chromium, chromium-driver, baresip.
# Extra arguments go to Maven, e.g. ./test.sh -pl persistence
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v sipp >/dev/null 2>&1 || missing+=(sip-tester)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v baresip >/dev/null 2>&1 || missing+=(baresip)
if ((${#missing[@]})); then
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "test.sh: installing ${missing[*]} from Debian"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  else
    echo "test.sh: missing ${missing[*]}; install them (sudo apt-get install ${missing[*]}) or run as root" >&2
    exit 1
  fi
fi

# Selenium must use Debian's chromedriver, never download one.
export SE_OFFLINE=true SE_AVOID_STATS=true

exec mvn -B verify "$@"
