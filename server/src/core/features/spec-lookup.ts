// Questions the features ask the spec model about a YAML path in the document's version.
import { describeField, fieldsAt as specFieldsAt, hoverMarkdown, FieldDoc } from '../spec';
import type { Path } from './document-model';
import type { SpecContext } from './spec-context';

// The spec model answers from its tables on every call; features ask the same few hundred
// questions per version again and again, so answers are memoised here (bounded: user-typed
// unknown keys also become cache keys).
const MAX_CACHED = 20000;
const fieldsCache = new Map<string, FieldDoc[]>();
const fieldCache = new Map<string, FieldDoc | null>();
const markdownCache = new WeakMap<FieldDoc, string>();

function cacheKey(ctx: SpecContext, path: Path): string {
  let key = ctx.variant + '+' + ctx.version;
  for (const seg of path) key += typeof seg === 'number' ? '\u0000#' : '\u0000' + seg;
  return key;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
}

/** Every field of the mapping at `path` in this version (list indexes do not matter). */
export function fieldsAt(ctx: SpecContext, path: Path): FieldDoc[] {
  const key = cacheKey(ctx, path);
  return fieldsCache.get(key) ?? remember(fieldsCache, key, specFieldsAt(ctx, path));
}

/** The spec model's hover text of a field, computed once per field doc. */
export function fieldMarkdown(f: FieldDoc): string {
  let md = markdownCache.get(f);
  if (md === undefined) {
    md = hoverMarkdown(f);
    markdownCache.set(f, md);
  }
  return md;
}

/** Fields the mapping at `path` may hold, without those this variant always refuses. */
export function offeredFields(ctx: SpecContext, path: Path): FieldDoc[] {
  return fieldsAt(ctx, path).filter((f) => !alwaysRefused(f));
}

/** Refused by the variant whatever the output (not only for a MachineConfig). */
export function alwaysRefused(f: FieldDoc): boolean {
  return f.restriction !== undefined && !f.restriction.machineConfigOnly;
}

/** The field a path ending in a key names, only when that key exists there. */
export function fieldAt(ctx: SpecContext, path: Path): FieldDoc | undefined {
  if (path.length === 0) return undefined;
  const key = cacheKey(ctx, path);
  const hit = fieldCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  return remember(fieldCache, key, computeFieldAt(ctx, path) ?? null) ?? undefined;
}

function computeFieldAt(ctx: SpecContext, path: Path): FieldDoc | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const d = describeField(ctx, path);
  return d && d.key === last && fieldsAt(ctx, path.slice(0, -1)).some((f) => f.key === last) ? d : undefined;
}

/** Go struct name of the mapping at `path` ('Config' at the root), if it is a struct. */
export function structNameAt(ctx: SpecContext, path: Path): string | undefined {
  if (path.length === 0) return 'Config';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const list = fieldAt(ctx, path.slice(0, -1));
    const m = list ? /^list of (\w+)$/.exec(list.shape) : null;
    return m && fieldsAt(ctx, path).length > 0 ? m[1] : undefined;
  }
  return fieldAt(ctx, path)?.structName;
}

/** Is the field at `path` a list (so a new line at its level starts a `- ` entry)? */
export function isListField(ctx: SpecContext, path: Path): boolean {
  return fieldAt(ctx, path)?.shape.startsWith('list of') === true;
}

/** Does this variant always refuse the field at these YAML keys (list levels implied)? */
export function refusedKeys(ctx: SpecContext, keys: string[]): boolean {
  const path: Path = [];
  for (let i = 0; i < keys.length; i++) {
    const f = fieldAt(ctx, [...path, keys[i]]);
    if (!f) return true;
    if (i === keys.length - 1) return alwaysRefused(f);
    path.push(keys[i]);
    if (f.shape.startsWith('list of')) path.push(0);
  }
  return false;
}

/**
 * Where the field at `path` lands in the Ignition config, e.g. `storage.files[].mode`; undefined
 * when a key on the way is Butane sugar (translated into other fields).
 */
export function ignitionPathOf(ctx: SpecContext, path: Path): string | undefined {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === 'number') {
      out += '[]';
      continue;
    }
    const f = fieldAt(ctx, path.slice(0, i + 1));
    if (!f || !f.ignitionField) return undefined;
    out += (out ? '.' : '') + f.ignitionField;
  }
  return out;
}
