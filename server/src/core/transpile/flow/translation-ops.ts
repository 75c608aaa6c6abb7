// Operations on a TranslationSet that the variant layers need beyond add/merge: registering a
// whole generated object against one source path, re-rooting, descending and remapping.
import { Path, PathSegment } from '../../types';
import { TranslationSet } from '../translation-set';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every path inside `value` (relative to it), children before their container, like the
 * reference's getAllPaths. Only keys that are present count: absent fields have no place in
 * the decoded objects we work on.
 */
export function allPaths(value: unknown): Path[] {
  const out: PathSegment[][] = [];
  const walk = (v: unknown, prefix: PathSegment[]): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        walk(item, [...prefix, i]);
        out.push([...prefix, i]);
      });
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (child === undefined) continue;
        walk(child, [...prefix, k]);
        out.push([...prefix, k]);
      }
    }
  };
  walk(value, []);
  return out;
}

/** All of `value` (placed at `toPrefix`) comes from the one source path `from`. */
export function addFromCommonSource(ts: TranslationSet, from: Path, toPrefix: Path, value: unknown): void {
  for (const p of allPaths(value)) ts.add(from, [...toPrefix, ...p]);
  ts.add(from, toPrefix);
}

/** `value` sits at both prefixes with the same inner shape: map each inner path one to one. */
export function addFromCommonObject(ts: TranslationSet, fromPrefix: Path, toPrefix: Path, value: unknown): void {
  for (const p of allPaths(value)) ts.add([...fromPrefix, ...p], [...toPrefix, ...p]);
  ts.add(fromPrefix, toPrefix);
}

export function prefixPaths(ts: TranslationSet, fromPrefix: Path, toPrefix: Path): TranslationSet {
  const ret = new TranslationSet();
  ret.mergePrefixed(fromPrefix, toPrefix, ts);
  return ret;
}

/** Keeps the translations whose target lies under `to`, with `to` cut off the target. */
export function descend(ts: TranslationSet, to: Path): TranslationSet {
  const ret = new TranslationSet();
  ts.forEach((t) => {
    if (t.to.length < to.length) return;
    for (let i = 0; i < to.length; i++) if (t.to[i] !== to[i]) return;
    ret.add(t.from, t.to.slice(to.length));
  });
  return ret;
}

/**
 * Moves targets: for every json→json mapping whose source is a target in `ts`, that translation
 * now points at the mapping's target instead.
 */
export function remapTargets(ts: TranslationSet, mappings: TranslationSet): TranslationSet {
  const ret = new TranslationSet();
  ret.merge(ts);
  mappings.forEach((m) => {
    const existing = ret.lookup(m.from);
    if (existing) {
      ret.delete(m.from);
      ret.add(existing.from, m.to);
    }
  });
  return ret;
}

