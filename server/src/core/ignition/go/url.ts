// The parts of Go's net/url.Parse that decide whether a URL is accepted and what its scheme,
// opaque part and query are. Ignition reports every parse failure as one message, so only the
// accept/reject decision matters here, not Go's error texts.

import { isIpv6Literal } from './ip-literal';

export interface ParsedUrl {
  scheme: string;
  opaque: string;
  rawQuery: string;
}

// Character classes by code (these run per character; one-character regex tests were slow before the JIT warmed up).
const isHex = (c: string | undefined): boolean => c !== undefined && c.length === 1 && isHexCode(c.charCodeAt(0));
const isAlpha = (c: string): boolean => c.length === 1 && isAlphaCode(c.charCodeAt(0));
const isAlnum = (c: string): boolean => c.length === 1 && (isAlphaCode(c.charCodeAt(0)) || isDigitCode(c.charCodeAt(0)));
function isDigitCode(x: number): boolean {
  return x >= 0x30 && x <= 0x39;
}
function isAlphaCode(x: number): boolean {
  return (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a);
}
function isHexCode(x: number): boolean {
  return isDigitCode(x) || (x >= 0x41 && x <= 0x46) || (x >= 0x61 && x <= 0x66);
}

type Mode = 'path' | 'host' | 'zone' | 'user' | 'query' | 'fragment';

/** Go's shouldEscape for the modes that unescape consults (host and zone). */
function shouldEscapeHost(c: string): boolean {
  if (isAlnum(c)) return false;
  if ("!$&'()*+,;=:[]<>\"".includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  return true;
}

/** Whether Go's unescape(s, mode) succeeds. */
function unescapeOk(s: string, mode: Mode): boolean {
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) return false;
      const byte = parseInt(s.slice(i + 1, i + 3), 16);
      if (mode === 'host' && byte < 0x80 && s.slice(i, i + 3) !== '%25') return false;
      if (mode === 'zone' && s.slice(i, i + 3) !== '%25' && byte !== 0x20 && byte < 0x80 && shouldEscapeHost(String.fromCharCode(byte))) {
        return false;
      }
      if (mode === 'zone' && byte >= 0x80) {
        // Non-ASCII escaped bytes are "should escape" for hosts as well.
        return false;
      }
      i += 3;
      continue;
    }
    if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscapeHost(c)) return false;
    i++;
  }
  return true;
}

function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (port[0] !== ':') return false;
  return /^[0-9]*$/.test(port.slice(1));
}

