#!/usr/bin/env bash
# Installs what the browser tests (@Tag("browser"), mvn -Pbrowser) need: Debian's chromium and chromium-driver.
# Idempotent: does nothing when both are already installed. Needs root (or sudo) for apt-get.
# axe-core (the accessibility engine the browser tests inject) is vendored from the npm registry in
# app/src/test/resources/axe/ (version and checksum in its README): nothing to install for it.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "browser-deps: $(chromium --version 2>/dev/null | head -1); $(chromedriver --version 2>/dev/null | head -1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
echo "browser-deps: installed $(chromium --version 2>/dev/null | head -1); $(chromedriver --version 2>/dev/null | head -1)"
