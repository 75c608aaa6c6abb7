#!/usr/bin/env bash
# Real-editor tests: builds and packages the extension, then runs
#   1. the Neovim check (test/e2e/nvim/run-nvim.sh, when present): a second LSP client,
#   2. the API-level mocha suite inside code-server's extension host (run-api.mjs): first in an
#      untrusted workspace, then trusted (a test grants trust as a user would),
#   3. the UI smoke test on the installed .vsix, with screenshots in e2e-shots/ (run-ui.mjs).
# Runs setup.sh first (it skips what is already installed). Every step runs even if an
# earlier one failed; the last line is "N passed, N failed" over all steps' tests.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"
t() { local s=$SECONDS; "$@"; local rc=$?; echo "[e2e] $* -> $((SECONDS - s)) s (exit $rc)" >&2; return $rc; }

passed=0 failed=0
# Runs one test step and adds its closing "N passed, N failed" line to the totals.
step() {
  local log rc line
  log=$(mktemp)
  t "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  rm -f "$log"
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
    # A non-zero exit with a "0 failed" line still counts as a failure.
    if [ "$rc" -ne 0 ] && [ "$(echo "$line" | cut -d' ' -f3)" = 0 ]; then failed=$((failed + 1)); fi
  elif [ "$rc" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

t bash "$here/setup.sh" || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
if ! t npm run -s package </dev/null || ! t node esbuild.mjs --e2e-suite; then
  echo "build or packaging failed"; echo "0 passed, 1 failed"; exit 1
fi

if [ -x "$here/nvim/run-nvim.sh" ] || [ -f "$here/nvim/run-nvim.sh" ]; then
  step bash "$here/nvim/run-nvim.sh" "$repo/dist/server.js" "${NVIM_FIXTURE:-$here/fixtures/ws/example.bu}"
else
  echo "[e2e] test/e2e/nvim/run-nvim.sh not present: Neovim check skipped" >&2
fi
step node "$here/run-api.mjs"
SHOTS=${SHOTS:-$repo/e2e-shots} step node "$here/run-ui.mjs"

echo "[e2e] all steps -> $SECONDS s" >&2
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
