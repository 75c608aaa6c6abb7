// `systemd.quadlets` (base 0.8-exp): podman quadlet files and their drop-ins become storage files
// under /etc/containers/systemd (rootful) or /etc/containers/systemd/users; template instances
// (foo@bar.container) become symlinks to their template.
import { encodeGoString } from '../../encoding/goString';
import { Path } from '../../types';
import { TranslationSet } from '../translation-set';
import { makeDataUrl } from './data-url';
import { errorText, joinPath, readLocalFile } from './files-dir';
import { NODE_FIELD_PATHS, NodeTracker, newNode, notEmpty } from './generated-nodes';
import { CODE_LOCAL_FILE } from './hooks';
import { ERR_NODE_EXISTS } from './trees';
import { Obj, TranslateEnv, isObj, reportError } from './translator';

const ROOTFUL_DIR = '/etc/containers/systemd';
const USER_DIR = '/etc/containers/systemd/users';
const CODE_QUADLET = 'butane.quadlet';

export function quadletPath(rootful: boolean, name: string): string {
  return joinPath(rootful ? ROOTFUL_DIR : USER_DIR, name);
}

/** For `foo@100.container`, the template it instantiates (`foo@.container`); undefined otherwise. */
export function templateOf(name: string): string | undefined {
  const at = name.indexOf('@');
  if (at === -1) return undefined;
  const dot = name.lastIndexOf('.');
  if (dot === -1 || at + 1 === dot) return undefined;
  return `${name.slice(0, at)}@.${name.slice(dot + 1)}`;
}

function addFileWithContents(
  contentsLocal: unknown,
  contents: unknown,
  destPath: string,
  ctxPath: Path,
  t: NodeTracker,
  ts: TranslationSet,
  env: TranslateEnv,
): void {
  const existing = t.get('files', destPath);
  const existingContents = existing && isObj(existing.node.contents) ? existing.node.contents : undefined;
  if (notEmpty(existingContents?.source) || t.exists(destPath)) {
    reportError(env, ctxPath, ERR_NODE_EXISTS, CODE_QUADLET);
    return;
  }
  const { index, node: file } = t.add('files', newNode(destPath));
  const filePath = ['storage', 'files', index];
  if (index === 0) ts.add(ctxPath, ['storage', 'files']);
  ts.addFromCommonSource(ctxPath, filePath, NODE_FIELD_PATHS.files);
  ts.add([...ctxPath, 'name'], [...filePath, 'path']);

  let bytes: Uint8Array = new Uint8Array();
  // with neither contents nor contents_local the reference records an empty source path
  let contentPath: Path = [];
  if (notEmpty(contentsLocal)) {
    contentPath = [...ctxPath, 'contents_local'];
    try {
      bytes = readLocalFile(contentsLocal, env.filesDir, env.host);
    } catch (err) {
      reportError(env, contentPath, errorText(err), CODE_LOCAL_FILE);
      return;
    }
  }
  if (notEmpty(contents)) {
    contentPath = [...ctxPath, 'contents'];
    bytes = encodeGoString(contents);
  }
  const fileContents: Obj = {};
  file.contents = fileContents;
  const enc = makeDataUrl(bytes, undefined, env.autoCompression, env.encoder);
  fileContents.source = enc.source;
  ts.add(contentPath, [...filePath, 'contents', 'source']);
  if (enc.compression !== undefined) {
    fileContents.compression = enc.compression;
    ts.add(ctxPath, [...filePath, 'contents', 'compression']);
  }
  ts.add(contentPath, [...filePath, 'contents']);
  file.mode = 0o644;
  ts.add(ctxPath, [...filePath, 'mode']);
}

function addTemplateLink(name: string, rootful: boolean, template: string, ctxPath: Path, t: NodeTracker, ts: TranslationSet, env: TranslateEnv): void {
  const destPath = quadletPath(rootful, name);
  if (t.get('links', destPath) || t.exists(destPath)) {
    reportError(env, ctxPath, ERR_NODE_EXISTS, CODE_QUADLET);
    return;
  }
  const link = newNode(destPath);
  link.target = template;
  const { index } = t.add('links', link);
  const linkPath = ['storage', 'links', index];
  if (index === 0) ts.add(ctxPath, ['storage', 'links']);
  ts.addFromCommonSource(ctxPath, linkPath, NODE_FIELD_PATHS.links);
  ts.add([...ctxPath, 'name'], [...linkPath, 'path']);
  ts.add(ctxPath, [...linkPath, 'target']);
}

export function processQuadlets(source: Obj, config: Obj, env: TranslateEnv): TranslationSet {
  const ts = new TranslationSet();
  const systemd = isObj(source.systemd) ? source.systemd : {};
  const quadlets = Array.isArray(systemd.quadlets) ? systemd.quadlets : [];
  if (quadlets.length === 0) return ts;
  const t = new NodeTracker(config);
  ts.add(['systemd', 'quadlets'], ['storage']);
  quadlets.forEach((q, i) => {
    const quadlet = isObj(q) ? q : {};
    const name = typeof quadlet.name === 'string' ? quadlet.name : '';
    const rootful = quadlet.rootful === true;
    const ctxPath: Path = ['systemd', 'quadlets', i];
    const template = templateOf(name);
    if (template !== undefined) addTemplateLink(name, rootful, template, ctxPath, t, ts, env);
    else addFileWithContents(quadlet.contents_local, quadlet.contents, quadletPath(rootful, name), ctxPath, t, ts, env);
    const dropins = Array.isArray(quadlet.dropins) ? quadlet.dropins : [];
    dropins.forEach((d, j) => {
      const dropin = isObj(d) ? d : {};
      const dest = quadletPath(rootful, name) + '.d/' + (typeof dropin.name === 'string' ? dropin.name : '');
      addFileWithContents(dropin.contents_local, dropin.contents, dest, [...ctxPath, 'dropins', j], t, ts, env);
    });
  });
  return ts;
}
