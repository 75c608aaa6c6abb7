// Per-type additions to the automatic translation: resource contents (inline/local), units and
// dropins read from local files, users' ssh keys read from local files, the Ignition version.
import { encodeGoString } from '../../encoding/goString';
import { HostError, Path } from '../../types';
import { escapedDataUrl, makeDataUrl } from './data-url';
import { goStringFromBytes } from './go-string';
import { errorText, readLocalFile, ERR_NO_FILES_DIR } from './files-dir';
import { Obj, TranslateEnv, TypeHook, reportError } from './translator';
import { hasGate } from './versions';

export const CODE_LOCAL_FILE = 'butane.local-file';

function readLocal(env: TranslateEnv, localPath: string): Uint8Array {
  return readLocalFile(localPath, env.filesDir, env.host);
}

function codeFor(err: unknown): string {
  return err instanceof HostError ? CODE_LOCAL_FILE : 'butane.files-dir';
}


/** `inline` and `local` become the data URL in `source` (and possibly the compression). */
const resourceHook: TypeHook = (from, to, yamlPath, jsonPath, env) => {
  if (typeof from.local === 'string') {
    const localPath = [...yamlPath, 'local'];
    let bytes: Uint8Array;
    try {
      bytes = readLocal(env, from.local);
    } catch (err) {
      reportError(env, localPath, errorText(err), codeFor(err));
      return;
    }
    setContents(env, to, bytes, localPath, jsonPath);
  }
  if (typeof from.inline === 'string') {
    const inlinePath = [...yamlPath, 'inline'];
    if (!hasGate(env.base, 'sizedDataUrls')) {
      to.source = escapedDataUrl(from.inline);
      env.ts.add(inlinePath, [...jsonPath, 'source']);
      return;
    }
    setContents(env, to, encodeGoString(from.inline), inlinePath, jsonPath);
  }
};

function setContents(env: TranslateEnv, to: Obj, bytes: Uint8Array, fromPath: Path, jsonPath: Path): void {
  const current = typeof to.compression === 'string' ? to.compression : undefined;
  const enc = makeDataUrl(bytes, current, env.autoCompression, env.encoder);
  to.source = enc.source;
  env.ts.add(fromPath, [...jsonPath, 'source']);
  if (enc.compression !== undefined) {
    to.compression = enc.compression;
    env.ts.add(fromPath, [...jsonPath, 'compression']);
  }
}

/** `contents_local` of units and dropins replaces `contents` with the file's text. */
const contentsLocalHook: TypeHook = (from, to, yamlPath, jsonPath, env) => {
  if (!hasGate(env.base, 'localUnitsAndKeys')) return;
  if (typeof from.contents_local !== 'string' || from.contents_local === '') return;
  const localPath = [...yamlPath, 'contents_local'];
  let bytes: Uint8Array;
  try {
    bytes = readLocal(env, from.contents_local);
  } catch (err) {
    reportError(env, localPath, errorText(err), codeFor(err));
    return;
  }
  env.ts.add(localPath, [...jsonPath, 'contents']);
  to.contents = goStringFromBytes(bytes);
};

/** `ssh_authorized_keys_local`: every non-empty line of each file becomes one more key. */
const passwdUserHook: TypeHook = (from, to, yamlPath, jsonPath, env) => {
  if (!hasGate(env.base, 'localUnitsAndKeys')) return;
  const files = from.ssh_authorized_keys_local;
  if (!Array.isArray(files) || files.length === 0) return;
  const localPath = [...yamlPath, 'ssh_authorized_keys_local'];
  const keysPath = [...jsonPath, 'sshAuthorizedKeys'];
  env.ts.add(localPath, keysPath);
  if (env.filesDir === undefined || env.filesDir === '') {
    reportError(env, localPath, ERR_NO_FILES_DIR, 'butane.files-dir');
    return;
  }
  const keys: unknown[] = Array.isArray(to.sshAuthorizedKeys) ? (to.sshAuthorizedKeys as unknown[]) : [];
  files.forEach((file, i) => {
    let bytes: Uint8Array;
    try {
      bytes = readLocal(env, String(file ?? ''));
    } catch (err) {
      reportError(env, [...localPath, i], errorText(err), codeFor(err));
      return;
    }
    for (const line of goStringFromBytes(bytes).split(/\r?\n/)) {
      if (line === '') continue;
      env.ts.add([...localPath, i], [...keysPath, keys.length]);
      keys.push(line);
    }
  });
  if (keys.length > 0) to.sshAuthorizedKeys = keys;
};

const ignitionHook: TypeHook = (_from, to, _yamlPath, _jsonPath, env) => {
  to.version = env.ignitionVersion;
};

export const BASE_HOOKS: Record<string, TypeHook> = {
  Resource: resourceHook,
  Unit: contentsLocalHook,
  Dropin: contentsLocalHook,
  PasswdUser: passwdUserHook,
  Ignition: ignitionHook,
};
