// Where the cursor is inside a flow collection written on one line (`files: [{path: /a, mode: 0644}]`,
// `- {name: a.service, enabled: true}`): the path of the flow mapping whose key is being typed, or
// of the key whose value is being typed. The line model only sees the block structure; this reads
// the flow text between the block key (or list dash) that opens it and the cursor. Flow collections
// that continue on later lines are not followed: their continuation lines are not structure the
// model can place.
import { FeatureDocument, Path, unquote } from './document-model';

export type FlowPosition =
  /** A key of the flow mapping at `path` is typed at [wordStart, cursor); `present` are its other keys. */
  | { kind: 'key'; path: Path; wordStart: number; present: Set<string> }
  /** The value of the field at `path` is typed at [wordStart, cursor). */
  | { kind: 'value'; path: Path; wordStart: number }
  /** Inside a flow collection, somewhere nothing can be completed (a sequence item, a quoted string, a nested value). */
  | { kind: 'none' };

interface Frame {
  kind: 'map' | 'seq';
  /** Path of the collection; undefined when it cannot be placed (e.g. a mapping used as a key). */
  path: Path | undefined;
  /** In a mapping: the key whose value comes next (after its `:`), or undefined while a key is expected. */
  key?: string;
  /** Column where the current key or item starts. */
  itemStart: number;
  keys: Set<string>;
}

const PARTIAL_KEY = /^[A-Za-z_][A-Za-z0-9_]*$|^$/;
const PARTIAL_VALUE = /^[^\s{}[\],"'#]*$/;

/**
 * The flow position of column `col` on line `lineIndex`, or undefined when the cursor is not inside
 * a flow collection that starts on that line.
 */
export function flowPositionAt(doc: FeatureDocument, lineIndex: number, col: number): FlowPosition | undefined {
  const line = doc.lines[lineIndex];
  const opened = flowOpening(doc, lineIndex, col);
  if (!opened) return undefined;
  const text = line.text;
  const stack: Frame[] = [];
  for (let i = opened.col; i < col; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if ((c === '"' || c === "'") && startsScalar(text, i)) {
      const close = closingQuote(text, i);
      if (close < 0 || close > col) return { kind: 'none' };
      i = close - 1;
    } else if (c === '{' || c === '[') {
      const path = stack.length === 0 ? opened.path : childPath(top);
      stack.push({ kind: c === '{' ? 'map' : 'seq', path, itemStart: i + 1, keys: new Set() });
    } else if (c === '}' || c === ']') {
      stack.pop();
      if (stack.length === 0) return undefined; // the cursor is after the collection
    } else if (c === ',' && top) {
      top.key = undefined;
      top.itemStart = i + 1;
    } else if (c === ':' && top?.kind === 'map' && top.key === undefined && isValueIndicator(text, i)) {
      top.key = unquote(text.slice(top.itemStart, i).trim());
      top.keys.add(top.key);
      top.itemStart = i + 1;
    } else if (c === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return undefined; // a comment
    }
  }
  const top = stack[stack.length - 1];
  if (!top || !top.path) return stack.length > 0 ? { kind: 'none' } : undefined;
  const typed = text.slice(top.itemStart, col);
  const wordStart = col - typed.trimStart().length;
  if (top.kind === 'map' && top.key === undefined) {
    if (!PARTIAL_KEY.test(typed.trim())) return { kind: 'none' };
    const present = new Set(top.keys);
    for (const key of laterKeys(text, col)) present.add(key);
    return { kind: 'key', path: top.path, wordStart, present };
  }
  if (top.kind === 'map' && top.key !== undefined && PARTIAL_VALUE.test(typed.trim())) {
    return { kind: 'value', path: [...top.path, top.key], wordStart };
  }
  return { kind: 'none' };
}

/** The flow collection on this line that the cursor may be in: where it opens and the path it has. */
function flowOpening(doc: FeatureDocument, lineIndex: number, col: number): { col: number; path: Path } | undefined {
  const tokens = doc.lines[lineIndex].tokens;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'key') {
      if (t.valueCol > col || !isFlowStart(t.value)) return undefined;
      const path = doc.keyPath(lineIndex, k);
      return path ? { col: t.valueCol, path } : undefined;
    }
    if (t.kind === 'scalar') {
      // `- {…}`: the entry of the dash before it; a scalar first on its line continues something above.
      if (k === 0 || t.col > col || !isFlowStart(t.text)) return undefined;
      const path = doc.entryPath(lineIndex, k - 1);
      return path ? { col: t.col, path } : undefined;
    }
  }
  return undefined;
}

function isFlowStart(value: string): boolean {
  return value.startsWith('{') || value.startsWith('[');
}

function childPath(parent: Frame | undefined): Path | undefined {
  if (!parent || !parent.path) return undefined;
  if (parent.kind === 'seq') return [...parent.path, 0];
  return parent.key === undefined ? undefined : [...parent.path, parent.key];
}

/** A `:` that separates a key from its value in flow context. */
function isValueIndicator(text: string, i: number): boolean {
  const next = text[i + 1];
  return next === undefined || next === ' ' || next === '\t' || next === ',' || next === '}' || next === ']';
}

/** Keys written after the cursor in the same flow mapping (up to its closing brace). */
function laterKeys(text: string, from: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let itemStart = from;
  let expectingKey = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if ((c === '"' || c === "'") && startsScalar(text, i)) {
      const close = closingQuote(text, i);
      if (close < 0) break;
      i = close - 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && c === ',') {
      expectingKey = true;
      itemStart = i + 1;
    } else if (depth === 0 && expectingKey && c === ':' && isValueIndicator(text, i)) {
      keys.push(unquote(text.slice(itemStart, i).trim()));
      expectingKey = false;
    }
  }
  return keys;
}

/** Does a quote at `i` start a quoted scalar (rather than sit inside a plain one, like `it's`)? */
function startsScalar(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || '{[,:'.includes(text[j]);
}

/** Index just past the closing quote of the quoted scalar starting at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  const q = text[from];
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (q === '"' && c === '\\') i++;
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}
