// The systemd unit-file reader Ignition validates unit contents with (go-systemd's
// unit.Deserialize), reproduced with its observable quirks: the 2048-byte line limit is checked
// against what a 4096-byte bufio.Reader happens to hold, an option name running into end of
// input fails with "EOF", and option values are trimmed the way the library trims them.
import { decodeRune, firstNonSpace, fullRune, isSpaceRune, trimSpaceBytes, goQuote, utf8Bytes, utf8String, RUNE_ERROR } from './text';

export interface UnitOption {
  section: string;
  name: string;
  value: string;
}

export interface UnitParse {
  options: UnitOption[];
  /** The library's error text (without Ignition's "invalid unit content: " prefix). */
  error?: string;
}

const BUFFER_SIZE = 4096;
const LINE_MAX = 2048;

class EndOfInput extends Error {}

/** Go's bufio.Reader (default size) over an in-memory byte source. */
class BufferedBytes {
  /** Absolute offset of buffer index 0 in the source. */
  private base = 0;
  private r = 0;
  private w = 0;
  private eof = false;
  private lastRuneSize = -1;

  constructor(private readonly src: Uint8Array) {}

  private at(i: number): number {
    return this.src[this.base + i];
  }

  buffered(): number {
    return this.w - this.r;
  }

  private fill(): void {
    if (this.r > 0) {
      this.base += this.r;
      this.w -= this.r;
      this.r = 0;
    }
    const available = this.src.length - (this.base + this.w);
    const n = Math.min(BUFFER_SIZE - this.w, available);
    if (n === 0) this.eof = true;
    else this.w += n;
  }

  /** Consumes the pending EOF, as bufio's readErr does. */
  private takeEof(): boolean {
    const e = this.eof;
    this.eof = false;
    return e;
  }

  /** Next rune, or undefined at end of input. */
  readRune(): number | undefined {
    while (this.r + 4 > this.w && !fullRune(this.src, this.base + this.r, this.base + this.w) && !this.eof && this.w - this.r < BUFFER_SIZE) {
      this.fill();
    }
    this.lastRuneSize = -1;
    if (this.r === this.w) {
      this.takeEof();
      return undefined;
    }
    let rune = this.at(this.r);
    let size = 1;
    if (rune >= 0x80) [rune, size] = decodeRune(this.src, this.base + this.r, this.base + this.w);
    this.r += size;
    this.lastRuneSize = size;
    return rune;
  }

  unreadRune(): void {
    if (this.lastRuneSize >= 0 && this.r >= this.lastRuneSize) this.r -= this.lastRuneSize;
    this.lastRuneSize = -1;
  }

  /**
   * Consumes the buffered bytes before the first one that is not ASCII or is `a`, `b` or `c`:
   * what readRune would return one by one (an ASCII byte is a whole rune, and readRune only
   * refills once the buffer runs dry), without the per-rune work.
   */
  skipAsciiUntil(a: number, b: number, c: number): void {
    const src = this.src;
    const start = this.base + this.r;
    const end = this.base + this.w;
    let i = start;
    while (i < end) {
      const x = src[i];
      if (x >= 0x80 || x === a || x === b || x === c) break;
      i++;
    }
    if (i === start) return;
    this.r += i - start;
    this.lastRuneSize = 1;
  }

  /** Absolute offset in the source of the next unread byte. */
  offset(): number {
    return this.base + this.r;
  }

  /**
   * ReadBytes(delim): the bytes up to and including delim, and whether input ended first. The
   * buffer is a window sliding over the source, so what was read is one contiguous source slice.
   */
  readBytes(delim: number): { bytes: Uint8Array; ended: boolean } {
    const start = this.offset();
    const ended = this.readThrough(delim);
    return { bytes: this.src.subarray(start, this.offset()), ended };
  }

  /** ReadBytes(delim) without building the slice (it is the source from the offset before the call to the one after); true when input ended first. */
  readThrough(delim: number): boolean {
    let s = 0;
    for (;;) {
      // Searching the source itself (a hit past the buffered end does not count) spares a view per call.
      const from = this.base + this.r + s;
      const end = this.base + this.w;
      const found = end > from ? this.src.indexOf(delim, from) : -1;
      if (found >= 0 && found < end) {
        this.r = found + 1 - this.base;
        return false;
      }
      if (this.eof) {
        this.r = this.w;
        this.takeEof();
        return true;
      }
      if (this.buffered() >= BUFFER_SIZE) {
        // Buffer full: keep it and go on reading (collectFragments).
        this.r = this.w;
        s = 0;
        continue;
      }
      s = this.w - this.r;
      this.fill();
    }
  }

