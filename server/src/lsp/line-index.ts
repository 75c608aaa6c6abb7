// Offsets <-> LSP positions over one text, plus the CLI's 1-based line/column (columns
// counted in Unicode code points, as the reference's YAML library counts them).
import { WireRange } from './protocol';

export class LineIndex {
  /** UTF-16 offset of the first character of each line. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset where the zero-based `line` starts, clamped to the text. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[line];
  }

  /** Offset just before the line break that ends zero-based `line`. */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    while (end > this.lineStarts[line] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  range(start: number, end: number): WireRange {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of the CLI's 1-based (line, col), the column counted in code points; clamped to the line. */
  offsetOfCliPosition(line: number, col: number): number {
    const zeroLine = Math.max(0, line - 1);
    const start = this.lineStart(zeroLine);
    const end = this.lineEnd(zeroLine);
    let offset = start;
    for (let remaining = Math.max(0, col - 1); remaining > 0 && offset < end; remaining--) {
      const c = this.text.charCodeAt(offset);
      offset += c >= 0xd800 && c <= 0xdbff && offset + 1 < end ? 2 : 1;
    }
    return offset;
  }
}
