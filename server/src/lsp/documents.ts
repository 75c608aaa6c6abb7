// Open documents with incremental sync. Written instead of TextDocuments so that malformed
// notifications (unknown uri, missing version, bad ranges) are logged and dropped, never thrown.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Logger } from './analysis';
import type { OffsetEdit } from '../core/features/document-model';

export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();

  constructor(private readonly log: Logger) {}

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  open(params: DidOpenTextDocumentParams): TextDocument | undefined {
    const td = params?.textDocument;
    if (!td || typeof td.uri !== 'string') {
      this.log('didOpen without a text document: ignored');
      return undefined;
    }
    const text = typeof td.text === 'string' ? td.text : '';
    const version = Number.isInteger(td.version) ? td.version : 0;
    const doc = TextDocument.create(td.uri, typeof td.languageId === 'string' ? td.languageId : 'butane', version, text);
    this.docs.set(td.uri, doc);
    editLogs.set(doc, { revision: 0, edits: [] });
    return doc;
  }

  /** Applies the changes; returns the updated document, or undefined when the notification was unusable. */
  change(params: DidChangeTextDocumentParams): TextDocument | undefined {
    const td = params?.textDocument;
    const doc = td && typeof td.uri === 'string' ? this.docs.get(td.uri) : undefined;
    if (!doc) {
      this.log(`didChange for a document that is not open: ${td?.uri}`);
      return undefined;
    }
    const changes = Array.isArray(params.contentChanges) ? params.contentChanges.filter(isUsableChange) : [];
    if (changes.length !== (params.contentChanges?.length ?? 0)) this.log(`didChange for ${doc.uri}: dropped malformed changes`);
    if (changes.length === 0) return undefined;
    // Versions must grow; a client that sends none still gets its edits applied.
    const version = Number.isInteger(td.version) ? (td.version as number) : doc.version + 1;
    // Changes apply in order, each to the result of the previous one; positions outside the
    // current text are clamped first, so the document's line table can never be corrupted.
    for (const change of changes) {
      const before = doc.getText();
      if (!('range' in change) || change.range === undefined) {
        TextDocument.update(doc, [{ text: change.text }], version);
        recordEdit(doc, narrowedEdit(before, change.text));
        continue;
      }
      const start = doc.positionAt(doc.offsetAt(integral(change.range.start)));
      const end = doc.positionAt(doc.offsetAt(integral(change.range.end)));
      const [from, to] = [doc.offsetAt(start), doc.offsetAt(end)].sort((a, b) => a - b);
      TextDocument.update(doc, [{ range: { start, end }, text: change.text }], version);
      recordEdit(doc, before.length - (to - from) + change.text.length === doc.getText().length ? { start: from, end: to, text: change.text } : undefined);
    }
    return doc;
  }

  close(params: DidCloseTextDocumentParams): string | undefined {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return undefined;
    this.docs.delete(uri);
    return uri;
  }
}

/** How many recent edits of a document are kept for the models derived from its text. */
const EDIT_LOG_LENGTH = 64;

/**
 * The recent edits of each open document, as offsets, so that models derived from its text (the
 * editor features' line model) can be updated instead of rebuilt. Kept beside the TextDocument
 * (which is updated in place) rather than in the store, so readers only need the document.
 */
interface EditLog {
  /** Counts every change applied to the document since it was opened. */
  revision: number;
  /** The last changes, oldest first; `edits[i]` turned revision `revision - edits.length + i` into the next. */
  edits: OffsetEdit[];
}

const editLogs = new WeakMap<TextDocument, EditLog>();

/** The number of changes applied to `doc` since it was opened, or undefined for a document the store did not open. */
export function textRevision(doc: TextDocument): number | undefined {
  return editLogs.get(doc)?.revision;
}

/**
 * The edits that turn revision `since` of `doc` into its current text, oldest first; undefined
 * when they are no longer known (too old, or a change that could not be recorded).
 */
export function editsSince(doc: TextDocument, since: number): OffsetEdit[] | undefined {
  const log = editLogs.get(doc);
  if (!log || since > log.revision) return undefined;
  const count = log.revision - since;
  if (count > log.edits.length) return undefined;
  return log.edits.slice(log.edits.length - count);
}

/** Appends one applied change to the log; `undefined` (an edit that could not be described) forgets the history. */
function recordEdit(doc: TextDocument, edit: OffsetEdit | undefined): void {
  const log = editLogs.get(doc);
  if (!log) return;
  log.revision++;
  if (edit === undefined) {
    log.edits = [];
    return;
  }
  log.edits.push(edit);
  if (log.edits.length > EDIT_LOG_LENGTH) log.edits.splice(0, log.edits.length - EDIT_LOG_LENGTH);
}

/** A whole-text replacement described as the smallest edit: the common start and end are left out. */
function narrowedEdit(before: string, after: string): OffsetEdit {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < limit - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start: head, end: before.length - tail, text: after.slice(head, after.length - tail) };
}

function integral(p: { line: number; character: number }): { line: number; character: number } {
  return { line: Math.trunc(p.line), character: Math.trunc(p.character) };
}

function isFiniteNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

function isPosition(p: unknown): boolean {
  const pos = p as { line?: unknown; character?: unknown } | null;
  return !!pos && isFiniteNumber(pos.line) && isFiniteNumber(pos.character);
}

/** Full-text changes and ranged changes with numeric positions; out-of-range positions are clamped by TextDocument. */
function isUsableChange(change: TextDocumentContentChangeEvent): boolean {
  const c = change as { text?: unknown; range?: { start?: unknown; end?: unknown } };
  if (!c || typeof c.text !== 'string') return false;
  if (c.range === undefined) return true;
  return isPosition(c.range.start) && isPosition(c.range.end);
}
