// Converts feature results to the JSON shapes of LSP's CompletionItem and Hover, given the host's
// offset → position mapping. Pure: the language server passes `positionAt` of its text document.
import type { FeatureCompletionItem, FeatureHover, OffsetRange } from './types';

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export type PositionAt = (offset: number) => LspPosition;

function lspRange(r: OffsetRange, positionAt: PositionAt): LspRange {
  return { start: positionAt(r.start), end: positionAt(r.end) };
}

export function toLspCompletionItem(item: FeatureCompletionItem, positionAt: PositionAt) {
  return {
    label: item.label,
    kind: item.kind,
    detail: item.detail,
    documentation: item.documentation !== undefined ? { kind: 'markdown' as const, value: item.documentation } : undefined,
    insertTextFormat: item.insertTextFormat,
    insertTextMode: item.insertTextMode,
    textEdit: { range: lspRange(item.range, positionAt), newText: item.insertText },
    sortText: item.sortText,
    filterText: item.filterText,
    tags: item.tags,
  };
}

export function toLspHover(h: FeatureHover, positionAt: PositionAt) {
  return { contents: { kind: 'markdown' as const, value: h.markdown }, range: lspRange(h.range, positionAt) };
}
