// Decoding check for data: URLs as github.com/vincent-petithory/dataurl performs it (Ignition's
// validateURL for the "data" scheme). Only the first error text matters: it becomes the report
// message verbatim.

const TSPECIALS = '()<>@,;:\\"/[]?=';

/** A 128-entry table of the ASCII characters `accept` admits (runes above 0x7f are looked up as "no"). */
function asciiTable(accept: (c: number) => boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = accept(c) ? 1 : 0;
  return table;
}

// Token: ASCII, not a control character, not white space, not a tspecial.
const TOKEN = asciiTable((c) => c > 0x20 && c !== 0x7f && !TSPECIALS.includes(String.fromCharCode(c)));
const URL_CHAR = asciiTable((c) => c > 0x1f && c !== 0x7f && !' <>#"{}|\\^[]`'.includes(String.fromCharCode(c)));
const BASE64_CHAR = asciiTable((c) => /^[a-zA-Z0-9+/=\n]$/.test(String.fromCharCode(c)));

const isTokenRune = (r: number): boolean => r < 0x80 && TOKEN[r] === 1;
const EOF = -1;

type ItemKind = 'error' | 'eof' | 'prefix' | 'mediaType' | 'mediaSep' | 'subType' | 'semicolon' | 'attr' | 'equal' | 'lquote' | 'rquote' | 'val' | 'base64' | 'comma' | 'data';
interface Item {
  t: ItemKind;
  val: string;
}

/** Runs the lexer to completion (or its first error) and returns the items in order. */
function lex(input: string): Item[] {
  const items: Item[] = [];
  let start = 0;
  let pos = 0;
  let width = 0;
  let seenBase64 = false;
  const emit = (t: ItemKind): void => {
    items.push({ t, val: input.slice(start, pos) });
    start = pos;
  };
  const next = (): number => {
    if (pos >= input.length) {
      width = 0;
      return EOF;
    }
    const r = input.codePointAt(pos)!;
    width = r > 0xffff ? 2 : 1;
    pos += width;
    return r;
  };
  const backup = (): void => {
    pos -= width;
  };
  const fail = (message: string): null => {
    items.push({ t: 'error', val: message });
    return null;
  };
  type State = (() => State) | null;

  const afterDataPrefix = (): State => {
    const r = next();
    if (r === 0x3b) return (backup(), paramSemicolon);
    if (r === 0x2c) return (backup(), dataComma);
    if (r === EOF) return fail('missing comma before data');
    if (r === 0x78 || r === 0x58) return next() === 0x2d ? xTokenMediaType : inDiscreteMediaType;
    if (isTokenRune(r)) return inDiscreteMediaType;
    return fail('invalid character after data prefix');
  };
  const xTokenMediaType = (): State => {
    for (;;) {
      const r = next();
      if (r === 0x2f) return (backup(), mediaType);
      if (r === EOF) return fail('missing media type slash');
      if (!isTokenRune(r)) return fail('invalid character for media type');
    }
  };
  const inDiscreteMediaType = (): State => {
    for (;;) {
      const r = next();
      if (r === 0x2f) {
        backup();
        const t = input.slice(start, pos);
        const discrete = ['text', 'image', 'audio', 'video', 'application'].some((p) => t.startsWith(p));
        const composite = ['message', 'multipart'].some((p) => t.startsWith(p));
        if (!discrete && !composite) return fail('invalid media type');
        return mediaType;
      }
      if (r === EOF) return fail('missing media type slash');
      if (!isTokenRune(r)) return fail('invalid character for media type');
    }
  };
  const mediaType = (): State => {
    if (pos > start) emit('mediaType');
    next();
    emit('mediaSep');
    return afterMediaSep;
  };
  const afterMediaSep = (): State => {
    for (;;) {
      const r = next();
      if (r === 0x3b || r === 0x2c) {
        backup();
        if (pos > start) emit('subType');
        return afterMediaSubType;
      }
      if (r === EOF) return fail('incomplete media type');
      if (!isTokenRune(r)) return fail('invalid character for media subtype');
    }
  };
  const afterMediaSubType = (): State => {
    const r = next();
    if (r === 0x3b) return (backup(), paramSemicolon);
    if (r === 0x2c) return (backup(), dataComma);
    if (r === EOF) return fail('missing comma before data');
    return fail('expected semicolon or comma');
  };
  const paramSemicolon = (): State => {
    next();
    emit('semicolon');
    const r = next();
    if (r === EOF || r === 0x3d || r === 0x2c) return fail('unterminated parameter sequence');
    if (isTokenRune(r)) return (backup(), inParamAttr);
    return fail('invalid character for parameter attribute');
  };
  const inParamAttr = (): State => {
    for (;;) {
      const r = next();
      if (r === 0x3d) {
        backup();
        if (pos > start) emit('attr');
        next();
        emit('equal');
        return afterParamEqual;
      }
      if (r === 0x2c) {
        backup();
        if (pos > start) {
          const v = input.slice(start, pos);
          if (v !== 'base64') return fail(`expected base64, got ${v}`);
          seenBase64 = true;
          emit('base64');
        }
        return dataComma;
      }
      if (r === EOF) return fail('unterminated parameter sequence');
      if (!isTokenRune(r)) return fail('invalid character for parameter attribute');
    }
  };
  const afterParamEqual = (): State => {
    const r = next();
    if (r === 0x22) {
      emit('lquote');
      return inQuotedParamVal;
    }
    if (r === EOF) return fail('missing comma before data');
    if (isTokenRune(r)) return inParamVal;
    return fail('invalid character for parameter value');
  };
  const inQuotedParamVal = (): State => {
    for (;;) {
      const r = next();
      if (r === EOF) return fail('unclosed quoted string');
      if (r === 0x5c) {
        // EOF counts as ASCII here (it is -1), so a trailing backslash ends as an unclosed string.
        if (next() > 0x7f) return fail('invalid escaped character');
        continue;
      }
      if (r === 0x22) {
        backup();
        if (pos > start) emit('val');
        next();
        emit('rquote');
        return afterParamVal;
      }
      if (r > 0x7f) return fail('invalid character for parameter value');
    }
  };
  const inParamVal = (): State => {
    for (;;) {
      const r = next();
      if (r === 0x3b || r === 0x2c) {
        backup();
        if (pos > start) emit('val');
        return afterParamVal;
      }
      if (r === EOF) return fail('missing comma before data');
      if (!isTokenRune(r)) return fail('invalid character for parameter value');
    }
  };
  const afterParamVal = (): State => {
    const r = next();
    if (r === 0x3b) return (backup(), paramSemicolon);
    if (r === 0x2c) return (backup(), dataComma);
    if (r === EOF) return fail('missing comma before data');
    return fail('expected semicolon or comma');
  };
  const dataComma = (): State => {
    next();
    emit('comma');
    // The data runs to the end: scan UTF-16 units directly. Every accepted character is ASCII,
    // so any unit >= 0x80 (a surrogate half included) is a rejected rune either way.
    const table = seenBase64 ? BASE64_CHAR : URL_CHAR;
    for (; pos < input.length; pos++) {
      const c = input.charCodeAt(pos);
      if (c >= 0x80 || table[c] !== 1) return fail('invalid data character');
    }
    if (pos > start) emit('data');
    emit('eof');
    return null;
  };

  if (!input.startsWith('data:')) {
    fail('missing data prefix');
    return items;
  }
  pos += 5;
  emit('prefix');
  let state: State = afterDataPrefix;
  while (state) state = state();
  return items;
}

