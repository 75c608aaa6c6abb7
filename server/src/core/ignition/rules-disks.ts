// Rules of disks and partitions, filesystems and RAID arrays.
import { IGN, Finding } from './messages';
import { byteLength } from './go/text';
import { pathProblem } from './rules-storage';
import { GoInt, goIntAdd } from '../util/go-int';
import { Rule, asObj, int, isFalse, isTrue, list, nilOrEmpty, notEmpty, pBool, pInt, pStr, str, Obj } from './values';

const GUID = /^(|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$/;

function guidProblem(guid: string | undefined): Finding | undefined {
  return guid !== undefined && !GUID.test(guid) ? IGN.doesntMatchGuidRegex : undefined;
}

/** Index of the second partition reusing a number, if any. */
function numberCollision(parts: Obj[]): number | undefined {
  const byNumber = new Map<GoInt, number[]>();
  parts.forEach((p, i) => {
    const n = int(p, 'number');
    if (n !== 0) byNumber.set(n, [...(byNumber.get(n) ?? []), i]);
  });
  // Ignition walks a Go map here; with several collisions its choice is unordered.
  for (const indexes of byNumber.values()) if (indexes.length > 1) return indexes[1];
  return undefined;
}

function labelCollision(parts: Obj[]): number | undefined {
  const seen = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    const label = pStr(parts[i], 'label');
    if (label === undefined) continue;
    if (seen.has(label)) return i;
    seen.add(label);
  }
  return undefined;
}

/** Index of a partition that overlaps another one with explicit start and size. */
function overlap(parts: Obj[]): number | undefined {
  // Partition.end() in Go's int64 arithmetic, wrap-around included.
  const end = (start: GoInt, size: GoInt): GoInt => (size === 0 ? start : goIntAdd(goIntAdd(start, size), -1));
  for (let a = 0; a < parts.length; a++) {
    const ps = pInt(parts[a], 'startMiB');
    const pz = pInt(parts[a], 'sizeMiB');
    if (ps === undefined || pz === undefined || ps === 0) continue;
    const pe = end(ps, pz);
    for (let i = 0; i < parts.length; i++) {
      const os = pInt(parts[i], 'startMiB');
      const oz = pInt(parts[i], 'sizeMiB');
      if (os === undefined || oz === undefined || i === a || os === 0) continue;
      const oe = end(os, oz);
      if (ps >= os && ps <= oe) return i;
      if (pe >= os && pe <= oe) return i;
      if (ps < os && pe > oe) return i;
    }
  }
  return undefined;
}

const disk: Rule = (v, path, out) => {
  const o = asObj(v);
  const device = str(o, 'device');
  if (device === '') return out.errorAt(IGN.diskDeviceRequired, path, 'device');
  out.errorAt(pathProblem(device), path, 'device');
  const parts = list(o, 'partitions').map(asObj);
  const collide = numberCollision(parts);
  if (collide !== undefined) out.errorAt(IGN.partitionNumbersCollide, path, 'partitions', collide);
  const overlapping = overlap(parts);
  if (overlapping !== undefined) out.errorAt(IGN.partitionsOverlap, path, 'partitions', overlapping);
  const hasZero = parts.some((p) => int(p, 'number') === 0);
  const hasShouldNotExist = parts.some((p) => isFalse(pBool(p, 'shouldExist')));
  if (hasZero && hasShouldNotExist) out.errorAt(IGN.zeroesWithShouldNotExist, path, 'partitions');
  const sameLabel = labelCollision(parts);
  if (sameLabel !== undefined) out.errorAt(IGN.duplicateLabels, path, 'partitions', sameLabel);
};

const partition: Rule = (v, path, out) => {
  const p = asObj(v);
  const label = pStr(p, 'label');
  const others =
    label !== undefined ||
    notEmpty(pStr(p, 'typeGuid')) ||
    notEmpty(pStr(p, 'guid')) ||
    pInt(p, 'startMiB') !== undefined ||
    pInt(p, 'sizeMiB') !== undefined;
  if (isFalse(pBool(p, 'shouldExist')) && others) out.error(path, IGN.shouldNotExistWithOthers);
  if (int(p, 'number') === 0 && label === undefined) out.error(path, IGN.needLabelOrNumber);
  let labelProblem: Finding | undefined;
  if (label !== undefined) {
    if (byteLength(label) > 36) labelProblem = IGN.labelTooLong;
    else if (label.includes(':')) labelProblem = IGN.labelContainsColon;
  }
  out.errorAt(labelProblem, path, 'label');
  out.errorAt(guidProblem(pStr(p, 'guid')), path, 'guid');
  out.errorAt(guidProblem(pStr(p, 'typeGuid')), path, 'typeGuid');
};

