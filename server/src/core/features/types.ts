// Plain result shapes of the editor features. They mirror the LSP types field for field (same
// names, same numeric enums) so the language server can hand them over almost as they are, but
// offsets are UTF-16 code-unit offsets into the document text instead of line/character pairs.

/** A half-open range [start, end) of UTF-16 offsets into the document text. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** LSP CompletionItemKind values used here. */
export const CompletionKind = {
  Value: 12,
  Enum: 13,
  Keyword: 14,
  Snippet: 15,
  EnumMember: 20,
  Property: 10,
  Module: 9,
} as const;
export type CompletionKind = (typeof CompletionKind)[keyof typeof CompletionKind];

/** LSP InsertTextFormat. */
export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
export type InsertTextFormat = (typeof InsertTextFormat)[keyof typeof InsertTextFormat];

/** LSP InsertTextMode: our insert texts carry absolute indentation, so clients must not re-indent. */
export const InsertTextMode = { AsIs: 1, AdjustIndentation: 2 } as const;

export interface FeatureCompletionItem {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label: the field's shape, the value's meaning. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text that replaces `range`; snippet syntax ($1, ${1:x}, ${1|a,b|}, $0) when insertTextFormat is Snippet. */
  insertText: string;
  insertTextFormat: InsertTextFormat;
  insertTextMode: typeof InsertTextMode.AsIs;
  /** The text the item replaces (the partial word under the cursor; empty at the cursor otherwise). */
  range: OffsetRange;
  sortText: string;
  filterText: string;
  /** LSP CompletionItemTag.Deprecated (1) for values the version accepts but discourages. */
  tags?: 1[];
}

export interface FeatureHover {
  /** Markdown. */
  markdown: string;
  range: OffsetRange;
}

/** Optional information about how completion was triggered. */
export interface FeatureCompletionContext {
  triggerCharacter?: string;
}
