#!/usr/bin/env bash
# What the integration tests need from the machine, from Debian's packages (no downloads at test
# time): headless Chromium and its chromedriver for the browser tests, and mariadbd with
# mariadb-install-db for the tests that run a MariaDB server of their own (binary logging, kill -9).
# Installs what is missing when this user may (root with apt-get); otherwise says what to install.
# Run by the build before the integration tests.
set -euo pipefail
missing=()
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || missing+=(chromium chromium-driver)
{ [ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db >/dev/null; } || missing+=(mariadb-server)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "[fundtrack] installing ${missing[*]} for the integration tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "[fundtrack] the integration tests need: ${missing[*]}" >&2
echo "            sudo apt-get install ${missing[*]}" >&2
exit 1
