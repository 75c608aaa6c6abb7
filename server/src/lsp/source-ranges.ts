// Editor ranges for report entries: start where the CLI says (line/col), cover the token there.
import { ReportEntry } from '../core/types';
import { correlate } from '../core/positions';
import { YNode } from '../core/yaml/types';
import { LineIndex } from './line-index';
import { WireRange } from './protocol';

/** The scalar tokens and collection starts of a tree, in source order, for position lookups. */
interface Token {
  start: number;
  end: number;
  scalar: boolean;
}

function collectTokens(node: YNode | null, out: Token[], seen: Set<YNode>): void {
  if (!node || seen.has(node)) return;
  seen.add(node);
  switch (node.kind) {
    case 'scalar':
      out.push({ start: node.start, end: node.end, scalar: true });
      break;
    case 'alias':
      out.push({ start: node.start, end: node.end, scalar: true });
      break;
    case 'map':
      out.push({ start: node.start, end: node.end, scalar: false });
      for (const e of node.entries) {
        collectTokens(e.key, out, seen);
        collectTokens(e.value, out, seen);
      }
      break;
    case 'seq':
      out.push({ start: node.start, end: node.end, scalar: false });
      for (const item of node.items) collectTokens(item, out, seen);
      break;
  }
}

export class SourceRanges {
  private tokens: Token[] | undefined;

  constructor(
    private readonly lines: LineIndex,
    private readonly root: YNode | null,
  ) {}

  private allTokens(): Token[] {
    if (!this.tokens) {
      this.tokens = [];
      collectTokens(this.root, this.tokens, new Set());
    }
    return this.tokens;
  }

  /**
   * A range that starts at `offset` and covers the token starting there: a scalar (key or
   * value) when one starts there, otherwise the rest of the line without trailing blanks.
   */
  tokenRangeAt(offset: number): WireRange {
    const scalar = this.allTokens().find((t) => t.scalar && t.start === offset);
    if (scalar && scalar.end > scalar.start) {
      // Multi-line scalars (block literals) are cut at the end of their first line.
      const { line } = this.lines.position(offset);
      return this.lines.range(offset, Math.min(scalar.end, Math.max(this.lines.lineEnd(line), offset + 1)));
    }
    return this.restOfLine(offset);
  }

  restOfLine(offset: number): WireRange {
    const { line } = this.lines.position(offset);
    let end = this.lines.lineEnd(line);
    const text = this.lines.text;
    while (end > offset && /\s/.test(text[end - 1])) end--;
    if (end <= offset) end = Math.min(offset + 1, this.lines.lineEnd(line));
    return this.lines.range(offset, end);
  }

  /** Range of a report entry; entries without a position sit on the first line. */
  entryRange(entry: ReportEntry): WireRange {
    if (entry.line !== undefined) {
      return this.tokenRangeAt(this.lines.offsetOfCliPosition(entry.line, entry.col ?? 1));
    }
    if (entry.path && entry.path.length > 0) {
      // The same resolution the CLI uses: the deepest node that exists along the path.
      const pos = correlate(this.root, entry.path);
      if (pos) return this.tokenRangeAt(pos.start);
    }
    return this.restOfLine(0);
  }

  /** Range for a fatal error at the CLI's line/col (col optional), or the whole first line. */
  fatalRange(line: number | undefined, col: number | undefined, start?: number, end?: number): WireRange {
    if (start !== undefined) {
      if (end !== undefined && end > start) return this.lines.range(start, end);
      return this.restOfLine(start);
    }
    if (line === undefined) return this.restOfLine(0);
    if (col === undefined) {
      const lineStart = this.lines.lineStart(line - 1);
      let first = lineStart;
      const lineEnd = this.lines.lineEnd(line - 1);
      while (first < lineEnd && /\s/.test(this.lines.text[first])) first++;
      return this.restOfLine(first);
    }
    return this.tokenRangeAt(this.lines.offsetOfCliPosition(line, col));
  }
}
