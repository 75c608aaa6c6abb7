// yaml.v3 Encoder output (SetIndent(2), default unlimited line width) for generic values as
// produced by JSON.parse. Only what such values need is modelled: block mappings and sequences,
// `{}`/`[]` for empty ones, and the scalar styles the emitter picks (plain, single-quoted,
// double-quoted, literal). The emitter's column/indentation bookkeeping is kept as yaml.v3 does
// it, because the layout rules (e.g. "- " items, `? ` keys) fall out of it.

import { sortGoYamlKeys } from './goYamlKeys';
import { isBase60Float, isOldBool, resolvesAsString } from './goYamlResolve';

/**
 * Emits a generic value (as decoded from JSON: objects, arrays, strings, numbers, booleans, null)
 * as yaml.v3's Encoder with SetIndent(2) does (map keys sorted as yaml.v3 sorts them).
 */
export function emitGoYaml(value: unknown): string {
  const emitter = new GoYamlEmitter();
  emitter.emitDocument(value);
  return emitter.output();
}

type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** What the emitter's scalar analysis finds out about a value. */
interface ScalarAnalysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const BEST_INDENT = 2;
const MAX_SIMPLE_KEY_BYTES = 128;

class GoYamlEmitter {
  private readonly out: string[] = [];
  private column = 0;
  /** The last thing written was whitespace (or nothing). */
  private whitespace = true;
  /** Only indentation has been written on the current line so far. */
  private indention = true;
  private indent = -1;
  private readonly indents: number[] = [];

  output(): string {
    return this.out.join('');
  }

  emitDocument(value: unknown): void {
    this.emitNode(value, false, false);
    // Document end: finish the last line.
    this.writeIndent();
  }

