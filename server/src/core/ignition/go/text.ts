// Small pieces of Go's unicode/strings/strconv behaviour over UTF-8 bytes.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

export function utf8String(b: Uint8Array): string {
  return decoder.decode(b);
}

/** len(s) in Go: the UTF-8 byte length. */
export function byteLength(s: string): number {
  return encoder.encode(s).length;
}

export const RUNE_ERROR = 0xfffd;

/** utf8.DecodeRune: [rune, size]; invalid or truncated input gives [RuneError, 1]; empty gives [RuneError, 0]. */
export function decodeRune(b: Uint8Array, at: number, end: number = b.length): [number, number] {
  if (at >= end) return [RUNE_ERROR, 0];
  const b0 = b[at];
  if (b0 < 0x80) return [b0, 1];
  let need: number;
  let min: number;
  let cp: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    need = 1;
    min = 0x80;
    cp = b0 & 0x1f;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    min = 0x800;
    cp = b0 & 0x0f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    min = 0x10000;
    cp = b0 & 0x07;
  } else return [RUNE_ERROR, 1];
  if (at + need >= end) return [RUNE_ERROR, 1];
  for (let i = 1; i <= need; i++) {
    const c = b[at + i];
    if ((c & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [RUNE_ERROR, 1];
  return [cp, need + 1];
}

/** utf8.FullRune: whether the bytes begin with a full (or definitely invalid) encoding. */
export function fullRune(b: Uint8Array, at: number, end: number): boolean {
  const n = end - at;
  if (n <= 0) return false;
  const b0 = b[at];
  if (b0 < 0x80) return true;
  const need = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 1;
  if (n >= need) return true;
  // A continuation byte that is out of place already decides the outcome.
  for (let i = 1; i < n; i++) if ((b[at + i] & 0xc0) !== 0x80) return true;
  if (n >= 2) {
    const b1 = b[at + 1];
    if (b0 === 0xe0 && b1 < 0xa0) return true;
    if (b0 === 0xed && b1 > 0x9f) return true;
    if (b0 === 0xf0 && b1 < 0x90) return true;
    if (b0 === 0xf4 && b1 > 0x8f) return true;
  }
  return false;
}

/** unicode.IsSpace */
export function isSpaceRune(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

/** bytes.TrimSpace: drops leading and trailing runes that unicode.IsSpace accepts. */
export function trimSpaceBytes(b: Uint8Array): Uint8Array {
  const n = b.length;
  const first = firstNonSpace(b, 0, n);
  if (first === n) return b.subarray(0, 0);
  // Trailing: a byte below 0x80 is always a rune of its own (it can never continue a multi-byte
  // sequence), so ASCII spaces can be dropped from the back, and an ASCII last byte ends the last rune.
  let end = n;
  while (b[end - 1] < 0x80 && isAsciiSpace(b[end - 1])) end--;
  if (b[end - 1] < 0x80) return b.subarray(first, end);
  // A non-ASCII byte ends the text: find where the last non-space rune ends going forward.
  let last = first;
  for (let i = first; i < end; ) {
    const c = b[i];
    let size = 1;
    let space: boolean;
    if (c < 0x80) space = isAsciiSpace(c);
    else {
      const [r, k] = decodeRune(b, i);
      size = k;
      space = !(r === RUNE_ERROR && k === 1) && isSpaceRune(r);
    }
    if (!space) last = i + size;
    i += size;
  }
  return b.subarray(first, last);
}

/** Where the first rune that unicode.IsSpace rejects starts in b[start, end), or `end` when there is none. */
export function firstNonSpace(b: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      if (!isAsciiSpace(c)) return i;
      i++;
      continue;
    }
    const [r, size] = decodeRune(b, i, end);
    // An invalid byte decodes as RuneError, which is not a space.
    if ((r === RUNE_ERROR && size === 1) || !isSpaceRune(r)) return i;
    i += size;
  }
  return end;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsPrint (letters, marks, numbers, punctuation, symbols and the ASCII space). */
function isPrintRune(r: number): boolean {
  if (r === 0x20) return true;
  if (r < 0x20 || r === 0x7f) return false;
  return PRINTABLE.test(String.fromCodePoint(r));
}

/** strconv.Quote over bytes (what fmt's %q prints for a string or []byte). */
export function goQuote(input: Uint8Array | string): string {
  const b = typeof input === 'string' ? utf8Bytes(input) : input;
  let out = '"';
  const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');
  for (let i = 0; i < b.length; ) {
    const [r, size] = decodeRune(b, i);
    if (r === RUNE_ERROR && size === 1) {
      out += '\\x' + hex(b[i], 2);
      i += 1;
      continue;
    }
    i += size;
    if (r === 0x22 || r === 0x5c) {
      out += '\\' + String.fromCharCode(r);
    } else if (isPrintRune(r)) {
      out += String.fromCodePoint(r);
    } else {
      switch (r) {
        case 0x07: out += '\\a'; break;
        case 0x08: out += '\\b'; break;
        case 0x0c: out += '\\f'; break;
        case 0x0a: out += '\\n'; break;
        case 0x0d: out += '\\r'; break;
        case 0x09: out += '\\t'; break;
        case 0x0b: out += '\\v'; break;
        default:
          if (r < 0x20 || r === 0x7f) out += '\\x' + hex(r, 2);
          else if (r < 0x10000) out += '\\u' + hex(r, 4);
          else out += '\\U' + hex(r, 8);
      }
    }
  }
  return out + '"';
}
