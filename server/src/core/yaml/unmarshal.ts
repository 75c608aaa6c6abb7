// Decoding a node tree into a described Go type with yaml.v3's rules: which scalars fit which
// kinds, how nulls, aliases, merge keys and duplicate keys behave, and the exact texts of
// the type errors it collects.
import { YAlias, YMap, YNode, YSeq } from './types';
import { GoStruct, GoType } from './gotype';
import { resolve, ResolveFailure, Resolved } from './resolve';
import { goQuote, goStringPrefix } from './go-text';
import { decodeGoString } from '../encoding/goString';
import { base64Decode } from '../encoding/base64';
import { goIntFromFloat, goIntOf } from '../util/go-int';
import { goZeroValue } from '../util/go-zero';

export interface UnmarshalResult {
  /**
   * The decoded value: structs become plain objects holding only the fields that were set
   * (Go zero values and nil pointers are absent), slices arrays, floats numbers, ints GoInts
   * (a number, or a bigint beyond ±2^53: util/go-int.ts), bools booleans.
   */
  value: unknown;
  /** yaml.v3 type errors, each as it prints them: "line 3: cannot unmarshal !!str `abc` into int". */
  errors: string[];
  /**
   * A fatal decode error that stops yaml.v3 at once, as it prints it (with the "yaml: " prefix),
   * e.g. "yaml: document contains excessive aliasing" or "yaml: cannot decode !!str `x` as a !!int".
   * When set, `errors` is empty and the caller must report this text instead.
   */
  fatal?: string;
}

class FatalDecode extends Error {}

function fatal(message: string): never {
  throw new FatalDecode(`yaml: ${message}`);
}

/** Go's spelling of a type in error messages. */
export function goTypeName(t: GoType): string {
  if ('goName' in t && t.goName !== undefined) return t.goName;
  switch (t.kind) {
    case 'string':
    case 'int':
    case 'bool':
      return t.kind;
    case 'float':
      return 'float64';
    case 'pointer':
      return '*' + goTypeName(t.elem);
    case 'slice':
      return '[]' + goTypeName(t.elem);
    case 'map':
      return 'map[string]' + goTypeName(t.elem);
    case 'struct':
      return t.goName;
  }
}

/** Whether a decoded value is Go's zero value for its type (absent from decoded structs). */
function isZero(t: GoType, v: unknown): boolean {
  if (v === undefined) return true;
  switch (t.kind) {
    case 'string':
      return v === '';
    case 'int':
    case 'float':
      return v === 0;
    case 'bool':
      return v === false;
    case 'struct':
      return Object.keys(v as object).length === 0;
    default:
      return false;
  }
}

/** The tag yaml.v3 reports for a node (Node.ShortTag without resolution surprises). */
function nodeTag(n: YNode): string {
  switch (n.kind) {
    case 'scalar':
      return n.tag;
    case 'map':
      return n.tag ?? '!!map';
    case 'seq':
      return n.tag ?? '!!seq';
    case 'alias':
      return nodeTag(n.target);
  }
}

function isNull(n: YNode): boolean {
  return nodeTag(n) === '!!null';
}

/** The Value yaml.v3 keeps on a node: scalar text, alias name, "" for collections. */
function nodeValue(n: YNode): string {
  return n.kind === 'scalar' ? n.value : n.kind === 'alias' ? n.name : '';
}

/** Whether two entries have keys of the same kind and value (compared pairwise in small maps). */
function hasDuplicateKey(n: YMap): boolean {
  const entries = n.entries;
  if (entries.length > 16) return true; // let the grouping below decide
  for (let i = 1; i < entries.length; i++) {
    const ki = entries[i].key;
    const vi = nodeValue(ki);
    for (let j = 0; j < i; j++) {
      const kj = entries[j].key;
      if (kj.kind === ki.kind && nodeValue(kj) === vi) return true;
    }
  }
  return false;
}

function allPlainStringKeys(entries: YMap['entries']): boolean {
  for (let i = 0; i < entries.length; i++) {
    const key = entries[i].key;
    if (key.kind !== 'scalar' || key.tag !== '!!str') return false;
  }
  return true;
}

function isMergeKey(n: YNode): boolean {
  return n.kind === 'scalar' && n.value === '<<' && n.tag === '!!merge';
}

const TRUE_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const FALSE_WORDS = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const INT64_MAX = (1n << 63n) - 1n;
const MAX_DUPLICATE_REPORTS = 10000;

// yaml.v3's guard against alias bombs.
const ALIAS_RATIO_LOW = 400000;
const ALIAS_RATIO_HIGH = 4000000;
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= ALIAS_RATIO_LOW) return 0.99;
  if (decodeCount >= ALIAS_RATIO_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - ALIAS_RATIO_LOW) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW));
}

