// Ignition's semantic validation as vcontext runs it: walk the config depth-first in struct
// field order, and at every value first apply its type's rule, then descend into its fields,
// elements or pointee. Paths use the JSON keys ("json" tag).
import { Path, PathSegment, ReportEntry } from '../types';
import { IgnType, ResolvedField, ROOT_TYPE, structFields } from './model';
import { IgnitionVersion, minorOf } from './versions';
import { Collector, Rule, isObj } from './values';
import { IGNITION_RULES } from './rules-ignition';
import { RESOURCE_RULES } from './rules-resource';
import { STORAGE_RULES } from './rules-storage';
import { DISK_RULES } from './rules-disks';
import { LUKS_RULES } from './rules-luks';
import { SYSTEMD_RULES } from './rules-systemd';
import { duplicatesVisitor, listChecks } from './duplicates';

/** Rules by Go type name (struct names, and "Device" for RAID member devices). */
const RULES: Record<string, Rule> = {
  ...IGNITION_RULES,
  ...RESOURCE_RULES,
  ...STORAGE_RULES,
  ...DISK_RULES,
  ...LUKS_RULES,
  ...SYSTEMD_RULES,
};

/**
 * Generic depth-first walk in vcontext order; `visit` sees every value with its type. The path
 * handed to `visit` is one shared array mutated as the walk goes: a visitor that keeps it past
 * the call must copy it (Collector.add does).
 */
export function walkConfig(
  value: unknown,
  type: IgnType,
  path: Path,
  version: IgnitionVersion,
  visit: (value: unknown, type: IgnType, path: Path) => void,
): void {
  walkShared(value, type, [...path], version, visit);
}

function walkShared(
  value: unknown,
  type: IgnType,
  path: PathSegment[],
  version: IgnitionVersion,
  visit: (value: unknown, type: IgnType, path: Path) => void,
): void {
  // Pointers add no path segment: follow them here instead of recursing.
  while (true) {
    visit(value, type, path);
    if (type.kind !== 'pointer' || value === undefined || value === null) break;
    type = type.elem;
  }
  if (type.kind === 'struct') {
    const obj = isObj(value) ? value : EMPTY;
    const fields = structFields(type.name, version).fields;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f];
      path.push(field.json);
      walkShared(obj[field.json], field.type, path, version, visit);
      path.pop();
    }
  } else if (type.kind === 'slice' && Array.isArray(value)) {
    const elem = type.elem;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkShared(value[i], elem, path, version, visit);
      path.pop();
    }
  }
}

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

function ruleName(type: IgnType): string | undefined {
  if (type.kind === 'struct') return type.name;
  if (type.kind === 'string') return type.name;
  return undefined;
}

/** The types' rules as a walk visitor reporting into `out` (for walks shared with other checks). */
export function rulesVisitor(out: Collector): (value: unknown, type: IgnType, path: Path) => void {
  return (value, type, path) => {
    const name = ruleName(type);
    const rule = name === undefined ? undefined : RULES[name];
    if (rule) rule(value, path, out);
  };
}

/** Ignition's semantic validation of a config of that version; entries carry "json" (camelCase) paths. */
export function validateIgnition(config: unknown, version: IgnitionVersion): ReportEntry[] {
  const out = new Collector(version, minorOf(version));
  walkConfig(config, ROOT_TYPE, [], version, rulesVisitor(out));
  return out.entries;
}

/**
 * validateIgnitionDuplicates and validateIgnition in one walk of the config: the same entries,
 * each list in its own walk's order.
 */
export function validateIgnitionAndDuplicates(config: unknown, version: IgnitionVersion): { duplicates: ReportEntry[]; findings: ReportEntry[] } {
  const dups = new Collector(version, minorOf(version));
  const rules = new Collector(version, minorOf(version));
  walkChecked(config, ROOT_TYPE, [], version, duplicatesVisitor(version, dups), rules);
  return { duplicates: dups.entries, findings: rules.entries };
}

/**
 * walkConfig with the two visitors of validateIgnitionAndDuplicates built in. Only struct values
 * and named strings have rules or duplicate checks, so the walk skips every field in which neither
 * can occur (most fields: pointers to plain scalars); what it visits, it visits in walkConfig's order.
 */
function walkChecked(
  value: unknown,
  type: IgnType,
  path: PathSegment[],
  version: IgnitionVersion,
  visitDuplicates: (value: unknown, type: IgnType, path: Path) => void,
  rules: Collector,
): void {
  while (type.kind === 'pointer') {
    if (value === undefined || value === null) return;
    type = type.elem;
  }
  if (type.kind === 'struct') {
    visitDuplicates(value, type, path);
    const rule = RULES[type.name];
    if (rule) rule(value, path, rules);
    const obj = isObj(value) ? value : EMPTY;
    const fields = checkedFields(type.name, version);
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f];
      path.push(field.json);
      walkChecked(obj[field.json], field.type, path, version, visitDuplicates, rules);
      path.pop();
    }
  } else if (type.kind === 'slice') {
    if (!Array.isArray(value)) return;
    const elem = type.elem;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkChecked(value[i], elem, path, version, visitDuplicates, rules);
      path.pop();
    }
  } else if (type.kind === 'string' && type.name !== undefined) {
    const rule = RULES[type.name];
    if (rule) rule(value, path, rules);
  }
}

/** Per version and struct: the fields whose values a rule or duplicate check can see, in field order. */
const checkedFieldsCache = new Map<IgnitionVersion, Map<string, ResolvedField[]>>();

function checkedFields(structName: string, version: IgnitionVersion): ResolvedField[] {
  let byStruct = checkedFieldsCache.get(version);
  if (!byStruct) checkedFieldsCache.set(version, (byStruct = new Map()));
  let fields = byStruct.get(structName);
  if (!fields) {
    fields = structFields(structName, version).fields.filter((field) => isChecked(field.type, version));
    byStruct.set(structName, fields);
  }
  return fields;
}

/** Whether a value of this type can hold anything walkChecked visits. */
function isChecked(type: IgnType, version: IgnitionVersion): boolean {
  switch (type.kind) {
    case 'pointer':
    case 'slice':
      return isChecked(type.elem, version);
    case 'struct':
      return RULES[type.name] !== undefined || listChecks(type.name, version).length > 0 || checkedFields(type.name, version).length > 0;
    case 'string':
      return type.name !== undefined && RULES[type.name] !== undefined;
    default:
      return false;
  }
}
