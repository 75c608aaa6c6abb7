// Completion for the document's variant and version: keys the mapping at the cursor can still
// take, values of enums/booleans/variant/version, and snippets for common entries. Works on the
// tolerant line model, so half-typed text (`- `, `key: `, an empty line) completes too.
import { FieldDoc, lookupVersion } from '../spec';
import { FeatureDocument, Path } from './document-model';
import { featureDocument } from './document-cache';
import { COMMON_MODES, octalMode, symbolicMode } from './file-mode';
import { snippetsFor } from './snippets';
import { wellKnownMapKeys } from './map-keys';
import { SpecContext, VARIANTS, newestStable, specContextOf, versionsForCompletion } from './spec-context';
import { fieldAt, fieldMarkdown, isListField, offeredFields, refusedKeys, structNameAt } from './spec-lookup';
import { VARIANT_TITLES } from './variant-titles';
import { FlowPosition, flowPositionAt } from './flow-context';
import {
  CompletionKind,
  FeatureCompletionContext,
  FeatureCompletionItem,
  InsertTextFormat,
  InsertTextMode,
  OffsetRange,
} from './types';

const KEY_POSITION = /^( *)((?:-[ \t]+)*)([A-Za-z_][A-Za-z0-9_]*)?$/;
const VALUE_POSITION = /^( *)((?:-[ \t]+)*)("[^"]*"|'[^']*'|[^\s#"'][^#]*?)[ \t]*:([ \t]*)([^\s#]*)$/;
const WORD_CHAR = /[A-Za-z0-9_]/;

export function complete(
  input: string | FeatureDocument,
  offset: number,
  _context?: FeatureCompletionContext,
): FeatureCompletionItem[] {
  const doc = featureDocument(input);
  const lineIndex = doc.lineAt(offset);
  const line = doc.lines[lineIndex];
  const lineStart = doc.lineStart(lineIndex);
  const col = offset - lineStart;
  if (col < 0 || col > line.text.length || doc.isContent(lineIndex, col)) return [];
  const before = line.text.slice(0, col);
  const ctx = specContextOf(doc);
  const flow = flowPositionAt(doc, lineIndex, col);
  if (flow) return flowCompletion(doc, ctx, flow, lineStart, line.text, col);

  const key = KEY_POSITION.exec(before);
  if (key) return keyCompletion(doc, ctx, lineIndex, key[1].length, key[2], key[3] ?? '', offset);
  const value = VALUE_POSITION.exec(before);
  if (value) return valueCompletion(doc, ctx, lineIndex, value, offset);
  return [];
}

// ---- keys ----------------------------------------------------------------------------------

function keyCompletion(
  doc: FeatureDocument,
  ctx: SpecContext,
  lineIndex: number,
  indent: number,
  dashes: string,
  word: string,
  offset: number,
): FeatureCompletionItem[] {
  const line = doc.lines[lineIndex];
  const lineStart = doc.lineStart(lineIndex);
  const keyCol = indent + dashes.length;
  let wordEnd = offset - lineStart;
  while (wordEnd < line.text.length && WORD_CHAR.test(line.text[wordEnd])) wordEnd++;
  const range: OffsetRange = { start: lineStart + keyCol, end: lineStart + wordEnd };
  // Renaming an existing key: only the name is replaced, the `: value` stays.
  const keyOnly = /^[ \t]*:/.test(line.text.slice(wordEnd));
  const dashCount = dashes.length === 0 ? 0 : dashes.split('-').length - 1;

  const path = dashCount > 0 ? doc.entryPath(lineIndex, dashCount - 1) : doc.ownerAbove(lineIndex, keyCol, false);
  if (!path) return [];
  const fields = offeredFields(ctx, path);
  if (fields.length > 0) {
    const present = doc.siblingKeys(lineIndex, keyCol, dashCount > 0);
    const items = fields
      .filter((f) => !present.has(f.key))
      .map((f) => fieldItem(ctx, doc, path, f, keyCol, '', range, keyOnly));
    if (!keyOnly && path.length === 0 && !present.has('variant') && !present.has('version')) {
      items.push(...headerSnippets(keyCol, range));
    }
    if (!keyOnly) {
      const structName = structNameAt(ctx, path);
      const freshEntry = dashCount > 0 && present.size === 0 && word === '';
      if (structName) items.push(...snippetItems(ctx, doc, structName, present, freshEntry, keyCol, '', range));
      // Right below a compact list (`key:` then `- entry` at the same column) the line may also
      // continue that list.
      const compactList = dashCount === 0 ? compactListAbove(doc, lineIndex, keyCol) : undefined;
      if (compactList && isListField(ctx, compactList)) {
        for (const item of newEntryItems(ctx, doc, compactList, keyCol, range)) items.push({ ...item, sortText: '3' + item.sortText });
      }
    }
    return items;
  }
  const mapKeys = keyOnly ? [] : wellKnownMapKeys(ctx, path);
  if (mapKeys.length > 0) {
    const present = doc.siblingKeys(lineIndex, keyCol, dashCount > 0);
    return mapKeys
      .filter((m) => !present.has(m.key))
      .map((m) => ({
        label: m.key,
        kind: CompletionKind.Property,
        detail: 'label',
        documentation: m.doc,
        insertText: `${m.key}: ${m.value}`,
        insertTextFormat: InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.AsIs,
        range,
        sortText: '0' + m.key,
        filterText: m.key,
      }));
  }
  // An empty line at a list's own level: offer new `- ` entries.
  if (!keyOnly && dashCount === 0 && isListField(ctx, path)) return newEntryItems(ctx, doc, path, keyCol, range);
  return [];
}

