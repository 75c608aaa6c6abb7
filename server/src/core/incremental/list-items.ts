// Incremental analysis, text side: the entries of the long lists of a Butane config
// (storage.files, systemd.units, passwd.users, ...) as line-aligned segments of the text, which
// edit falls inside one of them, and a small stand-in document holding just that entry.
//
// Why this is enough for exactness in the common case: the reference checks each list entry on
// its own, except for checks that compare entries by their identity (path or name: duplicates,
// parent/link conflicts, unit files vs units). An edit that stays inside one entry, keeps its
// identity and leaves the config without errors therefore changes only that entry's findings.
// Everything else (errors present, identity changed, structure changed) goes to a full analysis.
import { ParsedYaml, YMap, YNode, YSeq } from '../yaml/types';

/** The lists handled entry by entry, with the field that identifies an entry across the config. */
export const INCREMENTAL_LISTS: ReadonlyArray<{ parent: string; list: string; identity: string }> = [
  { parent: 'storage', list: 'files', identity: 'path' },
  { parent: 'storage', list: 'directories', identity: 'path' },
  { parent: 'storage', list: 'links', identity: 'path' },
  { parent: 'systemd', list: 'units', identity: 'name' },
  { parent: 'passwd', list: 'users', identity: 'name' },
  { parent: 'passwd', list: 'groups', identity: 'name' },
];

/** One list entry: whole lines [start, end) of the text, from its dash line to the next entry. */
export interface ItemSegment {
  parent: string;
  list: string;
  index: number;
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** Identity value (path or name) as parsed, '' when absent. */
  identity: string;
  /** The identity when it is a plain string. */
  identityPlain?: string;
  /** Offset of the dash relative to `start`: the edit must leave the text up to it alone. */
  dashColumn: number;
}

/** Identities across the document, for the cross-entry checks (duplicates, conflicts). */
export interface IdentityIndex {
  /** Only the incremental lists and the header at top level, nothing generating more entries (trees, filesystems, grub). */
  simpleShape: boolean;
  hasLinks: boolean;
  /** Paths of the links: nothing may live below them. */
  linkPaths: string[];
  /** Some unit name has an '@': template units and their instances are judged together. */
  templateUnits: boolean;
  /** storage.filesystems entries may generate mount units (whose names units must not repeat). */
  hasFilesystems: boolean;
  /** Some storage entry lives under /etc/systemd, where unit contents matter to it. */
  systemdPaths: boolean;
  /** Plain identity values per namespace ("storage" for all storage lists) and how often each occurs. */
  counts: Map<string, Map<string, number>>;
}

export interface ItemIndex {
  /** The header lines (variant, version) as written, for the stand-in documents. */
  headerLines: string[];
  /** `parent:` and `  list:` lines as written (key text and columns kept), per list. */
  parentLines: Map<string, [string, string]>;
  /** All segments of all lists, in text order. */
  segments: ItemSegment[];
  identities: IdentityIndex;
}

/** Sections that generate no files, units or users of their own (unlike trees, boot_device, grub, openshift). */
const SIMPLE_SHAPE: Record<string, ReadonlySet<string> | null> = {
  variant: null,
  version: null,
  ignition: null,
  kernel_arguments: null,
  storage: new Set(['files', 'directories', 'links', 'disks', 'raid', 'filesystems', 'luks']),
  systemd: new Set(['units']),
  passwd: new Set(['users', 'groups']),
};

export function namespaceOf(segment: { parent: string; list: string }): string {
  return segment.parent === 'storage' ? 'storage' : `${segment.parent}.${segment.list}`;
}

/** A plain string identity value (tag !!str), undefined otherwise. */
export function plainIdentity(item: YNode, field: string): string | undefined {
  const e = mapGet(item, field);
  return e && e.value.kind === 'scalar' && e.value.tag === '!!str' ? e.value.value : undefined;
}

function isSimpleShape(root: YMap): boolean {
  return root.entries.every((e) => {
    if (e.key.kind !== 'scalar' || !(e.key.value in SIMPLE_SHAPE)) return false;
    const allowed = SIMPLE_SHAPE[e.key.value];
    if (allowed === null) return true;
    if (e.value.kind === 'scalar' && e.value.tag === '!!null') return true;
    return e.value.kind === 'map' && e.value.entries.every((c) => c.key.kind === 'scalar' && allowed.has(c.key.value));
  });
}

