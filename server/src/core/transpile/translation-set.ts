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

  merge(other: TranslationSet): void {
    for (const t of other.set.values()) this.add(t.from, t.to);
  }

  /** Merge `other` with its from-paths prefixed by `fromPrefix` and to-paths by `toPrefix`. */
  mergePrefixed(fromPrefix: Path, toPrefix: Path, other: TranslationSet): void {
    for (const t of other.set.values()) this.add([...fromPrefix, ...t.from], [...toPrefix, ...t.to]);
  }
}
