// Open documents with incremental sync. Written instead of TextDocuments so that malformed
// notifications (unknown uri, missing version, bad ranges) are logged and dropped, never thrown.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Logger } from './analysis';

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
      if (!('range' in change) || change.range === undefined) {
        TextDocument.update(doc, [{ text: change.text }], version);
        continue;
      }
      const start = doc.positionAt(doc.offsetAt(integral(change.range.start)));
      const end = doc.positionAt(doc.offsetAt(integral(change.range.end)));
      TextDocument.update(doc, [{ range: { start, end }, text: change.text }], version);
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
