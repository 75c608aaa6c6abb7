// The syntax check Go's encoding/json runs before decoding, with its error texts
// ("invalid character 't' after top-level value", "unexpected end of JSON input").

class JsonSyntaxError extends Error {}

// Go's scanner reads bytes, and its error names the one offending byte as strconv.Quote shows the
// rune of that byte's value: a non-ASCII character thus appears as the Latin-1 letter of its
// first UTF-8 byte ('é' -> 'Ã'), control bytes as \xHH, and Latin-1 non-printables as \u00HH.
const GO_SHORT_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };

function firstUtf8Byte(codePoint: number): number {
  if (codePoint < 0x80) return codePoint;
  if (codePoint < 0x800) return 0xc0 | (codePoint >> 6);
  // A lone surrogate could only have come from invalid UTF-8, which Go had replaced by U+FFFD.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 0xef;
  if (codePoint < 0x10000) return 0xe0 | (codePoint >> 12);
  return 0xf0 | (codePoint >> 18);
}

function quoteByte(b: number): string {
  if (b === 0x27) return `'\\''`;
  if (b === 0x22) return `'"'`;
  if (b === 0x5c) return `'\\\\'`;
  const hex = (width: number) => b.toString(16).padStart(width, '0');
  if (GO_SHORT_ESCAPES[b] !== undefined) return `'${GO_SHORT_ESCAPES[b]}'`;
  if (b < 0x20 || b === 0x7f) return `'\\x${hex(2)}'`;
  // strconv.IsPrint rejects U+0080..U+00A0 and the soft hyphen U+00AD.
  if ((b >= 0x80 && b <= 0xa0) || b === 0xad) return `'\\u${hex(4)}'`;
  return `'${String.fromCharCode(b)}'`;
}

function quoteChar(c: string, codePoint = c.codePointAt(0) ?? 0): string {
  return quoteByte(firstUtf8Byte(codePoint));
}

/** Returns Go's error text for the first syntax error in `text`, or undefined when it is valid JSON. */
export function goJsonSyntaxError(text: string): string | undefined {
  let i = 0;
  const n = text.length;
  const invalid = (context: string): never => {
    throw new JsonSyntaxError(`invalid character ${quoteChar(text[i], text.codePointAt(i))} ${context}`);
  };
  const eof = (): never => {
    throw new JsonSyntaxError('unexpected end of JSON input');
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++;
  };
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (i >= n) eof();
      if (text[i] !== word[k]) invalid(`in literal ${word} (expecting ${quoteChar(word[k])})`);
      i++;
    }
  };

  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) eof();
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        if (i >= n) eof();
        const e = text[i];
        if ('"\\/bfnrt'.includes(e)) {
          i++;
        } else if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (i >= n) eof();
            if (!/[0-9a-fA-F]/.test(text[i])) invalid('in \\u hexadecimal character escape');
            i++;
          }
        } else {
          invalid('in string escape code');
        }
        continue;
      }
      if (c < ' ') invalid('in string literal');
      i++;
    }
  };

  const number = () => {
    if (text[i] === '-') {
      i++;
      if (i >= n) eof();
      if (!isDigit(text[i])) invalid('in numeric literal');
    }
    if (text[i] === '0') i++;
    else while (isDigit(text[i])) i++;
    if (text[i] === '.') {
      i++;
      if (i >= n) eof();
      if (!isDigit(text[i])) invalid('after decimal point in numeric literal');
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (i >= n) eof();
      if (!isDigit(text[i])) invalid('in exponent of numeric literal');
      while (isDigit(text[i])) i++;
    }
  };

  const value = (): void => {
    ws();
    if (i >= n) eof();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (i >= n) eof();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (i >= n) eof();
        if (text[i] !== '"') invalid('looking for beginning of object key string');
        string();
        ws();
        if (i >= n) eof();
        if (text[i] !== ':') invalid('after object key');
        i++;
        value();
        ws();
        if (i >= n) eof();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        invalid('after object key:value pair');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (i >= n) eof();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (i >= n) eof();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        invalid('after array element');
      }
    }
    if (c === '"') return string();
    if (c === '-' || isDigit(c)) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    invalid('looking for beginning of value');
  };

  try {
    value();
    ws();
    if (i < n) invalid('after top-level value');
    return undefined;
  } catch (err) {
    if (err instanceof JsonSyntaxError) return err.message;
    throw err;
  }
}
