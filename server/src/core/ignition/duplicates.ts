// Ignition's ValidateDups: within every struct, the elements of each list field must have
// distinct keys. Some lists share one key space (files, directories and links by path; the two
// kernel-argument lists) and some are exempt (file appends, filesystem/RAID/LUKS options).
import { Path, ReportEntry } from '../types';
import { IGN } from './messages';
import { IgnType, ROOT_TYPE, structFields } from './model';
import { walkConfig } from './validate';
import { IgnitionVersion, minorOf } from './versions';
import { Collector, asObj, int, isObj, pStr, str } from './values';

/** Lists exempt from the check, by struct and Go field name. */
const IGNORED: Record<string, string[]> = {
  File: ['Append'],
  Filesystem: ['Options', 'MountOptions'],
  Raid: ['Options'],
  Luks: ['Options'],
};

/** Lists that share one key space, by struct: Go field name -> shared list name. */
const MERGED: Record<string, Record<string, string>> = {
  Storage: { Directories: 'Node', Files: 'Node', Links: 'Node' },
  KernelArguments: { ShouldExist: 'KernelArgument', ShouldNotExist: 'KernelArgument' },
};

/** The Key() of a list element of the given struct type. */
function keyOf(structName: string, item: unknown): string {
  const o = asObj(item);
  switch (structName) {
    case 'Directory':
    case 'File':
    case 'Link':
      return str(o, 'path');
    case 'Disk':
    case 'Filesystem':
      return str(o, 'device');
    case 'Partition': {
      const n = int(o, 'number');
      if (n !== 0) return `number:${n}`;
      const label = pStr(o, 'label');
      return label !== undefined ? `label:${label}` : '';
    }
    case 'Resource':
    case 'ConfigReference':
    case 'FileContents':
      return pStr(o, 'source') ?? '';
    case 'CaReference':
      return str(o, 'source');
    case 'Tang':
      return str(o, 'url');
    default:
      // Luks, Raid, PasswdUser, PasswdGroup, Unit, Dropin, HTTPHeader
      return str(o, 'name');
  }
}

export interface ListCheck {
  json: string;
  /** The key space the list's elements share (its own Go name unless merged). */
  keySpace: string;
  elem: IgnType;
}

/** Per version and struct: the list fields to check, in field order (computed once, not per value). */
const checksCache = new Map<IgnitionVersion, Map<string, ListCheck[]>>();

export function listChecks(structName: string, version: IgnitionVersion): ListCheck[] {
  let byStruct = checksCache.get(version);
  if (!byStruct) checksCache.set(version, (byStruct = new Map()));
  let checks = byStruct.get(structName);
  if (checks) return checks;
  const ignored = IGNORED[structName] ?? [];
  const merged = MERGED[structName] ?? {};
  checks = [];
  for (const field of structFields(structName, version).fields) {
    if (field.type.kind !== 'slice' || ignored.includes(field.go)) continue;
    checks.push({ json: field.json, keySpace: merged[field.go] ?? field.go, elem: field.type.elem });
  }
  byStruct.set(structName, checks);
  return checks;
}

/** The duplicate check as a walk visitor reporting into `out` (for walks shared with other checks). */
export function duplicatesVisitor(version: IgnitionVersion, out: Collector): (value: unknown, type: IgnType, path: Path) => void {
  return (value, type, path) => {
    if (type.kind !== 'struct') return;
    const checks = listChecks(type.name, version);
    if (checks.length === 0 || !isObj(value)) return;
    let seen: Map<string, Set<string>> | undefined;
    for (const { json, keySpace, elem } of checks) {
      const items = value[json];
      if (!Array.isArray(items) || items.length === 0) continue;
      seen ??= new Map();
      let keys = seen.get(keySpace);
      if (!keys) seen.set(keySpace, (keys = new Set<string>()));
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const key = elem.kind === 'struct' ? keyOf(elem.name, item) : typeof item === 'string' ? item : String(item);
        if (keys.has(key)) out.error([...path, json, i], IGN.duplicate);
        keys.add(key);
      }
    }
  };
}

/** Ignition's duplicate checks (files/directories/links paths, units, ...); "json" paths. */
export function validateIgnitionDuplicates(config: unknown, version: IgnitionVersion): ReportEntry[] {
  const out = new Collector(version, minorOf(version));
  walkConfig(config, ROOT_TYPE, [], version, duplicatesVisitor(version, out));
  return out.entries;
}
