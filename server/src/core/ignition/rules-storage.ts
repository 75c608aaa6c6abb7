// Rules of the filesystem node types (files, directories, links and their owners) and the
// Storage-level cross checks between them.
import { IGN, Finding } from './messages';
import { cleanPath, isAbsPath, isCleanPath, joinPath } from './go/path';
import { Rule, asObj, at, isTrue, list, notEmpty, pBool, pInt, pStr, str, sub, Obj, Collector } from './values';
import { Path } from '../types';
import { GoInt, goIntHasBits } from '../util/go-int';

/** validatePath: required, absolute and already clean. */
export function pathProblem(p: string): Finding | undefined {
  if (p === '') return IGN.noPath;
  if (!isAbsPath(p)) return IGN.pathRelative;
  if (!isCleanPath(p)) return IGN.dirtyPath;
  return undefined;
}

function modeProblem(mode: GoInt | undefined): Finding | undefined {
  return mode !== undefined && (mode < 0 || mode > 0o7777) ? IGN.fileIllegalMode : undefined;
}

/** Spec versions before 3.6.0 warn about setuid/setgid/sticky bits. */
function specialBitsProblem(mode: GoInt | undefined, minor: number): Finding | undefined {
  if (minor >= 6 || mode === undefined) return undefined;
  return goIntHasBits(mode, 0o7000) ? IGN.modeSpecialBits : undefined;
}

function nodeChecks(o: Obj, path: Path, out: Collector): void {
  out.errorAt(pathProblem(str(o, 'path')), path, 'path');
}

function modeChecks(o: Obj, path: Path, out: Collector): void {
  const mode = pInt(o, 'mode');
  out.errorAt(modeProblem(mode), path, 'mode');
  out.warnAt(specialBitsProblem(mode, out.minor), path, 'mode');
}

const directory: Rule = (v, path, out) => {
  const o = asObj(v);
  nodeChecks(o, path, out);
  modeChecks(o, path, out);
};

const file: Rule = (v, path, out) => {
  const o = asObj(v);
  nodeChecks(o, path, out);
  modeChecks(o, path, out);
  const overwriteWithoutSource = isTrue(pBool(o, 'overwrite')) && pStr(sub(o, 'contents'), 'source') === undefined;
  out.errorAt(overwriteWithoutSource ? IGN.overwriteAndNilSource : undefined, path, 'overwrite');
};

/** Links have no rule of their own: the embedded node's path check applies. */
const link: Rule = (v, path, out) => nodeChecks(asObj(v), path, out);

const owner: Rule = (v, path, out) => {
  const o = asObj(v);
  out.error(path, pInt(o, 'id') !== undefined && notEmpty(pStr(o, 'name')) ? IGN.bothIdAndNameSet : undefined);
};

/** How many links have each path (a path may be listed more than once). */
function linkPathCounts(links: Obj[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of links) {
    const p = str(l, 'path');
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many links `p` lies beneath (p starts with the link's path plus "/"). Instead of testing
 * every link, look up each prefix of `p` that is followed by a "/".
 */
function underLink(p: string, linkPaths: Map<string, number>): number {
  if (linkPaths.size === 0) return 0;
  let n = 0;
  for (let k = p.indexOf('/'); k >= 0; k = p.indexOf('/', k + 1)) n += linkPaths.get(p.slice(0, k)) ?? 0;
  return n;
}

function linkChecks(storage: Obj, path: Path, out: Collector, linkPaths: Map<string, number>): void {
  const links = list(storage, 'links').map(asObj);
  const dirs = list(storage, 'directories').map(asObj);
  links.forEach((l, i) => {
    for (let n = underLink(str(l, 'path'), linkPaths); n > 0; n--) out.errorAt(IGN.linkUsedSymlink, path, 'links', i);
    // Until 3.2 the target is a plain string and not required.
    const target = out.minor >= 3 ? pStr(l, 'target') : str(l, 'target');
    if (out.minor >= 3 && (target === undefined || target === '')) {
      out.errorAt(IGN.linkTargetRequired, path, 'links', i, 'target');
      return;
    }
    if (!isTrue(pBool(l, 'hard'))) return;
    let resolved = cleanPath(target as string);
    if (!isAbsPath(resolved)) resolved = joinPath(str(l, 'path'), target as string);
    for (const d of dirs) if (resolved === str(d, 'path')) out.errorAt(IGN.hardLinkToDirectory, path, 'links', i);
    const user = sub(l, 'user');
    const group = sub(l, 'group');
    const owners: [Obj, string, string][] = [
      [user, 'user', 'id'],
      [user, 'user', 'name'],
      [group, 'group', 'id'],
      [group, 'group', 'name'],
    ];
    for (const [o, which, key] of owners) {
      if (o[key] !== undefined && o[key] !== null) out.warnAt(IGN.hardLinkSpecifiesOwner, path, 'links', i, which, key);
    }
  });
}

function filesystemVsDisks(storage: Obj, path: Path, out: Collector): void {
  const disks = new Map<string, Obj>();
  for (const d of list(storage, 'disks').map(asObj)) disks.set(str(d, 'device'), d);
  list(storage, 'filesystems').forEach((fs, i) => {
    const f = asObj(fs);
    const disk = disks.get(str(f, 'device'));
    if (!disk) return;
    const p = at(path, 'filesystems', i, 'device');
    if (list(disk, 'partitions').length > 0) out.warn(p, IGN.partitionsOverwritten);
    else if (!isTrue(pBool(f, 'wipeFilesystem')) && isTrue(pBool(disk, 'wipeTable'))) out.warn(p, IGN.filesystemImplicitWipe);
  });
}

const storage: Rule = (v, path, out) => {
  const s = asObj(v);
  const linkPaths = linkPathCounts(list(s, 'links').map(asObj));
  list(s, 'directories').forEach((d, i) => {
    for (let n = underLink(str(asObj(d), 'path'), linkPaths); n > 0; n--) out.errorAt(IGN.directoryUsedSymlink, path, 'directories', i);
  });
  list(s, 'files').forEach((f, i) => {
    for (let n = underLink(str(asObj(f), 'path'), linkPaths); n > 0; n--) out.errorAt(IGN.fileUsedSymlink, path, 'files', i);
  });
  linkChecks(s, path, out, linkPaths);
  filesystemVsDisks(s, path, out);
};

export const STORAGE_RULES: Record<string, Rule> = {
  Storage: storage,
  Directory: directory,
  File: file,
  Link: link,
  NodeUser: owner,
  NodeGroup: owner,
};
