// Cursor-marker fixtures for the feature tests: `‸` marks the cursor, `⟦…⟧` a range.
import assert from 'node:assert/strict';
import type { FeatureCompletionItem } from '../../../server/src/core/features';

export interface Fixture {
  text: string;
  cursor: number;
  range?: { start: number; end: number };
}

/** Removes the markers and returns their offsets (UTF-16, as the features use). */
export function fixture(marked: string): Fixture {
  let text = '';
  let cursor = -1;
  let rangeStart = -1;
  let rangeEnd = -1;
  for (const ch of marked) {
    if (ch === '‸') cursor = text.length;
    else if (ch === '⟦') rangeStart = text.length;
    else if (ch === '⟧') rangeEnd = text.length;
    else text += ch;
  }
  if (cursor < 0) throw new Error('fixture without ‸');
  return { text, cursor, range: rangeStart >= 0 ? { start: rangeStart, end: rangeEnd } : undefined };
}

/** What an editor inserts for a snippet when the user accepts every placeholder as it is. */
export function expandSnippet(text: string): string {
  return text
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

/** The document after accepting `item` (its range replaced by its expanded insert text). */
export function applyCompletion(text: string, item: FeatureCompletionItem): string {
  const insert = item.insertTextFormat === 2 ? expandSnippet(item.insertText) : item.insertText;
  return text.slice(0, item.range.start) + insert + text.slice(item.range.end);
}

export function pick(items: FeatureCompletionItem[], label: string): FeatureCompletionItem {
  const hit = items.find((i) => i.label === label);
  assert.ok(hit, `no completion "${label}" among: ${items.map((i) => i.label).join(', ')}`);
  return hit;
}

export const labels = (items: FeatureCompletionItem[]): string[] => items.map((i) => i.label);
