#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium through its chromedriver (no downloads at test
# time). Installs both when they are missing and this user may (root with apt-get); otherwise says
# what to install. Run by the build before the integration tests.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "[fundtrack] installing chromium and chromium-driver for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "[fundtrack] the browser tests need /usr/bin/chromium and /usr/bin/chromedriver:" >&2
echo "            sudo apt-get install chromium chromium-driver" >&2
exit 1