function decodeBase64(text: string): string {
  const s = text.replace(/[\r\n]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(={0,2})$/.test(s) || /=[^=]/.test(s)) fatal('!!binary value contains invalid base64 data');
  const bytes = base64Decode(s);
  // A Go string keeps whatever bytes the base64 held; invalid UTF-8 is carried as U+DC00+byte
  // (see encoding/goString.ts) instead of being replaced here.
  return decodeGoString(bytes);
}

/** Mapping keys decode into Go strings. */
const STRING_TYPE: GoType = { kind: 'string' };

/** A struct's fields by key, built once per struct type (type trees are fixed once built). */
const fieldIndex = new WeakMap<GoStruct, { fields: GoStruct['fields']; byKey: Map<string, GoStruct['fields'][number]> }>();
function fieldsByKey(t: GoStruct): Map<string, GoStruct['fields'][number]> {
  let hit = fieldIndex.get(t);
  if (hit === undefined || hit.fields !== t.fields) {
    hit = { fields: t.fields, byKey: new Map(t.fields.map((f) => [f.key, f])) };
    fieldIndex.set(t, hit);
  }
  return hit.byKey;
}

interface Decoded {
  ok: boolean;
  value: unknown;
}

class Decoder {
  readonly errors: string[] = [];
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly activeAliases = new Set<YAlias>();
  /** Keys already set by the mapping being merged into (yaml.v3's mergedFields). */
  private mergedFields: Set<string> | null = null;

  /** Decodes `n` into a slot of type `t` currently holding `current`. */
  decode(n: YNode, t: GoType, current: unknown): Decoded {
    this.countDecode();
    // The commonest decode, a plain string into a string or *string field, without the steps below.
    if (n.kind === 'scalar' && n.tag === '!!str' && (t.kind === 'string' || (t.kind === 'pointer' && t.elem.kind === 'string'))) {
      return { ok: true, value: n.value };
    }
    if (n.kind === 'alias') return this.alias(n, t, current);
    if (t.kind === 'pointer') {
      if (isNull(n)) {
        // A null-tagged node leaves the pointer unallocated. A scalar still goes through tag
        // resolution, so `!!null 1` fails as in yaml.v3; a real null clears the pointer.
        return this.byKind(n, t, current);
      }
      // yaml.v3 allocates the pointer before decoding, so it stays set even on a type error.
      return this.decodeInto(n, t.elem, current === undefined ? goZeroValue(t.elem) : current);
    }
    return this.byKind(n, t, current);
  }