/** Go's unescape for host and zone text, assuming unescapeOk passed (bytes as Latin-1 characters). */
function unescapeHost(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The host part of an authority, as the Go 1.26 releases Butane v0.29.0 is built with read it: a
 * "[" is only allowed to open an IP literal at the very start (CVE-2026-25679), the literal must be
 * an IPv6 address, an RFC 6874 zone ("%25...") allowed (CVE-2025-47912), and outside brackets at
 * most one colon (before the port) may appear. Older Go releases accepted more.
 */
function parseHostOk(host: string): boolean {
  const open = host.lastIndexOf('[');
  if (open > 0) return false;
  if (open === 0) {
    const close = host.lastIndexOf(']');
    if (close < 0) return false;
    if (!validOptionalPort(host.slice(close + 1))) return false;
    const inner = host.slice(1, close);
    const zone = inner.indexOf('%25');
    let address: string;
    if (zone >= 0) {
      if (!unescapeOk(inner.slice(0, zone), 'host') || !unescapeOk(inner.slice(zone), 'zone')) return false;
      address = unescapeHost(inner.slice(0, zone)) + unescapeHost(inner.slice(zone));
    } else {
      if (!unescapeOk(inner, 'host')) return false;
      address = unescapeHost(inner);
    }
    return isIpv6Literal(address);
  }
  const i = host.lastIndexOf(':');
  // Go 1.26 (urlstrictcolons) rejects a second colon outside brackets, e.g. "::1" or "a:80:80".
  if (i !== -1 && host.indexOf(':') !== i) return false;
  if (i !== -1 && !validOptionalPort(host.slice(i))) return false;
  return unescapeOk(host, 'host');
}

function validUserinfo(s: string): boolean {
  for (const ch of s) {
    if (isAlnum(ch)) continue;
    if ("-._:~!$&'()*+,;=%@".includes(ch)) continue;
    return false;
  }
  return true;
}

function parseAuthorityOk(authority: string): boolean {
  const at = authority.lastIndexOf('@');
  if (!parseHostOk(at < 0 ? authority : authority.slice(at + 1))) return false;
  if (at < 0) return true;
  const userinfo = authority.slice(0, at);
  if (!validUserinfo(userinfo)) return false;
  const colon = userinfo.indexOf(':');
  if (colon < 0) return unescapeOk(userinfo, 'user');
  return unescapeOk(userinfo.slice(0, colon), 'user') && unescapeOk(userinfo.slice(colon + 1), 'user');
}

/** net/url.Parse; undefined when Go would return an error. */
export function parseGoUrl(raw: string): ParsedUrl | undefined {
  const hash = raw.indexOf('#');
  const u = hash >= 0 ? raw.slice(0, hash) : raw;
  const frag = hash >= 0 ? raw.slice(hash + 1) : '';
  for (let i = 0; i < u.length; i++) {
    const code = u.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return undefined;
  }
  let scheme = '';
  let rest = u;
  if (u !== '*') {
    for (let i = 0; i < u.length; i++) {
      const c = u[i];
      if (isAlpha(c)) continue;
      if (c === '+' || c === '-' || c === '.' || isDigitCode(c.charCodeAt(0))) {
        if (i === 0) break;
        continue;
      }
      if (c === ':') {
        if (i === 0) return undefined; // missing protocol scheme
        scheme = u.slice(0, i).toLowerCase();
        rest = u.slice(i + 1);
      }
      break;
    }
  } else {
    return frag === '' || unescapeOk(frag, 'fragment') ? { scheme: '', opaque: '', rawQuery: '' } : undefined;
  }
  let rawQuery = '';
  if (rest.endsWith('?') && rest.split('?').length === 2) {
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  const fragmentOk = frag === '' || unescapeOk(frag, 'fragment');
  if (!rest.startsWith('/')) {
    if (scheme !== '') return fragmentOk ? { scheme, opaque: rest, rawQuery } : undefined;
    const slash = rest.indexOf('/');
    const segment = slash >= 0 ? rest.slice(0, slash) : rest;
    if (segment.includes(':')) return undefined;
  }
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    if (!parseAuthorityOk(authority)) return undefined;
  }
  if (!unescapeOk(rest, 'path')) return undefined;
  if (!fragmentOk) return undefined;
  return { scheme, opaque: '', rawQuery };
}

/** url.Values from a raw query (ParseQuery, ignoring its error like URL.Query does). */
export function parseGoQuery(rawQuery: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const unescape = (s: string): string | undefined => {
    if (!unescapeOk(s, 'query')) return undefined;
    const bytes: number[] = [];
    const src = new TextEncoder().encode(s);
    for (let i = 0; i < src.length; i++) {
      if (src[i] === 0x25) {
        bytes.push(parseInt(String.fromCharCode(src[i + 1], src[i + 2]), 16));
        i += 2;
      } else bytes.push(src[i] === 0x2b ? 0x20 : src[i]);
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  };
  for (const part of rawQuery.split('&')) {
    if (part.includes(';') || part === '') continue;
    const eq = part.indexOf('=');
    const key = unescape(eq >= 0 ? part.slice(0, eq) : part);
    if (key === undefined) continue;
    const value = unescape(eq >= 0 ? part.slice(eq + 1) : '');
    if (value === undefined) continue;
    const list = m.get(key) ?? [];
    list.push(value);
    m.set(key, list);
  }
  return m;
}
