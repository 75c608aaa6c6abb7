// Every conformance case must match the reference on all four metrics, unless it is listed in
// known-failures.json with a reason. A listed case that now passes must be removed from the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusAvailable, loadCases, runCase, passed, loadKnownFailures } from './corpus';

test('conformance corpus parity', { skip: corpusAvailable() ? false : 'no ../shared/conformance beside this checkout' }, () => {
  const known = loadKnownFailures();
  const regressions: string[] = [];
  const fixed: string[] = [];
  let ok = 0;
  const cases = loadCases();
  for (const c of cases) {
    let good = false;
    let detail = '';
    try {
      const o = runCase(c);
      good = passed(o);
      detail = o.detail;
    } catch (err) {
      detail = `crash: ${(err as Error).message}`;
    }
    if (good) ok++;
    if (!good && !(c.id in known)) regressions.push(`${c.id}\n${detail}`);
    if (good && c.id in known) fixed.push(c.id);
  }
  console.log(`conformance: ${ok}/${cases.length} cases identical to the reference; ${Object.keys(known).length} known failures`);
  assert.deepEqual(regressions, [], 'cases failing that are not in known-failures.json');
  assert.deepEqual(fixed, [], 'cases now passing: remove them from known-failures.json');
});
