// Ignition's config merge (parent + child → result) over plain Ignition objects, with the
// transcript of which parent/child path ended where, and the reference's way of turning that
// transcript and both sides' TranslationSets into one TranslationSet for the result.
import { Path } from '../../types';
import { isGoInt } from '../../util/go-int';
import { TranslationSet } from '../translation-set';
import { TranscriptTranslations, isPlainValueField, transcribeSubtree } from '../base/transcribe';

type Side = 'parent' | 'child';
interface Mapping {
  side: Side;
  from: Path;
  to: Path;
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Lists whose items are concatenated rather than merged by key. */
const CONCATENATED_LISTS = new Set(['append', 'options', 'mountOptions']);

/** Lists that share one key space with their siblings, per containing object. */
function sharedKeyHandle(container: Path, field: string): string {
  const last = container[container.length - 1];
  if (last === 'storage' && container.length === 1 && (field === 'files' || field === 'directories' || field === 'links')) {
    return 'node';
  }
  if (last === 'kernelArguments' && (field === 'shouldExist' || field === 'shouldNotExist')) return 'kernelArgument';
  return field;
}

/** The merge key of a list item (Ignition's Key() methods; primitives are their own key). */
function itemKey(field: string, item: unknown): string {
  if (!isObject(item)) return String(item);
  const str = (k: string): string => (typeof item[k] === 'string' ? (item[k] as string) : '');
  switch (field) {
    case 'partitions': {
      const num = isGoInt(item.number) ? item.number : 0;
      if (num !== 0) return `number:${num}`;
      if (item.label !== undefined && item.label !== null) return `label:${String(item.label)}`;
      return '';
    }
    case 'disks':
    case 'filesystems':
      return str('device');
    case 'files':
    case 'directories':
    case 'links':
      return str('path');
    case 'tang':
      return str('url');
    case 'merge':
    case 'certificateAuthorities':
      return str('source');
    default:
      return str('name');
  }
}

function isZeroScalar(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}

/** Ignition 3.0-3.2, where a few more fields were plain values instead of pointers. */
function isOldSpec(config: Obj): boolean {
  const version = isObject(config.ignition) ? config.ignition.version : undefined;
  return version === '3.0.0' || version === '3.1.0' || version === '3.2.0';
}

/** Receives the transcript as the merge produces it: single pairs, and whole transcribed subtrees. */
interface TranscriptSink {
  one(side: Side, from: Path, to: Path): void;
  /** Records every present leaf of `value` (and the containers holding one); whether any was. */
  subtree(side: Side, value: unknown, from: Path, to: Path): boolean;
}

class Merger {
  constructor(
    private readonly sink: TranscriptSink,
    private readonly oldSpec = false,
  ) {}

  /**
   * Go's reflect IsZero on the value at result path `at`: a plain (non-pointer) field holding its
   * zero value counts as unset, a pointer to a zero value does not.
   */
  private isZero(v: unknown, at: Path): boolean {
    if (v === undefined || v === null) return true;
    if (Array.isArray(v)) return v.length === 0;
    if (isObject(v)) return Object.entries(v).every(([k, x]) => this.isZero(x, [...at, k]));
    return isPlainValueField(at, this.oldSpec) && isZeroScalar(v);
  }

  private one(side: Side, from: Path, to: Path): void {
    this.sink.one(side, from, to);
  }

  private transcribe(side: Side, from: Path, to: Path, value: unknown): boolean {
    return this.sink.subtree(side, value, from, to);
  }

  mergeObject(parent: Obj, pPath: Path, child: Obj, cPath: Path, rPath: Path): Obj {
    const result: Obj = {};
    const keys = [...Object.keys(parent), ...Object.keys(child).filter((k) => !(k in parent))];
    // Child items by (handle, key), the last one winning, as Ignition indexes them.
    const childIndex = new Map<string, { field: string; index: number; item: unknown }>();
    for (const [field, list] of Object.entries(child)) {
      if (!Array.isArray(list) || CONCATENATED_LISTS.has(field)) continue;
      const handle = sharedKeyHandle(rPath, field);
      list.forEach((item, index) => childIndex.set(`${handle}\u0000${itemKey(field, item)}`, { field, index, item }));
    }

    for (const k of keys) {
      const p = parent[k];
      const c = child[k];
      const pf = [...pPath, k];
      const cf = [...cPath, k];
      const rf = [...rPath, k];
      const sample = p !== undefined && p !== null ? p : c;
      if (Array.isArray(sample)) {
        const merged = CONCATENATED_LISTS.has(k)
          ? this.concatLists(asList(p), pf, asList(c), cf, rf)
          : this.mergeLists(k, asList(p), pf, asList(c), cf, rf, childIndex);
        if (merged !== undefined) result[k] = merged;
      } else if (isObject(sample)) {
        if (this.isZero(c, rf)) {
          if (p !== undefined) result[k] = p;
          this.transcribe('parent', pf, rf, p);
        } else if (this.isZero(p, rf)) {
          result[k] = c;
          this.transcribe('child', cf, rf, c);
        } else {
          result[k] = this.mergeObject(p as Obj, pf, c as Obj, cf, rf);
          this.one('parent', pf, rf);
          this.one('child', cf, rf);
        }
      } else if (c !== undefined && c !== null) {
        result[k] = c;
        this.transcribe('child', cf, rf, c);
      } else if (p !== undefined && p !== null) {
        result[k] = p;
        this.transcribe('parent', pf, rf, p);
      }
    }
    return result;
  }