function mapGet(node: YNode | null | undefined, key: string): { key: YNode; value: YNode } | undefined {
  if (!node || node.kind !== 'map') return undefined;
  return node.entries.find((e) => e.key.kind === 'scalar' && e.key.value === key);
}

function hasDuplicateKeys(map: YMap): boolean {
  const seen = new Set<string>();
  for (const e of map.entries) {
    if (e.key.kind !== 'scalar') return true;
    if (seen.has(e.key.value)) return true;
    seen.add(e.key.value);
  }
  return false;
}

function lineStartOf(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function containsAlias(node: YNode | null, depth = 0): boolean {
  if (!node || depth > 200) return depth > 200;
  switch (node.kind) {
    case 'alias':
      return true;
    case 'scalar':
      return false;
    case 'map':
      return node.entries.some((e) => containsAlias(e.key, depth + 1) || containsAlias(e.value, depth + 1));
    case 'seq':
      return node.items.some((i) => containsAlias(i, depth + 1));
  }
}

/** The value of the identity field of an entry, '' when absent or not a plain value. */
export function identityOf(item: YNode, field: string): string {
  const e = mapGet(item, field);
  if (!e) return '';
  return e.value.kind === 'scalar' ? `${e.value.tag}\u0000${e.value.value}` : `\u0001${e.value.kind}`;
}

/** A single-line slice `key: value` of a top-level entry, or undefined if it is not one. */
function singleLine(text: string, from: number, to: number): string | undefined {
  const s = text.slice(from, to);
  return s.includes('\n') ? undefined : s;
}

/**
 * Segments of every incremental list in a full parse, or null when the document is outside the
 * simple shape this works on (errors, aliases, CR line breaks, flow style, repeated keys).
 */
export function buildItemIndex(parsed: ParsedYaml): ItemIndex | null {
  const { text, root } = parsed;
  if (parsed.error || parsed.secondDocumentStart || parsed.documentCount > 1) return null;
  if (!root || root.kind !== 'map' || root.tag !== undefined || hasDuplicateKeys(root)) return null;
  if (text.includes('\r') || containsAlias(root)) return null;
  const variant = mapGet(root, 'variant');
  const version = mapGet(root, 'version');
  if (!variant || !version) return null;
  const headerLines: string[] = [];
  for (const e of [variant, version]) {
    if (e.key.col !== 1) return null;
    const line = singleLine(text, e.key.start, Math.max(e.value.end, e.key.end));
    if (line === undefined) return null;
    headerLines.push(line);
  }
  const parentLines = new Map<string, [string, string]>();
  const segments: ItemSegment[] = [];
  const identities: IdentityIndex = { simpleShape: isSimpleShape(root), hasLinks: false, systemdPaths: false, templateUnits: false, linkPaths: [], hasFilesystems: false, counts: new Map() };
  const storage = mapGet(root, 'storage')?.value;
  const filesystems = storage ? mapGet(storage, 'filesystems')?.value : undefined;
  if (filesystems && !(filesystems.kind === 'scalar' && filesystems.tag === '!!null')) identities.hasFilesystems = true;
  for (const spec of INCREMENTAL_LISTS) {
    const parent = mapGet(root, spec.parent);
    const parentValue = parent?.value;
    const anyList = parentValue && parentValue.kind === 'map' ? mapGet(parentValue, spec.list) : undefined;
    if (anyList && anyList.value.kind === 'seq') {
      const ns = namespaceOf(spec);
      const counts = identities.counts.get(ns) ?? new Map<string, number>();
      identities.counts.set(ns, counts);
      if (spec.list === 'links' && anyList.value.items.length > 0) identities.hasLinks = true;
      for (const item of anyList.value.items) {
        const id = plainIdentity(item, spec.identity);
        if (id === undefined) {
          identities.simpleShape = false;
          continue;
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (spec.list === 'links') identities.linkPaths.push(id);
        if (spec.list === 'units' && id.includes('@')) identities.templateUnits = true;
        if (ns === 'storage' && id.startsWith('/etc/systemd')) identities.systemdPaths = true;
      }
    } else if (anyList) identities.simpleShape = false;
    if (!parent || parent.value.kind !== 'map' || parent.value.tag !== undefined || hasDuplicateKeys(parent.value)) continue;
    if (parent.key.col !== 1 || text[parent.value.start] === '{') continue;
    const list = mapGet(parent.value, spec.list);
    if (!list || list.value.kind !== 'seq' || list.value.tag !== undefined || text[list.value.start] !== '-') continue;
    const seq = list.value as YSeq;
    const parentKeyLine = text.slice(parent.key.start, parent.key.end);
    const listKeyLine = ' '.repeat(list.key.col - 1) + text.slice(list.key.start, list.key.end);
    if (parentKeyLine.includes('\n') || listKeyLine.includes('\n')) continue;
    parentLines.set(`${spec.parent}.${spec.list}`, [parentKeyLine + ':', listKeyLine + ':']);
    const starts: number[] = [];
    let ok = true;
    for (const item of seq.items) {
      // The dash before the item, on the item's first line, is where the segment's line begins.
      const lineStart = lineStartOf(text, item.start);
      const dash = text.lastIndexOf('-', item.start);
      if (dash < lineStart || item.kind !== 'map' || text.slice(lineStart, dash).trim() !== '') {
        ok = false;
        break;
      }
      starts.push(lineStart);
    }
    if (!ok) continue;
    seq.items.forEach((item, index) => {
      const start = starts[index];
      const end = index + 1 < starts.length ? starts[index + 1] : nextLineStart(text, Math.max(item.end - 1, item.start));
      segments.push({
        parent: spec.parent,
        list: spec.list,
        index,
        start,
        end,
        line: 0,
        identity: identityOf(item, spec.identity),
        identityPlain: plainIdentity(item, spec.identity),
        dashColumn: text.lastIndexOf('-', item.start) - start,
      });
    });
  }
  segments.sort((a, b) => a.start - b.start);
  // Line numbers in one pass over the text, segment after segment.
  let line = 0;
  let counted = 0;
  for (const seg of segments) {
    line += countNewlines(text, counted, seg.start);
    counted = seg.start;
    seg.line = line;
  }
  return { headerLines, parentLines, segments, identities };
}

/** Where two texts differ: [start, oldEnd) in the old text became [start, newEnd) in the new. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** Newlines in the old text's [start, oldEnd). */
  oldNewlines: number;
}

/** Compared in blocks first: slice equality is a native comparison, much faster than a char loop. */
const DIFF_BLOCK = 2048;

export function diffTexts(oldText: string, newText: string): TextChange {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + DIFF_BLOCK <= max && oldText.slice(start, start + DIFF_BLOCK) === newText.slice(start, start + DIFF_BLOCK)) start += DIFF_BLOCK;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  const room = max - start;
  while (
    suffix + DIFF_BLOCK <= room &&
    oldText.slice(oldText.length - suffix - DIFF_BLOCK, oldText.length - suffix) === newText.slice(newText.length - suffix - DIFF_BLOCK, newText.length - suffix)
  ) {
    suffix += DIFF_BLOCK;
  }
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  const oldEnd = oldText.length - suffix;
  return { start, oldEnd, newEnd: newText.length - suffix, oldNewlines: countNewlines(oldText, start, oldEnd) };
}

