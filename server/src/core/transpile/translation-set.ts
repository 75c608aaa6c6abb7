// Which Butane (yaml) path produced which Ignition (json) path. Reports found on the output are
// mapped back through it; the preview uses it to link output to source.
//
// The reference keys its set by the formatted output path (`$.storage.files.0.mode`). Formatting a
// string on every add and lookup was the translation's hottest cost, so the keys live in a trie
// instead, one level per dot-separated component of that formatted text: paths that format alike
// (e.g. ["a.b"] and ["a", "b"], or 0 and "0") still share one entry, as in the reference.
import { Path, PathSegment, formatPath } from '../types';

export interface Translation {
  from: Path; // yaml
  to: Path; // json
}

/** List indexes below this go to an array slot; larger numbers are keyed by their text. */
const INDEX_LIMIT = 1 << 20;

/** One key component of the trie; `t` is the translation whose output path ends here. */
export class KeyNode {
  t: Translation | undefined = undefined;
  /** Position in the set's insertion order (valid while `t` is set). */
  slot = -1;
  private indexed: (KeyNode | undefined)[] | undefined = undefined;
  private named: Map<string, KeyNode> | undefined = undefined;

  /** The node one path segment below, or undefined when nothing was ever recorded there. */
  child(seg: PathSegment): KeyNode | undefined {
    if (typeof seg === 'number') {
      if (seg >= 0 && seg < INDEX_LIMIT && (seg | 0) === seg) return this.indexed?.[seg];
      return this.componentsOf(String(seg), false);
    }
    // A named child is keyed by a plain component: a hit needs no further checks.
    return this.named?.get(seg) ?? this.componentsOf(seg, false);
  }

  /** Like child, creating the nodes on the way. */
  childOrNew(seg: PathSegment): KeyNode {
    if (typeof seg === 'number') {
      if (seg >= 0 && seg < INDEX_LIMIT && (seg | 0) === seg) return this.indexedOrNew(seg);
      return this.componentsOf(String(seg), true)!;
    }
    const hit = this.named?.get(seg);
    if (hit) return hit;
    if (seg.indexOf('.') < 0 && indexOfText(seg) < 0) {
      const node = new KeyNode();
      (this.named ??= new Map()).set(seg, node);
      return node;
    }
    return this.componentsOf(seg, true)!;
  }

  private indexedOrNew(i: number): KeyNode {
    const list = (this.indexed ??= []);
    // Fill holes so the array stays packed.
    while (list.length < i) list.push(undefined);
    return (list[i] ??= new KeyNode());
  }

  /** A segment's text may hold dots (several components) or be the text of a list index. */
  private componentsOf(text: string, create: boolean): KeyNode | undefined {
    if (text.indexOf('.') < 0) return this.component(text, create);
    let node: KeyNode | undefined = this;
    for (const part of text.split('.')) {
      node = node.component(part, create);
      if (!node) return undefined;
    }
    return node;
  }

  private component(text: string, create: boolean): KeyNode | undefined {
    const index = indexOfText(text);
    if (index >= 0) return create ? this.indexedOrNew(index) : this.indexed?.[index];
    let node = this.named?.get(text);
    if (!node && create) (this.named ??= new Map()).set(text, (node = new KeyNode()));
    return node;
  }
}

/** The number a component's text stands for when it is the canonical text of a small list index, else -1. */
function indexOfText(text: string): number {
  const n = text.length;
  if (n === 0 || n > 7) return -1;
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && n > 1)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v < INDEX_LIMIT ? v : -1;
}

export class TranslationSet {
  private readonly root = new KeyNode();
  /** Nodes in first-insertion order; a node whose `slot` is not its index here was deleted and re-added later. */
  private order: KeyNode[] = [];
  private count = 0;
  private view: Map<string, Translation> | undefined;

  /**
   * The translations keyed by formatted json path, in insertion order (a Map's order: replacing
   * keeps the position, deleting and adding again moves to the end). Built on demand.
   */
  get set(): ReadonlyMap<string, Translation> {
    if (!this.view) {
      const view = new Map<string, Translation>();
      this.forEach((t) => view.set(formatPath(t.to), t));
      this.view = view;
    }
    return this.view;
  }

  /** The trie's root, for walks that descend alongside a config (see KeyNode.child). */
  get rootNode(): KeyNode {
    return this.root;
  }

