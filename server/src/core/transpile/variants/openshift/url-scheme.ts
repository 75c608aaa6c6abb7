// The scheme of a URL as Go's net/url.Parse sees it, or undefined where Parse would fail.
// Only what the "source must be a data URL" rule needs: failures are left to Ignition's checks.

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const LETTER = /[A-Za-z]/;

function hasControlByte(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function badEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '%') continue;
    if (!/^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) return true;
    i += 2;
  }
  return false;
}

/** Lower-cased scheme ('' when there is none), or undefined when the URL does not parse. */
export function goUrlScheme(raw: string): string | undefined {
  const hash = raw.indexOf('#');
  const url = hash >= 0 ? raw.slice(0, hash) : raw;
  if (hasControlByte(url)) return undefined;
  let scheme = '';
  let rest = url;
  for (let i = 0; i < url.length; i++) {
    const c = url[i];
    if (c === ':') {
      if (i === 0) return undefined; // missing protocol scheme
      scheme = url.slice(0, i).toLowerCase();
      rest = url.slice(i + 1);
      break;
    }
    if (LETTER.test(c) || (i > 0 && SCHEME_CHAR.test(c))) continue;
    break; // not a scheme character: the whole thing is a path
  }
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (scheme === '' && rest.split('/')[0].includes(':')) return undefined;
  if (scheme !== '' && !rest.startsWith('/')) return scheme; // opaque, e.g. data:...
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash >= 0 ? rest.slice(2, slash) : rest.slice(2);
    rest = slash >= 0 ? rest.slice(slash) : '';
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    const port = host.startsWith('[') ? host.slice(host.indexOf(']') + 1) : host.slice(host.indexOf(':') >= 0 ? host.lastIndexOf(':') : host.length);
    if (port !== '' && !/^:\d*$/.test(port)) return undefined;
    if (badEscape(host)) return undefined;
  }
  if (badEscape(rest)) return undefined;
  return scheme;
}
