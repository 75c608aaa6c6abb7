// Rules of the resource types: Resource (3.1+), its 3.0 predecessors FileContents,
// ConfigReference and CaReference, HTTP headers and hash verification.
import { IGN, Finding } from './messages';
import { requiredSourceProblem, urlProblem, urlProblemNilOk, urlScheme } from './urls';
import { byteLength } from './go/text';
import { Rule, asObj, at, list, nilOrEmpty, pStr, str, sub, Obj, Collector } from './values';
import { Path } from '../types';

function compressionProblem(o: Obj): Finding | undefined {
  const c = pStr(o, 'compression');
  return c === undefined || c === '' || c === 'gzip' ? undefined : IGN.compressionInvalid;
}

function verificationProblem(o: Obj): Finding | undefined {
  return pStr(sub(o, 'verification'), 'hash') !== undefined && pStr(o, 'source') === undefined ? IGN.verificationAndNilSource : undefined;
}

function headersSchemeProblem(o: Obj): Finding | undefined {
  if (list(o, 'httpHeaders').length < 1) return undefined;
  const source = pStr(o, 'source');
  if (nilOrEmpty(source)) return IGN.invalidUrl;
  const scheme = urlScheme(source as string);
  if (scheme === undefined) return IGN.invalidUrl;
  return scheme === 'http' || scheme === 'https' ? undefined : IGN.unsupportedSchemeForHttpHeaders;
}

/** File contents / appends (3.0 FileContents, 3.1+ Resource): the checks both share. */
function contentsChecks(o: Obj, path: Path, out: Collector): void {
  out.errorAt(compressionProblem(o), path, 'compression');
  out.errorAt(verificationProblem(o), path, 'verification', 'hash');
  out.errorAt(urlProblemNilOk(pStr(o, 'source'), out.minor), path, 'source');
}

const resource: Rule = (v, path, out) => {
  const o = asObj(v);
  contentsChecks(o, path, out);
  out.errorAt(headersSchemeProblem(o), path, 'httpHeaders');
};

const fileContents: Rule = (v, path, out) => contentsChecks(asObj(v), path, out);

const configReference: Rule = (v, path, out) => {
  out.errorAt(urlProblemNilOk(pStr(asObj(v), 'source'), out.minor), path, 'source');
};

const caReference: Rule = (v, path, out) => {
  out.errorAt(urlProblem(str(asObj(v), 'source'), out.minor), path, 'source');
};

const httpHeader: Rule = (v, path, out) => {
  const o = asObj(v);
  out.errorAt(str(o, 'name') === '' ? IGN.emptyHttpHeaderName : undefined, path, 'name');
  out.errorAt(pStr(o, 'value') === '' ? IGN.invalidHttpHeader : undefined, path, 'value');
};

/** Hex digest lengths of the hash functions each version knows. */
function digestLength(fn: string, minor: number): number | undefined {
  if (fn === 'sha512') return 128;
  if (fn === 'sha256' && minor >= 1) return 64;
  return undefined;
}

const verification: Rule = (v, path, out) => {
  const hash = pStr(asObj(v), 'hash');
  if (hash === undefined) return;
  const p = at(path, 'hash');
  const dash = hash.indexOf('-');
  if (dash < 0) return out.error(p, IGN.hashMalformed);
  const want = digestLength(hash.slice(0, dash), out.minor);
  if (want === undefined) return out.error(p, IGN.hashUnrecognized);
  if (byteLength(hash.slice(dash + 1)) !== want) out.error(p, IGN.hashWrongSize);
};

/** validateRequiredSource applied per element of a list of resources (merge, CA bundles). */
export function requireSources(o: Obj, key: string, path: Path, out: Collector): void {
  list(o, key).forEach((item, i) => out.errorAt(requiredSourceProblem(pStr(asObj(item), 'source'), out.minor), path, key, i));
}

export const RESOURCE_RULES: Record<string, Rule> = {
  Resource: resource,
  FileContents: fileContents,
  ConfigReference: configReference,
  CaReference: caReference,
  HTTPHeader: httpHeader,
  Verification: verification,
};
