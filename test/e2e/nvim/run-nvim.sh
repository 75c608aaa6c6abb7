#!/bin/sh
# Neovim 0.7.2, headless, as a second LSP client of the Butane language server.
# usage: run-nvim.sh SERVER_JS FILE.bu [LINE:REGEX]
#   Three checks: the server pushes at least one warning/error diagnostic (source "butane") for
#   FILE.bu (with LINE:REGEX, 1-based, one of them is on LINE and matches REGEX); a hover on the
#   `variant:` key mentions it; completion at the start of that line offers items.
# Example: run-nvim.sh dist/server.js test/e2e/nvim/bad.bu 14:'unused key bogus'
# Prints the diagnostics as JSON, then "N passed, N failed" as its last line; exit 0 on success.
set -eu
if [ $# -lt 2 ]; then echo "usage: $0 SERVER_JS FILE.bu [LINE:REGEX]" >&2; exit 2; fi
here=$(cd "$(dirname "$0")" && pwd)
server=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
expect=${3:-}
tmp=$(mktemp -d /tmp/nvim-lsp-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
status=0
XDG_CACHE_HOME=$tmp/cache XDG_STATE_HOME=$tmp/state XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
OUT=$tmp/result.json SERVER=$server \
  timeout 60 nvim --headless --clean -n -i NONE -u "$here/init.lua" "$2" || status=$?
if [ ! -s "$tmp/result.json" ]; then
  echo "nvim exited with status $status and wrote no result"
  echo "0 passed, 3 failed"
  exit 1
fi
cat "$tmp/result.json"; echo
node -e '
  const [file, expect] = process.argv.slice(1);
  const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
  if (r.error) console.log(r.error);
  const checks = [];
  // 1. a pushed warning/error from the server (and, with LINE:REGEX, that one).
  const diags = (r.diagnostics || []).filter((d) => d.source === "butane" && d.severity <= 2);
  let diagOk = diags.length > 0;
  if (diagOk && expect) {
    const sep = expect.indexOf(":");
    const line = Number(expect.slice(0, sep)), re = new RegExp(expect.slice(sep + 1));
    diagOk = diags.some((d) => d.lnum === line - 1 && re.test(d.message));
    if (!diagOk) console.log(`no diagnostic on line ${line} matching ${re}`);
  }
  checks.push(["pushed diagnostic", diagOk]);
  // 2. hover on the variant key describes it; 3. completion offers keys.
  checks.push(["hover on variant", /variant/.test(r.hover || "")]);
  checks.push(["completion", (r.completion || []).length > 0]);
  for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
  const passed = checks.filter(([, ok]) => ok).length;
  console.log(`${passed} passed, ${checks.length - passed} failed`);
  process.exit(passed === checks.length ? 0 : 1);' "$tmp/result.json" "$expect"
