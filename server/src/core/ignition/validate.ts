// Ignition's semantic validation as vcontext runs it: walk the config depth-first in struct
// field order, and at every value first apply its type's rule, then descend into its fields,
// elements or pointee. Paths use the JSON keys ("json" tag).
import { Path, ReportEntry } from '../types';
import { IgnType, ROOT_TYPE, structFields } from './model';
import { IgnitionVersion, minorOf } from './versions';
import { Collector, Rule, isObj } from './values';
import { IGNITION_RULES } from './rules-ignition';
import { RESOURCE_RULES } from './rules-resource';
import { STORAGE_RULES } from './rules-storage';
import { DISK_RULES } from './rules-disks';
import { LUKS_RULES } from './rules-luks';
import { SYSTEMD_RULES } from './rules-systemd';

/** Rules by Go type name (struct names, and "Device" for RAID member devices). */
const RULES: Record<string, Rule> = {
  ...IGNITION_RULES,
  ...RESOURCE_RULES,
  ...STORAGE_RULES,
  ...DISK_RULES,
  ...LUKS_RULES,
  ...SYSTEMD_RULES,
};

/** Generic depth-first walk in vcontext order; `visit` sees every value with its type. */
export function walkConfig(
  value: unknown,
  type: IgnType,
  path: Path,
  version: IgnitionVersion,
  visit: (value: unknown, type: IgnType, path: Path) => void,
): void {
  visit(value, type, path);
  switch (type.kind) {
    case 'struct': {
      const obj = isObj(value) ? value : {};
      for (const field of structFields(type.name, version).fields) {
        walkConfig(obj[field.json], field.type, [...path, field.json], version, visit);
      }
      return;
    }
    case 'slice':
      if (Array.isArray(value)) value.forEach((item, i) => walkConfig(item, type.elem, [...path, i], version, visit));
      return;
    case 'pointer':
      if (value !== undefined && value !== null) walkConfig(value, type.elem, path, version, visit);
      return;
    default:
      return;
  }
}

function ruleName(type: IgnType): string | undefined {
  if (type.kind === 'struct') return type.name;
  if (type.kind === 'string') return type.name;
  return undefined;
}

/** Ignition's semantic validation of a config of that version; entries carry "json" (camelCase) paths. */
export function validateIgnition(config: unknown, version: IgnitionVersion): ReportEntry[] {
  const out = new Collector(version, minorOf(version));
  walkConfig(config, ROOT_TYPE, [], version, (value, type, path) => {
    const name = ruleName(type);
    const rule = name === undefined ? undefined : RULES[name];
    if (rule) rule(value, path, out);
  });
  return out.entries;
}
