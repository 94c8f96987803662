#!/usr/bin/env bash
# Prepares a WildFly server for the Persistent Chat EAR from the wildfly-dist zip Maven resolved:
# unpacks it once, restores the pristine standalone-full.xml, applies our CLI scripts, and
# optionally deploys the EAR. Re-runnable: data (H2 databases, Artemis journal) is kept.
#
# usage: provision.sh --dist ZIP --root DIR --cli DIR [--db h2|sqlserver] [--sqlserver-props FILE]
#                     [--mssql-jar JAR] [--extra-cli FILE]... [--deploy EAR] [--test-users] [--fresh-data]
#
# Credentials (ApplicationRealm, WildFly's default `other` application security domain):
# - user `admin` in group CsPersistentChatAdministrator (Lync's admin role), password from
#   $PCHAT_ADMIN_PASSWORD, else the one kept in <root>/admin-password.txt, else a new random one
#   written there (mode 600);
# - with --test-users, also `pchat-tester` and `pchat-tester2` without any role (for 403 tests and
#   as the end users of /rm, whose logins map to sip:<login>@<default domain>), passwords in
#   <root>/test-user-password.txt and <root>/test-user2-password.txt.
# add-user.sh updates a user that exists, so re-provisioning keeps both users working.
set -euo pipefail

fresh_data=0 dist="" root="" cli="" db="h2" props="" mssql_jar="" deploy="" extras=() test_users=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dist) dist="$2"; shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --sqlserver-props) props="$2"; shift 2 ;;
    --mssql-jar) mssql_jar="$2"; shift 2 ;;
    --extra-cli) extras+=("$2"); shift 2 ;;
    --deploy) deploy="$2"; shift 2 ;;
    --fresh-data) fresh_data=1; shift ;;
    --test-users) test_users=true; shift ;;
    *) echo "provision.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -f "$dist" && -n "$root" && -d "$cli" ]] || { echo "provision.sh: --dist, --root and --cli are required" >&2; exit 2; }

here="$(cd "$(dirname "$0")" && pwd)"
dist="$(cd "$(dirname "$dist")" && pwd)/$(basename "$dist")"
mkdir -p "$root"
home_of() { find "$root" -mindepth 1 -maxdepth 1 -type d -name 'wildfly-*' | head -1; }
home="$(home_of)"
if [[ -z "$home" || ! -f "$home/bin/standalone.sh" ]]; then
  echo "provision: unpacking WildFly into $root"
  (cd "$root" && jar xf "$dist")
  home="$(home_of)"
  chmod +x "$home"/bin/*.sh
fi

if [[ "$fresh_data" == 1 ]]; then
  # Tests start from empty databases and an empty message journal.
  rm -rf "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp"
fi

config="$home/standalone/configuration/standalone-full.xml"
if [[ -f "$config.pristine" ]]; then
  cp "$config.pristine" "$config"
else
  cp "$config" "$config.pristine"
fi
rm -rf "$home/standalone/configuration/standalone_xml_history"

cli_run() { JAVA_OPTS="-Xmx256m" "$home/bin/jboss-cli.sh" "$@" >"$root/cli.log" 2>&1 || { cat "$root/cli.log" >&2; exit 1; }; }

echo "provision: applying configure.cli"
cli_run --file="$cli/configure.cli"
case "$db" in
  h2)
    echo "provision: datasources on H2 (embedded)"
    cli_run --file="$cli/datasources-h2.cli" ;;
  sqlserver)
    [[ -f "$props" && -f "$mssql_jar" ]] || { echo "provision.sh: --db sqlserver needs --sqlserver-props and --mssql-jar" >&2; exit 2; }
    echo "provision: datasources on SQL Server"
    mkdir -p "$home/modules/com/microsoft/sqlserver/main"
    cp "$here/modules/com/microsoft/sqlserver/main/module.xml" "$home/modules/com/microsoft/sqlserver/main/"
    cp "$mssql_jar" "$home/modules/com/microsoft/sqlserver/main/mssql-jdbc.jar"
    cli_run --resolve-parameter-values --properties="$props" --file="$cli/datasources-sqlserver.cli" ;;
  *) echo "provision.sh: --db must be h2 or sqlserver" >&2; exit 2 ;;
esac
for extra in "${extras[@]}"; do
  echo "provision: applying $(basename "$extra")"
  cli_run --file="$extra"
done

# A password kept in FILE (mode 600): the one given, else the one already there, else a new one.
# The suffix satisfies add-user's digit and symbol rules whatever the random part holds.
password_in() {
  local file="$1" given="$2"
  if [[ -n "$given" ]]; then
    printf '%s' "$given"
  elif [[ -s "$file" ]]; then
    cat "$file"
  else
    printf '%s-7q' "$(head -c 18 /dev/urandom | base64 | tr -d '+/=')"
  fi
}
add_app_user() {
  local user="$1" password="$2"; shift 2
  JBOSS_HOME="$home" JAVA_OPTS="-Xmx128m" "$home/bin/add-user.sh" -a -s -u "$user" -p "$password" "$@" \
    >"$root/add-user.log" 2>&1 || { cat "$root/add-user.log" >&2; exit 1; }
}
keep_password() { (umask 077 && printf '%s' "$2" >"$1"); chmod 600 "$1"; }

if [[ -n "${PCHAT_ADMIN_PASSWORD:-}" ]]; then
  add_app_user admin "$PCHAT_ADMIN_PASSWORD" -g CsPersistentChatAdministrator
  # A kept password would now be wrong; the operator knows the right one.
  rm -f "$root/admin-password.txt"
  echo "provision: administrator 'admin' (password from PCHAT_ADMIN_PASSWORD)"
else
  admin_password="$(password_in "$root/admin-password.txt" "")"
  keep_password "$root/admin-password.txt" "$admin_password"
  add_app_user admin "$admin_password" -g CsPersistentChatAdministrator
  echo "provision: administrator 'admin', password $admin_password (kept in $root/admin-password.txt)"
fi
if [[ "$test_users" == true ]]; then
  tester_password="$(password_in "$root/test-user-password.txt" "")"
  keep_password "$root/test-user-password.txt" "$tester_password"
  add_app_user pchat-tester "$tester_password"
  echo "provision: test user 'pchat-tester' without roles (password in $root/test-user-password.txt)"
  tester2_password="$(password_in "$root/test-user2-password.txt" "")"
  keep_password "$root/test-user2-password.txt" "$tester2_password"
  add_app_user pchat-tester2 "$tester2_password"
  echo "provision: test user 'pchat-tester2' without roles (password in $root/test-user2-password.txt)"
fi

# The compliance adapter writes its XML here by default (pchat.compliance.outputDirectory).
mkdir -p "$home/standalone/data/compliance"

rm -f "$home"/standalone/deployments/*.ear*
if [[ -n "$deploy" ]]; then
  cp "$deploy" "$home/standalone/deployments/"
  echo "provision: deployed $(basename "$deploy")"
fi
echo "provision: server ready at $home"
