// A YAML tokenizer that behaves like the libyaml port inside gopkg.in/yaml.v3: same tokens,
// same lookahead (which decides *which* error a broken file reports), same error texts and
// marks. Written against the observable behaviour; the structure is our own.
import { DecodedInput } from './reader';

export interface Mark {
  /** Code-point index (a CRLF pair counts as two, as in the reference). */
  index: number;
  /** 0-based line and column (column in characters). */
  line: number;
  column: number;
}

export type TokenType =
  | 'STREAM_START' | 'STREAM_END' | 'VERSION_DIRECTIVE' | 'TAG_DIRECTIVE' | 'DOCUMENT_START' | 'DOCUMENT_END'
  | 'BLOCK_SEQUENCE_START' | 'BLOCK_MAPPING_START' | 'BLOCK_END' | 'FLOW_SEQUENCE_START' | 'FLOW_SEQUENCE_END'
  | 'FLOW_MAPPING_START' | 'FLOW_MAPPING_END' | 'BLOCK_ENTRY' | 'FLOW_ENTRY' | 'KEY' | 'VALUE' | 'ALIAS'
  | 'ANCHOR' | 'TAG' | 'SCALAR';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface Token {
  type: TokenType;
  start: Mark;
  end: Mark;
  /** Scalar text, anchor/alias name, tag handle, %TAG handle. */
  value?: string;
  /** Tag suffix or %TAG prefix. */
  suffix?: string;
  style?: ScalarStyle;
  major?: number;
  minor?: number;
}

/** A failure as the reference records it; `describeError` turns it into the printed text. */
export class YamlFailure extends Error {
  constructor(
    readonly kind: 'reader' | 'scanner' | 'parser' | 'plain',
    readonly problem: string,
    readonly contextMark?: Mark,
    readonly problemMark?: Mark,
    /** What the reference was doing, e.g. "while scanning a simple key" (not printed by yaml.v3). */
    readonly context?: string,
    /** End of the offending text, when known (editor ranges). */
    readonly problemEnd?: Mark,
  ) {
    super(problem);
  }
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const MAX_FLOW_LEVEL = 10000;
const MAX_INDENTS = 10000;

const SP = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d, NEL = 0x85, LS = 0x2028, PS = 0x2029, BOM = 0xfeff;

function isBreak(c: number): boolean {
  return c === LF || c === CR || c === NEL || c === LS || c === PS;
}
function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}
function isBreakZ(c: number): boolean {
  return c === 0 || isBreak(c);
}
function isBlankZ(c: number): boolean {
  return c === 0 || isBlank(c) || isBreak(c);
}
function isAlpha(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function hexValue(c: number): number {
  return c <= 0x39 ? c - 0x30 : c <= 0x46 ? c - 0x41 + 10 : c - 0x61 + 10;
}
const ch = (s: string) => s.charCodeAt(0);

// Characters that keep a plain scalar from starting (unless followed by a non-space, for '-', '?', ':').
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map(ch));
const URI_CHARS = new Set(";/?:@&=+$,.!~*'()[]%".split('').map(ch));
const ANCHOR_END = new Set('?:,]}%@`'.split('').map(ch));

export class Scanner {
  private readonly chars: Uint32Array | Uint8Array;
  private readonly offsets: Uint32Array | null;
  private readonly text: string;
  /**
   * ASCII input (offsets === null): a character index is a text offset, so runs of ordinary
   * characters are found with sticky regular expressions on the text instead of a loop per
   * character. The reader can then never fail and the text holds no BOM, so the buffer-window
   * bookkeeping in need() has no observable effect there and the fast paths leave it out.
   */
  private readonly ascii: boolean;
  private readonly available: number;
  private readonly chunkEnds: number[];
  /** How far the reference has decoded its input, and the next chunk it would read. */
  private decodedEnd = 0;
  private nextChunk = 0;
  /** Index of the character at the start of the reference's buffer window. */
  private bufferStart = 0;
  private readonly readerError?: string;
  private pos = 0;
  private line = 0;
  private column = 0;
  /** Consecutive line breaks since the last non-blank character (for line comments). */
  private newlines = 0;

  private tokens: Token[] = [];
  private head = 0;
  private tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  streamEndProduced = false;

  private flowLevel = 0;
  private indent = -1;
  private indents: number[] = [];
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysByTok = new Map<number, number>();
  private simpleKeyAllowed = false;

  constructor(input: DecodedInput) {
    this.chars = input.chars;
    this.offsets = input.offsets;
    this.ascii = input.offsets === null;
    this.text = input.text;
    this.available = input.available;
    this.chunkEnds = input.chunkEnds;
    this.readerError = input.error;
  }

