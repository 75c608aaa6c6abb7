// The subtree part of Ignition's merge transcript (its transcribe step): every present leaf of a
// value, and every list or object holding one, is recorded as moving from the side's path to the
// result path, children before their container. Plain (non-pointer) fields left at their zero
// value are not recorded, as Go's reflection sees no value there.
//
// The walk keeps one mutable result path and, instead of a from-path, the matching node of the
// side's TranslationSet trie, so the translation of each recorded path is found without building
// or formatting the path.
import { Path, PathSegment } from '../../types';
import { KeyNode, TranslationSet } from '../translation-set';

/**
 * Called per recorded path: `node` is the side's trie node at the from-path (undefined: nothing
 * recorded there), `to` the shared result path (copy it to keep it), `out` the result trie's node
 * at `to` when the walk was given one.
 */
export type TranscriptRecord = (node: KeyNode | undefined, to: readonly PathSegment[], out: KeyNode | undefined) => void;

const LIST_ITEM_VALUE_KEYS: Record<string, string[]> = {
  files: ['path'],
  directories: ['path'],
  links: ['path'],
  disks: ['device'],
  partitions: ['number'],
  filesystems: ['device'],
  luks: ['name'],
  tang: ['url'],
  raid: ['name'],
  units: ['name'],
  dropins: ['name'],
  users: ['name'],
  groups: ['name'],
  httpHeaders: ['name'],
  certificateAuthorities: ['source'],
};

// Plain in Ignition 3.0-3.2 only (pointers from 3.3 on).
const OLD_LIST_ITEM_VALUE_KEYS: Record<string, string[]> = { links: ['target'], raid: ['level'] };

/**
 * Whether the output field at `path` is a plain Go value (zero when empty) rather than a pointer.
 * `oldSpec`: Ignition 3.0-3.2, where link targets, raid levels and clevis custom config/pin were
 * plain strings.
 */
export function isPlainValueField(path: Path, oldSpec = false): boolean {
  const last = path[path.length - 1];
  if (typeof last === 'number') return true; // list of scalars
  if (path.length === 2 && path[0] === 'ignition' && last === 'version') return true;
  if (path.length >= 3 && typeof path[path.length - 2] === 'number') {
    const list = String(path[path.length - 3]);
    if ((LIST_ITEM_VALUE_KEYS[list] ?? []).includes(String(last))) return true;
    return oldSpec && (OLD_LIST_ITEM_VALUE_KEYS[list] ?? []).includes(String(last));
  }
  if (oldSpec && path.length >= 2 && path[path.length - 2] === 'custom') return last === 'config' || last === 'pin';
  return false;
}

function isZeroScalar(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}

/**
 * Walks `value`, following the side's trie (`node`) and, when given, the result's trie (`out`,
 * whose nodes are created on the way); `to` is restored on return. Returns whether anything was
 * recorded.
 */
export function transcribeSubtree(
  value: unknown,
  node: KeyNode | undefined,
  out: KeyNode | undefined,
  to: PathSegment[],
  oldSpec: boolean,
  record: TranscriptRecord,
): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'object') {
    let any = false;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (v === undefined || v === null) continue;
        to.push(i);
        if (transcribeSubtree(v, node?.child(i), out?.childOrNew(i), to, oldSpec, record)) any = true;
        to.pop();
      }
    } else {
      const obj = value as Record<string, unknown>;
      for (const k of Object.keys(obj)) {
        const v = obj[k];
        if (v === undefined || v === null) continue;
        to.push(k);
        if (transcribeSubtree(v, node?.child(k), out?.childOrNew(k), to, oldSpec, record)) any = true;
        to.pop();
      }
    }
    if (!any) return false;
  } else if (isZeroScalar(value) && isPlainValueField(to, oldSpec)) {
    return false;
  }
  record(node, to, out);
  return true;
}

type Side = 'parent' | 'child';

function samePath(a: Path, b: Path): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Applies a merge transcript to the sides' TranslationSets as it is produced: each recorded
 * (from, to) pair carries the side's translation of `from` over to `to` in `result`, unless a
 * parent pair finds `to` already taken (the child's source wins).
 */
export class TranscriptTranslations {
  readonly result = new TranslationSet();
  constructor(
    private readonly parent: TranslationSet,
    private readonly child: TranslationSet,
    private readonly oldSpec: boolean,
  ) {}

  private carry(side: Side, node: KeyNode | undefined, out: KeyNode, to: readonly PathSegment[], samePlace: boolean): void {
    const entry = node?.t;
    if (!entry) return;
    if (side === 'parent' && out.t !== undefined) return;
    // Where the pair keeps its path the side's translation already has the right target.
    this.result.setAt(out, samePlace ? entry : { from: entry.from, to: [...to] });
  }

  private root(side: Side): KeyNode {
    return (side === 'parent' ? this.parent : this.child).rootNode;
  }

  one(side: Side, from: Path, to: Path): void {
    this.carry(side, nodeAt(this.root(side), from), this.result.nodeOrNew(to), to, false);
  }

  /** Records every non-zero value under `value` (and the containers holding one); whether any was. */
  subtree(side: Side, value: unknown, from: Path, to: Path): boolean {
    const samePlace = samePath(from, to);
    return transcribeSubtree(value, nodeAt(this.root(side), from), this.result.nodeOrNew(to), [...to], this.oldSpec, (node, at, out) =>
      this.carry(side, node, out!, at, samePlace),
    );
  }
}

/** The trie node at `path` below `root`, if any. */
export function nodeAt(root: KeyNode, path: readonly PathSegment[]): KeyNode | undefined {
  let node: KeyNode | undefined = root;
  for (let i = 0; i < path.length && node; i++) node = node.child(path[i]);
  return node;
}
