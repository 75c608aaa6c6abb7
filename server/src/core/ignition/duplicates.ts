// Ignition's ValidateDups: within every struct, the elements of each list field must have
// distinct keys. Some lists share one key space (files, directories and links by path; the two
// kernel-argument lists) and some are exempt (file appends, filesystem/RAID/LUKS options).
import { ReportEntry } from '../types';
import { IGN } from './messages';
import { ROOT_TYPE, structFields } from './model';
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

/** Ignition's duplicate checks (files/directories/links paths, units, ...); "json" paths. */
export function validateIgnitionDuplicates(config: unknown, version: IgnitionVersion): ReportEntry[] {
  const out = new Collector(version, minorOf(version));
  walkConfig(config, ROOT_TYPE, [], version, (value, type, path) => {
    if (type.kind !== 'struct') return;
    const obj = isObj(value) ? value : {};
    const ignored = IGNORED[type.name] ?? [];
    const merged = MERGED[type.name] ?? {};
    const seen = new Map<string, Set<string>>();
    for (const field of structFields(type.name, version).fields) {
      if (field.type.kind !== 'slice' || ignored.includes(field.go)) continue;
      const listName = merged[field.go] ?? field.go;
      const keys = seen.get(listName) ?? new Set<string>();
      seen.set(listName, keys);
      const items = obj[field.json];
      if (!Array.isArray(items)) continue;
      const elem = field.type.elem;
      items.forEach((item, i) => {
        const key = elem.kind === 'struct' ? keyOf(elem.name, item) : typeof item === 'string' ? item : String(item);
        if (keys.has(key)) out.error([...path, field.json, i], IGN.duplicate);
        keys.add(key);
      });
    }
  });
  return out.entries;
}
