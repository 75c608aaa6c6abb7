// Completion and hover never throw and stay inside the text, wherever the cursor is, also on text
// cut off mid-typing (every prefix of a kitchen-sink config is a plausible half-typed document).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { complete, createFeatureDocument, hover } from '../../../server/src/core/features';

const CASES = join(__dirname, '../../../../shared/conformance/cases');
const samples = existsSync(CASES) ? readdirSync(CASES).filter((c) => c.startsWith('kitchen-sink--') && c.endsWith('-a')) : [];

test('every cursor position of full and cut-off kitchen-sink configs', { skip: samples.length === 0 }, () => {
  let calls = 0;
  for (const id of samples) {
    const text = readFileSync(join(CASES, id, 'input.bu'), 'utf8');
    const whole = createFeatureDocument(text);
    for (let offset = 0; offset <= text.length; offset += 11) {
      for (const item of complete(whole, offset)) {
        assert.ok(item.range.start <= offset && offset <= item.range.end, `${id}@${offset}: ${item.label} range`);
        assert.ok(item.insertText.length > 0);
      }
      const h = hover(whole, offset);
      if (h) assert.ok(h.range.start <= offset && offset <= h.range.end && h.markdown.length > 0, `${id}@${offset}: hover`);
      if (offset % 77 === 0) {
        const cut = text.slice(0, offset);
        complete(cut, offset);
        hover(cut, Math.max(0, offset - 1));
      }
      calls++;
    }
  }
  assert.ok(calls > 1000);
});
