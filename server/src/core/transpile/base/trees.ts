// `storage.trees`: every file, symlink (and with owner/dir_mode, directory) under a directory of
// the files dir becomes a node of the output, walked in lexical order like Go's filepath.Walk.
import { FileHost, FileStat, HostError, Path } from '../../types';
import { GoInt, isGoInt } from '../../util/go-int';
import { TranslationSet } from '../translation-set';
import { makeDataUrl } from './data-url';
import { ERR_NO_FILES_DIR, errorText, isWithinFilesDir, joinPath, ERR_FILES_DIR_ESCAPE } from './files-dir';
import { NODE_FIELD_PATHS, NodeTracker, newNode, notEmpty } from './generated-nodes';
import { CODE_LOCAL_FILE } from './hooks';
import { Obj, TranslateEnv, isObj, reportError } from './translator';
import { hasGate } from './versions';

export const ERR_NODE_EXISTS = 'matching filesystem node has existing contents or different type';
export const ERR_TREE_NOT_DIRECTORY = 'root of tree must be a directory';
export const ERR_FILE_TYPE = 'trees may only contain files, directories, and symlinks';

const CODE_TREE = 'butane.tree';

interface WalkOptions {
  srcBase: string;
  destBase: string;
  user?: Obj;
  group?: Obj;
  fileMode?: GoInt;
  dirMode?: GoInt;
}

function hasOwnerField(o: Obj | undefined): boolean {
  return !!o && ((o.id !== undefined && o.id !== null) || (o.name !== undefined && o.name !== null));
}

/** os.Stat (following symlinks) on top of the host's lstat. */
function statFollow(host: FileHost, path: string): FileStat {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let st: FileStat;
    try {
      st = host.stat(current);
    } catch (err) {
      if (err instanceof HostError) throw new HostError(err.message.replace(/^lstat /, 'stat ').replace(current, path), err.code);
      throw err;
    }
    if (st.type !== 'symlink') return st;
    const target = host.readLink(current);
    const dir = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) : '.';
    current = target.startsWith('/') ? target : joinPath(dir, target);
  }
  throw new HostError(`stat ${path}: too many levels of symbolic links`, 'ELOOP');
}

function relativePath(base: string, target: string): string {
  if (target === base) return '.';
  if (base === '.') return target;
  return target.slice(base.length + 1);
}

export function processTrees(source: Obj, config: Obj, env: TranslateEnv): TranslationSet {
  const ts = new TranslationSet();
  const storage = isObj(source.storage) ? source.storage : {};
  const trees = Array.isArray(storage.trees) ? storage.trees : [];
  if (trees.length === 0) return ts;
  const tracker = new NodeTracker(config);
  for (let i = 0; i < trees.length; i++) {
    const tree = isObj(trees[i]) ? (trees[i] as Obj) : {};
    const yamlPath: Path = ['storage', 'trees', i];
    if (env.filesDir === undefined || env.filesDir === '') {
      reportError(env, yamlPath, ERR_NO_FILES_DIR, 'butane.files-dir');
      return ts;
    }
    const srcBase = joinPath(env.filesDir, typeof tree.local === 'string' ? tree.local : '');
    if (!isWithinFilesDir(srcBase, env.filesDir)) {
      reportError(env, yamlPath, ERR_FILES_DIR_ESCAPE, 'butane.files-dir');
      continue;
    }
    if (!env.host) {
      reportError(env, yamlPath, `stat ${srcBase}: no such file or directory`, CODE_LOCAL_FILE);
      continue;
    }
    let info: FileStat;
    try {
      info = statFollow(env.host, srcBase);
    } catch (err) {
      reportError(env, yamlPath, errorText(err), CODE_LOCAL_FILE);
      continue;
    }
    if (info.type !== 'directory') {
      reportError(env, yamlPath, ERR_TREE_NOT_DIRECTORY, CODE_TREE);
      continue;
    }
    const withOwner = hasGate(env.base, 'treeOwnershipAndModes');
    const opts: WalkOptions = {
      srcBase,
      destBase: notEmpty(tree.path) ? tree.path : '/',
      user: withOwner && isObj(tree.user) ? tree.user : undefined,
      group: withOwner && isObj(tree.group) ? tree.group : undefined,
      fileMode: withOwner && isGoInt(tree.file_mode) ? tree.file_mode : undefined,
      dirMode: withOwner && isGoInt(tree.dir_mode) ? tree.dir_mode : undefined,
    };
    walkTree(yamlPath, ts, tracker, opts, env);
  }
  return ts;
}

