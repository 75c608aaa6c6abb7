// Generated mount units are merged into the translated config as Ignition merges a parent config
// (the generated units) with a child (the config): units with the same name are combined, child
// fields winning. The merge transcript decides which translations survive and where they point:
// only paths holding a non-zero value in the result keep their translation.
import { Path } from '../../types';
import { TranslationSet } from '../translation-set';
import { Obj, isObj } from './translator';

interface Mapping {
  side: 'parent' | 'child';
  from: Path;
  to: Path;
}

const LIST_ITEM_VALUE_KEYS: Record<string, string[]> = {
  files: ['path'],
  directories: ['path'],
  links: ['path'],
  disks: ['device'],
  partitions: ['number'],
  filesystems: ['device'],
  luks: ['name'],
  tang: ['url'],
  raid: ['name'],
  units: ['name'],
  dropins: ['name'],
  users: ['name'],
  groups: ['name'],
  httpHeaders: ['name'],
  certificateAuthorities: ['source'],
};

// Plain in Ignition 3.0-3.2 only (pointers from 3.3 on).
const OLD_LIST_ITEM_VALUE_KEYS: Record<string, string[]> = { links: ['target'], raid: ['level'] };

/**
 * Whether the output field at `path` is a plain Go value (zero when empty) rather than a pointer.
 * `oldSpec`: Ignition 3.0-3.2, where link targets, raid levels and clevis custom config/pin were
 * plain strings.
 */
export function isPlainValueField(path: Path, oldSpec = false): boolean {
  const last = path[path.length - 1];
  if (typeof last === 'number') return true; // list of scalars
  if (path.length === 2 && path[0] === 'ignition' && last === 'version') return true;
  if (path.length >= 3 && typeof path[path.length - 2] === 'number') {
    const list = String(path[path.length - 3]);
    if ((LIST_ITEM_VALUE_KEYS[list] ?? []).includes(String(last))) return true;
    return oldSpec && (OLD_LIST_ITEM_VALUE_KEYS[list] ?? []).includes(String(last));
  }
  if (oldSpec && path.length >= 2 && path[path.length - 2] === 'custom') return last === 'config' || last === 'pin';
  return false;
}

function isZeroScalar(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}

class Transcript {
  readonly mappings: Mapping[] = [];
  constructor(readonly oldSpec: boolean) {}

  one(side: 'parent' | 'child', from: Path, to: Path): void {
    this.mappings.push({ side, from: [...from], to: [...to] });
  }

  /** Records every non-zero value under `value` (and the containers holding one). */
  all(side: 'parent' | 'child', value: unknown, from: Path, to: Path): boolean {
    if (value === undefined || value === null) return false;
    if (Array.isArray(value)) {
      let any = false;
      value.forEach((item, i) => {
        any = this.all(side, item, [...from, i], [...to, i]) || any;
      });
      if (any) this.one(side, from, to);
      return any;
    }
    if (isObj(value)) {
      let any = false;
      for (const [k, v] of Object.entries(value)) any = this.all(side, v, [...from, k], [...to, k]) || any;
      if (any) this.one(side, from, to);
      return any;
    }
    if (isPlainValueField(to, this.oldSpec) && isZeroScalar(value)) return false;
    this.one(side, from, to);
    return true;
  }
}

function isZeroValue(v: unknown, path: Path, oldSpec: boolean): boolean {
  if (v === undefined || v === null) return true;
  if (Array.isArray(v)) return false;
  if (isObj(v)) return Object.entries(v).every(([k, x]) => isZeroValue(x, [...path, k], oldSpec));
  return isPlainValueField(path, oldSpec) && isZeroScalar(v);
}

const UNIT_POINTER_FIELDS = ['contents', 'enabled', 'mask'];