  /**
   * `inSequenceItem`: the node is an item of a block sequence (its content then indents by
   * just the width of "- "). `simpleKey`: the node is a mapping key written inline.
   */
  private emitNode(value: unknown, inSequenceItem: boolean, simpleKey: boolean): void {
    if (Array.isArray(value)) {
      if (value.length === 0) this.emitEmptyFlow('[', ']', inSequenceItem);
      else this.emitBlockSequence(value, inSequenceItem);
      return;
    }
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
      if (keys.length === 0) this.emitEmptyFlow('{', '}', inSequenceItem);
      else this.emitBlockMapping(value as Record<string, unknown>, sortGoYamlKeys(keys), inSequenceItem);
      return;
    }
    const [text, style] = scalarText(value);
    this.emitScalar(text, style, inSequenceItem, simpleKey);
  }

  private emitEmptyFlow(open: string, close: string, inSequenceItem: boolean): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, inSequenceItem);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  private emitBlockSequence(items: unknown[], inSequenceItem: boolean): void {
    this.increaseIndent(false, inSequenceItem);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.emitNode(item, true, false);
    }
    this.popIndent();
  }

  private emitBlockMapping(map: Record<string, unknown>, keys: string[], inSequenceItem: boolean): void {
    this.increaseIndent(false, inSequenceItem);
    for (const key of keys) {
      this.writeIndent();
      const [keyText] = scalarText(key);
      if (isSimpleKey(keyText)) {
        this.emitNode(key, false, true);
        this.writeIndicator(':', false, false, false);
      } else {
        // Long or multi-line keys use the explicit "? key" / ": value" form.
        this.writeIndicator('?', true, false, true);
        this.emitNode(key, false, false);
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.emitNode(map[key], false, false);
    }
    this.popIndent();
  }

  private emitScalar(text: string, requested: ScalarStyle, inSequenceItem: boolean, simpleKey: boolean): void {
    const style = selectScalarStyle(text, requested, simpleKey);
    this.increaseIndent(true, inSequenceItem);
    switch (style) {
      case 'plain':
        this.writePlain(text);
        break;
      case 'single':
        this.writeSingleQuoted(text);
        break;
      case 'double':
        this.writeDoubleQuoted(text);
        break;
      case 'literal':
        this.writeLiteral(text);
        break;
    }
    this.popIndent();
  }

  // --- indentation -------------------------------------------------------------------------

  private increaseIndent(flow: boolean, inSequenceItem: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) {
      this.indent = flow ? BEST_INDENT : 0;
    } else if (inSequenceItem) {
      this.indent += 2; // content of a "- " item starts right after the indicator
    } else {
      this.indent = BEST_INDENT * Math.floor((this.indent + BEST_INDENT) / BEST_INDENT);
    }
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  // --- low-level writing -------------------------------------------------------------------

  /** Writes characters that are not line breaks. */
  private put(text: string): void {
    this.out.push(text);
    this.column += text.length === 1 ? 1 : Array.from(text).length;
  }

  private putBreak(): void {
    this.out.push('\n');
    this.column = 0;
    this.indention = true;
  }

  /** A line break character from a scalar: "\n" as a newline, others (LS, PS) copied. */
  private writeBreak(ch: string): void {
    if (ch === '\n') {
      this.putBreak();
    } else {
      this.out.push(ch);
      this.column = 0;
      this.indention = true;
    }
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of indicator) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  // --- scalar writers ----------------------------------------------------------------------

  private writePlain(text: string): void {
    if (text.length > 0 && !this.whitespace) this.put(' ');
    let breaks = false;
    for (const ch of text) {
      if (ch === ' ') {
        this.put(ch);
      } else if (isBreak(ch)) {
        if (!breaks && ch === '\n') this.putBreak();
        this.writeBreak(ch);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch);
        this.indention = false;
        breaks = false;
      }
    }
    if (text.length > 0) this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuoted(text: string): void {
    this.writeIndicator("'", true, false, false);
    let breaks = false;
    for (const ch of text) {
      if (ch === ' ') {
        this.put(ch);
      } else if (isBreak(ch)) {
        if (!breaks && ch === '\n') this.putBreak();
        this.writeBreak(ch);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (ch === "'") this.put("'");
        this.put(ch);
        this.indention = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(text: string): void {
    this.writeIndicator('"', true, false, false);
    // yaml.v3 checks for a byte order mark at the start of the value for every character.
    const startsWithBom = text.startsWith('\ufeff');
    for (const ch of text) {
      if (!isPrintable(ch) || startsWithBom || isBreak(ch) || ch === '"' || ch === '\\') {
        this.put('\\');
        this.put(doubleQuotedEscape(ch.codePointAt(0)!));
      } else {
        this.put(ch);
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(text: string): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(text);
    this.whitespace = true;
    let breaks = true;
    for (const ch of text) {
      if (isBreak(ch)) {
        this.writeBreak(ch);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch);
        this.indention = false;
        breaks = false;
      }
    }
  }

  /** Indentation indicator when the text starts with a space or break; chomping indicator. */
  private writeBlockScalarHints(text: string): void {
    const chars = Array.from(text);
    if (chars.length > 0 && (chars[0] === ' ' || isBreak(chars[0]))) {
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    }
    let chomp = '';
    if (chars.length === 0) {
      chomp = '-';
    } else if (!isBreak(chars[chars.length - 1])) {
      chomp = '-';
    } else if (chars.length === 1 || isBreak(chars[chars.length - 2])) {
      chomp = '+';
    }
    if (chomp !== '') this.writeIndicator(chomp, false, false, false);
  }
}

/** The scalar text and the style the encoder asks for (the emitter may still change it). */
function scalarText(value: unknown): [string, ScalarStyle] {
  if (value === null || value === undefined) return ['null', 'plain'];
  switch (typeof value) {
    case 'boolean':
      return [value ? 'true' : 'false', 'plain'];
    case 'number':
      return [formatGoFloat(value), 'plain'];
    case 'bigint':
      return [value.toString(), 'plain'];
    case 'string': {
      const canUsePlain = resolvesAsString(value) && !isBase60Float(value) && !isOldBool(value);
      if (value.includes('\n')) return [value, 'literal'];
      return [value, canUsePlain ? 'plain' : 'double'];
    }
    default:
      throw new Error(`emitGoYaml: unsupported value of type ${typeof value}`);
  }
}

/** strconv.FormatFloat(f, 'g', -1, 64) plus yaml.v3's spellings of infinities and NaN. */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  if (f === 0) return 1 / f < 0 ? '-0' : '0';
  const sign = f < 0 ? '-' : '';
  // Shortest round-trip digits and decimal exponent, e.g. 1234.5 -> "12345", 3.
  const [mantissa, expText] = Math.abs(f).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  // With shortest formatting Go switches to exponent form from exponent 6 on (eprec = 6).
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    return sign + m + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' : '') + String(e);
  }
  if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  const intDigits = exp + 1;
  if (digits.length <= intDigits) return sign + digits + '0'.repeat(intDigits - digits.length);
  return sign + digits.slice(0, intDigits) + '.' + digits.slice(intDigits);
}

function isSimpleKey(text: string): boolean {
  return !analyzeScalar(text).multiline && utf8Length(text) <= MAX_SIMPLE_KEY_BYTES;
}

function selectScalarStyle(text: string, requested: ScalarStyle, simpleKey: boolean): ScalarStyle {
  const a = analyzeScalar(text);
  let style = requested;
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlainAllowed) style = 'single';
    if (text.length === 0 && simpleKey) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
  return style;
}

/** The emitter's scan of a scalar for characters that rule styles out (block context only). */
function analyzeScalar(text: string): ScalarAnalysis {
  if (text.length === 0) {
    return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  let blockIndicators = text.startsWith('---') || text.startsWith('...');
  let lineBreaks = false;
  let specialCharacters = false;
  let tabCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;

  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const last = i === chars.length - 1;
    const followedByWhitespace = last || chars[i + 1] === ' ' || chars[i + 1] === '\t';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      else if ((ch === '?' || ch === ':' || ch === '-') && followedByWhitespace) blockIndicators = true;
    } else if (ch === ':' && followedByWhitespace) {
      blockIndicators = true;
    } else if (ch === '#' && precededByWhitespace) {
      blockIndicators = true;
    }

    if (ch === '\t') tabCharacters = true;
    else if (!isPrintable(ch)) specialCharacters = true;

    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(ch)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = ch === ' ' || ch === '\t' || ch === '\0' || isBreak(ch);
  }

  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || tabCharacters || specialCharacters) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) blockAllowed = false;
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

function isBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';
}

/** Characters yaml.v3 writes unescaped (it excludes everything beyond the BMP). */
function isPrintable(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c === 0x0a) return true;
  if (c >= 0x20 && c <= 0x7e) return true;
  if (c >= 0xa0 && c <= 0xd7ff) return true;
  if (c >= 0xe000 && c <= 0xfffd) return c !== 0xfeff;
  return false;
}

function doubleQuotedEscape(c: number): string {
  switch (c) {
    case 0x00: return '0';
    case 0x07: return 'a';
    case 0x08: return 'b';
    case 0x09: return 't';
    case 0x0a: return 'n';
    case 0x0b: return 'v';
    case 0x0c: return 'f';
    case 0x0d: return 'r';
    case 0x1b: return 'e';
    case 0x22: return '"';
    case 0x5c: return '\\';
    case 0x85: return 'N';
    case 0xa0: return '_';
    case 0x2028: return 'L';
    case 0x2029: return 'P';
  }
  const hex = c.toString(16).toUpperCase();
  if (c <= 0xff) return 'x' + hex.padStart(2, '0');
  if (c <= 0xffff) return 'u' + hex.padStart(4, '0');
  return 'U' + hex.padStart(8, '0');
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
