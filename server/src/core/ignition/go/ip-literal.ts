// Go's net/netip address syntax, as far as net/url needs it for a bracketed URL host: since the
// Go releases that fixed CVE-2025-47912 (Butane v0.29.0 is built with a newer Go), the text
// between "[" and "]" must be an IPv6 address (optionally with a zone), not IPv4 or a name.

/** Dotted IPv4 as netip reads it: four decimal octets, no leading zeros, each at most 255. */
function ipv4FieldsOk(s: string): boolean {
  let fields = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      if (digits === 1 && value === 0) return false; // leading zero
      value = value * 10 + (c.charCodeAt(0) - 48);
      digits++;
      if (value > 255) return false;
    } else if (c === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.') return false;
      if (fields === 3) return false;
      fields++;
      value = 0;
      digits = 0;
    } else return false;
  }
  return fields === 3;
}

const hexValue = (c: string): number => {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'f') return c.charCodeAt(0) - 87;
  if (c >= 'A' && c <= 'F') return c.charCodeAt(0) - 55;
  return -1;
};

/** netip's IPv6 parser: groups of 1-4 hex digits, at most one "::", an optional IPv4 tail, "%zone". */
function ipv6Ok(text: string): boolean {
  let s = text;
  const pct = s.indexOf('%');
  if (pct >= 0) {
    if (pct === s.length - 1) return false; // empty zone
    s = s.slice(0, pct);
  }
  let bytes = 0; // bytes of the 16 filled so far
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return true;
  }
  while (bytes < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const h = hexValue(s[off]);
      if (h < 0) break;
      acc = acc * 16 + h;
      if (off > 3 || acc > 0xffff) return false;
    }
    if (off === 0) return false;
    if (off < s.length && s[off] === '.') {
      // An IPv4 tail takes the last four bytes (or sits before an ellipsis-expanded gap).
      if (ellipsis < 0 && bytes !== 12) return false;
      if (bytes + 4 > 16) return false;
      if (!ipv4FieldsOk(s)) return false;
      s = '';
      bytes += 4;
      break;
    }
    bytes += 2;
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':' || s.length === 1) return false;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return false;
      ellipsis = bytes;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') return false;
  if (bytes < 16) return ellipsis >= 0;
  return ellipsis < 0; // "::" must stand for at least one zero group
}

/**
 * Whether netip.ParseAddr reads `text` as an IPv6 address (IPv4-mapped ones included). ParseAddr
 * picks the syntax by the first '.', ':' or '%' in the text; only ':' leads to IPv6.
 */
export function isIpv6Literal(text: string): boolean {
  for (const c of text) {
    if (c === ':') return ipv6Ok(text);
    if (c === '.' || c === '%') return false;
  }
  return false;
}
