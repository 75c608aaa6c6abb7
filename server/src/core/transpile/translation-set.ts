// Which Butane (yaml) path produced which Ignition (json) path. Reports found on the output are
// mapped back through it; the preview uses it to link output to source.
import { Path, formatPath } from '../types';

export interface Translation {
  from: Path; // yaml
  to: Path; // json
}

export class TranslationSet {
  /** Keyed by the formatted json path, as the reference keys it (a later translation replaces an earlier one). */
  readonly set = new Map<string, Translation>();

  add(from: Path, to: Path): void {
    this.set.set(formatPath(to), { from: [...from], to: [...to] });
  }

  lookup(to: Path): Translation | undefined {
    return this.set.get(formatPath(to));
  }

  has(to: Path): boolean {
    return this.set.has(formatPath(to));
  }

  get size(): number {
    return this.set.size;
  }

  merge(other: TranslationSet): void {
    for (const t of other.set.values()) this.add(t.from, t.to);
  }

  /** Merge `other` with its from-paths prefixed by `fromPrefix` and to-paths by `toPrefix`. */
  mergePrefixed(fromPrefix: Path, toPrefix: Path, other: TranslationSet): void {
    for (const t of other.set.values()) this.add([...fromPrefix, ...t.from], [...toPrefix, ...t.to]);
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
    outer: for (const t of this.set.values()) {
      if (t.to.length < to.length) continue;
      for (let i = 0; i < to.length; i++) if (t.to[i] !== to[i]) continue outer;
      ret.add(t.from, t.to.slice(to.length));
    }
    return ret;
  }

  /**
   * Re-targets translations: for each mapping (json→json) whose from-path has a translation here,
   * that translation is moved to the mapping's to-path.
   */
  map(mappings: TranslationSet): TranslationSet {
    const ret = new TranslationSet();
    ret.merge(this);
    for (const m of mappings.set.values()) {
      const key = formatPath(m.from);
      const t = ret.set.get(key);
      if (t) {
        ret.set.delete(key);
        ret.add(t.from, m.to);
      }
    }
    return ret;
  }

  /** Records `from` as the source of `toPrefix` and of every path inside `value` (an output subtree). */
  addFromCommonSource(from: Path, toPrefix: Path, paths: readonly Path[]): void {
    for (const p of paths) this.add(from, [...toPrefix, ...p]);
    this.add(from, toPrefix);
  }

  /** The reference's --debug dump: a header, then "from → to" lines sorted by output path. */
  toString(): string {
    const lines = [...this.set.entries()]
      .map(([key, t]) => ({ key: formatPath(t.to), line: `${formatPath(t.from)} → ${formatPath(t.to)}${key !== formatPath(t.to) ? ` (key: ${key})` : ''}` }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((e) => e.line + '\n');
    return 'TranslationSet: yaml → json\n' + lines.join('');
  }
}