/** base64.StdEncoding.DecodeString's error, or undefined when the text decodes. */
export function goBase64Error(src: string): string | undefined {
  const corrupt = (at: number): string => `illegal base64 data at input byte ${at}`;
  const isNl = (c: number): boolean => c === 0x0a || c === 0x0d;
  const PAD = 0x3d;
  let si = 0;
  while (si < src.length) {
    // One quantum of up to four symbols.
    for (let j = 0; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return undefined;
        return corrupt(si - j);
      }
      const c = src.charCodeAt(si++);
      if (c < 0x80 && STD_ALPHABET[c] === 1) continue;
      if (isNl(c)) {
        j--;
        continue;
      }
      if (c !== PAD) return corrupt(si - 1);
      if (j === 0 || j === 1) return corrupt(si - 1);
      if (j === 2) {
        while (si < src.length && isNl(src.charCodeAt(si))) si++;
        if (si === src.length) return corrupt(src.length);
        if (src.charCodeAt(si) !== PAD) return corrupt(si - 1);
        si++;
      }
      while (si < src.length && isNl(src.charCodeAt(si))) si++;
      if (si < src.length) return corrupt(si);
      return undefined;
    }
  }
  return undefined;
}

const STD_ALPHABET = asciiTable((c) => /^[A-Za-z0-9+/]$/.test(String.fromCharCode(c)));
const HEX_DIGIT = asciiTable((c) => /^[0-9a-fA-F]$/.test(String.fromCharCode(c)));

/** strconv.Unquote of a double-quoted Go string literal body; false on ErrSyntax. */
function unquoteOk(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\n' || c === '"') return false;
    if (c !== '\\') continue;
    const e = body[++i];
    if (e === undefined) return false;
    if ('abfnrtv\\"'.includes(e)) continue;
    const hexRun = (n: number): boolean => /^[0-9a-fA-F]+$/.test(body.slice(i + 1, i + 1 + n)) && body.slice(i + 1, i + 1 + n).length === n;
    if (e === 'x') {
      if (!hexRun(2)) return false;
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      if (!hexRun(n)) return false;
      const v = parseInt(body.slice(i + 1, i + 1 + n), 16);
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return false;
      i += n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return false;
      i += 2;
    } else return false;
  }
  return true;
}

/** The rfc2396 Unescape error for URL-escaped data or parameter values. */
function unescapeError(s: string): string | undefined {
  // Read as UTF-16 units rather than UTF-8 bytes: up to the first non-ASCII character the two
  // agree, and any non-ASCII unit, like any non-ASCII byte, is neither ASCII nor a hex digit.
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return 'rfc2396: non-ASCII char detected';
    i++;
    if (c !== 0x25) continue;
    for (let k = 0; k < 2; k++) {
      if (i >= s.length) return 'rfc2396: unexpected end of unescape sequence';
      const h = s.charCodeAt(i++);
      if (!(h < 0x80 && HEX_DIGIT[h] === 1)) return 'rfc2396: invalid char 0x25 in unescape sequence';
    }
  }
  return undefined;
}

/** The error dataurl.DecodeString returns for `s`, or undefined when it decodes. */
export function dataUrlError(s: string): string | undefined {
  let quoted = false;
  let base64 = false;
  for (const item of lex(s)) {
    switch (item.t) {
      case 'error':
        return item.val;
      case 'lquote':
        quoted = true;
        break;
      case 'val':
        if (quoted) {
          quoted = false;
          if (!unquoteOk(item.val)) return 'invalid syntax';
        } else {
          const err = unescapeError(item.val);
          if (err) return err;
        }
        break;
      case 'base64':
        base64 = true;
        break;
      case 'data': {
        const err = base64 ? goBase64Error(item.val) : unescapeError(item.val);
        if (err) return err;
        break;
      }
      case 'eof':
        return undefined;
    }
  }
  return undefined;
}
