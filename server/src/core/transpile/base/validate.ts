// The Validate() rules of the base types, visited in the reference's order: a value's own rule,
// then its fields in declaration order.
import { Path, ReportEntry } from '../../types';
import type { BaseContext } from './index';
import { WARN_DECIMAL_MODE, looksLikeDecimalMode } from './decimal-mode';
import { ERR_CONFIG_NOT_VALID, checkInlineIgnitionConfig } from './inline-ignition-config';
import { templateOf } from './quadlets';
import { Obj, isObj } from './translator';
import { baseAtLeast, hasGate } from './versions';
import { formatPath } from '../../types';

export const ERR_TOO_MANY_RESOURCE_SOURCES = 'only one of the following can be set: inline, local, source';
export const ERR_TOO_MANY_SYSTEMD_SOURCES = 'only one of the following can be set: contents, contents_local';
export const ERR_MOUNT_UNIT_NO_PATH = 'path is required if with_mount_unit is true and format is not swap';
export const ERR_MOUNT_UNIT_NO_FORMAT = 'format is required if with_mount_unit is true';
export const ERR_TREE_NO_LOCAL = 'local is required';
export const ERR_QUADLET_BAD_EXTENSION =
  'unsupported file extension for quadlet: must be one of .container, .volume, .network, .kube, .image, .build, .pod, or .artifact';
export const ERR_TEMPLATE_INSTANCE_CONTENTS = 'template instances cannot have contents or contents_local';

const QUADLET_EXTENSIONS = ['.container', '.volume', '.network', '.kube', '.image', '.build', '.pod', '.artifact'];

class Validator {
  readonly report: ReportEntry[] = [];
  constructor(private readonly ctx: BaseContext) {}

  error(path: Path, message: string, code: string): void {
    this.report.push({ kind: 'error', path: [...path], tag: 'yaml', message, code });
  }
  warn(path: Path, message: string, code: string): void {
    this.report.push({ kind: 'warning', path: [...path], tag: 'yaml', message, code });
  }

  resource(r: unknown, path: Path): void {
    if (!isObj(r)) return;
    const has = (k: string) => r[k] !== undefined && r[k] !== null;
    if (!hasGate(this.ctx.base, 'sizedDataUrls')) {
      // base 0.1 file contents: only inline and source exist
      if (has('inline') && has('source')) this.error([...path, 'inline'], ERR_TOO_MANY_RESOURCE_SOURCES, 'butane.resource-sources');
      return;
    }
    let field = '';
    let sources = 0;
    for (const k of ['local', 'inline', 'source']) {
      if (has(k)) {
        sources++;
        field = k;
      }
    }
    if (sources > 1) {
      this.error([...path, field], ERR_TOO_MANY_RESOURCE_SOURCES, 'butane.resource-sources');
      return;
    }
    // The formatted path can only start with "$.ignition.config" when the first segment starts with "ignition".
    const underIgnition = typeof path[0] === 'string' && path[0].startsWith('ignition');
    if (field === 'inline' && underIgnition && formatPath(path).startsWith('$.ignition.config')) {
      const check = checkInlineIgnitionConfig(String(r.inline), path, this.ctx.ignitionVersion);
      this.report.push(...check.report);
      if (check.invalid) this.error([...path, 'inline'], ERR_CONFIG_NOT_VALID, 'butane.inline-config');
    }
  }

  mode(node: Obj, path: Path, directory: boolean): void {
    if (typeof node.mode === 'number' && looksLikeDecimalMode(node.mode, directory)) {
      this.warn([...path, 'mode'], WARN_DECIMAL_MODE, 'butane.decimal-mode');
    }
  }

