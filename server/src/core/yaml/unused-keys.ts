// "unused key" warnings as the reference produces them: it walks the *decoded* Go value (so
// slice indexes are those left after null items were dropped), looks each struct up in the
// position tree by path, and reports every mapping key without a field.
import { ReportEntry, PathSegment, formatPath } from '../types';
import { YMap, YNode } from './types';
import { GoStruct, GoType } from './gotype';
import { unmarshal, UnmarshalResult } from './unmarshal';
import { correlate, correlateKey, mapKeyText } from '../positions';

const MISMATCH_SUFFIX = '. Line and column reporting may be inconsistent. Unused keys may not be reported';

const fieldKeySets = new WeakMap<GoStruct, Set<string>>();
function fieldKeys(t: GoStruct): Set<string> {
  let keys = fieldKeySets.get(t);
  if (keys === undefined) fieldKeySets.set(t, (keys = new Set(t.fields.map((f) => f.key))));
  return keys;
}

/** Whether a value of type `t` can hold a struct, the only place an unused key can be. */
function reachesStruct(t: GoType): boolean {
  while (t.kind === 'pointer' || t.kind === 'slice') t = t.elem;
  return t.kind === 'struct';
}

const nestedFieldLists = new WeakMap<GoStruct, { of: GoStruct['fields']; nested: GoStruct['fields'] }>();
/** The fields of `t` the walk must descend into (in field order); the others cannot report anything. */
function nestedFields(t: GoStruct): GoStruct['fields'] {
  let hit = nestedFieldLists.get(t);
  if (hit === undefined || hit.of !== t.fields) nestedFieldLists.set(t, (hit = { of: t.fields, nested: t.fields.filter((f) => reachesStruct(f.type)) }));
  return hit.nested;
}

/**
 * Warnings for mapping keys the Go type has no field for, as Ignition's ValidateUnusedKeys
 * reports them: kind "warning", message "unused key <name>", "yaml" path to the key.
 * A struct whose source is not a mapping (e.g. `passwd: ~`) gets the reference's
 * "context tree does not match content tree" warning instead.
 *
 * `decoded` is the caller's unmarshal() of the same node and type, if it has one (the pipeline
 * decodes first, then asks for unused keys): walking it saves decoding the document a second time.
 */
export function findUnusedKeys(node: YNode | null, type: GoType, decoded: UnmarshalResult = unmarshal(node, type)): ReportEntry[] {
  if (node === null) return [];
  if (decoded.fatal !== undefined) return [];
  const report: ReportEntry[] = [];
  const path: PathSegment[] = [];

  // `at` is the source node at `path` (following keys and sequence items, never aliases), found
  // step by step along the walk; where it is missing nothing below can be reported.
  const visit = (value: unknown, t: GoType, at: YNode | undefined): void => {
    if (at === undefined) return;
    switch (t.kind) {
      case 'pointer':
        if (value !== undefined && value !== null) visit(value, t.elem, at);
        return;
      case 'slice':
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            path.push(i);
            visit(value[i], t.elem, at.kind === 'seq' && i < at.items.length ? at.items[i] : undefined);
            path.pop();
          }
        }
        return;
      case 'struct': {
        if (at.kind !== 'map') {
          mismatch();
          return;
        }
        const children = checkStruct(t, at);
        const obj = (value ?? {}) as Record<string, unknown>;
        const fields = nestedFields(t);
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i];
          const child = children.get(f.key);
          if (child === undefined) continue;
          path.push(f.key);
          visit(obj[f.key], f.type, child);
          path.pop();
        }
        return;
      }
      default:
        return;
    }
  };

  const mismatch = (): void => {
    const pos = correlate(node, path);
    report.push({
      kind: 'warning',
      path: path.slice(),
      tag: 'yaml',
      message: `context tree does not match content tree at ${formatPath(path)}${MISMATCH_SUFFIX}`,
      code: 'butane.context-tree-mismatch',
      line: pos?.line,
      col: pos?.col,
    });
  };

  /**
   * Reports the keys of `at` that `t` has no field for; returns the value node of each key text
   * (the last entry wins, as in the reference's position tree).
   */
  const checkStruct = (t: GoStruct, at: YMap): Map<string, YNode> => {
    const known = fieldKeys(t);
    const children = new Map<string, YNode>();
    let seen: Set<string> | undefined;
    const entries = at.entries;
    for (let i = 0; i < entries.length; i++) {
      const key = entries[i].key;
      const name = mapKeyText(key);
      children.set(name, entries[i].value);
      if (known.has(name) || seen?.has(name)) continue;
      (seen ??= new Set()).add(name);
      const keyPath = [...path, name];
      const pos = correlateKey(node, keyPath);
      report.push({
        kind: 'warning',
        path: keyPath,
        tag: 'yaml',
        message: `unused key ${name}`,
        code: 'butane.unused-key',
        line: pos?.line,
        col: pos?.col,
      });
    }
    return children;
  };

  visit(decoded.value, type, node);
  return report;
}
