// Completion and hover: the core's editor features over a tolerant model of the text, kept per
// document and brought up to date from the edits since (only the edited lines are scanned again),
// so a completion right after an edit costs a fraction of a millisecond on a 10k-line document.
// Independent of the pipeline run, so it never waits for the full analysis either.
import { CompletionItem, CompletionParams, Hover, HoverParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, hover, createFeatureDocument, documentWarmUpSteps, toLspCompletionItem, toLspHover, FeatureDocument } from '../core/features';
import { editsSince, textRevision } from './documents';

/** Longest stretch of warm-up work between two turns of the event loop (requests wait at most this). */
const WARM_UP_SLICE_MS = 1;

/** Characters after which clients should ask for completion unprompted. */
export const COMPLETION_TRIGGER_CHARACTERS = [':', ' ', '-'];

interface CachedModel {
  doc: TextDocument;
  /** The document's revision (DocumentStore's change count) the model was made for, when it has one. */
  revision: number | undefined;
  version: number;
  model: FeatureDocument;
}

export class FeatureDocuments {
  private readonly models = new Map<string, CachedModel>();

  modelOf(doc: TextDocument): FeatureDocument {
    const cached = this.models.get(doc.uri);
    const revision = textRevision(doc);
    if (cached && cached.doc === doc && cached.revision === revision && cached.version === doc.version) return cached.model;
    const model = this.updated(cached, doc, revision) ?? createFeatureDocument(doc.getText());
    this.models.set(doc.uri, { doc, revision, version: doc.version, model });
    return model;
  }

  /** The cached model brought up to date with the edits applied since, when they are known. */
  private updated(cached: CachedModel | undefined, doc: TextDocument, revision: number | undefined): FeatureDocument | undefined {
    if (!cached || cached.doc !== doc || cached.revision === undefined || revision === undefined) return undefined;
    const edits = editsSince(doc, cached.revision);
    if (edits === undefined) return undefined;
    const text = doc.getText();
    const model = cached.model.withEdits(edits, text);
    // A cheap consistency check: a model whose lines do not cover the text exactly is rebuilt.
    const lastLine = model.lines.length - 1;
    const covered = model.lineStart(lastLine) + model.lines[lastLine].text.length;
    return covered <= text.length && text.length - covered <= 1 ? model : undefined;
  }

  delete(uri: string): void {
    this.models.delete(uri);
  }

  private readonly warmedUp = new Set<string>();

  /**
   * Prepares completion and hover for an opened document while the server is otherwise idle: builds
   * its model and runs the core's document warm-up in slices of about a millisecond (once per
   * variant/version). Errors are swallowed: warming up is an optimisation only.
   */
  warmUpFor(doc: TextDocument): void {
    let steps: Generator<void>;
    try {
      const model = this.modelOf(doc);
      const key = `${model.variant}\u0000${model.version}`;
      if (this.warmedUp.has(key)) return;
      this.warmedUp.add(key);
      steps = documentWarmUpSteps(model);
    } catch {
      return;
    }
    const slice = () => {
      const end = performance.now() + WARM_UP_SLICE_MS;
      try {
        while (performance.now() < end) if (steps.next().done) return;
      } catch {
        return;
      }
      setImmediate(slice);
    };
    setImmediate(slice);
  }
}

export function completionAt(features: FeatureDocuments, doc: TextDocument, params: CompletionParams): CompletionItem[] {
  const offset = doc.offsetAt(params.position);
  const items = complete(features.modelOf(doc), offset, { triggerCharacter: params.context?.triggerCharacter });
  return items.map((item) => toLspCompletionItem(item, (o) => doc.positionAt(o)) as CompletionItem);
}

export function hoverAt(features: FeatureDocuments, doc: TextDocument, params: HoverParams): Hover | null {
  const found = hover(features.modelOf(doc), doc.offsetAt(params.position));
  return found ? (toLspHover(found, (o) => doc.positionAt(o)) as Hover) : null;
}
