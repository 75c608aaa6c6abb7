// Features accept either a FeatureDocument the caller keeps per document version (the language
// server's way) or plain text; for plain text the model of the last text seen is reused, so a
// caller passing the same text again does not pay for tokenizing it twice.
import { FeatureDocument } from './document-model';

let lastDocument: FeatureDocument | undefined;

export function featureDocument(input: string | FeatureDocument): FeatureDocument {
  if (typeof input !== 'string') return input;
  if (lastDocument !== undefined && lastDocument.text === input) return lastDocument;
  lastDocument = new FeatureDocument(input);
  return lastDocument;
}