  /** Peek(n): up to n bytes without consuming them. */
  peek(n: number): Uint8Array {
    while (this.w - this.r < n && this.w - this.r < BUFFER_SIZE && !this.eof) this.fill();
    const avail = Math.min(n, this.w - this.r);
    return this.src.subarray(this.base + this.r, this.base + this.r + avail);
  }
}

const isComment = (r: number): boolean => r === 0x23 || r === 0x3b;
const endsWith = (b: Uint8Array, c: number): boolean => b.length > 0 && b[b.length - 1] === c;

const NEWLINE = Uint8Array.of(0x0a);

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Parses unit file text into its options, or the library's error. With `sectionsOnly` the option
 * names and values are left empty (validation only asks which sections hold options), sparing
 * their trimming and decoding; errors and sections are the same.
 */
export function parseUnitFile(text: string | Uint8Array, sectionsOnly = false): UnitParse {
  if (sectionsOnly && typeof text === 'string' && text.length < LINE_MAX && SHORT_PATH_TEXT.test(text)) {
    const options = sectionsOfPlainUnit(text);
    if (options !== undefined) return { options };
  }
  const src = typeof text === 'string' ? utf8Bytes(text) : text;
  const buf = new BufferedBytes(src);
  const options: UnitOption[] = [];

  // The current line, as source offsets [lineStart, lineEnd), and whether input ended on it.
  let lineStart = 0;
  let lineEnd = 0;
  let lineEof = false;
  const lineEndsWith = (c: number, end = lineEnd): boolean => end > lineStart && src[end - 1] === c;

  /** Reads to end of line (or input). */
  const toEOL = (): void => {
    lineStart = buf.offset();
    lineEof = buf.readThrough(0x0a);
    lineEnd = buf.offset();
    // Same order as the library: a "\r" is only dropped when it is the very last byte.
    if (lineEndsWith(0x0d)) lineEnd--;
    if (lineEndsWith(0x0a)) lineEnd--;
  };
  const lineIsBlank = (): boolean => firstNonSpace(src, lineStart, lineEnd) === lineEnd;

  type Step = (() => Step) | null;

  const ignoreLine = (next: () => Step) => (): Step => {
    for (;;) {
      toEOL();
      const end = lineEndsWith(0x20) ? lineEnd - 1 : lineEnd;
      if (!lineEndsWith(0x5c, end)) break;
    }
    return next;
  };

  const nextSection = (): Step => {
    const r = buf.readRune();
    if (r === undefined) return null;
    if (r === 0x5b) return sectionName;
    if (isComment(r)) return ignoreLine(nextSection);
    return nextSection;
  };

  const sectionName = (): Step => {
    const { bytes, ended } = buf.readBytes(0x5d);
    if (ended) throw new Error('unable to find end of section');
    const section = utf8String(bytes.subarray(0, bytes.length - 1));
    return () => {
      toEOL();
      // The library never records the current section name, so the message shows it empty.
      if (!lineIsBlank()) throw new Error(`found garbage after section name : ${goQuote(trimSpaceBytes(src.subarray(lineStart, lineEnd)))}`);
      return sectionOrOption(section);
    };
  };

  const sectionOrOption = (section: string) => (): Step => {
    const r = buf.readRune();
    if (r === undefined) return null;
    if (isSpaceRune(r)) return sectionOrOption(section);
    if (r === 0x5b) return sectionName;
    if (isComment(r)) return ignoreLine(sectionOrOption(section));
    buf.unreadRune();
    return optionName(section);
  };

  const optionName = (section: string) => (): Step => {
    const start = buf.offset();
    // Only once an invalid byte shows up are the bytes collected one rune at a time (it reads
    // back as U+FFFD's encoding); until then the name is the source slice up to the "=".
    let rebuilt: number[] | undefined;
    for (;;) {
      if (rebuilt === undefined) buf.skipAsciiUntil(0x3d, 0x0a, 0x0d);
      const before = buf.offset();
      const r = buf.readRune();
      if (r === undefined) throw new EndOfInput('EOF');
      if (r === 0x0a || r === 0x0d) throw new Error('unexpected newline encountered while parsing option name');
      if (r === 0x3d) break;
      if (r === RUNE_ERROR && rebuilt === undefined) rebuilt = Array.from(src.subarray(start, before));
      if (rebuilt === undefined) continue;
      if (r === RUNE_ERROR) rebuilt.push(0xef, 0xbf, 0xbd);
      else for (let i = before; i < buf.offset(); i++) rebuilt.push(src[i]);
    }
    if (sectionsOnly) return optionValue(section, '', []);
    const name = rebuilt === undefined ? src.subarray(start, buf.offset() - 1) : Uint8Array.from(rebuilt);
    return optionValue(section, utf8String(trimSpaceBytes(name)), []);
  };

  const optionValue = (section: string, name: string, partial: Uint8Array[]) => (): Step => {
    toEOL();
    if (!lineIsBlank()) {
      // Only the full parse keeps the value's bytes.
      if (!sectionsOnly) partial.push(src.subarray(lineStart, lineEnd));
      if (lineEndsWith(0x5c)) {
        if (!lineEof && !sectionsOnly) partial.push(NEWLINE);
        return optionValue(section, name, partial);
      }
    }
    if (sectionsOnly) {
      options.push({ section, name, value: '' });
      return sectionOrOption(section);
    }
    const raw = concatBytes(partial);
    let value = utf8String(trimSpaceBytes(raw));
    if (endsWith(raw, 0x0a)) value += '\n';
    options.push({ section, name, value });
    return sectionOrOption(section);
  };

  try {
    let step: Step = nextSection;
    while (step) {
      if (buf.buffered() >= LINE_MAX) {
        const window = buf.peek(LINE_MAX);
        if (!window.includes(0x0a) && !window.includes(0x0d)) return { options, error: `line too long (max ${LINE_MAX} bytes)` };
      }
      step = step();
    }
  } catch (e) {
    return { options, error: (e as Error).message };
  }
  return { options };
}

