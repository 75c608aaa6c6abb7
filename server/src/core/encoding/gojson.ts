// Go encoding/json output (through github.com/clarketm/json, which keeps the stdlib escaping
// rules of its fork point): HTML-safe string escaping and MarshalIndent(v, "", "  ") layout.

const HEX = '0123456789abcdef';

/**
 * Serializes a JSON value as Go's encoding/json does (HTML-safe escaping of <, >, &, U+2028,
 * U+2029; invalid UTF-16 replaced by U+FFFD; keys in object insertion order). `pretty` = two-space
 * MarshalIndent. No trailing newline.
 */
export function marshalGoJson(value: unknown, pretty: boolean): string {
  const out: string[] = [];
  writeValue(out, value, pretty ? '\n' : null);
  return out.join('');
}

/**
 * marshalGoJson for decoded configs, whose numbers are all Go integers (never -0, NaN or ±Infinity;
 * bigints past 2^53 are fine). Most of the text comes from the native JSON.stringify, which lays out
 * and escapes as Go does except for the HTML-unsafe characters (patched afterwards), \b and \f (Go
 * writes \u0008, \u000c) and lone surrogates (Go writes \ufffd); output that may hold one of the
 * latter two, or a bigint, goes through marshalGoJson instead.
 */
export function marshalGoConfigJson(value: unknown, pretty: boolean): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, null, pretty ? 2 : undefined);
  } catch {
    text = undefined; // a bigint
  }
  // A false alarm (an escaped backslash followed by b, f or ud8..) only costs the slower path.
  if (text === undefined || NATIVE_ESCAPE_DIFFERS.test(text)) return marshalGoJson(value, pretty);
  // These characters occur only inside strings: JSON's own syntax has none of them.
  return HTML_UNSAFE.test(text) ? text.replace(HTML_UNSAFE_ALL, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) : text;
}

const NATIVE_ESCAPE_DIFFERS = /\\[bf]|\\ud[89a-f]/;
const HTML_UNSAFE = /[<>&\u2028\u2029]/;
const HTML_UNSAFE_ALL = /[<>&\u2028\u2029]/g;

/**
 * `newline` is null for compact output, otherwise "\n" followed by the indentation of the
 * current depth (two spaces per level).
 */
function writeValue(out: string[], value: unknown, newline: string | null): void {
  if (value === null || value === undefined) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(quoteGoJsonString(value));
      return;
    case 'number':
      out.push(formatGoJsonNumber(value));
      return;
    case 'bigint':
      out.push(value.toString());
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'object':
      break;
    default:
      throw new Error(`marshalGoJson: unsupported value of type ${typeof value}`);
  }
  const inner = newline === null ? null : newline + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      if (inner !== null) out.push(inner);
      writeValue(out, value[i], inner);
    }
    if (newline !== null) out.push(newline);
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  let written = 0;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item === undefined) continue;
    out.push(written === 0 ? '{' : ',');
    if (inner !== null) out.push(inner);
    out.push(quoteGoJsonString(key));
    out.push(inner !== null ? ': ' : ':');
    writeValue(out, item, inner);
    written++;
  }
  if (written === 0) {
    out.push('{}');
    return;
  }
  if (newline !== null) out.push(newline);
  out.push('}');
}

/** Characters quoteGoJsonString changes: controls, " \ < > &, U+2028/9 and surrogates (lone ones are replaced). */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\<>&\u2028\u2029\ud800-\udfff]/;

/** A JSON string literal as Go writes it with HTML escaping on. */
export function quoteGoJsonString(s: string): string {
  // Most strings (keys, paths, base64 data URLs) need no escaping at all.
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let escape: string | null = null;
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x3e && c !== 0x26) continue;
      switch (c) {
        case 0x22: escape = '\\"'; break;
        case 0x5c: escape = '\\\\'; break;
        case 0x0a: escape = '\\n'; break;
        case 0x0d: escape = '\\r'; break;
        case 0x09: escape = '\\t'; break;
        // Everything else here (other controls incl. \b and \f, and < > &) becomes \u00XX.
        default: escape = '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
      }
    } else if (c === 0x2028 || c === 0x2029) {
      escape = '\\u202' + HEX[c & 0xf];
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair passes through unchanged
        continue;
      }
      escape = '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      escape = '\\ufffd';
    } else {
      continue;
    }
    out += s.slice(start, i) + escape;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/**
 * Go's float64 encoder follows the ES6 number-to-string rules (exponent form below 1e-6 and from
 * 1e21 up), which is what JavaScript's String() does; only negative zero differs.
 */
export function formatGoJsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${String(n)}`);
  if (n === 0 && 1 / n < 0) return '-0';
  return String(n);
}
