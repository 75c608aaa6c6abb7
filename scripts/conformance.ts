// npm run conformance: parity of butane-ts with the reference over ../shared/conformance.
//   --filter RE      only cases whose id matches
//   --verbose        print the first difference of each failing case
//   --write-known    rewrite known-failures.json from this run (keeps existing reasons)
import * as fs from 'node:fs';
import { corpusAvailable, loadCases, runCase, passed, loadKnownFailures, KNOWN_FAILURES_FILE, CaseOutcome } from '../test/conformance/corpus';

const argv = process.argv.slice(2);
const filterArg = argv.indexOf('--filter');
const filter = filterArg >= 0 ? new RegExp(argv[filterArg + 1]) : undefined;
const verbose = argv.includes('--verbose');

if (!corpusAvailable()) {
  console.log('conformance corpus not found (expected ../shared/conformance beside this checkout); nothing to check');
  process.exit(0);
}

const cases = loadCases().filter((c) => !filter || filter.test(c.id));
const outcomes: CaseOutcome[] = [];
const byCategory = new Map<string, { n: number; ok: number }>();
for (const c of cases) {
  let o: CaseOutcome;
  try {
    o = runCase(c);
  } catch (err) {
    o = { id: c.id, status: false, bytes: false, semantic: false, diagnostics: false, stderr: false, detail: `crash: ${(err as Error).stack}` };
  }
  outcomes.push(o);
  const cat = byCategory.get(c.category) ?? { n: 0, ok: 0 };
  cat.n++;
  if (passed(o)) cat.ok++;
  byCategory.set(c.category, cat);
  if (verbose && !passed(o)) console.log(`FAIL ${o.id}\n${o.detail}\n`);
}

for (const [cat, { n, ok }] of [...byCategory].sort()) console.log(`${cat.padEnd(14)} ${ok}/${n}`);

if (argv.includes('--write-known')) {
  const known = loadKnownFailures();
  const next: Record<string, string> = {};
  for (const o of outcomes) if (!passed(o)) next[o.id] = known[o.id] ?? 'not yet analysed';
  fs.writeFileSync(KNOWN_FAILURES_FILE, JSON.stringify(next, null, 2) + '\n');
}

const n = outcomes.length;
const count = (k: keyof CaseOutcome) => outcomes.filter((o) => o[k] === true).length;
console.log(`parity: semantic ${count('semantic')}/${n}, bytes ${count('bytes')}/${n}, diagnostics ${count('diagnostics')}/${n}, status ${count('status')}/${n}`);
console.error(`(stderr byte-identical: ${count('stderr')}/${n})`);