/** The segment an edit falls strictly inside (past the dash, before the next entry's line), if any. */
export function segmentOfChange(index: ItemIndex, change: TextChange): ItemSegment | undefined {
  const segs = index.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (change.start < s.start) hi = mid - 1;
    else if (change.start >= s.end) lo = mid + 1;
    else {
      if (change.start <= s.start + s.dashColumn || change.oldEnd >= s.end) return undefined;
      return s;
    }
  }
  return undefined;
}

/** A stand-in document: the header, the list's keys, and one entry's lines as written. */
export interface StandIn {
  text: string;
  /** 0-based line of the entry in the stand-in. */
  itemLine: number;
}

export function standInDocument(index: ItemIndex, segment: ItemSegment, itemText: string): StandIn | undefined {
  const parents = index.parentLines.get(`${segment.parent}.${segment.list}`);
  if (!parents) return undefined;
  const head = [...index.headerLines, ...parents];
  return { text: head.join('\n') + '\n' + itemText, itemLine: head.length };
}

/**
 * Checks that the stand-in parsed as exactly the header plus one entry of the list, with the
 * same identity as before; returns the entry, or undefined when it did not.
 */
export function standInEntry(parsed: ParsedYaml, segment: ItemSegment, identityField: string): YNode | undefined {
  const root = parsed.root;
  if (parsed.error || parsed.secondDocumentStart || parsed.documentCount > 1) return undefined;
  if (!root || root.kind !== 'map' || root.entries.length !== 3 || hasDuplicateKeys(root) || containsAlias(root)) return undefined;
  const parent = mapGet(root, segment.parent);
  if (!parent || parent.value.kind !== 'map' || parent.value.entries.length !== 1) return undefined;
  const list = mapGet(parent.value, segment.list);
  if (!list || list.value.kind !== 'seq' || list.value.items.length !== 1) return undefined;
  const item = list.value.items[0];
  if (item.kind !== 'map') return undefined;
  return item;
}