  private concatLists(p: unknown[], pf: Path, c: unknown[], cf: Path, rf: Path): unknown[] | undefined {
    if (p.length + c.length === 0) return undefined;
    const out: unknown[] = [];
    p.forEach((item, i) => {
      out.push(item);
      this.transcribe('parent', [...pf, i], [...rf, i], item);
    });
    c.forEach((item, i) => {
      out.push(item);
      this.transcribe('child', [...cf, i], [...rf, p.length + i], item);
    });
    if (p.length > 0) this.one('parent', pf, rf);
    if (c.length > 0) this.one('child', cf, rf);
    return out;
  }

  private mergeLists(
    field: string,
    p: unknown[],
    pf: Path,
    c: unknown[],
    cf: Path,
    rf: Path,
    childIndex: Map<string, { field: string; index: number; item: unknown }>,
  ): unknown[] | undefined {
    if (p.length + c.length === 0) return undefined;
    const out: unknown[] = [];
    const parentKeys = new Set(p.map((item) => itemKey(field, item)));
    const handle = sharedKeyHandle(rf.slice(0, -1), field);
    let fromParent = false;
    let fromChild = false;
    p.forEach((parentItem, i) => {
      const pItemPath = [...pf, i];
      const rItemPath = [...rf, out.length];
      const match = childIndex.get(`${handle}\u0000${itemKey(field, parentItem)}`);
      if (match === undefined) {
        out.push(parentItem);
        this.transcribe('parent', pItemPath, rItemPath, parentItem);
        fromParent = true;
        return;
      }
      // A same-keyed entry in a sibling list (a file vs. a directory) drops the parent's.
      if (match.field !== field) return;
      const cItemPath = [...cf, match.index];
      fromParent = true;
      fromChild = true;
      if (isObject(match.item)) {
        if (field === 'httpHeaders' && (match.item.value === undefined || match.item.value === null)) return;
        out.push(this.mergeObject(isObject(parentItem) ? parentItem : {}, pItemPath, match.item, cItemPath, rItemPath));
        this.one('parent', pItemPath, rItemPath);
        this.one('child', cItemPath, rItemPath);
      } else {
        out.push(match.item);
        this.transcribe('child', cItemPath, rItemPath, match.item);
      }
    });
    c.forEach((childItem, i) => {
      if (parentKeys.has(itemKey(field, childItem))) return;
      const rItemPath = [...rf, out.length];
      out.push(childItem);
      this.transcribe('child', [...cf, i], rItemPath, childItem);
      fromChild = true;
    });
    if (fromParent) this.one('parent', pf, rf);
    if (fromChild) this.one('child', cf, rf);
    return out;
  }
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Ignition's MergeStructTranscribe over plain objects: `child` wins over `parent`. */
export function mergeIgnition(parent: Obj, child: Obj, oldSpec = isOldSpec(child)): { result: Obj; transcript: Mapping[] } {
  const transcript: Mapping[] = [];
  const sink: TranscriptSink = {
    one: (side, from, to) => transcript.push({ side, from: [...from], to: [...to] }),
    subtree(side, value, from, to) {
      const fromPath = [...from];
      return transcribeSubtree(value, undefined, undefined, [...to], oldSpec, (_node, at) =>
        transcript.push({ side, from: fromPath.concat(at.slice(to.length)), to: [...at] }),
      );
    },
  };
  const result = new Merger(sink, oldSpec).mergeObject(parent, [], child, [], []);
  return { result, transcript };
}

/**
 * Merges two translated configs and combines their TranslationSets through the merge transcript.
 * Where both sides produced a result path the child's source wins, since the parent is a
 * generated config whose source says less about the result.
 */
export function mergeTranslatedConfigs(
  parent: Obj,
  parentTs: TranslationSet,
  child: Obj,
  childTs: TranslationSet,
): { config: Obj; translations: TranslationSet } {
  // The transcript is applied as it is produced, following the sides' translation tries.
  const translations = new TranscriptTranslations(parentTs, childTs, isOldSpec(child));
  const sink: TranscriptSink = {
    one: (side, from, to) => translations.one(side, from, to),
    subtree: (side, value, from, to) => translations.subtree(side, value, from, to),
  };
  const result = new Merger(sink, isOldSpec(child)).mergeObject(parent, [], child, [], []);
  return { config: result, translations: translations.result };
}

export type { Mapping as MergeMapping };
