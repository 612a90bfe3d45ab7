#!/usr/bin/env bash
# The crash drill (README, "Crash drill"): a MariaDB of its own with binary logging on, FundTrack on
# a Payara Micro of its own, clients running the grant lifecycle through the API, and KILLS rounds
# of kill -9 of the database mid-run, each followed by a restart. It fails unless every
# acknowledged write survived, no in-doubt transaction is left, the audit chain verifies, writes
# resumed within 30 s of each restart and every request during an outage got a prompt 503.
#
#   db/scripts/crash-drill.sh [KILLS]     (default 3; needs mariadb-server, JDK 17, Maven)
#
# It touches no other server: its database and application listen on free loopback ports and
# are stopped and deleted at the end.
set -euo pipefail
kills="${1:-3}"
cd "$(dirname "$0")/../.."
log="$(mktemp -t fundtrack-crash-drill.XXXXXX.log)"
echo "crash drill: $kills kills; full output in $log"
status=0
mvn -B -pl web -am verify \
  -Dit.test=CrashDrillIT -Ddrill.kills="$kills" \
  -Dtest='NoSuchTest*' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.embedded-db.skip=true >"$log" 2>&1 || status=$?
grep -h -E "DRILL|Tests run:|FAIL" "$log" | sort -u || true
exit "$status"