function walkTree(yamlPath: Path, ts: TranslationSet, t: NodeTracker, opts: WalkOptions, env: TranslateEnv): void {
  const host = env.host!;
  const fail = (message: string, code = CODE_TREE) => reportError(env, yamlPath, message, code);

  const visit = (srcPath: string, info: FileStat): void => {
    const destPath = joinPath(opts.destBase, relativePath(opts.srcBase, srcPath));
    if (info.type === 'directory') {
      if (opts.dirMode === undefined && !hasOwnerField(opts.user) && !hasOwnerField(opts.group)) return;
      if (t.exists(destPath)) return fail(ERR_NODE_EXISTS);
      const node = newNode(destPath, opts.user, opts.group);
      node.mode = opts.dirMode ?? 0o755;
      const { index } = t.add('directories', node);
      ts.addFromCommonSource(yamlPath, ['storage', 'directories', index], NODE_FIELD_PATHS.directories);
      if (index === 0) ts.add(yamlPath, ['storage', 'directories']);
    } else if (info.type === 'file') {
      let entry = t.get('files', destPath);
      if (entry) {
        const contents = isObj(entry.node.contents) ? entry.node.contents : undefined;
        if (notEmpty(contents?.source)) return fail(ERR_NODE_EXISTS);
      } else {
        if (t.exists(destPath)) return fail(ERR_NODE_EXISTS);
        entry = t.add('files', newNode(destPath, opts.user, opts.group));
        ts.addFromCommonSource(yamlPath, ['storage', 'files', entry.index], NODE_FIELD_PATHS.files);
        if (entry.index === 0) ts.add(yamlPath, ['storage', 'files']);
      }
      let bytes: Uint8Array;
      try {
        bytes = host.readFile(srcPath);
      } catch (err) {
        return fail(errorText(err), CODE_LOCAL_FILE);
      }
      const file = entry.node;
      const contents: Obj = isObj(file.contents) ? file.contents : (file.contents = {});
      const current = typeof contents.compression === 'string' ? contents.compression : undefined;
      const enc = makeDataUrl(bytes, current, env.autoCompression, env.encoder);
      const filePath = ['storage', 'files', entry.index];
      contents.source = enc.source;
      ts.add(yamlPath, [...filePath, 'contents', 'source']);
      if (enc.compression !== undefined) {
        contents.compression = enc.compression;
        ts.add(yamlPath, [...filePath, 'contents', 'compression']);
      }
      ts.add(yamlPath, [...filePath, 'contents']);
      if (file.mode === undefined || file.mode === null) {
        file.mode = opts.fileMode ?? ((info.mode & 0o111) !== 0 ? 0o755 : 0o644);
        ts.add(yamlPath, [...filePath, 'mode']);
      }
    } else if (info.type === 'symlink') {
      let entry = t.get('links', destPath);
      if (entry) {
        if (notEmpty(entry.node.target)) return fail(ERR_NODE_EXISTS);
      } else {
        if (t.exists(destPath)) return fail(ERR_NODE_EXISTS);
        entry = t.add('links', newNode(destPath, opts.user, opts.group));
        ts.addFromCommonSource(yamlPath, ['storage', 'links', entry.index], NODE_FIELD_PATHS.links);
        if (entry.index === 0) ts.add(yamlPath, ['storage', 'links']);
      }
      let target: string;
      try {
        target = host.readLink(srcPath);
      } catch (err) {
        return fail(errorText(err), CODE_LOCAL_FILE);
      }
      entry.node.target = target;
      ts.add(yamlPath, ['storage', 'links', entry.index, 'target']);
    } else {
      fail(ERR_FILE_TYPE);
    }
  };

  // filepath.Walk: lstat the root, then each directory's sorted entries, parents before children.
  const walk = (srcPath: string, info: FileStat): void => {
    if (info.type !== 'directory') return visit(srcPath, info);
    let names: string[];
    try {
      names = host.readDir(srcPath);
    } catch (err) {
      return fail(errorText(err), CODE_LOCAL_FILE);
    }
    visit(srcPath, info);
    for (const name of [...names].sort(compareAsUtf8Bytes)) {
      const child = joinPath(srcPath, name);
      let childInfo: FileStat;
      try {
        childInfo = host.stat(child);
      } catch (err) {
        fail(errorText(err), CODE_LOCAL_FILE);
        continue;
      }
      walk(child, childInfo);
    }
  };

  let rootInfo: FileStat;
  try {
    rootInfo = host.stat(opts.srcBase);
  } catch (err) {
    return fail(errorText(err), CODE_LOCAL_FILE);
  }
  walk(opts.srcBase, rootInfo);
}

/**
 * Go sorts directory entries as byte strings; for UTF-8 that is code point order, which differs
 * from JavaScript's UTF-16 order for characters above U+FFFF (e.g. an emoji sorts after U+FF5E).
 */
export function compareAsUtf8Bytes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(j)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return a.length - i === 0 ? (b.length - j === 0 ? 0 : -1) : 1;
}