  /** yaml.v3's bookkeeping for each node it decodes (its guard against alias bombs). */
  private countDecode(): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      fatal('document contains excessive aliasing');
    }
  }

  /**
   * A mapping key decoded into a Go string, or undefined when it does not fit one. A plain
   * string key (nearly every key) needs no resolution; the decode is still counted.
   */
  private keyName(key: YNode): string | undefined {
    if (key.kind === 'scalar' && key.tag === '!!str') {
      this.countDecode();
      return key.value;
    }
    const name = this.decode(key, STRING_TYPE, '');
    return name.ok ? (name.value as string) : undefined;
  }

  /** decode() for a non-alias node and a dereferenced target. */
  private decodeInto(n: YNode, t: GoType, current: unknown): Decoded {
    if (t.kind === 'pointer') return this.decodeInto(n, t.elem, current === undefined ? goZeroValue(t.elem) : current);
    return this.byKind(n, t, current);
  }

  private byKind(n: YNode, t: GoType, current: unknown): Decoded {
    switch (n.kind) {
      case 'scalar':
        return this.scalar(n, t, current);
      case 'map':
        return this.mapping(n, t, current);
      case 'seq':
        return this.sequence(n, t, current);
      case 'alias':
        return this.alias(n, t, current);
    }
  }

  private alias(n: YAlias, t: GoType, current: unknown): Decoded {
    if (this.activeAliases.has(n)) fatal(`anchor '${n.name}' value contains itself`);
    this.activeAliases.add(n);
    this.aliasDepth++;
    const r = this.decode(n.target, t, current);
    this.aliasDepth--;
    this.activeAliases.delete(n);
    return r;
  }

  private typeError(n: YNode, tag: string, t: GoType): Decoded {
    const actual = n.kind === 'alias' ? n.target : n;
    const shown = nodeTag(actual) || tag;
    // yaml.v3 quotes (and shortens) the value only for scalar tags; after !!seq / !!map it appends
    // the node's raw value with no separator, which shows when such a tag sits on a scalar.
    const raw = nodeValue(actual);
    const value = shown === '!!seq' || shown === '!!map' ? raw : ' `' + goStringPrefix(raw, 10, 7) + '`';
    this.errors.push(`line ${actual.line}: cannot unmarshal ${shown}${value} into ${goTypeName(t)}`);
    return { ok: false, value: undefined };
  }

  private nullInto(t: GoType, current: unknown): Decoded {
    if (t.kind === 'pointer' || t.kind === 'slice' || t.kind === 'map') return { ok: true, value: undefined };
    return { ok: false, value: current };
  }

  private scalar(n: YNode & { kind: 'scalar' }, t: GoType, current: unknown): Decoded {
    let resolved: Resolved;
    let text = n.value;
    if (n.tag === '!!str') {
      // The common case without building a resolution.
      if (t.kind === 'string') return { ok: true, value: text };
      resolved = { tag: '!!str', text };
    } else {
      try {
        resolved = resolve(n.tag, n.value);
      } catch (e) {
        if (e instanceof ResolveFailure) fatal(e.message);
        throw e;
      }
      if (resolved.tag === '!!binary') {
        text = decodeBase64(n.value);
        resolved = { tag: '!!binary', text };
      }
    }
    if (resolved.tag === '!!null') return this.nullInto(t, current);
    switch (t.kind) {
      case 'string':
        return { ok: true, value: text };
      case 'int': {
        if (resolved.tag === '!!int' && 'value' in resolved && typeof resolved.value === 'bigint') {
          // Exact: a bigint beyond ±2^53 (see util/go-int.ts).
          if (!(resolved as { unsigned?: boolean }).unsigned && resolved.value <= INT64_MAX) return { ok: true, value: goIntOf(resolved.value) };
        } else if (resolved.tag === '!!float' && 'value' in resolved && typeof resolved.value === 'number') {
          // yaml.v3 admits floats up to MaxInt64 (as a float, 2^63; NaN fails the test), then
          // Go converts with truncation.
          if (resolved.value <= 2 ** 63) return { ok: true, value: goIntFromFloat(resolved.value) };
        }
        break;
      }
      case 'float':
        if ((resolved.tag === '!!int' || resolved.tag === '!!float') && 'value' in resolved) {
          return { ok: true, value: Number(resolved.value) };
        }
        break;
      case 'bool':
        if (resolved.tag === '!!bool' && 'value' in resolved) return { ok: true, value: resolved.value };
        if ('text' in resolved) {
          if (TRUE_WORDS.has(resolved.text)) return { ok: true, value: true };
          if (FALSE_WORDS.has(resolved.text)) return { ok: true, value: false };
        }
        break;
    }
    return this.typeError(n, resolved.tag, t);
  }

  private sequence(n: YSeq, t: GoType, _current: unknown): Decoded {
    if (t.kind !== 'slice') return this.typeError(n, '!!seq', t);
    const out: unknown[] = [];
    const items = n.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const r = this.decode(item, t.elem, goZeroValue(t.elem));
      if (r.ok) out.push(r.value === undefined ? null : r.value);
    }
    return { ok: true, value: out };
  }

  /**
   * yaml.v3 reports every pair (earlier, later) of equal keys, ordered by the earlier key then
   * the later one. A hostile file with thousands of copies of one key would make that
   * quadratic, so the list stops after MAX_DUPLICATE_REPORTS pairs.
   */
  private duplicateKeyErrors(n: YMap): boolean {
    if (!hasDuplicateKey(n)) return false;
    const groups = new Map<string, number[]>();
    const groupOf: number[][] = [];
    const rank: number[] = [];
    n.entries.forEach((e, j) => {
      const id = e.key.kind + '\u0000' + nodeValue(e.key);
      let g = groups.get(id);
      if (!g) groups.set(id, (g = []));
      rank[j] = g.length;
      g.push(j);
      groupOf[j] = g;
    });
    if (groups.size === n.entries.length) return false;
    let reported = 0;
    for (let i = 0; i < n.entries.length && reported < MAX_DUPLICATE_REPORTS; i++) {
      const g = groupOf[i];
      for (let r = rank[i] + 1; r < g.length && reported < MAX_DUPLICATE_REPORTS; r++) {
        const ki = n.entries[i].key;
        const kj = n.entries[g[r]].key;
        this.errors.push(`line ${kj.line}: mapping key ${goQuote(nodeValue(kj))} already defined at line ${ki.line}`);
        reported++;
      }
    }
    return true;
  }

  private mapping(n: YMap, t: GoType, current: unknown): Decoded {
    if (this.duplicateKeyErrors(n)) return { ok: false, value: current };
    if (t.kind === 'struct') return this.mappingStruct(n, t, current);
    if (t.kind === 'map') return this.mappingMap(n, t, current);
    return this.typeError(n, '!!map', t);
  }

  /** Identity of a key for merge bookkeeping (Go compares decoded interface values). */
  private keyIdentity(k: YNode): string | undefined {
    const target = k.kind === 'alias' ? k.target : k;
    if (target.kind !== 'scalar') return undefined;
    const tag = target.tag === '!!merge' ? '!!str' : target.tag;
    return tag + '\u0000' + target.value;
  }

  private mappingStruct(n: YMap, t: GoStruct, current: unknown): Decoded {
    const obj = (current && typeof current === 'object' ? current : {}) as Record<string, unknown>;
    const fields = fieldsByKey(t);
    const merged = this.mergedFields;
    this.mergedFields = null;
    // Indexed loops (not for-of) throughout: cheaper while the code still runs in the interpreter.
    const entries = n.entries;
    // Plain string keys are distinct here (duplicateKeyErrors has run), so only other keys (an
    // alias, a tagged scalar, a merge key) can set a field twice and need the names kept.
    const done = entries.length > 1 && !allPlainStringKeys(entries) ? new Set<string>() : undefined;
    let mergeNode: YNode | undefined;
    for (let i = 0; i < entries.length; i++) {
      const { key, value } = entries[i];
      if (isMergeKey(key)) {
        mergeNode = value;
        continue;
      }
      const sname = this.keyName(key);
      if (sname === undefined) continue;
      if (merged) {
        const id = '!!str\u0000' + sname;
        if (merged.has(id)) continue;
        merged.add(id);
      }
      const field = fields.get(sname);
      if (!field) continue;
      if (done !== undefined) {
        if (done.has(sname)) {
          this.errors.push(`line ${key.line}: field ${sname} already set in type ${t.goName}`);
          continue;
        }
        done.add(sname);
      }
      const r = this.decode(value, field.type, obj[sname] ?? goZeroValue(field.type));
      if (isZero(field.type, r.value) && field.type.kind !== 'pointer') delete obj[sname];
      else if (r.value === undefined) delete obj[sname];
      else obj[sname] = r.value;
    }
    this.mergedFields = merged;
    if (mergeNode) this.merge(n, mergeNode, t, obj);
    return { ok: true, value: obj };
  }

  private mappingMap(n: YMap, t: GoType & { kind: 'map' }, current: unknown): Decoded {
    const isNew = current === undefined;
    const obj = (current ?? {}) as Record<string, unknown>;
    const merged = this.mergedFields;
    this.mergedFields = null;
    let mergeNode: YNode | undefined;
    const entries = n.entries;
    for (let i = 0; i < entries.length; i++) {
      const { key, value } = entries[i];
      if (isMergeKey(key)) {
        mergeNode = value;
        continue;
      }
      const name = this.keyName(key);
      if (name === undefined) continue;
      if (merged) {
        const id = '!!str\u0000' + name;
        if (merged.has(id)) continue;
        merged.add(id);
      }
      const r = this.decode(value, t.elem, goZeroValue(t.elem));
      if (r.ok || (isNull(value) && (isNew || !(name in obj)))) obj[name] = r.value === undefined ? null : r.value;
    }
    this.mergedFields = merged;
    if (mergeNode) this.merge(n, mergeNode, t, obj);
    return { ok: true, value: obj };
  }

  private merge(parent: YMap, mergeNode: YNode, t: GoType, out: unknown): void {
    const outer = this.mergedFields;
    if (outer === null) {
      const set = new Set<string>();
      for (const { key } of parent.entries) {
        // yaml.v3 decodes each key generically here; that counts as decoding work too.
        this.decodeCount++;
        const id = this.keyIdentity(key);
        if (id !== undefined && !isNull(key)) set.add(id);
      }
      this.mergedFields = set;
    }
    const wantMap = () => fatal('map merge requires map or sequence of maps as the value');
    switch (mergeNode.kind) {
      case 'map':
        this.decode(mergeNode, t, out);
        break;
      case 'alias':
        if (mergeNode.target.kind !== 'map') wantMap();
        this.decode(mergeNode, t, out);
        break;
      case 'seq':
        for (const item of mergeNode.items) {
          if (item.kind === 'alias' ? item.target.kind !== 'map' : item.kind !== 'map') wantMap();
          this.decode(item, t, out);
        }
        break;
      default:
        wantMap();
    }
    this.mergedFields = outer;
  }
}

/** Decodes `node` into `type` with yaml.v3's rules (octal `0644` for ints, `yes`/`on` for bools, ...). */
export function unmarshal(node: YNode | null, type: GoType): UnmarshalResult {
  return decodeNode(node, type);
}

function decodeNode(node: YNode | null, type: GoType): UnmarshalResult {
  const d = new Decoder();
  if (node === null) return { value: goZeroValue(type), errors: [] };
  try {
    const r = d.decode(node, type, goZeroValue(type));
    const value = r.value === undefined && type.kind === 'struct' ? {} : r.value;
    return { value, errors: d.errors };
  } catch (e) {
    if (e instanceof FatalDecode) return { value: undefined, errors: [], fatal: e.message };
    throw e;
  }
}
