// A tolerant, indentation-based view of a Butane document for editor features. The strict
// yaml.v3-compatible parser refuses half-typed text, but completion runs exactly while the text
// is half typed, so this model only looks at each line's shape: its list dashes, its `key:` and
// the value after it. Block scalars and multi-line quoted strings are recognised so that their
// contents are never taken for keys. Built once per document, then derived from the previous
// version by re-scanning only the edited lines; every request only scans the lines around the cursor.

export type Path = (string | number)[];

export type LineToken =
  /** A block sequence entry indicator `- ` at `col`. */
  | { kind: 'dash'; col: number }
  /** `key:` at `col` (key text ends at `keyEnd`), with the value (comment stripped) at [valueCol, valueEnd). */
  | { kind: 'key'; col: number; key: string; keyEnd: number; valueCol: number; valueEnd: number; value: string }
  /** A value with no key (a list entry's scalar, or a half-typed word) at [col, end). */
  | { kind: 'scalar'; col: number; end: number; text: string };

export interface ModelLine {
  /** Line text without its line break. */
  text: string;
  /** Structure found on the line; empty for blank lines, comments and scalar contents. */
  tokens: LineToken[];
  /**
   * When the line lies in a block scalar (or a multi-line quoted string), the column of the node
   * owning it: the line is content when its text (or the cursor) is further right than this.
   */
  contentOwnerCol: number;
}

/** Recursion budget of one path lookup (about three calls per YAML level): far deeper than any Butane
 * field, and small enough that absurdly nested text cannot exhaust the stack. */
const MAX_DEPTH = 200;