  // ---- character access -------------------------------------------------------------

  /**
   * The reference asks its reader for `n` characters ahead. When they are not decoded yet it
   * moves its buffer window to the current position and decodes further chunks; an encoding
   * error in such a chunk fires here.
   */
  private need(n: number): void {
    if (this.pos + n <= this.decodedEnd) return;
    this.bufferStart = this.pos;
    while (this.pos + n > this.decodedEnd) {
      if (this.nextChunk < this.chunkEnds.length) {
        this.decodedEnd = this.chunkEnds[this.nextChunk++];
      } else if (this.readerError !== undefined) {
        throw new YamlFailure('reader', this.readerError);
      } else {
        this.decodedEnd++; // one end-of-input NUL per request at EOF
        break;
      }
    }
  }

  /**
   * yaml.v3 tests for a byte-order mark at the start of its buffer window, not at the current
   * position (an upstream slip). So a BOM at a line start is usually not skipped, and when the
   * window does start with a BOM, whatever character starts a line is skipped instead.
   */
  private bomAtBufferStart(): boolean {
    return this.bufferStart < this.chars.length && this.chars[this.bufferStart] === BOM;
  }
  private c(k = 0): number {
    const i = this.pos + k;
    return i < this.chars.length ? this.chars[i] : 0;
  }
  private mark(): Mark {
    return { index: this.pos, line: this.line, column: this.column };
  }
  private skip(): void {
    if (!isBlank(this.c())) this.newlines = 0;
    this.pos++;
    this.column++;
  }
  private skipLine(): void {
    const c = this.c();
    if (c === CR && this.c(1) === LF) {
      this.pos += 2;
    } else if (isBreak(c)) {
      this.pos++;
    } else return;
    this.column = 0;
    this.line++;
    this.newlines++;
  }
  /** Consumes one character and returns it as text. */
  private read(): string {
    const c = this.c();
    if (!isBlank(c)) this.newlines = 0;
    this.pos++;
    this.column++;
    return String.fromCodePoint(c);
  }
  /** Consumes a line break; CR, LF, CRLF and NEL become "\n", LS/PS are kept. */
  private readLine(): string {
    const c = this.c();
    let out: string;
    if (c === CR && this.c(1) === LF) {
      this.pos += 2;
      out = '\n';
    } else if (c === CR || c === LF || c === NEL) {
      this.pos++;
      out = '\n';
    } else if (c === LS || c === PS) {
      this.pos++;
      out = String.fromCodePoint(c);
    } else return '';
    this.column = 0;
    this.line++;
    this.newlines++;
    return out;
  }

  private scannerError(context: string, contextMark: Mark, problem: string): never {
    throw new YamlFailure('scanner', problem, contextMark, this.mark(), context || undefined);
  }

  // ---- token queue -------------------------------------------------------------------