/** Filesystem formats and their label length limits (bytes); "none" exists from 3.3. */
const FORMATS = new Map<string, { since: number; maxLabel?: number; tooLong?: Finding }>(Object.entries({
  ext4: { since: 0, maxLabel: 16, tooLong: IGN.ext4LabelTooLong },
  btrfs: { since: 0, maxLabel: 256, tooLong: IGN.btrfsLabelTooLong },
  xfs: { since: 0, maxLabel: 12, tooLong: IGN.xfsLabelTooLong },
  swap: { since: 0, maxLabel: 15, tooLong: IGN.swapLabelTooLong },
  vfat: { since: 0, maxLabel: 11, tooLong: IGN.vfatLabelTooLong },
  none: { since: 3 },
}));

const filesystem: Rule = (v, path, out) => {
  const f = asObj(v);
  const fsPath = pStr(f, 'path');
  out.errorAt(nilOrEmpty(fsPath) ? undefined : pathProblem(fsPath as string), path, 'path');
  out.errorAt(pathProblem(str(f, 'device')), path, 'device');
  const format = pStr(f, 'format');
  let formatProblem: Finding | undefined;
  if (nilOrEmpty(format)) {
    const others =
      notEmpty(fsPath) ||
      notEmpty(pStr(f, 'label')) ||
      notEmpty(pStr(f, 'uuid')) ||
      isTrue(pBool(f, 'wipeFilesystem')) ||
      list(f, 'mountOptions').length !== 0 ||
      list(f, 'options').length !== 0;
    if (others) formatProblem = IGN.formatNilWithOthers;
  } else {
    const known = FORMATS.get(format as string);
    if (!known || out.minor < known.since) formatProblem = IGN.filesystemInvalidFormat;
  }
  out.errorAt(formatProblem, path, 'format');
  const label = pStr(f, 'label');
  let labelProblem: Finding | undefined;
  if (!nilOrEmpty(label)) {
    if (nilOrEmpty(format)) labelProblem = IGN.labelNeedsFormat;
    else {
      const known = FORMATS.get(format as string);
      if (known?.maxLabel !== undefined && byteLength(label as string) > known.maxLabel) labelProblem = known.tooLong;
    }
  }
  out.errorAt(labelProblem, path, 'label');
};

const LEVELS = new Set(['linear', 'raid0', '0', 'stripe', 'raid1', '1', 'mirror', 'raid4', '4', 'raid5', '5', 'raid6', '6', 'raid10', '10']);
const NO_SPARES = new Set(['linear', 'raid0', '0', 'stripe']);

const raid: Rule = (v, path, out) => {
  const r = asObj(v);
  // Until 3.2 the level is a required plain string; from 3.3 an optional pointer.
  const level = out.minor >= 3 ? pStr(r, 'level') : str(r, 'level');
  let levelProblem: Finding | undefined;
  if (out.minor >= 3 && nilOrEmpty(level)) levelProblem = IGN.raidLevelRequired;
  else if (!LEVELS.has(level as string)) levelProblem = IGN.unrecognizedRaidLevel;
  else if (NO_SPARES.has(level as string)) {
    const spares = pInt(r, 'spares');
    if (spares !== undefined && spares !== 0) levelProblem = IGN.sparesUnsupportedForLevel;
  }
  out.errorAt(levelProblem, path, 'level');
  if (list(r, 'devices').length === 0) out.errorAt(IGN.raidDevicesRequired, path, 'devices');
};

const device: Rule = (v, path, out) => out.error(path, pathProblem(typeof v === 'string' ? v : ''));

export const DISK_RULES: Record<string, Rule> = {
  Disk: disk,
  Partition: partition,
  Filesystem: filesystem,
  Raid: raid,
  Device: device,
};
