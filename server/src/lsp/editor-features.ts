// Completion and hover: the core's editor features over a tolerant model of the text, kept per
// (document, version) so that repeated requests on one version reuse it. Independent of the
// pipeline run, so a completion right after an edit does not wait for the full analysis.
import { CompletionItem, CompletionParams, Hover, HoverParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, hover, createFeatureDocument, toLspCompletionItem, toLspHover, FeatureDocument } from '../core/features';

/** Characters after which clients should ask for completion unprompted. */
export const COMPLETION_TRIGGER_CHARACTERS = [':', ' ', '-'];

export class FeatureDocuments {
  private readonly models = new Map<string, { version: number; model: FeatureDocument }>();

  modelOf(doc: TextDocument): FeatureDocument {
    const cached = this.models.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.model;
    const model = createFeatureDocument(doc.getText());
    this.models.set(doc.uri, { version: doc.version, model });
    return model;
  }

  delete(uri: string): void {
    this.models.delete(uri);
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
