// "unused key" warnings as the reference produces them: it walks the *decoded* Go value (so
// slice indexes are those left after null items were dropped), looks each struct up in the
// position tree by path, and reports every mapping key without a field.
import { ReportEntry, Path, formatPath } from '../types';
import { YNode } from './types';
import { GoType } from './gotype';
import { unmarshal } from './unmarshal';
import { correlate, correlateKey, mapKeyText, nodeAt } from '../positions';

const MISMATCH_SUFFIX = '. Line and column reporting may be inconsistent. Unused keys may not be reported';

/**
 * Warnings for mapping keys the Go type has no field for, as Ignition's ValidateUnusedKeys
 * reports them: kind "warning", message "unused key <name>", "yaml" path to the key.
 * A struct whose source is not a mapping (e.g. `passwd: ~`) gets the reference's
 * "context tree does not match content tree" warning instead.
 */
export function findUnusedKeys(node: YNode | null, type: GoType): ReportEntry[] {
  if (node === null) return [];
  const decoded = unmarshal(node, type);
  if (decoded.fatal !== undefined) return [];
  const report: ReportEntry[] = [];

  const visit = (value: unknown, t: GoType, path: Path): void => {
    switch (t.kind) {
      case 'pointer':
        if (value !== undefined && value !== null) visit(value, t.elem, path);
        return;
      case 'slice':
        if (Array.isArray(value)) value.forEach((item, i) => visit(item, t.elem, [...path, i]));
        return;
      case 'struct': {
        checkStruct(t.fields.map((f) => f.key), path);
        const obj = (value ?? {}) as Record<string, unknown>;
        for (const f of t.fields) visit(obj[f.key], f.type, [...path, f.key]);
        return;
      }
      default:
        return;
    }
  };

  const checkStruct = (fieldKeys: string[], path: Path): void => {
    const at = nodeAt(node, path);
    if (!at) return;
    if (at.kind !== 'map') {
      const pos = correlate(node, path);
      report.push({
        kind: 'warning',
        path,
        tag: 'yaml',
        message: `context tree does not match content tree at ${formatPath(path)}${MISMATCH_SUFFIX}`,
        code: 'butane.context-tree-mismatch',
        line: pos?.line,
        col: pos?.col,
      });
      return;
    }
    const known = new Set(fieldKeys);
    const seen = new Set<string>();
    for (const { key } of at.entries) {
      const name = mapKeyText(key);
      if (known.has(name) || seen.has(name)) continue;
      seen.add(name);
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
  };

  visit(decoded.value, type, []);
  return report;
}
