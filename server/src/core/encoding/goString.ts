// Go strings are byte strings that may hold invalid UTF-8 (e.g. a `contents_local` file in
// Latin-1). To carry such bytes through JavaScript strings without losing them, each byte that
// is not part of a valid UTF-8 sequence (judged the way Go's utf8.DecodeRune does: one byte at a
// time) is mapped to the lone surrogate U+DC00+byte. marshalGoJson prints every lone surrogate as
// \ufffd, which is what Go prints for each invalid byte, and encodeGoString turns them back into
// the original bytes.

const ESCAPE_BASE = 0xdc00;

const UTF8_ENCODER = new TextEncoder();
/** Throws on the first byte sequence that is not valid UTF-8 (the same sequences Go rejects); keeps a BOM. */
const STRICT_UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as Go sees a string: valid UTF-8 as text, each invalid byte as U+DC00+byte. */
export function decodeGoString(bytes: Uint8Array): string {
  // Valid UTF-8 (nearly always) decodes natively; only invalid input needs the byte-by-byte walk.
  try {
    return STRICT_UTF8_DECODER.decode(bytes);
  } catch {
    return decodeGoStringBytewise(bytes);
  }
}

/** decodeGoString without the native fast path (exported for tests that compare the two). */
export function decodeGoStringBytewise(bytes: Uint8Array): string {
  const parts: string[] = [];
  let units: number[] = [];
  const flush = (): void => {
    parts.push(String.fromCharCode(...units));
    units = [];
  };
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i];
    if (b0 < 0x80) {
      units.push(b0);
      i++;
    } else {
      const cp = decodeMultiByte(bytes, i);
      if (cp < 0) {
        units.push(ESCAPE_BASE + b0);
        i++;
      } else if (cp >= 0x10000) {
        const v = cp - 0x10000;
        units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
        i += 4;
      } else {
        units.push(cp);
        i += cp >= 0x800 ? 3 : 2;
      }
    }
    if (units.length >= 4096) flush();
  }
  flush();
  return parts.join('');
}

/** Code point of the valid multi-byte sequence at `i`, or -1 when Go would report RuneError there. */
function decodeMultiByte(b: Uint8Array, i: number): number {
  const n = b.length - i;
  const b0 = b[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => k < n && b[i + k] >= lo && b[i + k] <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    return cont(1) ? ((b0 & 0x1f) << 6) | (b[i + 1] & 0x3f) : -1;
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 excludes overlongs, ED excludes surrogates.
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (!cont(1, lo, hi) || !cont(2)) return -1;
    return ((b0 & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    if (!cont(1, lo, hi) || !cont(2) || !cont(3)) return -1;
    return ((b0 & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
  }
  return -1;
}

/**
 * UTF-8 bytes of a string, restoring bytes escaped by decodeGoString. Other lone surrogates
 * (which no Go string can hold) become U+FFFD.
 */
export function encodeGoString(s: string): Uint8Array {
  // A string without lone surrogates holds no escaped bytes: its Go bytes are its plain UTF-8.
  return isWellFormed(s) ? UTF8_ENCODER.encode(s) : encodeGoStringBytewise(s);
}

/** encodeGoString without the native fast path (exported for tests that compare the two). */
export function encodeGoStringBytewise(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out[n++] = 0xf0 | (cp >> 18);
        out[n++] = 0x80 | ((cp >> 12) & 0x3f);
        out[n++] = 0x80 | ((cp >> 6) & 0x3f);
        out[n++] = 0x80 | (cp & 0x3f);
        i++;
        continue;
      }
    }
    if (c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xff) {
      out[n++] = c - ESCAPE_BASE;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

/** String.prototype.isWellFormed (ES2024) where the engine has it; false (take the slow path) where not. */
function isWellFormed(s: string): boolean {
  const native = (s as { isWellFormed?: () => boolean }).isWellFormed;
  return native !== undefined && native.call(s);
}
