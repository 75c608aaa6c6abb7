// The spec model computes a field's documentation (notably which versions have it) on first use,
// a few milliseconds per field; the first completion in a new kind of mapping would pay for all
// of its fields at once. A host can take that cost ahead of time, in small steps while idle:
//
//   const steps = warmUpSteps('fcos', '1.6.0');
//   const tick = () => { const end = Date.now() + 5; while (Date.now() < end) if (steps.next().done) return; setImmediate(tick); };
//   setImmediate(tick);
import { resolveContext } from './spec-context';
import { fieldAt, fieldMarkdown, fieldsAt } from './spec-lookup';
import type { FeatureDocument, Path } from './document-model';
import { complete } from './completion';
import { hover } from './hover';

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

/** Probe positions per document warm-up: enough for V8 to optimise the request paths. */
const DOCUMENT_PROBES = 60;

/**
 * Warm-up on an opened document, one small step at a time: the spec model of its variant/version
 * (as `warmUpSteps`), then completion and hover at keys spread over the document, on the model as
 * it is and on models updated with a typed line break (the path every completion after an edit
 * takes). The first requests of a session would otherwise run the interpreter's slow code and pay
 * for documentation on first use: tens of milliseconds on a loaded machine. Models are immutable,
 * so the document's own model is never changed; every result is discarded.
 */
export function* documentWarmUpSteps(doc: FeatureDocument): Generator<void> {
  yield* warmUpSteps(doc.variant, doc.version);
  const keyLines: number[] = [];
  for (let i = 0; i < doc.lines.length; i++) if (doc.lines[i].tokens.some((t) => t.kind === 'key')) keyLines.push(i);
  const stride = Math.max(1, Math.floor(keyLines.length / DOCUMENT_PROBES));
  for (let n = 0; n * stride < keyLines.length && n < DOCUMENT_PROBES; n++) {
    const line = keyLines[n * stride];
    const tokens = doc.lines[line].tokens;
    const key = tokens[tokens.length - 1];
    if (key.kind !== 'key') continue;
    const start = doc.lineStart(line);
    hover(doc, start + key.col);
    complete(doc, start + key.valueEnd);
    // A new line below it, indented like the key, as typed before asking for the next key.
    const at = start + doc.lines[line].text.length;
    const typed = '\n' + ' '.repeat(key.col);
    complete(doc.withEdits([{ start: at, end: at, text: typed }]), at + typed.length);
    yield;
  }
}
