// Generated mount units are merged into the translated config as Ignition merges a parent config
// (the generated units) with a child (the config): units with the same name are combined, child
// fields winning. The merge transcript decides which translations survive and where they point:
// only paths holding a non-zero value in the result keep their translation.
import { Path } from '../../types';
import { TranslationSet } from '../translation-set';
import { TranscriptTranslations, isPlainValueField } from './transcribe';
import { Obj, isObj } from './translator';

export { isPlainValueField };

type Side = 'parent' | 'child';

function isZeroScalar(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}

/** The merge transcript: pairs recorded one by one, or a whole subtree at a time. */
type Transcript = Pick<TranscriptTranslations, 'one'> & { all(side: Side, value: unknown, from: Path, to: Path): boolean };

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
  const translations = new TranscriptTranslations(parentTs, childTs, oldSpec);
  const t: Transcript = { one: (side, from, to) => translations.one(side, from, to), all: (side, value, from, to) => translations.subtree(side, value, from, to) };
  // The child's other sections keep their place; a zero one records nothing anyway.
  for (const field of ['ignition', 'kernelArguments', 'passwd', 'storage']) t.all('child', config[field], [field], [field]);
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

  return translations.result;
}