/** Items that start a new `- ` entry of the list at `listPath`, the dash at column `dashCol`. */
function newEntryItems(ctx: SpecContext, doc: FeatureDocument, listPath: Path, dashCol: number, range: OffsetRange): FeatureCompletionItem[] {
  const entry = [...listPath, 0];
  const items = offeredFields(ctx, entry).map((f) => fieldItem(ctx, doc, entry, f, dashCol + 2, '- ', range, false));
  const structName = structNameAt(ctx, entry);
  if (structName) items.push(...snippetItems(ctx, doc, structName, new Set(), true, dashCol + 2, '- ', range));
  return items;
}

/** The list whose compact entries (dash at column `col`) end right above `lineIndex`, if any. */
function compactListAbove(doc: FeatureDocument, lineIndex: number, col: number): Path | undefined {
  for (let j = lineIndex - 1; j >= 0; j--) {
    const tokens = doc.lines[j].tokens;
    if (tokens.length === 0 || tokens[0].col > col) continue;
    if (tokens[0].col < col) return undefined;
    return tokens[0].kind === 'dash' ? doc.ownerOfToken(j, 0) : undefined;
  }
  return undefined;
}

function snippetItems(
  ctx: SpecContext,
  doc: FeatureDocument,
  structName: string,
  present: ReadonlySet<string>,
  freshEntry: boolean,
  indent: number,
  prefix: string,
  range: OffsetRange,
): FeatureCompletionItem[] {
  const style = doc.indentStyle();
  return snippetsFor(ctx, structName, present, (keys) => refusedKeys(ctx, keys))
    .filter((s) => freshEntry || s.addsSiblings)
    .map((s, i) => ({
      label: prefix + s.label,
      kind: CompletionKind.Snippet,
      detail: s.description,
      documentation: '```yaml\n' + prefix + stripSnippetSyntax(s.render(indent, style)) + '\n```',
      insertText: prefix + s.render(indent, style),
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.AsIs,
      range,
      // Fresh list entries mostly want a whole entry: snippets first there.
      sortText: (freshEntry ? '0' : '2') + String(i).padStart(3, '0'),
      filterText: s.label,
    }));
}

/** A new config's header, one per variant at its newest stable version. */
function headerSnippets(keyCol: number, range: OffsetRange): FeatureCompletionItem[] {
  const pad = ' '.repeat(keyCol);
  return VARIANTS.map((variant, i) => {
    const version = newestStable(variant)!;
    return {
      label: `${variant} ${version} config`,
      kind: CompletionKind.Snippet,
      detail: `variant and version header (${VARIANT_TITLES[variant]})`,
      documentation: '```yaml\n' + `variant: ${variant}\nversion: ${version}` + '\n```',
      insertText: `variant: ${variant}\n${pad}version: ${version}\n${pad}$0`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.AsIs,
      range,
      sortText: '0' + String(i),
      filterText: `${variant} ${version} config`,
    };
  });
}