/** Paths whose checks the stand-in can judge alone: absolute, clean, outside systemd's folders. */
const SAFE_PATH = /^(\/[A-Za-z0-9_][A-Za-z0-9._+@=,~-]*)+$/;

/**
 * Whether an entry may take `next` as its identity (was `segment.identity`) without any check
 * across entries changing: no duplicate, no link or systemd interplay. Updates the counts when so.
 */
export function acceptIdentity(index: ItemIndex, segment: ItemSegment, item: YNode): boolean {
  const field = identityFieldOf(segment);
  const next = identityOf(item, field);
  if (next === segment.identity) return true;
  const ids = index.identities;
  if (!ids.simpleShape) return false;
  const nextPlain = plainIdentity(item, field);
  if (nextPlain === undefined) return false;
  const ns = namespaceOf(segment);
  const counts = ids.counts.get(ns);
  // Neither the old nor the new value may be shared: then no duplicate finding appears or goes.
  if (!counts || (counts.get(nextPlain) ?? 0) > 0) return false;
  if (segment.identityPlain === undefined || counts.get(segment.identityPlain) !== 1) return false;
  // Filesystems may generate .mount/.swap units, which a written unit of the same name meets.
  const mountLike = (name: string) => name.endsWith('.mount') || name.endsWith('.swap');
  if (ns === 'systemd.units' && ((ids.hasFilesystems && (mountLike(nextPlain) || mountLike(segment.identityPlain))) || nextPlain.includes('@'))) return false;
  if (ns === 'storage') {
    if (!SAFE_PATH.test(nextPlain) || nextPlain.startsWith('/etc/systemd')) return false;
    // Links judge what lies below them, and hard links what directory they point at.
    if (segment.list !== 'files' && ids.hasLinks) return false;
    if (ids.linkPaths.some((l) => nextPlain.startsWith(l + '/'))) return false;
    if (nextPlain.split('/').some((part) => part === '.' || part === '..')) return false;
  }
  return true;
}

/** Records an accepted identity change in the counts. */
export function moveIdentity(index: ItemIndex, segment: ItemSegment, item: YNode): string {
  const field = identityFieldOf(segment);
  const next = identityOf(item, field);
  if (next === segment.identity) return next;
  const counts = index.identities.counts.get(namespaceOf(segment))!;
  const before = segment.identityPlain;
  if (before !== undefined) {
    const n = (counts.get(before) ?? 0) - 1;
    if (n > 0) counts.set(before, n);
    else counts.delete(before);
  }
  const plain = plainIdentity(item, field)!;
  counts.set(plain, (counts.get(plain) ?? 0) + 1);
  return next;
}

export function identityFieldOf(segment: ItemSegment): string {
  return INCREMENTAL_LISTS.find((l) => l.parent === segment.parent && l.list === segment.list)!.identity;
}

/** The index after a fast-path edit of `segment`: later segments move by the edit's size. */
export function shiftIndex(index: ItemIndex, segment: ItemSegment, change: TextChange, newText: string, item: YNode): ItemIndex {
  const field = identityFieldOf(segment);
  const sizeDelta = change.newEnd - change.oldEnd;
  const oldEndOfSegment = segment.end;
  const lineDelta = countNewlines(newText, change.start, change.newEnd) - change.oldNewlines;
  const segments = index.segments.map((s) => {
    if (s === segment) return { ...s, end: s.end + sizeDelta, identity: identityOf(item, field), identityPlain: plainIdentity(item, field) };
    if (s.start >= oldEndOfSegment) return { ...s, start: s.start + sizeDelta, end: s.end + sizeDelta, line: s.line + lineDelta };
    return s;
  });
  return { ...index, segments };
}

export function newlinesIn(text: string, from: number, to: number): number {
  return countNewlines(text, from, to);
}
