// Where each output path sits in the transpiled text: a scanner over the pretty JSON the CLI
// prints, and a walk over the MachineConfig YAML (parsed with the core's own YAML reader).
import { PathSegment } from '../types';
import { parseYaml, YNode } from '../yaml';

/** UTF-16 [start, end) of one output value; members start at their key so the whole line is covered. */
export type OffsetRange = [number, number];

/** Stable text key for a path (segments cannot contain NUL in practice). */
export function pathKey(path: readonly PathSegment[]): string {
  return path.join('\u0000');
}

/** Ranges of every value of a JSON text, keyed by `pathKey` of its path. Throws on malformed JSON. */
export function jsonOutputRanges(text: string): Map<string, OffsetRange> {
  const ranges = new Map<string, OffsetRange>();
  let i = 0;
  const path: PathSegment[] = [];

  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const fail = (): never => {
    throw new Error(`malformed JSON at offset ${i}`);
  };
  /** Scans a string token starting at `i` (a quote); returns its decoded text. */
  const scanString = (): string => {
    const start = i;
    let escaped = false;
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) {
        escaped = true;
        i += 2;
      } else if (c === 34 /* " */) {
        i++;
        break;
      } else i++;
    }
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };
  /** Scans one value at `i`, recording its range under the current path (from `recordFrom`). */
  const scanValue = (recordFrom: number): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          skipSpace();
          if (text[i] !== '"') fail();
          const keyStart = i;
          const key = scanString();
          skipSpace();
          if (text[i] !== ':') fail();
          i++;
          path.push(key);
          scanValue(keyStart);
          path.pop();
          skipSpace();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else fail();
        }
      }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') i++;
      else {
        for (let index = 0; ; index++) {
          skipSpace();
          path.push(index);
          scanValue(i);
          path.pop();
          skipSpace();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else fail();
        }
      }
    } else if (c === '"') {
      scanString();
    } else {
      const start = i;
      while (i < text.length && !',}] \n\r\t'.includes(text[i])) i++;
      if (i === start) fail();
    }
    ranges.set(pathKey(path), [recordFrom, i]);
  };
  skipSpace();
  scanValue(i);
  return ranges;
}

/** Ranges of every node of a YAML text (the MachineConfig), keyed by `pathKey` of its path. */
export function yamlOutputRanges(text: string): Map<string, OffsetRange> {
  const ranges = new Map<string, OffsetRange>();
  const parsed = parseYaml(text);
  const path: PathSegment[] = [];
  const visit = (node: YNode, from: number) => {
    ranges.set(pathKey(path), [from, Math.max(from, node.end)]);
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        if (entry.key.kind !== 'scalar') continue;
        path.push(entry.key.value);
        visit(entry.value, entry.key.start);
        path.pop();
      }
    } else if (node.kind === 'seq') {
      node.items.forEach((item, index) => {
        path.push(index);
        visit(item, item.start);
        path.pop();
      });
    }
  };
  if (parsed.root) visit(parsed.root, parsed.root.start);
  return ranges;
}

/** Output ranges for `language` ('json' pretty Ignition or 'yaml' MachineConfig). */
export function outputRanges(text: string, language: 'json' | 'yaml'): Map<string, OffsetRange> {
  return language === 'json' ? jsonOutputRanges(text) : yamlOutputRanges(text);
}