/** Snippet text with placeholders replaced by their default text (for previews). */
export function stripSnippetSyntax(s: string): string {
  return s
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

function choice(values: string[]): string {
  return '${1|' + values.map((v) => v.replace(/[\\,|]/g, (c) => '\\' + c)).join(',') + '|}';
}

function yamlValueText(v: string): string {
  return v === '' ? '""' : v;
}

function fieldItem(
  ctx: SpecContext,
  doc: FeatureDocument,
  path: Path,
  f: FieldDoc,
  keyCol: number,
  prefix: string,
  range: OffsetRange,
  keyOnly: boolean,
): FeatureCompletionItem {
  const style = doc.indentStyle();
  const childIndent = ' '.repeat(keyCol + style.unit);
  const dashIndent = ' '.repeat(keyCol + (style.compactLists ? 0 : style.unit));
  let insert: string;
  let format: InsertTextFormat = InsertTextFormat.Snippet;
  const atRoot = path.length === 0;
  if (keyOnly) {
    insert = f.key;
    format = InsertTextFormat.PlainText;
  } else if (atRoot && f.key === 'variant') {
    insert = `variant: ${choice([...VARIANTS])}`;
  } else if (atRoot && f.key === 'version') {
    const variant = doc.variant !== undefined && newestStable(doc.variant) ? doc.variant : ctx.variant;
    insert = `version: ${choice(versionsForCompletion(variant).map((v) => v.version))}`;
  } else if (f.enum && f.enum.length > 0) {
    insert = `${f.key}: ${choice(f.enum.map((e) => yamlValueText(e.value)))}`;
  } else if (f.shape === 'boolean') {
    insert = `${f.key}: ${choice(['true', 'false'])}`;
  } else if (f.shape === 'integer' && f.key === 'mode') {
    insert = `${f.key}: ${choice(COMMON_MODES.map((m) => octalMode(m.mode)))}`;
  } else if (f.shape.startsWith('list of')) {
    insert = `${f.key}:\n${dashIndent}- $0`;
  } else if (f.structName !== undefined || f.shape.startsWith('map of')) {
    insert = `${f.key}:\n${childIndent}$0`;
  } else {
    insert = `${f.key}: $0`;
  }
  const notes: string[] = [f.shape];
  if (f.required) notes.push('required');
  if (f.restriction) notes.push('refused for MachineConfig output');
  return {
    label: prefix + f.key,
    kind: CompletionKind.Property,
    detail: notes.join(' · '),
    documentation: fieldMarkdown(f),
    insertText: prefix + insert,
    insertTextFormat: format,
    insertTextMode: InsertTextMode.AsIs,
    range,
    sortText: (f.required ? '0' : '1') + f.key,
    filterText: f.key,
  };
}

// ---- flow collections (`{key: value, …}`, `[…]`) on one line ------------------------------

function flowCompletion(doc: FeatureDocument, ctx: SpecContext, flow: FlowPosition, lineStart: number, text: string, col: number): FeatureCompletionItem[] {
  if (flow.kind === 'none') return [];
  if (flow.kind === 'key') {
    let wordEnd = col;
    while (wordEnd < text.length && WORD_CHAR.test(text[wordEnd])) wordEnd++;
    const range: OffsetRange = { start: lineStart + flow.wordStart, end: lineStart + wordEnd };
    // Renaming an existing key: only the name is replaced.
    const keyOnly = /^[ \t]*:/.test(text.slice(wordEnd));
    return offeredFields(ctx, flow.path)
      .filter((f) => !flow.present.has(f.key))
      .map((f) => {
        const item = fieldItem(ctx, doc, flow.path, f, 0, '', range, true);
        return keyOnly ? item : { ...item, insertText: flowFieldInsert(f), insertTextFormat: InsertTextFormat.Snippet };
      });
  }
  let end = col;
  while (end < text.length && !/[\s,}\]#]/.test(text[end])) end++;
  const range: OffsetRange = { start: lineStart + flow.wordStart, end: lineStart + end };
  return valuesFor(doc, ctx, flow.path).map((v, i) => ({
    label: v.label,
    kind: v.kind,
    detail: v.detail,
    documentation: v.documentation,
    insertText: v.label,
    insertTextFormat: InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.AsIs,
    range,
    sortText: String(i).padStart(3, '0'),
    filterText: v.label,
  }));
}

/** `key: value` in flow style: nested structures stay on the line as `{}` / `[]`. */
function flowFieldInsert(f: FieldDoc): string {
  if (f.enum && f.enum.length > 0) return `${f.key}: ${choice(f.enum.map((e) => yamlValueText(e.value)))}`;
  if (f.shape === 'boolean') return `${f.key}: ${choice(['true', 'false'])}`;
  if (f.shape === 'integer' && f.key === 'mode') return `${f.key}: ${choice(COMMON_MODES.map((m) => octalMode(m.mode)))}`;
  if (f.shape.startsWith('list of')) return `${f.key}: [$0]`;
  if (f.structName !== undefined || f.shape.startsWith('map of')) return `${f.key}: {$0}`;
  return `${f.key}: $0`;
}

// ---- values --------------------------------------------------------------------------------

function valueCompletion(
  doc: FeatureDocument,
  ctx: SpecContext,
  lineIndex: number,
  m: RegExpExecArray,
  offset: number,
): FeatureCompletionItem[] {
  const line = doc.lines[lineIndex];
  const lineStart = doc.lineStart(lineIndex);
  const keyCol = m[1].length + m[2].length;
  const tokens = line.tokens;
  const k = tokens.findIndex((t) => t.kind === 'key' && t.col === keyCol);
  if (k < 0) return [];
  const tok = tokens[k];
  if (tok.kind !== 'key') return [];
  const path = doc.keyPath(lineIndex, k);
  if (!path) return [];
  const col = offset - lineStart;
  const needsSpace = m[4] === '';
  // Replace the typed part and the rest of the value it starts (not a trailing comment).
  const start = col - m[5].length;
  const end = tok.value !== '' && tok.valueCol <= col ? Math.max(col, tok.valueEnd) : col;
  const range: OffsetRange = { start: lineStart + start, end: lineStart + end };
  const values = valuesFor(doc, ctx, path);
  return values.map((v, i) => ({
    label: v.label,
    kind: v.kind,
    detail: v.detail,
    documentation: v.documentation,
    insertText: (needsSpace ? ' ' : '') + v.label,
    insertTextFormat: InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.AsIs,
    range,
    sortText: String(i).padStart(3, '0'),
    filterText: v.label,
  }));
}

interface ValueChoice {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
}

function valuesFor(doc: FeatureDocument, ctx: SpecContext, path: Path): ValueChoice[] {
  if (path.length === 1 && path[0] === 'variant') {
    return VARIANTS.map((variant) => {
      const newest = newestStable(variant)!;
      const ign = lookupVersion(variant, newest)!.ignitionVersion;
      return {
        label: variant,
        kind: CompletionKind.EnumMember,
        detail: VARIANT_TITLES[variant],
        documentation: `${VARIANT_TITLES[variant]}. Newest stable version: ${newest} (emits Ignition spec ${ign}).`,
      };
    });
  }
  if (path.length === 1 && path[0] === 'version') {
    const variant = doc.variant !== undefined && newestStable(doc.variant) ? doc.variant : ctx.variant;
    return versionsForCompletion(variant).map(({ version, experimental }) => {
      const ign = lookupVersion(variant, version)!.ignitionVersion;
      return {
        label: version,
        kind: CompletionKind.EnumMember,
        detail: `${variant} → Ignition ${ign}${experimental ? ' · experimental' : ''}`,
        documentation: experimental
          ? `Experimental ${variant} spec: its fields may still change in later Butane releases; emits Ignition spec ${ign}.`
          : `Stable ${variant} spec; emits Ignition spec ${ign}.`,
      };
    });
  }
  const f = fieldAt(ctx, path);
  if (!f) return [];
  if (f.enum && f.enum.length > 0) {
    return f.enum.map((e) => ({ label: yamlValueText(e.value), kind: CompletionKind.EnumMember, detail: e.description, documentation: e.description }));
  }
  if (f.shape === 'boolean') {
    return ['true', 'false'].map((b) => ({ label: b, kind: CompletionKind.Keyword, detail: 'boolean' }));
  }
  if (f.shape === 'integer' && f.key === 'mode') {
    return COMMON_MODES.map(({ mode, use }) => ({
      label: octalMode(mode),
      kind: CompletionKind.Value,
      detail: `${symbolicMode(mode)} · ${use}`,
      documentation: `Octal \`${octalMode(mode)}\` = \`${symbolicMode(mode)}\`; the Ignition JSON holds the decimal \`${mode}\`.`,
    }));
  }
  return [];
}
