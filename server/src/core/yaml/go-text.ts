// Small helpers that spell strings the way Go's fmt does in yaml.v3's messages.

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Go's `s[:keep] + "..."` when `len(s) > max`, where lengths count UTF-8 bytes. A cut through
 * a multi-byte character cannot be represented in a JS string; each stray byte becomes U+FFFD,
 * as Go itself renders invalid bytes.
 */
export function goStringPrefix(s: string, max: number, keep: number): string {
  const bytes = encoder.encode(s);
  if (bytes.length <= max) return s;
  // Back up to the start of the character the cut falls into.
  let whole = keep;
  while (whole > 0 && (bytes[whole] & 0xc0) === 0x80) whole--;
  return decoder.decode(bytes.subarray(0, whole)) + '\ufffd'.repeat(keep - whole) + '...';
}

/** Whether Go's strconv.IsPrint holds: letters, marks, numbers, punctuation, symbols, ASCII space. */
function isGoPrintable(cp: number, ch: string): boolean {
  if (cp === 0x20) return true;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch);
}

/** `%#v` of a Go string: a double-quoted Go literal (strconv.Quote). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case '\\': out += '\\\\'; continue;
      case '\x07': out += '\\a'; continue;
      case '\b': out += '\\b'; continue;
      case '\f': out += '\\f'; continue;
      case '\n': out += '\\n'; continue;
      case '\r': out += '\\r'; continue;
      case '\t': out += '\\t'; continue;
      case '\v': out += '\\v'; continue;
    }
    if (cp < 0x80 ? cp >= 0x20 && cp < 0x7f : isGoPrintable(cp, ch)) out += ch;
    else if (cp < 0x80) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}