  filesystem(fs: Obj, path: Path): void {
    if (fs.with_mount_unit !== true) return;
    const empty = (v: unknown) => v === undefined || v === null || v === '';
    if (hasGate(this.ctx.base, 'swapUnits')) {
      if (empty(fs.format)) this.error([...path, 'format'], ERR_MOUNT_UNIT_NO_FORMAT, 'butane.mount-unit');
      else if (fs.format !== 'swap' && empty(fs.path)) this.error([...path, 'path'], ERR_MOUNT_UNIT_NO_PATH, 'butane.mount-unit');
    } else {
      if (empty(fs.path)) this.error([...path, 'path'], ERR_MOUNT_UNIT_NO_PATH, 'butane.mount-unit');
      if (empty(fs.format)) this.error([...path, 'format'], ERR_MOUNT_UNIT_NO_FORMAT, 'butane.mount-unit');
    }
  }

  systemdSources(node: Obj, path: Path): void {
    const has = (k: string) => node[k] !== undefined && node[k] !== null;
    if (has('contents_local') && has('contents')) this.error([...path, 'contents_local'], ERR_TOO_MANY_SYSTEMD_SOURCES, 'butane.systemd-sources');
  }

  quadlet(q: Obj, path: Path): void {
    const name = typeof q.name === 'string' ? q.name : '';
    if (!QUADLET_EXTENSIONS.some((ext) => name.endsWith(ext))) {
      this.error([...path, 'name'], ERR_QUADLET_BAD_EXTENSION, 'butane.quadlet-extension');
      return;
    }
    if (templateOf(name) !== undefined) {
      for (const k of ['contents', 'contents_local']) {
        if (q[k] !== undefined && q[k] !== null) this.error([...path, k], ERR_TEMPLATE_INSTANCE_CONTENTS, 'butane.quadlet-template');
      }
    } else {
      this.systemdSources(q, path);
    }
  }
}

function each(list: unknown, fn: (item: Obj, i: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => fn(isObj(item) ? item : {}, i));
}

function obj(v: unknown): Obj {
  return isObj(v) ? v : {};
}

export function validateBaseConfig(config: Obj, ctx: BaseContext): ReportEntry[] {
  const v = new Validator(ctx);
  const ignitionConfig = obj(obj(config.ignition).config);
  each(ignitionConfig.merge, (r, i) => v.resource(r, ['ignition', 'config', 'merge', i]));
  v.resource(ignitionConfig.replace, ['ignition', 'config', 'replace']);
  each(obj(obj(obj(config.ignition).security).tls).certificate_authorities, (r, i) =>
    v.resource(r, ['ignition', 'security', 'tls', 'certificate_authorities', i]),
  );

  const storage = obj(config.storage);
  each(storage.directories, (d, i) => v.mode(d, ['storage', 'directories', i], true));
  each(storage.files, (f, i) => {
    const path = ['storage', 'files', i];
    v.mode(f, path, false);
    each(f.append, (r, j) => v.resource(r, [...path, 'append', j]));
    v.resource(f.contents, [...path, 'contents']);
  });
  if (hasGate(ctx.base, 'mountUnitsAndTrees')) each(storage.filesystems, (fs, i) => v.filesystem(fs, ['storage', 'filesystems', i]));
  each(storage.luks, (l, i) => v.resource(l.key_file, ['storage', 'luks', i, 'key_file']));
  if (hasGate(ctx.base, 'mountUnitsAndTrees')) {
    each(storage.trees, (t, i) => {
      if (typeof t.local !== 'string' || t.local === '') v.error(['storage', 'trees', i], ERR_TREE_NO_LOCAL, 'butane.tree-local');
    });
  }

  const systemd = obj(config.systemd);
  const withLocal = baseAtLeast(ctx.base, '0.5');
  each(systemd.units, (u, i) => {
    const path = ['systemd', 'units', i];
    if (withLocal) v.systemdSources(u, path);
    each(u.dropins, (d, j) => withLocal && v.systemdSources(d, [...path, 'dropins', j]));
  });
  if (hasGate(ctx.base, 'quadlets')) {
    each(systemd.quadlets, (q, i) => {
      const path = ['systemd', 'quadlets', i];
      v.quadlet(q, path);
      each(q.dropins, (d, j) => v.systemdSources(d, [...path, 'dropins', j]));
    });
  }
  return v.report;
}
