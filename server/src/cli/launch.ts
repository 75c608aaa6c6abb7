// Entry point of dist/cli.js: runs the CLI bundle (dist/cli-main.js) through V8's code cache.
//
// A short CLI run spends a large share of its time parsing and compiling the bundle's functions.
// The build runs the CLI once on a sample document and saves V8's bytecode for every function that
// run compiled (dist/cli-main.cache); later runs start from that bytecode. The cache is an
// optimisation only: missing, stale or rejected (another Node or V8 version, other V8 flags), it is
// ignored and the bundle compiles as usual.
//
// Cache file layout: the bundle's exact bytes, then V8's data. V8 itself only checks the source's
// length, so the launcher compares the bytes (a native memcmp, far cheaper than hashing).
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const BUNDLE = path.join(__dirname, 'cli-main.js');
const CACHE = path.join(__dirname, 'cli-main.cache');
/** Set by the build: write the cache for this run's compiled functions to this path at exit. */
const WRITE_CACHE_TO = process.env.BUTANE_TS_WRITE_CODE_CACHE;

const source = fs.readFileSync(BUNDLE);
// The build keeps the bundle ASCII (esbuild.mjs warns otherwise): decoded as Latin-1 it becomes a
// one-byte string, ~3x quicker to make than by UTF-8 decoding, and half the size of a two-byte one.
const script = new vm.Script(wrapAsModule(source.toString(isAscii(source) ? 'latin1' : 'utf8')), {
  filename: BUNDLE,
  cachedData: WRITE_CACHE_TO === undefined ? cachedDataFor(source) : undefined,
});
if (WRITE_CACHE_TO !== undefined) {
  process.once('exit', () => fs.writeFileSync(WRITE_CACHE_TO, Buffer.concat([source, script.createCachedData()])));
}
const run = script.runInThisContext() as (exports: unknown, req: NodeRequire, mod: NodeModule, filename: string, dirname: string) => void;
run.call(module.exports, module.exports, require, module, BUNDLE, __dirname);

/** V8's data from the cache file when the file was made for exactly these bundle bytes. */
function cachedDataFor(bundle: Buffer): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
  if (cache.length <= bundle.length || !cache.subarray(0, bundle.length).equals(bundle)) return undefined;
  return cache.subarray(bundle.length);
}

/** The bundle as Node's CommonJS loader would wrap it (same parameters, so `require` resolves from dist/). */
function wrapAsModule(code: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
}