  /** The next token without consuming it. */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.head];
  }

  /** Consumes the token returned by peek(). */
  skipToken(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = this.tokens[this.head].type === 'STREAM_END';
    this.head++;
    if (this.head > 64 && this.head * 2 > this.tokens.length) {
      this.tokens = this.tokens.slice(this.head);
      this.head = 0;
    }
  }

  private insertToken(at: number, token: Token): void {
    if (at < 0) this.tokens.push(token);
    else this.tokens.splice(this.head + at, 0, token);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      // yaml.v3 keeps at least three tokens queued (for comment handling), and more while the
      // head token might still turn out to be a simple key.
      if (this.head < this.tokens.length - 2) {
        const idx = this.simpleKeysByTok.get(this.tokensParsed);
        if (idx === undefined) break;
        if (!this.simpleKeyIsValid(this.simpleKeys[idx])) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    this.need(1);
    if (!this.streamStartProduced) {
      this.fetchStreamStart();
      return;
    }
    // Where the scan for this token began (BLOCK-END tokens are placed there).
    const scanIndex = this.pos;
    const scanLine = this.line;
    const scanColumn = this.column;
    this.scanToNextToken();
    if (this.flowLevel === 0 && this.indent > this.column) this.unrollIndent(this.column, { index: scanIndex, line: scanLine, column: scanColumn });
    this.need(4);
    const c = this.c();
    if (c === 0) {
      this.fetchStreamEnd();
      return;
    }
    if (this.column === 0 && c === 0x25 /* % */) {
      this.fetchDirective();
      return;
    }
    if (this.column === 0 && isBlankZ(this.c(3))) {
      if (c === 0x2d && this.c(1) === 0x2d && this.c(2) === 0x2d) {
        this.fetchDocumentIndicator('DOCUMENT_START');
        return;
      }
      if (c === 0x2e && this.c(1) === 0x2e && this.c(2) === 0x2e) {
        this.fetchDocumentIndicator('DOCUMENT_END');
        return;
      }
    }
    this.fetchContentToken(c);
    // A trailing "# comment" on the same line is consumed right after the token.
    const last = this.tokens[this.tokens.length - 1];
    if (!(this.tokens.length > 0 && last.type === 'BLOCK_ENTRY')) this.scanLineComment();
  }

  private fetchContentToken(c: number): void {
    const next = this.c(1);
    switch (c) {
      case 0x5b: return this.fetchFlowCollectionStart('FLOW_SEQUENCE_START');
      case 0x7b: return this.fetchFlowCollectionStart('FLOW_MAPPING_START');
      case 0x5d: return this.fetchFlowCollectionEnd('FLOW_SEQUENCE_END');
      case 0x7d: return this.fetchFlowCollectionEnd('FLOW_MAPPING_END');
      case 0x2c: return this.fetchFlowEntry();
    }
    if (c === 0x2d && isBlankZ(next)) return this.fetchBlockEntry();
    if (c === 0x3f && (this.flowLevel > 0 || isBlankZ(next))) return this.fetchKey();
    if (c === 0x3a && (this.flowLevel > 0 || isBlankZ(next))) return this.fetchValue();
    if (c === 0x2a) return this.fetchAnchor('ALIAS');
    if (c === 0x26) return this.fetchAnchor('ANCHOR');
    if (c === 0x21) return this.fetchTag();
    if (c === 0x7c && this.flowLevel === 0) return this.fetchBlockScalar(true);
    if (c === 0x3e && this.flowLevel === 0) return this.fetchBlockScalar(false);
    if (c === 0x27) return this.fetchFlowScalar(true);
    if (c === 0x22) return this.fetchFlowScalar(false);
    if (
      !(isBlankZ(c) || INDICATORS.has(c)) ||
      (c === 0x2d && !isBlank(next)) ||
      (this.flowLevel === 0 && (c === 0x3f || c === 0x3a) && !isBlankZ(next))
    ) {
      return this.fetchPlainScalar();
    }
    this.scannerError('while scanning for the next token', this.mark(), 'found character that cannot start any token');
  }

  // ---- simple keys and indentation ----------------------------------------------------

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.mark.line < this.line || key.mark.index + 1024 < this.pos) {
      if (key.required) this.scannerError('while scanning a simple key', key.mark, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.column;
    if (this.simpleKeyAllowed) {
      const key: SimpleKey = {
        possible: true,
        required,
        tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
        mark: this.mark(),
      };
      this.removeSimpleKey();
      this.simpleKeys[this.simpleKeys.length - 1] = key;
      this.simpleKeysByTok.set(key.tokenNumber, this.simpleKeys.length - 1);
    }
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (key.possible) {
      if (key.required) this.scannerError('while scanning a simple key', key.mark, "could not find expected ':'");
      key.possible = false;
      this.simpleKeysByTok.delete(key.tokenNumber);
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
      mark: this.mark(),
    });
    this.flowLevel++;
    if (this.flowLevel > MAX_FLOW_LEVEL) {
      this.scannerError('while increasing flow level', this.simpleKeys[this.simpleKeys.length - 1].mark, `exceeded max depth of ${MAX_FLOW_LEVEL}`);
    }
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const key = this.simpleKeys.pop()!;
      this.simpleKeysByTok.delete(key.tokenNumber);
    }
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      if (this.indents.length > MAX_INDENTS) {
        this.scannerError('while increasing indent level', this.simpleKeys[this.simpleKeys.length - 1].mark, `exceeded max depth of ${MAX_INDENTS}`);
      }
      const token: Token = makeToken(type, mark, mark);
      this.insertToken(number > -1 ? number - this.tokensParsed : -1, token);
    }
  }

  /**
   * Closes block collections deeper than `column`. The BLOCK-END tokens sit where the scan for
   * the next token began (an empty value before a dedent is placed there). The reference moves
   * them onto a comment in the gap that starts at the closed block's column; that refinement
   * is not modelled.
   */
  private unrollIndent(column: number, at?: Mark): void {
    if (this.flowLevel > 0 || this.indent <= column) return;
    if (at === undefined) at = this.mark();
    const m: Mark = { index: Math.max(0, at.index - 1), line: at.line, column: at.column };
    while (this.indent > column) {
      this.insertToken(-1, makeToken('BLOCK_END', m, m));
      this.indent = this.indents.pop()!;
    }
  }

  // ---- token fetchers ----------------------------------------------------------------

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: this.mark() });
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    const m = this.mark();
    this.insertToken(-1, makeToken('STREAM_START', m, m));
  }

  private fetchStreamEnd(): void {
    if (this.column !== 0) {
      this.column = 0;
      this.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const m = this.mark();
    this.insertToken(-1, makeToken('STREAM_END', m, m));
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark();
    this.skip();
    this.skip();
    this.skip();
    this.insertToken(-1, makeToken(type, start, this.mark()));
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    this.punctuation(type);
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    this.punctuation(type);
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.punctuation('FLOW_ENTRY');
  }

  private punctuation(type: TokenType): void {
    const start = this.mark();
    this.skip();
    this.insertToken(-1, makeToken(type, start, this.mark()));
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.scannerError('', this.mark(), 'block sequence entries are not allowed in this context');
      this.rollIndent(this.column, -1, 'BLOCK_SEQUENCE_START', this.mark());
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.punctuation('BLOCK_ENTRY');
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.scannerError('', this.mark(), 'mapping keys are not allowed in this context');
      this.rollIndent(this.column, -1, 'BLOCK_MAPPING_START', this.mark());
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    this.punctuation('KEY');
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (this.simpleKeyIsValid(key)) {
      this.insertToken(key.tokenNumber - this.tokensParsed, makeToken('KEY', key.mark, key.mark));
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK_MAPPING_START', key.mark);
      key.possible = false;
      this.simpleKeysByTok.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.scannerError('', this.mark(), 'mapping values are not allowed in this context');
        this.rollIndent(this.column, -1, 'BLOCK_MAPPING_START', this.mark());
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.punctuation('VALUE');
  }

  private fetchAnchor(type: 'ALIAS' | 'ANCHOR'): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanAnchor(type));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insertToken(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanPlainScalar());
  }

  // ---- whitespace and comments -------------------------------------------------------

  private scanToNextToken(): void {
    for (;;) {
      if (this.ascii) {
        const c = this.chars[this.pos];
        if (c === SP || c === TAB) this.skipRun(this.flowLevel > 0 || !this.simpleKeyAllowed ? BLANKS_RUN : SPACES_RUN, true);
      } else {
        this.need(1);
        if (this.column === 0 && this.bomAtBufferStart()) this.skip();
        this.need(1);
        while (this.c() === SP || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.c() === TAB)) {
          this.skip();
          this.need(1);
        }
      }
      if (this.c() === 0x23 /* # */) this.scanComments();
      if (isBreak(this.c())) {
        this.need(2);
        this.skipLine();
        if (this.flowLevel === 0) this.simpleKeyAllowed = true;
      } else break;
    }
  }

  /** Consumes the rest of a comment line (not its line break). */
  private skipCommentText(): void {
    if (this.ascii) {
      this.skipRun(LINE_REST_RUN, false);
      return;
    }
    for (;;) {
      this.need(1);
      if (isBreakZ(this.c())) return;
      this.skip();
    }
  }

  /**
   * A run of comment lines. Like the reference, blank space (tabs included) between
   * consecutive comments is consumed with them.
   */
  private scanComments(): void {
    this.skipCommentText();
    for (;;) {
      // Look ahead over blanks and breaks for another comment.
      let peek = 0;
      let found = false;
      for (; peek < 512; peek++) {
        if (this.readerError !== undefined && this.pos + peek + 1 > this.available) break;
        const c = this.c(peek);
        if (isBlank(c)) continue;
        if (this.flowLevel > 0 && (c === 0x5d || c === 0x7d)) break;
        if (isBreak(c)) continue;
        found = c === 0x23;
        break;
      }
      if (!found) return;
      const target = this.pos + peek;
      while (this.pos < target) {
        if (isBreak(this.c())) {
          this.need(2);
          this.skipLine();
        } else this.skip();
      }
      this.skipCommentText();
    }
  }

  /** A comment after a token on the same line. */
  private scanLineComment(): void {
    if (this.newlines > 0) return;
    for (let peek = 0; peek < 512; peek++) {
      if (this.readerError !== undefined && this.pos + peek + 1 > this.available) return;
      const c = this.c(peek);
      if (isBlank(c)) continue;
      if (c === 0x23) {
        for (let k = 0; k < peek; k++) this.skip();
        this.skipCommentText();
      }
      return;
    }
  }

  // ---- scalars and other token bodies --------------------------------------------------

  private scanDirective(): Token {
    const start = this.mark();
    this.skip();
    let name = '';
    this.need(1);
    while (isAlpha(this.c())) {
      name += this.read();
      this.need(1);
    }
    if (name === '') this.scannerError('while scanning a directive', start, 'could not find expected directive name');
    if (!isBlankZ(this.c())) this.scannerError('while scanning a directive', start, 'found unexpected non-alphabetical character');
    let token: Token;
    if (name === 'YAML') {
      this.skipBlanks();
      const major = this.scanVersionNumber(start);
      if (this.c() !== 0x2e) this.scannerError('while scanning a %YAML directive', start, "did not find expected digit or '.' character");
      this.skip();
      const minor = this.scanVersionNumber(start);
      token = makeToken('VERSION_DIRECTIVE', start, this.mark(), undefined, undefined, undefined, major, minor);
    } else if (name === 'TAG') {
      this.skipBlanks();
      const handle = this.scanTagHandle(true, start);
      this.need(1);
      if (!isBlank(this.c())) this.scannerError('while scanning a %TAG directive', start, 'did not find expected whitespace');
      this.skipBlanks();
      const prefix = this.scanTagUri(true, '', start);
      this.need(1);
      if (!isBlankZ(this.c())) this.scannerError('while scanning a %TAG directive', start, 'did not find expected whitespace or line break');
      token = makeToken('TAG_DIRECTIVE', start, this.mark(), handle, undefined, prefix);
    } else {
      this.scannerError('while scanning a directive', start, 'found unknown directive name');
    }
    this.skipBlanks();
    if (this.c() === 0x23) this.skipCommentText();
    if (!isBreakZ(this.c())) this.scannerError('while scanning a directive', start, 'did not find expected comment or line break');
    if (isBreak(this.c())) {
      this.need(2);
      this.skipLine();
    }
    return token;
  }

  private skipBlanks(): void {
    this.need(1);
    while (isBlank(this.c())) {
      this.skip();
      this.need(1);
    }
  }

  private scanVersionNumber(start: Mark): number {
    this.need(1);
    let value = 0;
    let length = 0;
    while (isDigit(this.c())) {
      length++;
      if (length > 2) this.scannerError('while scanning a %YAML directive', start, 'found extremely long version number');
      value = value * 10 + (this.c() - 0x30);
      this.skip();
      this.need(1);
    }
    if (length === 0) this.scannerError('while scanning a %YAML directive', start, 'did not find expected version number');
    return value;
  }

  private scanAnchor(type: 'ALIAS' | 'ANCHOR'): Token {
    const start = this.mark();
    this.skip();
    this.need(1);
    let s = '';
    while (isAlpha(this.c())) {
      s += this.read();
      this.need(1);
    }
    const end = this.mark();
    const c = this.c();
    if (s === '' || !(isBlankZ(c) || ANCHOR_END.has(c))) {
      this.scannerError(type === 'ANCHOR' ? 'while scanning an anchor' : 'while scanning an alias', start, 'did not find expected alphabetic or numeric character');
    }
    return makeToken(type, start, end, s);
  }

  private scanTag(): Token {
    const start = this.mark();
    this.need(2);
    let handle: string;
    let suffix: string;
    if (this.c(1) === 0x3c /* < */) {
      this.skip();
      this.skip();
      handle = '';
      suffix = this.scanTagUri(false, '', start);
      if (this.c() !== 0x3e) this.scannerError('while scanning a tag', start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle.length > 1 && handle[0] === '!' && handle[handle.length - 1] === '!') {
        suffix = this.scanTagUri(false, '', start);
      } else {
        suffix = this.scanTagUri(false, handle, start);
        handle = '!';
        // A lone "!" is the non-specific tag: empty handle, suffix "!".
        if (suffix === '') [handle, suffix] = [suffix, handle];
      }
    }
    this.need(1);
    if (!isBlankZ(this.c())) this.scannerError('while scanning a tag', start, 'did not find expected whitespace or line break');
    return makeToken('TAG', start, this.mark(), handle, undefined, suffix);
  }

  private scanTagHandle(directive: boolean, start: Mark): string {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    this.need(1);
    if (this.c() !== 0x21) this.scannerError(context, start, "did not find expected '!'");
    let s = this.read();
    this.need(1);
    while (isAlpha(this.c())) {
      s += this.read();
      this.need(1);
    }
    if (this.c() === 0x21) s += this.read();
    else if (directive && s !== '!') this.scannerError(context, start, "did not find expected '!'");
    return s;
  }

  private scanTagUri(directive: boolean, head: string, start: Mark): string {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    let hasTag = head.length > 0;
    let s = head.length > 1 ? head.slice(1) : '';
    this.need(1);
    for (;;) {
      const c = this.c();
      if (!(isAlpha(c) || URI_CHARS.has(c))) break;
      if (c === 0x25) s += this.scanUriEscapes(context, start);
      else s += this.read();
      this.need(1);
      hasTag = true;
    }
    if (!hasTag) this.scannerError(context, start, 'did not find expected tag URI');
    return s;
  }

  private scanUriEscapes(context: string, start: Mark): string {
    const bytes: number[] = [];
    let width = -1;
    while (width !== 0) {
      this.need(3);
      if (!(this.c() === 0x25 && isHex(this.c(1)) && isHex(this.c(2)))) this.scannerError(context, start, 'did not find URI escaped octet');
      const octet = (hexValue(this.c(1)) << 4) + hexValue(this.c(2));
      if (width < 0) {
        width = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
        if (width === 0) this.scannerError(context, start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) {
        this.scannerError(context, start, 'found an incorrect trailing UTF-8 octet');
      }
      bytes.push(octet);
      this.skip();
      this.skip();
      this.skip();
      width--;
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }

  private scanBlockScalar(literal: boolean): Token {
    const start = this.mark();
    this.skip();
    this.need(1);
    let chomping = 0;
    let increment = 0;
    const ctx = 'while scanning a block scalar';
    if (this.c() === 0x2b || this.c() === 0x2d) {
      chomping = this.c() === 0x2b ? 1 : -1;
      this.skip();
      this.need(1);
      if (isDigit(this.c())) {
        if (this.c() === 0x30) this.scannerError(ctx, start, 'found an indentation indicator equal to 0');
        increment = this.c() - 0x30;
        this.skip();
      }
    } else if (isDigit(this.c())) {
      if (this.c() === 0x30) this.scannerError(ctx, start, 'found an indentation indicator equal to 0');
      increment = this.c() - 0x30;
      this.skip();
      this.need(1);
      if (this.c() === 0x2b || this.c() === 0x2d) {
        chomping = this.c() === 0x2b ? 1 : -1;
        this.skip();
      }
    }
    this.skipBlanks();
    if (this.c() === 0x23) this.skipCommentText();
    if (!isBreakZ(this.c())) this.scannerError(ctx, start, 'did not find expected comment or line break');
    if (isBreak(this.c())) {
      this.need(2);
      this.skipLine();
    }
    let end = this.mark();
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;

    let s = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    // Reads the indentation and empty lines before a content line; fixes the indent if auto.
    const scanBreaks = (): void => {
      end = this.mark();
      let maxIndent = 0;
      for (;;) {
        this.need(1);
        if (this.ascii && this.c() === SP) {
          // Indentation spaces in one step, stopping at the block's indent once it is known.
          const k = this.skipRun(SPACES_RUN, true);
          if (indent !== 0 && this.column > indent) {
            const over = this.column - Math.max(indent, this.column - k);
            this.pos -= over;
            this.column -= over;
          }
        }
        while ((indent === 0 || this.column < indent) && this.c() === SP) {
          this.skip();
          this.need(1);
        }
        if (this.column > maxIndent) maxIndent = this.column;
        if ((indent === 0 || this.column < indent) && this.c() === TAB) {
          this.scannerError(ctx, start, 'found a tab character where an indentation space is expected');
        }
        if (!isBreak(this.c())) break;
        this.need(2);
        trailingBreaks += this.readLine();
        end = this.mark();
      }
      if (indent === 0) {
        indent = Math.max(maxIndent, this.indent + 1, 1);
      }
    };
    scanBreaks();
    this.need(1);
    let leadingBlank = false;
    while (this.column === indent && this.c() !== 0) {
      const trailingBlank = isBlank(this.c());
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak.length > 0 && leadingBreak[0] === '\n') {
        if (trailingBreaks.length === 0) s += ' ';
      } else {
        s += leadingBreak;
      }
      leadingBreak = '';
      s += trailingBreaks;
      trailingBreaks = '';
      leadingBlank = isBlank(this.c());
      const from = this.pos;
      if (this.ascii) {
        this.skipRun(LINE_REST_RUN, leadingBlank);
        // A line that starts blank may still hold other characters.
        if (leadingBlank && this.pos > from && this.newlines !== 0 && NON_BLANK.test(this.slice(from, this.pos))) this.newlines = 0;
      }
      while (!isBreakZ(this.c())) {
        this.skip();
        this.need(1);
      }
      s += this.slice(from, this.pos);
      this.need(2);
      leadingBreak = this.readLine();
      scanBreaks();
    }
    if (chomping !== -1) s += leadingBreak;
    if (chomping === 1) s += trailingBreaks;
    return makeToken('SCALAR', start, end, s, literal ? 'literal' : 'folded');
  }

  /** Source text of characters [from, to). */
  private slice(from: number, to: number): string {
    const offsets = this.offsets;
    if (offsets === null) return this.text.slice(from, to);
    return this.text.slice(offsets[from], offsets[to]);
  }

  /**
   * ASCII fast path: the length of the run matched by the sticky `re` at the current position,
   * consumed like that many skip() calls (`blank` tells whether the run holds only spaces/tabs,
   * which leave the line-comment counter alone).
   */
  private skipRun(re: RegExp, blank: boolean): number {
    re.lastIndex = this.pos;
    re.test(this.text);
    const k = re.lastIndex - this.pos;
    if (k > 0) {
      this.pos += k;
      this.column += k;
      if (!blank) this.newlines = 0;
    }
    return k;
  }

  private atDocumentIndicator(): boolean {
    const c = this.c();
    return (
      this.column === 0 &&
      ((c === 0x2d && this.c(1) === 0x2d && this.c(2) === 0x2d) || (c === 0x2e && this.c(1) === 0x2e && this.c(2) === 0x2e)) &&
      isBlankZ(this.c(3))
    );
  }

  private scanFlowScalar(single: boolean): Token {
    const start = this.mark();
    this.skip();
    let s = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    const ctx = 'while parsing a quoted scalar';
    for (;;) {
      this.need(4);
      if (this.atDocumentIndicator()) this.scannerError('while scanning a quoted scalar', start, 'found unexpected document indicator');
      if (this.c() === 0) this.scannerError('while scanning a quoted scalar', start, 'found unexpected end of stream');
      let leadingBlanks = false;
      while (!isBlankZ(this.c())) {
        if (this.ascii) {
          // Ordinary characters up to the next quote, escape or blank, in one piece.
          const from = this.pos;
          if (this.skipRun(single ? SINGLE_QUOTED_RUN : DOUBLE_QUOTED_RUN, false) > 0) {
            s += this.text.slice(from, this.pos);
            continue;
          }
        }
        const c = this.c();
        if (single && c === 0x27 && this.c(1) === 0x27) {
          s += "'";
          this.skip();
          this.skip();
        } else if (single && c === 0x27) {
          break;
        } else if (!single && c === 0x22) {
          break;
        } else if (!single && c === 0x5c && isBreak(this.c(1))) {
          this.need(3);
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === 0x5c) {
          let codeLength = 0;
          const e = this.c(1);
          const simple = ESCAPES.get(e);
          if (simple !== undefined) s += simple;
          else if (e === 0x78) codeLength = 2;
          else if (e === 0x75) codeLength = 4;
          else if (e === 0x55) codeLength = 8;
          else this.scannerError(ctx, start, 'found unknown escape character');
          this.skip();
          this.skip();
          if (codeLength > 0) {
            this.need(codeLength);
            let value = 0;
            for (let k = 0; k < codeLength; k++) {
              if (!isHex(this.c(k))) this.scannerError(ctx, start, 'did not find expected hexdecimal number');
              value = value * 16 + hexValue(this.c(k));
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
              this.scannerError(ctx, start, 'found invalid Unicode character escape code');
            }
            s += String.fromCodePoint(value);
            for (let k = 0; k < codeLength; k++) this.skip();
          }
        } else {
          s += this.read();
        }
        this.need(2);
      }
      this.need(1);
      if (this.c() === (single ? 0x27 : 0x22)) break;
      while (isBlank(this.c()) || isBreak(this.c())) {
        if (isBlank(this.c())) {
          if (!leadingBlanks) whitespaces += this.read();
          else this.skip();
        } else {
          this.need(2);
          if (!leadingBlanks) {
            whitespaces = '';
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailingBreaks += this.readLine();
          }
        }
        this.need(1);
      }
      if (leadingBlanks) {
        if (leadingBreak.length > 0 && leadingBreak[0] === '\n') {
          s += trailingBreaks.length === 0 ? ' ' : trailingBreaks;
        } else {
          s += leadingBreak + trailingBreaks;
        }
        leadingBreak = '';
        trailingBreaks = '';
      } else {
        s += whitespaces;
        whitespaces = '';
      }
    }
    this.skip();
    return makeToken('SCALAR', start, this.mark(), s, single ? 'single' : 'double');
  }

  /** Characters that may end a plain scalar (checked with their successor by the caller's loop). */
  private endsPlainRun(c: number): boolean {
    return c === 0x3a || (this.flowLevel > 0 && (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d));
  }

  private scanPlainScalar(): Token {
    let s = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    let leadingBlanks = false;
    const indent = this.indent + 1;
    const start = this.mark();
    let end = this.mark();
    for (;;) {
      this.need(4);
      if (this.atDocumentIndicator()) break;
      if (this.c() === 0x23) break;
      while (!isBlankZ(this.c())) {
        const c = this.c();
        if (
          (c === 0x3a && isBlankZ(this.c(1))) ||
          (this.flowLevel > 0 && (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d))
        ) {
          break;
        }
        if (leadingBlanks || whitespaces.length > 0) {
          if (leadingBlanks) {
            if (leadingBreak[0] === '\n') {
              s += trailingBreaks.length === 0 ? ' ' : trailingBreaks;
            } else {
              s += leadingBreak + trailingBreaks;
            }
            trailingBreaks = '';
            leadingBreak = '';
            leadingBlanks = false;
          } else {
            s += whitespaces;
            whitespaces = '';
          }
        }
        // Take the whole run of ordinary characters at once.
        const from = this.pos;
        this.skip();
        if (this.ascii) this.skipRun(this.flowLevel > 0 ? PLAIN_FLOW_RUN : PLAIN_BLOCK_RUN, false);
        while (!isBlankZ(this.c()) && !this.endsPlainRun(this.c())) {
          this.need(2);
          this.skip();
        }
        s += this.slice(from, this.pos);
        end = this.mark();
        this.need(2);
      }
      if (!(isBlank(this.c()) || isBreak(this.c()))) break;
      this.need(1);
      while (isBlank(this.c()) || isBreak(this.c())) {
        if (this.ascii && this.c() === SP) {
          // A run of spaces (tabs go the slow way: they may violate the indentation).
          const from = this.pos;
          this.skipRun(SPACES_RUN, true);
          if (!leadingBlanks) whitespaces += this.text.slice(from, this.pos);
          continue;
        }
        if (isBlank(this.c())) {
          if (leadingBlanks && this.column < indent && this.c() === TAB) {
            this.scannerError('while scanning a plain scalar', start, 'found a tab character that violates indentation');
          }
          if (!leadingBlanks) whitespaces += this.read();
          else this.skip();
        } else {
          this.need(2);
          if (!leadingBlanks) {
            whitespaces = '';
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailingBreaks += this.readLine();
          }
        }
        this.need(1);
      }
      if (this.flowLevel === 0 && this.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return makeToken('SCALAR', start, end, s, 'plain');
  }
}

// Sticky runs for ASCII input (see Scanner.ascii). In ASCII text the only "blank or end"
// characters are space, tab, CR and LF (NUL cannot occur in clean input).
const SPACES_RUN = / */y;
const BLANKS_RUN = /[ \t]*/y;
const LINE_REST_RUN = /[^\r\n]*/y;
const NON_BLANK = /[^ \t]/;
/** Plain-scalar characters up to a blank, a break or ':' (and, in flow context, ",?[]{}"). */
const PLAIN_BLOCK_RUN = /[^ \t\r\n:]*/y;
const PLAIN_FLOW_RUN = /[^ \t\r\n:,?[\]{}]*/y;
const SINGLE_QUOTED_RUN = /[^ \t\r\n']*/y;
const DOUBLE_QUOTED_RUN = /[^ \t\r\n"\\]*/y;

const ESCAPES = new Map<number, string>([
  [ch('0'), '\0'], [ch('a'), '\x07'], [ch('b'), '\b'], [ch('t'), '\t'], [TAB, '\t'], [ch('n'), '\n'],
  [ch('v'), '\v'], [ch('f'), '\f'], [ch('r'), '\r'], [ch('e'), '\x1b'], [SP, ' '], [ch('"'), '"'],
  [ch("'"), "'"], [ch('\\'), '\\'], [ch('N'), '\u0085'], [ch('_'), '\u00a0'], [ch('L'), '\u2028'], [ch('P'), '\u2029'],
]);

/**
 * Every token has all fields (unused ones undefined), so code reading tokens sees one object
 * shape instead of several (cheaper property access, above all before the code is optimized).
 */
function makeToken(
  type: TokenType, start: Mark, end: Mark, value?: string, style?: ScalarStyle, suffix?: string, major?: number, minor?: number,
): Token {
  return { type, start, end, value, style, suffix, major, minor };
}
