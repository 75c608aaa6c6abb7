// Reads `variant` and `version` as the reference does before picking a translator.
import { GoStruct } from './yaml/gotype';

const COMMON_FIELDS: GoStruct = {
  kind: 'struct',
  goName: 'config.commonFields',
  fields: [
    { key: 'version', type: { kind: 'string' } },
    { key: 'variant', type: { kind: 'string' } },
  ],
};
export const HEADER_TYPE = COMMON_FIELDS;

export const ERR_NO_VARIANT = 'error parsing variant; must be specified';
export const ERR_INVALID_VERSION = 'error parsing version; must be a valid semver';
export const ERR_RHCOS =
  'rhcos variant has been removed; use openshift variant instead: https://coreos.github.io/butane/upgrading-openshift/';

const IDENTIFIER = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;

/**
 * Parses a version the way go-semver does and returns its canonical text
 * ("01.5.0" becomes "1.5.0"), or undefined when it is not a valid semver.
 */
export function canonicalSemver(text: string): string | undefined {
  let rest = text;
  let metadata = '';
  let pre = '';
  const plus = rest.indexOf('+');
  if (plus >= 0) {
    metadata = rest.slice(plus + 1);
    rest = rest.slice(0, plus);
  }
  const dash = rest.indexOf('-');
  if (dash >= 0) {
    pre = rest.slice(dash + 1);
    rest = rest.slice(0, dash);
  }
  const parts = splitN(rest, '.', 3);
  if (parts.length !== 3) return undefined;
  if (pre !== '' && !IDENTIFIER.test(pre)) return undefined;
  if (metadata !== '' && !IDENTIFIER.test(metadata)) return undefined;
  const nums: bigint[] = [];
  for (const p of parts) {
    // strconv.ParseInt(p, 10, 64): optional sign, decimal digits, no underscores, fits int64.
    if (!/^[+-]?[0-9]+$/.test(p)) return undefined;
    const n = BigInt(p);
    if (n > 9223372036854775807n || n < -9223372036854775808n) return undefined;
    nums.push(n);
  }
  let s = `${nums[0]}.${nums[1]}.${nums[2]}`;
  if (pre) s += `-${pre}`;
  if (metadata) s += `+${metadata}`;
  return s;
}

/** Go's strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}
