// A line-at-a-time reader for the YAML most configs are written in: block mappings and
// sequences, plain and single-line quoted scalars, literal/folded block scalars and comments,
// in printable ASCII text without tabs or CRs. It builds exactly the tree the full scanner → parser →
// composer chain builds (same nodes, tags, lines, columns, offsets), with far fewer steps per
// line: a cold run spends most of its time in the interpreter, so fewer operations is what counts.
//
// Anything outside that subset, and anything the reference would reject, makes it give up
// (return undefined) so the caller runs the full parser, which alone produces YAML errors.
// Giving up is always safe; building a different tree never is, so every rule below errs
// on the side of giving up.
import { YMap, YNode, YScalar, YSeq } from './types';
import { resolvePlainTag } from './resolve';

const LF = 0x0a, SP = 0x20, COLON = 0x3a, HASH = 0x23, DASH = 0x2d, PIPE = 0x7c, GT = 0x3e, SQUOTE = 0x27, DQUOTE = 0x22;

/** Thrown to abandon the fast read; never escapes parseBlockSubset. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset();

const MAX_DEPTH = 200;
const SPACES = / */y;
/**
 * A mapping key in the subset: a plain scalar of ordinary characters right before ": " or ":"
 * at the end of the line. Keys with other characters (spaces, quotes, ':' inside) are left to
 * the full parser.
 */
