#!/bin/sh
# Neovim 0.7.2, headless, as a second LSP client of the Butane language server.
# usage: run-nvim.sh SERVER_JS FILE.bu [LINE:REGEX]
#   Passes when the server pushes at least one warning/error diagnostic (source "butane") for
#   FILE.bu; with LINE:REGEX (1-based line), one of them must also be on LINE and match REGEX.
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
  echo "0 passed, 1 failed"
  exit 1
fi
cat "$tmp/result.json"; echo
node -e '
  const [file, expect] = process.argv.slice(1);
  const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
  const diags = (r.diagnostics || []).filter((d) => d.source === "butane" && d.severity <= 2);
  let ok = diags.length > 0;
  if (ok && expect) {
    const sep = expect.indexOf(":");
    const line = Number(expect.slice(0, sep)), re = new RegExp(expect.slice(sep + 1));
    ok = diags.some((d) => d.lnum === line - 1 && re.test(d.message));
    if (!ok) console.log(`no diagnostic on line ${line} matching ${re}`);
  }
  if (r.error) console.log(r.error);
  console.log(ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
  process.exit(ok ? 0 : 1);' "$tmp/result.json" "$expect"
