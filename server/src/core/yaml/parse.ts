// parseYaml: builds the node tree of the first document the way yaml.v3 does (same nodes,
// tags, positions) and reports YAML errors in its words.
import { ParsedYaml, YamlError, YMap, YNode, YScalar, YSeq } from './types';
import { decodeInput, DecodedInput, utf16Offset } from './reader';
import { Mark, Scanner, YamlFailure } from './scanner';
import { EventParser, YamlEvent } from './events';
import { resolvePlainTag, shortTag } from './resolve';
import { parseBlockSubset } from './block-subset';

/** The text yaml.v3 prints for a failure (with its "yaml: " prefix), and the line it names. */
export function describeFailure(f: YamlFailure): { message: string; line?: number } {
  if (f.kind === 'reader' || f.kind === 'plain') return { message: `yaml: ${f.problem}` };
  // The reference names the context mark's line when it is not the first line, else the
  // problem mark's. Marks are 0-based; only scanner errors add one, so parser errors name
  // the line before the one they mean (an upstream quirk users see).
  const bump = f.kind === 'scanner' ? 1 : 0;
  let line = 0;
  if (f.contextMark && f.contextMark.line !== 0) line = f.contextMark.line + bump;
  else if (f.problemMark && f.problemMark.line !== 0) line = f.problemMark.line + bump;
  const where = line !== 0 ? `line ${line}: ` : '';
  return { message: `yaml: ${where}${f.problem}`, line: line !== 0 ? line : undefined };
}

interface Frame {
  node: YMap | YSeq;
  pendingKey?: YNode;
  flow: boolean;
}

class Composer {
  readonly anchors = new Map<string, YNode>();
  /** Documents begun so far (even if their content later fails to parse), and where the second began. */
  documentsStarted = 0;
  secondDocumentStart?: Mark;
  constructor(private readonly events: EventParser, private readonly input: DecodedInput) {}

  private offset(m: Mark): number {
    return utf16Offset(this.input, m.index);
  }

  private nextEvent(): YamlEvent {
    const e = this.events.next();
    if (!e) throw new YamlFailure('plain', 'attempted to go past the end of stream; corrupted value?');
    return e;
  }

  /**
   * Reads one document and returns its root (a document with no content, like a lone "---",
   * has an empty null scalar as root, as in the reference). Undefined at the end of the stream.
   */
  document(): { root: YNode | null; start: Mark } | undefined {
    let e = this.nextEvent();
    if (e.type === 'STREAM_START') e = this.nextEvent();
    if (e.type === 'STREAM_END') return undefined;
    const docStart = e.start;
    this.documentsStarted++;
    if (this.documentsStarted === 2) this.secondDocumentStart = docStart;
    // e is DOCUMENT_START
    const stack: Frame[] = [];
    let root: YNode | null = null;
    for (;;) {
      e = this.nextEvent();
      let created: YNode | undefined;
      switch (e.type) {
        case 'SCALAR': {
          const value = e.value ?? '';
          const style = e.style ?? 'plain';
          let tag: string;
          const explicit = e.tag !== undefined && e.tag !== '!';
          if (explicit) tag = shortTag(e.tag!);
          else if (style !== 'plain') tag = '!!str';
          else if (value === '<<') tag = '!!merge';
          else tag = resolvePlainTag(value);
          const n: YScalar = {
            kind: 'scalar', value, tag, style,
            line: e.start.line + 1, col: e.start.column + 1, start: this.offset(e.start), end: this.offset(e.end),
          };
          if (explicit) n.explicitTag = true;
          if (e.anchor !== undefined) this.anchors.set(e.anchor, n);
          created = n;
          break;
        }
        case 'ALIAS': {
          const name = e.anchor ?? '';
          const target = this.anchors.get(name);
          // The reference prints no place; the alias's marks are kept for editors.
          if (!target) throw new YamlFailure('plain', `unknown anchor '${name}' referenced`, undefined, e.start, undefined, e.end);
          created = {
            kind: 'alias', name, target,
            line: e.start.line + 1, col: e.start.column + 1, start: this.offset(e.start), end: this.offset(e.end),
          };
          break;
        }
        case 'MAPPING_START':
        case 'SEQUENCE_START': {
          const line = e.start.line + 1;
          const col = e.start.column + 1;
          const start = this.offset(e.start);
          const end = this.offset(e.end);
          const n: YMap | YSeq =
            e.type === 'MAPPING_START' ? { kind: 'map', entries: [], line, col, start, end } : { kind: 'seq', items: [], line, col, start, end };
          if (e.tag !== undefined && e.tag !== '!') n.tag = shortTag(e.tag);
          if (e.anchor !== undefined) this.anchors.set(e.anchor, n);
          created = n;
          break;
        }
        case 'MAPPING_END':
        case 'SEQUENCE_END': {
          const frame = stack.pop()!;
          const n = frame.node;
          if (frame.flow) n.end = this.offset(e.end);
          else {
            const last = n.kind === 'seq' ? n.items[n.items.length - 1] : n.entries[n.entries.length - 1]?.value;
            if (last && last.end > n.end) n.end = last.end;
          }
          continue;
        }
        case 'DOCUMENT_END':
          return { root, start: docStart };
        default:
          throw new YamlFailure('plain', `unexpected ${e.type} event`);
      }
      // Attach the new node to its parent.
      if (stack.length === 0) root = created;
      else {
        const top = stack[stack.length - 1];
        if (top.node.kind === 'seq') top.node.items.push(created);
        else if (top.pendingKey === undefined) top.pendingKey = created;
        else {
          top.node.entries.push({ key: top.pendingKey, value: created });
          top.pendingKey = undefined;
        }
      }
      if (created.kind === 'map' || created.kind === 'seq') stack.push({ node: created, pendingKey: undefined, flow: e.flow ?? false });
    }
  }
}

