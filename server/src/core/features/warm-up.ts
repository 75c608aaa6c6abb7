// The spec model computes a field's documentation (notably which versions have it) on first use,
// a few milliseconds per field; the first completion in a new kind of mapping would pay for all
// of its fields at once. A host can take that cost ahead of time, in small steps while idle:
//
//   const steps = warmUpSteps('fcos', '1.6.0');
//   const tick = () => { const end = Date.now() + 5; while (Date.now() < end) if (steps.next().done) return; setImmediate(tick); };
//   setImmediate(tick);
import { resolveContext } from './spec-context';
import { fieldAt, fieldMarkdown, fieldsAt } from './spec-lookup';
import type { Path } from './document-model';

/** One step per mapping of the version's model: its field docs and their hover texts get cached. */
export function* warmUpSteps(variant?: string, version?: string): Generator<void> {
  const ctx = resolveContext(variant, version);
  const pending: Path[] = [[]];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const path = pending.pop()!;
    for (const f of fieldsAt(ctx, path)) {
      fieldMarkdown(f);
      const child = [...path, f.key];
      fieldAt(ctx, child);
      const key = child.join('\u0000');
      if (seen.has(key) || child.length > 12) continue;
      seen.add(key);
      if (f.structName !== undefined) pending.push(child);
      else if (f.shape.startsWith('list of')) pending.push([...child, 0]);
    }
    yield;
  }
}

/** Runs every warm-up step at once (tests, benchmarks, hosts that do not mind a pause). */
export function warmUp(variant?: string, version?: string): void {
  for (const _step of warmUpSteps(variant, version));
}
