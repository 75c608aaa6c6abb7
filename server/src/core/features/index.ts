// Editor features over one Butane document, for the language server (and any other host).
// Keep one `createFeatureDocument(text)` per document and pass it to `complete` / `hover` as often
// as needed; after an edit, `model.withEdits(edits, newText)` gives the next version's model while
// scanning only the edited lines. Passing the text itself also works (the last text's model is reused).
export { complete } from './completion';
export { hover } from './hover';
export { warmUp, warmUpSteps, documentWarmUpSteps } from './warm-up';
export { FeatureDocument } from './document-model';
export type { Path as FeaturePath, OffsetEdit } from './document-model';
export { toLspCompletionItem, toLspHover } from './lsp-shapes';
export type { LspPosition, LspRange, PositionAt } from './lsp-shapes';
export { CompletionKind, InsertTextFormat, InsertTextMode } from './types';
export type { FeatureCompletionItem, FeatureCompletionContext, FeatureHover, OffsetRange } from './types';

import { FeatureDocument } from './document-model';

/** The tolerant model of one document version; cheap to query many times. */
export function createFeatureDocument(text: string): FeatureDocument {
  return new FeatureDocument(text);
}