function mergeUnit(parent: Obj, child: Obj, pPath: Path, cPath: Path, rPath: Path, t: Transcript): Obj {
  const result: Obj = {};
  for (const field of ['contents', 'dropins', 'enabled', 'mask', 'name']) {
    if (UNIT_POINTER_FIELDS.includes(field)) {
      if (child[field] === undefined || child[field] === null) {
        if (parent[field] !== undefined) result[field] = parent[field];
        t.all('parent', parent[field], [...pPath, field], [...rPath, field]);
      } else {
        result[field] = child[field];
        t.all('child', child[field], [...cPath, field], [...rPath, field]);
      }
    } else if (field === 'dropins') {
      // generated units have no dropins: the child's are kept in order
      const dropins = Array.isArray(child.dropins) ? child.dropins : [];
      if (dropins.length === 0) continue;
      result.dropins = [...dropins];
      let fromChild = false;
      dropins.forEach((d, i) => {
        t.all('child', d, [...cPath, 'dropins', i], [...rPath, 'dropins', i]);
        fromChild = true;
      });
      if (fromChild) t.one('child', [...cPath, 'dropins'], [...rPath, 'dropins']);
    } else {
      result.name = child.name ?? '';
      t.all('child', child.name, [...cPath, 'name'], [...rPath, 'name']);
    }
  }
  return result;
}

function unitKey(u: unknown): string {
  return isObj(u) && typeof u.name === 'string' ? u.name : '';
}

/** Merges `units` (parent, with translations `parentTs`) into `config` in place; returns the combined translations. */
export function mergeGeneratedUnits(units: Obj[], parentTs: TranslationSet, config: Obj, childTs: TranslationSet, oldSpec: boolean): TranslationSet {
  const t = new Transcript(oldSpec);
  for (const field of ['ignition', 'kernelArguments', 'passwd', 'storage']) {
    if (!isZeroValue(config[field], [field], oldSpec)) t.all('child', config[field], [field], [field]);
  }
  const parentSystemd: Obj | undefined = units.length > 0 ? { units } : undefined;
  const childSystemd = isObj(config.systemd) ? config.systemd : undefined;
  const childZero = isZeroValue(childSystemd, ['systemd'], oldSpec);
  if (childZero) {
    if (parentSystemd) {
      t.all('parent', parentSystemd, ['systemd'], ['systemd']);
      config.systemd = parentSystemd;
    }
  } else if (!parentSystemd) {
    t.all('child', childSystemd, ['systemd'], ['systemd']);
  } else {
    const childUnits: unknown[] = Array.isArray(childSystemd!.units) ? childSystemd!.units : [];
    const childIndex = new Map<string, number>();
    childUnits.forEach((u, i) => childIndex.set(unitKey(u), i));
    const parentKeys = new Set(units.map(unitKey));
    const result: Obj[] = [];
    let fromParent = false;
    let fromChild = false;
    units.forEach((pu, i) => {
      const pPath = ['systemd', 'units', i];
      const rPath = ['systemd', 'units', result.length];
      const ci = childIndex.get(unitKey(pu));
      if (ci !== undefined) {
        const cPath = ['systemd', 'units', ci];
        fromParent = fromChild = true;
        result.push(mergeUnit(pu, childUnits[ci] as Obj, pPath, cPath, rPath, t));
        t.one('parent', pPath, rPath);
        t.one('child', cPath, rPath);
      } else {
        result.push(pu);
        t.all('parent', pu, pPath, rPath);
        fromParent = true;
      }
    });
    childUnits.forEach((cu, i) => {
      if (parentKeys.has(unitKey(cu))) return;
      const rPath = ['systemd', 'units', result.length];
      result.push(cu as Obj);
      t.all('child', cu, ['systemd', 'units', i], rPath);
      fromChild = true;
    });
    if (fromParent) t.one('parent', ['systemd', 'units'], ['systemd', 'units']);
    if (fromChild) t.one('child', ['systemd', 'units'], ['systemd', 'units']);
    t.one('parent', ['systemd'], ['systemd']);
    t.one('child', ['systemd'], ['systemd']);
    config.systemd = { ...childSystemd, units: result };
  }

  // The child's translation wins over the parent's for the same result path.
  const ts = new TranslationSet();
  for (const m of t.mappings) {
    const left = (m.side === 'parent' ? parentTs : childTs).lookup(m.from);
    if (!left) continue;
    if (m.side === 'parent' && ts.has(m.to)) continue;
    ts.add(left.from, m.to);
  }
  return ts;
}