  /** The trie node for output path `to`, created if need be (for setAt). */
  nodeOrNew(to: Path): KeyNode {
    return this.nodeOf(to, true)!;
  }

  private nodeOf(to: Path, create: boolean): KeyNode | undefined {
    let node: KeyNode | undefined = this.root;
    for (let i = 0; i < to.length && node; i++) node = create ? node.childOrNew(to[i]) : node.child(to[i]);
    return node;
  }

  /**
   * Records that `to` came from `from` (a later translation replaces an earlier one). The arrays
   * are kept, not copied: callers hand over paths they do not change afterwards.
   */
  add(from: Path, to: Path): void {
    this.setAt(this.nodeOf(to, true)!, { from, to });
  }

  /** Stores `t` at a node of this set's trie (t.to must lead to that node). */
  setAt(node: KeyNode, t: Translation): void {
    if (node.t === undefined) {
      node.slot = this.order.length;
      this.order.push(node);
      this.count++;
    }
    node.t = t;
    this.view = undefined;
  }

  lookup(to: Path): Translation | undefined {
    return this.nodeOf(to, false)?.t;
  }

  has(to: Path): boolean {
    return this.nodeOf(to, false)?.t !== undefined;
  }

  delete(to: Path): boolean {
    const node = this.nodeOf(to, false);
    if (node?.t === undefined) return false;
    node.t = undefined;
    this.count--;
    this.view = undefined;
    return true;
  }

  get size(): number {
    return this.count;
  }

  /** Calls `fn` for every translation, in insertion order. */
  forEach(fn: (t: Translation) => void): void {
    const order = this.order;
    for (let i = 0; i < order.length; i++) {
      const node = order[i];
      if (node.t !== undefined && node.slot === i) fn(node.t);
    }
  }

  values(): Translation[] {
    const out: Translation[] = [];
    this.forEach((t) => out.push(t));
    return out;
  }

  merge(other: TranslationSet): void {
    other.forEach((t) => this.add(t.from, t.to));
  }

  /** Merge `other` with its from-paths prefixed by `fromPrefix` and to-paths by `toPrefix`. */
  mergePrefixed(fromPrefix: Path, toPrefix: Path, other: TranslationSet): void {
    other.forEach((t) => this.add(fromPrefix.length === 0 ? t.from : [...fromPrefix, ...t.from], [...toPrefix, ...t.to]));
  }

  /** A copy with every from-path prefixed by `fromPrefix` and every to-path by `toPrefix`. */
  prefixed(fromPrefix: Path, toPrefix: Path): TranslationSet {
    const ret = new TranslationSet();
    ret.mergePrefixed(fromPrefix, toPrefix, this);
    return ret;
  }

  /**
   * The translations whose to-path lies under `to`, with `to` stripped from the to-paths
   * (from-paths kept). Used when a generated config is re-parented (e.g. inside a MachineConfig).
   */
  descend(to: Path): TranslationSet {
    const ret = new TranslationSet();
    this.forEach((t) => {
      if (t.to.length < to.length) return;
      for (let i = 0; i < to.length; i++) if (t.to[i] !== to[i]) return;
      ret.add(t.from, t.to.slice(to.length));
    });
    return ret;
  }

  /**
   * Re-targets translations: for each mapping (json -> json) whose from-path has a translation here,
   * that translation is moved to the mapping's to-path.
   */
  map(mappings: TranslationSet): TranslationSet {
    const ret = new TranslationSet();
    ret.merge(this);
    mappings.forEach((m) => {
      const t = ret.lookup(m.from);
      if (t) {
        ret.delete(m.from);
        ret.add(t.from, m.to);
      }
    });
    return ret;
  }

  /** Records `from` as the source of `toPrefix` and of every path inside `value` (an output subtree). */
  addFromCommonSource(from: Path, toPrefix: Path, paths: readonly Path[]): void {
    for (const p of paths) this.add(from, [...toPrefix, ...p]);
    this.add(from, toPrefix);
  }

  /** The reference's --debug dump: a header, then "from -> to" lines sorted by output path. */
  toString(): string {
    const lines = [...this.set.entries()]
      .map(([key, t]) => ({ key: formatPath(t.to), line: `${formatPath(t.from)} → ${formatPath(t.to)}${key !== formatPath(t.to) ? ` (key: ${key})` : ''}` }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((e) => e.line + '\n');
    return 'TranslationSet: yaml → json\n' + lines.join('');
  }
}
