// The one place that maps a YAML path to a source position and back.
//
// The reference builds a position tree from the YAML nodes (vcontext): mappings index their
// values and, separately, their keys by the key's text; sequences index items; scalars and
// aliases are leaves (an alias is never followed). A report path is resolved to the deepest
// node that exists along it.
import { Path, PathSegment } from './types';
import { YMapEntry, YNode, YPos } from './yaml/types';

/** The entry whose key text is `key` (the last one wins, as in the reference's map). */
function entryFor(node: YNode, key: string): YMapEntry | undefined {
  if (node.kind !== 'map') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) {
    if (mapKeyText(node.entries[i].key) === key) return node.entries[i];
  }
  return undefined;
}

/** The text a mapping key is indexed by: scalar text, alias name, "" for collections. */
export function mapKeyText(key: YNode): string {
  return key.kind === 'scalar' ? key.value : key.kind === 'alias' ? key.name : '';
}

function child(node: YNode, seg: PathSegment): YNode | undefined {
  if (typeof seg === 'string') return entryFor(node, seg)?.value;
  if (node.kind === 'seq' && Number.isInteger(seg) && seg >= 0 && seg < node.items.length) return node.items[seg];
  return undefined;
}

/** The node exactly at `path` (no fallback), or undefined when some step is missing. */
export function nodeAt(root: YNode | null, path: Path): YNode | undefined {
  let node: YNode | undefined = root ?? undefined;
  for (const seg of path) {
    if (!node) return undefined;
    node = child(node, seg);
  }
  return node;
}

/** The deepest node along `path` and how many segments it consumed. */
function deepest(root: YNode, path: Path): { node: YNode; depth: number } {
  let node = root;
  let depth = 0;
  for (const seg of path) {
    const next = child(node, seg);
    if (!next) break;
    node = next;
    depth++;
  }
  return { node, depth };
}

/**
 * The position the reference reports for `path`: that of the deepest node that exists along it
 * (vcontext's Correlate), so a missing key is reported at its nearest existing parent.
 */
export function correlate(root: YNode | null, path: Path): YPos | undefined {
  if (!root) return undefined;
  return pick(deepest(root, path).node);
}

/**
 * The position of a mapping *key* (the reference's marker for "unused key" findings, whose
 * path ends in the key). Falls back to `correlate` of the parent when the key is missing.
 */
export function correlateKey(root: YNode | null, path: Path): YPos | undefined {
  if (!root || path.length === 0) return correlate(root, path);
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = nodeAt(root, parentPath);
  if (parent && typeof last === 'string') {
    const entry = entryFor(parent, last);
    if (entry) return pick(entry.key);
  }
  return correlate(root, parentPath);
}

function pick(n: YNode): YPos {
  return { line: n.line, col: n.col, start: n.start, end: n.end };
}

export interface PathRange {
  /** UTF-16 [start, end) of the node the path resolves to (deepest existing node). */
  valueRange: [number, number];
  /** UTF-16 [start, end) of the key, when the path ends in an existing mapping key. */
  keyRange?: [number, number];
  /** False when only a prefix of the path exists and the ranges are those of an ancestor. */
  exact: boolean;
}

/** Source ranges for `path`, for editor diagnostics and links. */
export function rangeOf(root: YNode | null, path: Path): PathRange | undefined {
  if (!root) return undefined;
  const { node, depth } = deepest(root, path);
  const out: PathRange = { valueRange: [node.start, node.end], exact: depth === path.length };
  if (depth > 0 && typeof path[depth - 1] === 'string') {
    const parent = nodeAt(root, path.slice(0, depth - 1));
    const entry = parent ? entryFor(parent, path[depth - 1] as string) : undefined;
    if (entry) out.keyRange = [entry.key.start, entry.key.end];
  }
  return out;
}

/**
 * The YAML path of the innermost node at a UTF-16 offset (a key's offset gives the path of its
 * entry). Aliases are not followed. The root path is [] when nothing more specific matches.
 */
export function pathAt(root: YNode | null, offset: number): Path {
  const path: PathSegment[] = [];
  let node: YNode | null = root;
  while (node) {
    let next: YNode | null = null;
    if (node.kind === 'map') {
      for (const { key, value } of node.entries) {
        const within = (n: YNode) => offset >= n.start && offset <= n.end;
        if (within(key)) {
          path.push(mapKeyText(key));
          return path;
        }
        if (within(value) && value.end > value.start) {
          path.push(mapKeyText(key));
          next = value;
          break;
        }
        if (value.start === value.end && offset >= key.end && offset <= value.end) {
          // An empty value right after "key:".
          path.push(mapKeyText(key));
          return path;
        }
      }
    } else if (node.kind === 'seq') {
      node.items.some((item, i) => {
        if (offset >= item.start && offset <= item.end) {
          path.push(i);
          next = item;
          return true;
        }
        return false;
      });
    }
    node = next;
  }
  return path;
}