const KEY = /[A-Za-z0-9_][A-Za-z0-9_./-]*(?=:(?:[ \n]|$))/y;
/** The rest of a block scalar header after '|' or '>': chomping, blanks, a comment. No indentation digit. */
const BLOCK_HEADER = /([+-]?) *(?:#[^\n]*)?(?=\n|$)/y;
/** What may follow a quoted scalar on its line: blanks and a comment. */
const AFTER_QUOTED = / *(?:#[^\n]*)?(?=\n|$)/y;
/** Characters that cannot start a plain scalar here (some could with a following non-blank; not ours), by code. */
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_START[c.charCodeAt(0)] = 1;
/** The subset is printable ASCII and LF: no tabs, CRs, control or non-ASCII characters. */
const UNSUPPORTED_CHARS = /[^\n\x20-\x7e]/;

class BlockSubsetReader {
  private readonly len: number;
  /** The current content line: its start offset, 0-based number, indentation and end (its LF or the text end). */
  private lineStart = 0;
  private line = 0;
  private indent = 0;
  private lineEnd = 0;
  /** No content line is left. */
  private atEnd = false;
  /** Collections open (reading is recursive; deep nesting is left to the full parser's own stack). */
  private depth = 0;

  constructor(private readonly text: string) {
    this.len = text.length;
  }

  read(): YNode | undefined {
    this.toContentLine(0, 0);
    if (this.atEnd) throw OUTSIDE; // empty or comments only: the full parser handles those
    const root = this.node(this.indent, this.lineStart + this.indent);
    if (!this.atEnd) throw OUTSIDE; // less indented content after the root: an error
    return root;
  }

  /** Moves to the first line at or after `from` that holds more than blanks and a comment. */
  private toContentLine(from: number, line: number): void {
    const text = this.text;
    const len = this.len;
    for (;;) {
      if (from >= len) {
        this.atEnd = true;
        return;
      }
      let eol = text.indexOf('\n', from);
      if (eol < 0) eol = len;
      SPACES.lastIndex = from;
      SPACES.test(text);
      const first = SPACES.lastIndex;
      if (first < eol && text.charCodeAt(first) !== HASH) {
        this.lineStart = from;
        this.line = line;
        this.indent = first - from;
        this.lineEnd = eol;
        return;
      }
      from = eol + 1;
      line++;
    }
  }

  /** A block collection starting at `at` (column `column` of the current line). */
  private node(column: number, at: number): YMap | YSeq {
    if (this.depth >= MAX_DEPTH) throw OUTSIDE;
    if (this.isEntry(at)) return this.sequence(column, false);
    KEY.lastIndex = at;
    if (KEY.test(this.text)) return this.mapping(column, at);
    throw OUTSIDE;
  }

  /** '-' followed by a blank or the line end. */
  private isEntry(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    const next = this.text.charCodeAt(at + 1);
    return next === SP || next === LF || at + 1 >= this.len;
  }

  private mapping(column: number, keyStart: number): YMap {
    const text = this.text;
    const line = this.line;
    const map: YMap = { kind: 'map', entries: [], line: line + 1, col: column + 1, start: keyStart, end: keyStart };
    let value: YNode;
    this.depth++;
    for (;;) {
      KEY.lastIndex = keyStart;
      if (!KEY.test(text)) throw OUTSIDE;
      const keyEnd = KEY.lastIndex;
      // The reference drops a simple key candidate more than 1024 characters back.
      if (keyEnd - keyStart > 1000) throw OUTSIDE;
      const keyText = text.slice(keyStart, keyEnd);
      const key = scalar(keyText, plainTag(keyText), 'plain', this.line, keyStart - this.lineStart, keyStart, keyEnd);
      value = this.value(keyEnd + 1, column, true);
      map.entries.push({ key, value });
      if (this.atEnd || this.indent < column) break;
      if (this.indent > column) throw OUTSIDE;
      keyStart = this.lineStart + column;
    }
    this.depth--;
    if (value.end > map.end) map.end = value.end;
    return map;
  }

  private sequence(column: number, indentless: boolean): YSeq {
    const start = this.lineStart + column;
    const seq: YSeq = { kind: 'seq', items: [], line: this.line + 1, col: column + 1, start, end: start };
    let item: YNode;
    this.depth++;
    for (;;) {
      item = this.value(this.lineStart + column + 1, column, false);
      seq.items.push(item);
      if (this.atEnd || this.indent < column) break;
      if (this.indent > column) throw OUTSIDE;
      if (!this.isEntry(this.lineStart + column)) {
        // A key at the mapping's column ends a sequence written at that same column.
        if (indentless) break;
        throw OUTSIDE;
      }
    }
    this.depth--;
    if (item.end > seq.end) seq.end = item.end;
    return seq;
  }

  /**
   * The node after a key's ':' or an entry's '-' (`after` is just past it), in a collection at
   * `column`. Leaves the reader on the next content line.
   */
  private value(after: number, column: number, inMapping: boolean): YNode {
    const text = this.text;
    SPACES.lastIndex = after;
    SPACES.test(text);
    const at = SPACES.lastIndex;
    const lineEnd = this.lineEnd;
    const c = at < lineEnd ? text.charCodeAt(at) : LF;
    if (c === LF || (c === HASH && at > after)) {
      // Nothing on this line: a nested collection, an indentless sequence, or an empty scalar.
      const line = this.line;
      const lineStart = this.lineStart;
      this.toContentLine(lineEnd + 1, line + 1);
      if (!this.atEnd) {
        if (this.indent > column) return this.node(this.indent, this.lineStart + this.indent);
        if (inMapping && this.indent === column && this.isEntry(this.lineStart + column)) return this.sequence(column, true);
      }
      return scalar('', '!!null', 'plain', line, after - lineStart, after, after);
    }
    if (!inMapping) {
      // "- key: value" opens a mapping inside the entry.
      KEY.lastIndex = at;
      if (KEY.test(text)) return this.mapping(at - this.lineStart, at);
    }
    if (c === PIPE || c === GT) return this.blockScalar(at, column);
    if (c === SQUOTE || c === DQUOTE) return this.quoted(at, c === SQUOTE);
    return this.plain(at);
  }

  /** A plain scalar that ends on its line (a continuation line would be more indented: not ours). */
  private plain(at: number): YScalar {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (NOT_PLAIN_START[c] === 1 && !(c === DASH && at + 1 < this.lineEnd && text.charCodeAt(at + 1) !== SP)) throw OUTSIDE;
    let raw = text.slice(at, this.lineEnd);
    // A blank before '#' starts a comment.
    const comment = raw.indexOf(' #');
    if (comment >= 0) raw = raw.slice(0, comment);
    const value = raw.trimEnd();
    // A ': ' or a final ':' would make it a mapping: not ours.
    if (value.indexOf(': ') >= 0 || value.charCodeAt(value.length - 1) === COLON) throw OUTSIDE;
    const node = scalar(value, plainTag(value), 'plain', this.line, at - this.lineStart, at, at + value.length);
    this.toContentLine(this.lineEnd + 1, this.line + 1);
    return node;
  }

  /** A quoted scalar closed on its own line, without escapes in double quotes. */
  private quoted(at: number, single: boolean): YScalar {
    const text = this.text;
    const lineEnd = this.lineEnd;
    let close = at;
    let value: string;
    if (single) {
      for (;;) {
        close = text.indexOf("'", close + 1);
        if (close < 0 || close >= lineEnd) throw OUTSIDE;
        if (text.charCodeAt(close + 1) !== SQUOTE) break;
        close++; // '' stands for one quote
      }
      value = text.slice(at + 1, close).replaceAll("''", "'");
    } else {
      close = text.indexOf('"', at + 1);
      if (close < 0 || close >= lineEnd) throw OUTSIDE;
      value = text.slice(at + 1, close);
      if (value.includes('\\')) throw OUTSIDE;
    }
    AFTER_QUOTED.lastIndex = close + 1;
    if (!AFTER_QUOTED.test(text)) throw OUTSIDE;
    const node = scalar(value, '!!str', single ? 'single' : 'double', this.line, at - this.lineStart, at, close + 1);
    this.toContentLine(lineEnd + 1, this.line + 1);
    return node;
  }

  /**
   * A literal or folded block scalar with automatic indentation, read as the reference reads it:
   * empty lines are counted as breaks, the first content line (or the deepest leading empty
   * line) fixes the indentation, and a less indented non-empty line ends it.
   */
  private blockScalar(at: number, parentIndent: number): YScalar {
    const text = this.text;
    const len = this.len;
    const literal = text.charCodeAt(at) === PIPE;
    BLOCK_HEADER.lastIndex = at + 1;
    const header = BLOCK_HEADER.exec(text);
    if (header === null) throw OUTSIDE;
    const chomping = header[1] === '+' ? 1 : header[1] === '-' ? -1 : 0;
    const headerLine = this.line;
    let pos = BLOCK_HEADER.lastIndex;
    let line = headerLine;
    if (pos < len) {
      pos++;
      line++;
    }
    let indent = 0;
    let s = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let leadingBlank = false;
    let end = pos;
    // `pos` is at a line start here; `cur`/`column` say where the break scan stopped.
    let cur = pos;
    let column = 0;
    for (let first = true; ; first = false) {
      // Empty lines (only spaces, up to the indentation once known).
      end = pos;
      let maxIndent = 0;
      for (;;) {
        SPACES.lastIndex = pos;
        SPACES.test(text);
        const k = SPACES.lastIndex - pos;
        column = indent !== 0 && k > indent ? indent : k;
        if (column > maxIndent) maxIndent = column;
        cur = pos + column;
        if (cur >= len || text.charCodeAt(cur) !== LF) break;
        trailingBreaks += '\n';
        pos = cur + 1;
        line++;
        end = pos;
      }
      if (first) {
        indent = Math.max(maxIndent, parentIndent + 1, 1);
      }
      if (column !== indent || cur >= len) break;
      // A content line.
      const trailingBlank = text.charCodeAt(cur) === SP;
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak.length > 0) {
        if (trailingBreaks.length === 0) s += ' ';
      } else {
        s += leadingBreak;
      }
      s += trailingBreaks;
      leadingBreak = '';
      trailingBreaks = '';
      leadingBlank = trailingBlank;
      let eol = text.indexOf('\n', cur);
      if (eol < 0) eol = len;
      s += text.slice(cur, eol);
      if (eol < len) {
        leadingBreak = '\n';
        pos = eol + 1;
        line++;
      } else {
        pos = len;
      }
    }
    if (chomping !== -1) s += leadingBreak;
    if (chomping === 1) s += trailingBreaks;
    const node = scalar(s, '!!str', literal ? 'literal' : 'folded', headerLine, at - this.lineStart, at, end);
    // The line that ended the scalar is read again as structure.
    this.toContentLine(pos, line);
    return node;
  }
}

/** The tag the composer gives an untagged plain scalar. */
function plainTag(value: string): string {
  return value === '<<' ? '!!merge' : resolvePlainTag(value);
}

/** A scalar node with the composer's field order (one object shape for every scalar). */
function scalar(value: string, tag: string, style: YScalar['style'], line: number, column: number, start: number, end: number): YScalar {
  return { kind: 'scalar', value, tag, style, line: line + 1, col: column + 1, start, end };
}

/**
 * The root of the single document in `text` when the text is
 * within the subset described above; undefined otherwise (the caller then runs the full parser).
 */
export function parseBlockSubset(text: string): YNode | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return new BlockSubsetReader(text).read();
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}
