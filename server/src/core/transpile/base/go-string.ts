// Go converts file bytes to a string without validation; invalid UTF-8 survives until the JSON
// encoder writes each bad byte as \ufffd. Bad bytes are kept here as lone low surrogates
// (U+DC00 + byte), which the Go-compatible JSON encoder writes the same way.

/** Decodes UTF-8 like Go's utf8.DecodeRune, keeping each invalid byte as a lone surrogate. */
export function goStringFromBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const n = bytes.length;
  const cont = (k: number) => k < n && (bytes[k] & 0xc0) === 0x80;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let cp = -1;
    let size = 1;
    if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) {
      cp = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      size = 2;
    } else if (b >= 0xe0 && b <= 0xef && cont(i + 1) && cont(i + 2)) {
      const v = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      // overlong forms and UTF-16 surrogates are invalid in Go
      if (v >= 0x800 && (v < 0xd800 || v > 0xdfff)) {
        cp = v;
        size = 3;
      }
    } else if (b >= 0xf0 && b <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      const v = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      if (v >= 0x10000 && v <= 0x10ffff) {
        cp = v;
        size = 4;
      }
    }
    if (cp < 0) {
      out += String.fromCharCode(0xdc00 | b);
      i++;
    } else {
      out += String.fromCodePoint(cp);
      i += size;
    }
  }
  return out;
}