const BLOCK_SCALAR_HEADER = /^[|>][-+0-9]*\s*(#.*)?$/;

/** How the document indents: the step of a nested mapping, and where list dashes go. */
export interface IndentStyle {
  /** Spaces a nested mapping (and block scalar text) is indented by. */
  unit: number;
  /** `key:` followed by `- item` at the key's own column (true) or indented by `unit` (false). */
  compactLists: boolean;
}

/** An edit of the text: [start, end) of the text before it (UTF-16 offsets) is replaced by `text`. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export class FeatureDocument {
  readonly lines: ModelLine[];
  /**
   * Offset of each line's first character in the document. Kept apart from the line objects so that
   * an edit shifts numbers instead of copying every line below it.
   */
  private readonly starts: number[];
  /** The scanner's state when it enters each line (what lets an edit re-scan only the lines it touches). */
  private readonly entryStates: ScanState[];
  private style?: IndentStyle;
  /** Root-level `variant:` / `version:` values as written (unquoted), if any. */
  readonly variant?: string;
  readonly version?: string;
  private readonly ownerCache = new Map<number, Path>();

  constructor(
    readonly text: string,
    /** Lines already scanned for exactly this text (from `withEdits`); internal. */
    scanned?: ScannedLines,
  ) {
    const built = scanned ?? scanLines(text, 0, 0, text.length + 1, PLAIN);
    this.lines = built.lines;
    this.starts = built.starts;
    this.entryStates = built.entryStates;
    for (const line of this.lines) {
      const first = line.tokens[0];
      if (!first || first.kind !== 'key' || first.col !== 0 || line.tokens.length !== 1) continue;
      if (first.key === 'variant' && this.variant === undefined) this.variant = unquote(first.value);
      if (first.key === 'version' && this.version === undefined) this.version = unquote(first.value);
      if (this.variant !== undefined && this.version !== undefined) break;
    }
  }

  /** Offset of the first character of line `line`. */
  lineStart(line: number): number {
    return this.starts[line];
  }

  /**
   * The model of the text after `edits` (applied in order, each to the result of the previous one).
   * Only the lines an edit touches are scanned again, plus the lines after them whose scanner state
   * changed (a block scalar or quoted string that now ends elsewhere); the others are reused as they
   * are. `finalText`, when given, must be the text after all edits (it spares building it here).
   * The receiver stays valid: a model is never changed after it is built.
   */
  withEdits(edits: readonly OffsetEdit[], finalText?: string): FeatureDocument {
    let doc: FeatureDocument = this;
    edits.forEach((edit, i) => {
      doc = doc.withEdit(edit, i === edits.length - 1 ? finalText : undefined);
    });
    return doc;
  }

  private withEdit(edit: OffsetEdit, newText?: string): FeatureDocument {
    const old = this.text;
    const start = Math.max(0, Math.min(edit.start, edit.end, old.length));
    const end = Math.max(start, Math.min(Math.max(edit.start, edit.end), old.length));
    const text = newText ?? old.slice(0, start) + edit.text + old.slice(end);
    const delta = text.length - old.length;
    const first = this.lineAt(start);
    const last = this.lineAt(end);
    const { lines, starts, entryStates } = this;
    // The touched lines, [start of `first`, start of the line after `last`), as they read now.
    const regionStart = starts[first];
    const regionEnd = (last + 1 < lines.length ? starts[last + 1] : old.length + 1) + delta;
    // Scanned from a copy: line texts sliced from the whole text would keep every version of the
    // document alive for as long as one of its lines is reused.
    const regionText = ownCopy(text.slice(regionStart, Math.min(regionEnd, text.length)));
    const region = scanLines(regionText, regionStart, 0, regionEnd - regionStart, entryStates[first]);
    // Lines below keep their text; they need scanning again only while the state entering them differs.
    let state = region.exitState;
    let k = last + 1;
    for (; k < lines.length && !sameState(state, entryStates[k]); k++) {
      region.entryStates.push(state);
      region.starts.push(starts[k] + delta);
      const line: ModelLine = { text: lines[k].text, tokens: [], contentOwnerCol: -1 };
      region.lines.push(line);
      state = tokenizeLine(line, state);
    }
    const newStarts = starts.slice(0, first).concat(region.starts);
    for (let j = k; j < starts.length; j++) newStarts.push(starts[j] + delta);
    return new FeatureDocument(text, {
      lines: lines.slice(0, first).concat(region.lines, lines.slice(k)),
      starts: newStarts,
      entryStates: entryStates.slice(0, first).concat(region.entryStates, entryStates.slice(k)),
      exitState: state,
    });
  }

  /** The document's indentation habits (2 spaces, dashes indented, when it shows none). */
  indentStyle(): IndentStyle {
    if (this.style) return this.style;
    const units = new Map<number, number>();
    let compact = 0;
    let indented = 0;
    let samples = 0;
    for (let i = 0; i < this.lines.length && samples < 200; i++) {
      const tokens = this.lines[i].tokens;
      const last = tokens[tokens.length - 1];
      if (!last || last.kind !== 'key' || last.value !== '') continue;
      let j = i + 1;
      while (j < this.lines.length && this.lines[j].tokens.length === 0) j++;
      const next = this.lines[j]?.tokens[0];
      if (!next) continue;
      samples++;
      const delta = next.col - last.col;
      if (next.kind === 'dash') {
        if (delta === 0) compact++;
        else if (delta > 0) indented++;
      }
      if (delta > 0 && delta <= 8) units.set(delta, (units.get(delta) ?? 0) + 1);
    }
    let unit = 2;
    let best = 0;
    for (const [u, n] of units) if (n > best || (n === best && u < unit)) [unit, best] = [u, n];
    this.style = { unit, compactLists: compact > indented };
    return this.style;
  }

  /** Index of the line holding `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Path of the node that owns token `index` of line `line`: for a key, the mapping holding it;
   * for a dash, the sequence holding the entry. Undefined when the structure makes no sense.
   */
  ownerOfToken(line: number, index: number, depth = 0): Path | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const cacheKey = line * 64 + index;
    const hit = this.ownerCache.get(cacheKey);
    if (hit !== undefined) return hit;
    let result: Path | undefined;
    if (index > 0) {
      // `- key:` or `- - x`: owned by the entry of the dash just left of it.
      result = this.entryPath(line, index - 1, depth + 1);
    } else {
      const tok = this.lines[line].tokens[index];
      result = this.ownerAbove(line, tok.col, tok.kind === 'dash', depth + 1);
    }
    // Only found paths are cached: a miss may come from the depth limit of this particular query.
    if (result !== undefined && index < 64) this.ownerCache.set(cacheKey, result);
    return result;
  }

  /**
   * Path of the node owning something at column `col` of line `line` when nothing precedes it on
   * that line (an empty line where a key is about to be typed, or a first token).
   */
  ownerAbove(line: number, col: number, isDash: boolean, depth = 0): Path | undefined {
    if (depth > MAX_DEPTH) return undefined;
    for (let j = line - 1; j >= 0; j--) {
      const tokens = this.lines[j].tokens;
      const k = lastTokenAtOrBefore(tokens, col);
      if (k < 0) continue;
      const t = tokens[k];
      if (t.col === col) {
        if (isDash && t.kind === 'key') return this.keyPath(j, k, depth + 1); // compact `key:\n- entry`
        if (t.kind === 'scalar') continue;
        if (!isDash && t.kind === 'dash') continue; // a sibling key's compact sequence
        // A sibling: same owner. When it opened its line after a dash, that dash's entry owns both.
        if (k > 0) return this.entryPath(j, k - 1, depth + 1);
        continue;
      }
      if (t.kind === 'key') return this.keyPath(j, k, depth + 1);
      if (t.kind === 'dash') return this.entryPath(j, k, depth + 1);
      return undefined;
    }
    return [];
  }

  /** Path of the value of key token `index` on `line`. */
  keyPath(line: number, index: number, depth = 0): Path | undefined {
    const tok = this.lines[line].tokens[index];
    if (tok.kind !== 'key') return undefined;
    const owner = this.ownerOfToken(line, index, depth + 1);
    return owner ? [...owner, tok.key] : undefined;
  }

  /**
   * Path of the sequence entry opened by dash `index` on `line`. The entry index is always 0: the
   * spec model does not depend on it, and counting siblings would cost a scan per request.
   */
  entryPath(line: number, index: number, depth = 0): Path | undefined {
    const owner = this.ownerOfToken(line, index, depth + 1);
    return owner ? [...owner, 0] : undefined;
  }

  /**
   * Keys present in the mapping whose keys sit at column `col`, around line `line` (that line
   * itself excluded). `opensHere` is true when the mapping starts on `line` (after a dash).
   */
  siblingKeys(line: number, col: number, opensHere: boolean): Set<string> {
    const keys = new Set<string>();
    if (!opensHere) {
      for (let j = line - 1; j >= 0; j--) {
        const tokens = this.lines[j].tokens;
        const k = lastTokenAtOrBefore(tokens, col);
        if (k < 0) continue;
        const t = tokens[k];
        if (t.col < col) break;
        if (t.kind === 'key') {
          keys.add(t.key);
          if (k > 0) break; // the mapping opened on that line
        }
      }
    }
    for (let j = line + 1; j < this.lines.length; j++) {
      const tokens = this.lines[j].tokens;
      const k = lastTokenAtOrBefore(tokens, col);
      if (k < 0) continue;
      const t = tokens[k];
      if (t.col < col) break;
      if (t.kind === 'key') {
        if (k > 0) break; // the next entry's mapping
        keys.add(t.key);
      }
    }
    return keys;
  }

  /** Is `col` on `line` inside a block scalar or multi-line string? */
  isContent(line: number, col: number): boolean {
    const l = this.lines[line];
    if (l.contentOwnerCol < 0) return false;
    const indent = leadingSpaces(l.text);
    // A whitespace-only line belongs to the scalar only where the cursor is indented past its owner.
    const probe = indent === l.text.length ? col : indent;
    return probe > l.contentOwnerCol;
  }
}

