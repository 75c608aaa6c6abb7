// Rules of the top-level types: Config (paths that collide with systemd units), the ignition
// section (version, merge/replace configs, proxy, TLS).
import { IGN } from './messages';
import { canonicalSemver } from '../header';
import { parseGoUrl } from './go/url';
import { requireSources } from './rules-resource';
import { Rule, asObj, at, list, nilOrEmpty, pStr, str, sub, Collector } from './values';
import { Path } from '../types';

const SYSTEMD_DIR = '/etc/systemd/system/';

const config: Rule = (v, path, out) => {
  const o = asObj(v);
  const unitPaths = new Set<string>();
  for (const u of list(sub(o, 'systemd'), 'units').map(asObj)) {
    const name = str(u, 'name');
    if (!nilOrEmpty(pStr(u, 'contents'))) unitPaths.add(SYSTEMD_DIR + name);
    for (const d of list(u, 'dropins').map(asObj)) {
      if (!nilOrEmpty(pStr(d, 'contents'))) unitPaths.add(`${SYSTEMD_DIR}${name}.d/${str(d, 'name')}`);
    }
  }
  const storage = sub(o, 'storage');
  for (const kind of ['files', 'directories', 'links']) {
    list(storage, kind).forEach((node, i) => {
      if (unitPaths.has(str(asObj(node), 'path'))) out.errorAt(IGN.pathConflictsSystemd, path, 'storage', kind, i, 'path');
    });
  }
};

const ignition: Rule = (v, path, out) => {
  const p = at(path, 'version');
  const canonical = canonicalSemver(str(asObj(v), 'version'));
  if (canonical === undefined) return out.error(p, IGN.invalidVersion);
  if (canonical !== out.version) out.error(p, IGN.unknownVersion);
};

const ignitionConfig: Rule = (v, path, out) => {
  if (out.minor >= 1) requireSources(asObj(v), 'merge', path, out);
};

function proxyUrl(s: string | undefined, p: Path, out: Collector, httpOk: boolean): void {
  if (s === undefined) return;
  const u = parseGoUrl(s);
  if (!u) return out.error(p, IGN.invalidUrl);
  if (u.scheme !== 'https' && u.scheme !== 'http') return out.error(p, IGN.invalidProxy);
  if (u.scheme === 'http' && !httpOk) out.warn(p, IGN.insecureProxy);
}

const proxy: Rule = (v, path, out) => {
  const o = asObj(v);
  proxyUrl(pStr(o, 'httpProxy'), at(path, 'httpProxy'), out, true);
  proxyUrl(pStr(o, 'httpsProxy'), at(path, 'httpsProxy'), out, false);
};

const tls: Rule = (v, path, out) => {
  if (out.minor >= 1) requireSources(asObj(v), 'certificateAuthorities', path, out);
};

export const IGNITION_RULES: Record<string, Rule> = {
  Config: config,
  Ignition: ignition,
  IgnitionConfig: ignitionConfig,
  Proxy: proxy,
  TLS: tls,
};