// The short path: validation only asks for the sections of each option, and nearly every unit is
// a short ASCII text without carriage returns. There a rune is a byte and a UTF-16 unit, the
// line-length check cannot fire (the reader never holds LINE_MAX bytes), and whole lines can be
// found with native searches instead of the reader's rune-at-a-time steps.
const SHORT_PATH_TEXT = /^[\x00-\x0c\x0e-\x7f]*$/;

/** unicode.IsSpace for an ASCII code. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** Where the line starting at `pos` ends (its "\n", or the end of `s`). */
function lineEndAt(s: string, pos: number): number {
  const nl = s.indexOf('\n', pos);
  return nl < 0 ? s.length : nl;
}

/** Past the comment line starting at `pos` and the lines it continues with a trailing backslash (or backslash and space). */
function skipCommentLines(s: string, pos: number): number {
  for (;;) {
    const end = lineEndAt(s, pos);
    const start = pos;
    pos = end + 1;
    const last = end > start && s.charCodeAt(end - 1) === 0x20 ? end - 1 : end;
    if (!(last > start && s.charCodeAt(last - 1) === 0x5c)) return pos;
  }
}

/**
 * parseUnitFile(s, true) for a text SHORT_PATH_TEXT accepts that is shorter than LINE_MAX:
 * the options (sections only), or undefined where the reader would fail (the full reader then
 * produces the exact error).
 */
function sectionsOfPlainUnit(s: string): UnitOption[] | undefined {
  const n = s.length;
  const options: UnitOption[] = [];
  let pos = 0;
  // Up to the first section: anything but a comment is skipped a character at a time.
  for (;;) {
    if (pos >= n) return options;
    const c = s.charCodeAt(pos++);
    if (c === 0x5b) break;
    if (c === 0x23 || c === 0x3b) pos = skipCommentLines(s, pos);
  }
  // pos is just past a "[".
  for (;;) {
    const close = s.indexOf(']', pos);
    if (close < 0) return undefined;
    const section = s.slice(pos, close);
    const end = lineEndAt(s, close + 1);
    if (!isBlank(s, close + 1, end)) return undefined;
    pos = end + 1;
    let nextSection = false;
    while (!nextSection) {
      if (pos >= n) return options;
      const c = s.charCodeAt(pos);
      if (isSpaceCode(c)) pos++;
      else if (c === 0x5b) {
        pos++;
        nextSection = true;
      } else if (c === 0x23 || c === 0x3b) pos = skipCommentLines(s, pos + 1);
      else {
        // An option name runs to "="; a line break or the end of input first is an error.
        const eq = s.indexOf('=', pos);
        if (eq < 0 || lineEndAt(s, pos) < eq) return undefined;
        pos = eq + 1;
        // The value's lines: one more for each that is not blank and ends in a backslash.
        for (;;) {
          const start = pos;
          const lineEnd = lineEndAt(s, pos);
          pos = lineEnd + 1;
          if (isBlank(s, start, lineEnd) || s.charCodeAt(lineEnd - 1) !== 0x5c) break;
        }
        options.push({ section, name: '', value: '' });
      }
    }
  }
}