function lastTokenAtOrBefore(tokens: LineToken[], col: number): number {
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].col <= col) return k;
  return -1;
}

function leadingSpaces(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  return i;
}

/** Strips matching quotes of a YAML scalar written on one line. */
export function unquote(s: string): string {
  if (s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"') {
    return s.slice(1, -1).replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  if (s.length >= 2 && s[0] === "'" && s[s.length - 1] === "'") return s.slice(1, -1).replace(/''/g, "'");
  return s;
}

/** Index just past the closing quote of a quoted scalar starting at `from`, or -1 if it does not close on this line. */
function closingQuote(text: string, from: number): number {
  const q = text[from];
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

/** Index of the `#` starting a comment at or after `from` (at `from`, or after a space/tab), or -1. */
function commentStart(text: string, from: number): number {
  let i = text.indexOf('#', from);
  while (i > from) {
    const before = text.charCodeAt(i - 1);
    if (before === 32 || before === 9) return i;
    i = text.indexOf('#', i + 1);
  }
  return i;
}

/** End of a plain value: before a ` #` comment, trailing spaces trimmed. */
function plainEnd(text: string, from: number): number {
  const comment = commentStart(text, from);
  let end = comment < 0 ? text.length : comment;
  while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end;
}

/** Where a value starting at `from` ends on this line, and whether it is an unterminated quoted string. */
function valueExtent(text: string, from: number): { end: number; openQuote?: '"' | "'" } {
  if (from >= text.length) return { end: from };
  const c = text[from];
  if (c === '"' || c === "'") {
    const close = closingQuote(text, from);
    if (close < 0) return { end: text.length, openQuote: c };
    return { end: close };
  }
  return { end: plainEnd(text, from) };
}

/** Finds `key:` at `p` (the colon must be followed by a space or the line end). */
function keyAt(text: string, p: number): { key: string; keyEnd: number; afterColon: number } | undefined {
  const c = text[p];
  if (c === '"' || c === "'") {
    const close = closingQuote(text, p);
    if (close < 0) return undefined;
    let i = close;
    while (text[i] === ' ') i++;
    if (text[i] !== ':' || (i + 1 < text.length && text[i + 1] !== ' ' && text[i + 1] !== '\t')) return undefined;
    return { key: unquote(text.slice(p, close)), keyEnd: close, afterColon: i + 1 };
  }
  if ('[]{}#&*!|>%@`,'.includes(c)) return undefined;
  const comment = commentStart(text, p);
  const limit = comment < 0 ? text.length : comment;
  for (let i = text.indexOf(':', p); i >= 0 && i < limit; i = text.indexOf(':', i + 1)) {
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
    if (next !== 32 && next !== 9) continue;
    let end = i;
    while (end > p && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end === p) return undefined;
    return { key: text.slice(p, end), keyEnd: end, afterColon: i + 1 };
  }
  return undefined;
}

/**
 * What the scanner carries from one line to the next: the column owning an open block scalar, or an
 * open quoted string and the column owning it. Nothing else of a line depends on the lines above.
 */
export interface ScanState {
  readonly blockOwner: number;
  readonly quote: '"' | "'" | undefined;
  readonly quoteOwner: number;
}

const PLAIN: ScanState = { blockOwner: -1, quote: undefined, quoteOwner: -1 };

function sameState(a: ScanState, b: ScanState): boolean {
  return a === b || (a.blockOwner === b.blockOwner && a.quote === b.quote && a.quoteOwner === b.quoteOwner);
}

export interface ScannedLines {
  lines: ModelLine[];
  starts: number[];
  entryStates: ScanState[];
  exitState: ScanState;
}

/**
 * Scans the lines of `text` that start in [from, until) (`from` must start a line; `until` one past
 * the text's end means "to the end"), entering the first one in `state`. `base` is added to the
 * offsets (when `text` is a piece of the document).
 */
function scanLines(text: string, base: number, from: number, until: number, state: ScanState): ScannedLines {
  const lines: ModelLine[] = [];
  const starts: number[] = [];
  const entryStates: ScanState[] = [];
  let start = from;
  while (start < until && start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let lineText = text.slice(start, nl);
    if (lineText.endsWith('\r')) lineText = lineText.slice(0, -1);
    entryStates.push(state);
    starts.push(base + start);
    const line: ModelLine = { text: lineText, tokens: [], contentOwnerCol: -1 };
    lines.push(line);
    state = tokenizeLine(line, state);
    start = nl + 1;
  }
  return { lines, starts, entryStates, exitState: state };
}

/**
 * A copy of `s` that does not share memory with the string it was sliced from (V8 represents long
 * slices as views into their parent).
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

/** Fills `line.tokens` (and `contentOwnerCol`); returns the state the next line is entered in. */
function tokenizeLine(line: ModelLine, entry: ScanState): ScanState {
  const lineText = line.text;
  if (entry.quote !== undefined) {
    line.contentOwnerCol = entry.quoteOwner;
    return closesQuote(lineText, entry.quote) ? PLAIN : entry;
  }
  const indent = leadingSpaces(lineText);
  const blank = indent === lineText.length;
  if (entry.blockOwner >= 0 && (blank || indent > entry.blockOwner)) {
    line.contentOwnerCol = entry.blockOwner;
    return entry;
  }
  if (blank || lineText[indent] === '#') return PLAIN;
  // A tab in the indentation is a YAML error (yaml.v3: "found character that cannot start any
  // token"): the line has no structure to offer, and its text must not become a key named "\tkey".
  if (lineText[indent] === '\t') return PLAIN;
  if (lineText.startsWith('---') || lineText.startsWith('...')) return PLAIN;

  let p = indent;
  while (lineText[p] === '-' && (p + 1 === lineText.length || lineText[p + 1] === ' ' || lineText[p + 1] === '\t')) {
    line.tokens.push({ kind: 'dash', col: p });
    p++;
    while (lineText[p] === ' ' || lineText[p] === '\t') p++;
  }
  if (p >= lineText.length || lineText[p] === '#') return PLAIN;
  const ownerCol = line.tokens.length > 0 ? line.tokens[line.tokens.length - 1].col : indent;
  const key = keyAt(lineText, p);
  // Where the value starts, and which column owns a block scalar or quoted string opened there.
  let v = p;
  let owner = ownerCol;
  let extent: { end: number; openQuote?: '"' | "'" };
  if (key) {
    v = key.afterColon;
    while (lineText[v] === ' ' || lineText[v] === '\t') v++;
    extent = valueExtent(lineText, v);
    owner = p;
    line.tokens.push({ kind: 'key', col: p, key: key.key, keyEnd: key.keyEnd, valueCol: v, valueEnd: extent.end, value: lineText.slice(v, extent.end) });
  } else {
    extent = valueExtent(lineText, p);
    line.tokens.push({ kind: 'scalar', col: p, end: extent.end, text: lineText.slice(p, extent.end) });
  }
  if (extent.openQuote) return { blockOwner: -1, quote: extent.openQuote, quoteOwner: owner };
  if (BLOCK_SCALAR_HEADER.test(lineText.slice(v))) return { blockOwner: owner, quote: undefined, quoteOwner: -1 };
  return PLAIN;
}

/** Does a quoted string continued from the line above close on this line? */
function closesQuote(lineText: string, quote: '"' | "'"): boolean {
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText[i];
    if (quote === '"' && c === '\\') {
      i++;
    } else if (c === quote) {
      if (quote === "'" && lineText[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}