/** Parses YAML as yaml.v3 would. Bytes are checked for UTF-8 validity first, as the reference does. */
export function parseYaml(input: string | Uint8Array): ParsedYaml {
  let source = input;
  // The reference substitutes a lone newline for empty input.
  if (source.length === 0) source = typeof source === 'string' ? '\n' : new Uint8Array([0x0a]);
  const decoded = decodeInput(source);
  return parseDecoded(decoded, typeof input === 'string' ? input : decoded.text);
}

/** parseYaml over already decoded input (`text` is what the result carries). */
export function parseDecoded(decoded: DecodedInput, text: string): ParsedYaml {
  // Plain block-style ASCII documents (most configs) take the short way; anything else, and
  // every error, goes through the full scanner and parser.
  if (decoded.offsets === null && decoded.error === undefined) {
    const root = parseBlockSubset(decoded.text);
    if (root !== undefined) return { text, root, documentCount: 1 };
  }
  return parseWithScanner(decoded, text);
}

/** parseDecoded through the full scanner → parser → composer chain (every input, every error). */
export function parseWithScanner(decoded: DecodedInput, text: string): ParsedYaml {
  const scanner = new Scanner(decoded);
  const composer = new Composer(new EventParser(scanner), decoded);
  let first: { root: YNode | null; start: Mark } | undefined;
  try {
    first = composer.document();
  } catch (err) {
    if (!(err instanceof YamlFailure)) throw err;
    const { message, line } = describeFailure(err);
    const error: YamlError = { message, line };
    const mark = err.kind === 'scanner' || err.kind === 'parser' ? (err.contextMark && err.contextMark.line !== 0 ? err.contextMark : err.problemMark) : undefined;
    if (mark) {
      error.col = mark.column + 1;
      error.start = utf16Offset(decoded, mark.index);
      error.end = error.start;
    } else if (err.kind === 'plain' && err.problemMark && err.problemEnd) {
      error.start = utf16Offset(decoded, err.problemMark.index);
      error.end = utf16Offset(decoded, err.problemEnd.index);
    } else if (err.kind === 'reader' && decoded.errorIndex !== undefined) {
      // The reference names no place; editors still get the offending character.
      error.start = utf16Offset(decoded, decoded.errorIndex);
      error.end = error.start + 1;
    }
    return { text, root: null, error, documentCount: 0 };
  }
  if (!first) return { text, root: null, documentCount: 0 };
  const result: ParsedYaml = { text, root: first.root, documentCount: 1 };
  // Later documents do not count for the reference, which never reads them; editors still
  // want to know they are there. Errors past the first document are ignored.
  try {
    while (composer.document());
  } catch {
    // ignored: not part of what the reference reads
  }
  result.documentCount = composer.documentsStarted;
  if (composer.documentsStarted > 1) {
    const second = composer.secondDocumentStart!;
    result.secondDocumentStart = {
      line: second.line + 1,
      col: second.column + 1,
      start: utf16Offset(decoded, second.index),
    };
  }
  return result;
}
