// The event layer over the scanner: the same state machine as the reference's parser, so a
// broken document fails at the same token with the same message and context mark.
import { Mark, Scanner, ScalarStyle, Token, TokenType, YamlFailure } from './scanner';

export type EventType =
  | 'STREAM_START' | 'STREAM_END' | 'DOCUMENT_START' | 'DOCUMENT_END' | 'ALIAS' | 'SCALAR'
  | 'SEQUENCE_START' | 'SEQUENCE_END' | 'MAPPING_START' | 'MAPPING_END';

export interface YamlEvent {
  type: EventType;
  start: Mark;
  end: Mark;
  anchor?: string;
  /** Full tag after handle expansion, e.g. "tag:yaml.org,2002:str", or "!" / "!local". */
  tag?: string;
  value?: string;
  style?: ScalarStyle;
  flow?: boolean;
}

type State =
  | 'STREAM_START' | 'IMPLICIT_DOCUMENT_START' | 'DOCUMENT_START' | 'DOCUMENT_CONTENT' | 'DOCUMENT_END'
  | 'BLOCK_NODE' | 'BLOCK_NODE_OR_INDENTLESS_SEQUENCE' | 'FLOW_NODE'
  | 'BLOCK_SEQUENCE_FIRST_ENTRY' | 'BLOCK_SEQUENCE_ENTRY' | 'INDENTLESS_SEQUENCE_ENTRY'
  | 'BLOCK_MAPPING_FIRST_KEY' | 'BLOCK_MAPPING_KEY' | 'BLOCK_MAPPING_VALUE'
  | 'FLOW_SEQUENCE_FIRST_ENTRY' | 'FLOW_SEQUENCE_ENTRY' | 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY'
  | 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE' | 'FLOW_SEQUENCE_ENTRY_MAPPING_END'
  | 'FLOW_MAPPING_FIRST_KEY' | 'FLOW_MAPPING_KEY' | 'FLOW_MAPPING_VALUE' | 'FLOW_MAPPING_EMPTY_VALUE' | 'END';

const DEFAULT_TAG_DIRECTIVES: [string, string][] = [
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
];

export class EventParser {
  private state: State = 'STREAM_START';
  private states: State[] = [];
  private marks: Mark[] = [];
  private tagDirectives: [string, string][] = [];

  constructor(private readonly scanner: Scanner) {}

  private parserError(problem: string, problemMark: Mark, contextMark?: Mark): never {
    throw new YamlFailure('parser', problem, contextMark, problemMark);
  }

  private pop(): State {
    return this.states.pop()!;
  }

  private tok(): Token {
    return this.scanner.peek();
  }

  private skip(): void {
    this.scanner.skipToken();
  }

  /** The next event, or undefined once the stream has ended. */
  next(): YamlEvent | undefined {
    if (this.scanner.streamEndProduced || this.state === 'END') return undefined;
    switch (this.state) {
      case 'STREAM_START': {
        const t = this.tok();
        this.state = 'IMPLICIT_DOCUMENT_START';
        this.skip();
        return makeEvent('STREAM_START', t.start, t.end);
      }
      case 'IMPLICIT_DOCUMENT_START':
      case 'DOCUMENT_START':
        return this.documentStart(this.state === 'IMPLICIT_DOCUMENT_START');
      case 'DOCUMENT_CONTENT': {
        const t = this.tok();
        if (isDocumentBoundary(t.type)) {
          this.state = this.pop();
          return emptyScalar(t.start);
        }
        return this.node(true, false);
      }
      case 'DOCUMENT_END': {
        const t = this.tok();
        const start = t.start;
        let end = t.start;
        if (t.type === 'DOCUMENT_END') {
          end = t.end;
          this.skip();
        }
        this.tagDirectives = [];
        this.state = 'DOCUMENT_START';
        return makeEvent('DOCUMENT_END', start, end);
      }
      case 'BLOCK_NODE':
        return this.node(true, false);
      case 'BLOCK_NODE_OR_INDENTLESS_SEQUENCE':
        return this.node(true, true);
      case 'FLOW_NODE':
        return this.node(false, false);
      case 'BLOCK_SEQUENCE_FIRST_ENTRY':
      case 'BLOCK_SEQUENCE_ENTRY': {
        if (this.state === 'BLOCK_SEQUENCE_FIRST_ENTRY') {
          this.marks.push(this.tok().start);
          this.skip();
        }
        let t = this.tok();
        if (t.type === 'BLOCK_ENTRY') {
          const mark = t.end;
          this.skip();
          t = this.tok();
          if (t.type !== 'BLOCK_ENTRY' && t.type !== 'BLOCK_END') {
            this.states.push('BLOCK_SEQUENCE_ENTRY');
            return this.node(true, false);
          }
          this.state = 'BLOCK_SEQUENCE_ENTRY';
          return emptyScalar(mark);
        }
        if (t.type === 'BLOCK_END') {
          this.state = this.pop();
          this.marks.pop();
          this.skip();
          return makeEvent('SEQUENCE_END', t.start, t.end);
        }
        this.parserError("did not find expected '-' indicator", t.start, this.marks.pop());
      }
      case 'INDENTLESS_SEQUENCE_ENTRY': {
        let t = this.tok();
        if (t.type === 'BLOCK_ENTRY') {
          const mark = t.end;
          this.skip();
          t = this.tok();
          if (t.type !== 'BLOCK_ENTRY' && t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK_END') {
            this.states.push('INDENTLESS_SEQUENCE_ENTRY');
            return this.node(true, false);
          }
          this.state = 'INDENTLESS_SEQUENCE_ENTRY';
          return emptyScalar(mark);
        }
        this.state = this.pop();
        return makeEvent('SEQUENCE_END', t.start, t.start);
      }
      case 'BLOCK_MAPPING_FIRST_KEY':
      case 'BLOCK_MAPPING_KEY': {
        if (this.state === 'BLOCK_MAPPING_FIRST_KEY') {
          this.marks.push(this.tok().start);
          this.skip();
        }
        let t = this.tok();
        if (t.type === 'KEY') {
          const mark = t.end;
          this.skip();
          t = this.tok();
          if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK_END') {
            this.states.push('BLOCK_MAPPING_VALUE');
            return this.node(true, true);
          }
          this.state = 'BLOCK_MAPPING_VALUE';
          return emptyScalar(mark);
        }
        if (t.type === 'BLOCK_END') {
          this.state = this.pop();
          this.marks.pop();
          this.skip();
          return makeEvent('MAPPING_END', t.start, t.end);
        }
        this.parserError('did not find expected key', t.start, this.marks.pop());
      }
      case 'BLOCK_MAPPING_VALUE': {
        let t = this.tok();
        if (t.type === 'VALUE') {
          const mark = t.end;
          this.skip();
          t = this.tok();
          if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK_END') {
            this.states.push('BLOCK_MAPPING_KEY');
            return this.node(true, true);
          }
          this.state = 'BLOCK_MAPPING_KEY';
          return emptyScalar(mark);
        }
        this.state = 'BLOCK_MAPPING_KEY';
        return emptyScalar(t.start);
      }
      case 'FLOW_SEQUENCE_FIRST_ENTRY':
      case 'FLOW_SEQUENCE_ENTRY': {
        const first = this.state === 'FLOW_SEQUENCE_FIRST_ENTRY';
        if (first) {
          this.marks.push(this.tok().start);
          this.skip();
        }
        let t = this.tok();
        if (t.type !== 'FLOW_SEQUENCE_END') {
          if (!first) {
            if (t.type === 'FLOW_ENTRY') {
              this.skip();
              t = this.tok();
            } else {
              this.parserError("did not find expected ',' or ']'", t.start, this.marks.pop());
            }
          }
          if (t.type === 'KEY') {
            this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY';
            this.skip();
            return makeEvent('MAPPING_START', t.start, t.end, undefined, undefined, undefined, undefined, true);
          }
          if (t.type !== 'FLOW_SEQUENCE_END') {
            this.states.push('FLOW_SEQUENCE_ENTRY');
            return this.node(false, false);
          }
        }
        this.state = this.pop();
        this.marks.pop();
        this.skip();
        return makeEvent('SEQUENCE_END', t.start, t.end);
      }
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY': {
        const t = this.tok();
        if (t.type !== 'VALUE' && t.type !== 'FLOW_ENTRY' && t.type !== 'FLOW_SEQUENCE_END') {
          this.states.push('FLOW_SEQUENCE_ENTRY_MAPPING_VALUE');
          return this.node(false, false);
        }
        const mark = t.end;
        this.skip();
        this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE';
        return emptyScalar(mark);
      }
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE': {
        let t = this.tok();
        if (t.type === 'VALUE') {
          this.skip();
          t = this.tok();
          if (t.type !== 'FLOW_ENTRY' && t.type !== 'FLOW_SEQUENCE_END') {
            this.states.push('FLOW_SEQUENCE_ENTRY_MAPPING_END');
            return this.node(false, false);
          }
        }
        this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_END';
        return emptyScalar(t.start);
      }
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_END': {
        const t = this.tok();
        this.state = 'FLOW_SEQUENCE_ENTRY';
        return makeEvent('MAPPING_END', t.start, t.start);
      }
      case 'FLOW_MAPPING_FIRST_KEY':
      case 'FLOW_MAPPING_KEY': {
        const first = this.state === 'FLOW_MAPPING_FIRST_KEY';
        if (first) {
          this.marks.push(this.tok().start);
          this.skip();
        }
        let t = this.tok();
        if (t.type !== 'FLOW_MAPPING_END') {
          if (!first) {
            if (t.type === 'FLOW_ENTRY') {
              this.skip();
              t = this.tok();
            } else {
              this.parserError("did not find expected ',' or '}'", t.start, this.marks.pop());
            }
          }
          if (t.type === 'KEY') {
            this.skip();
            t = this.tok();
            if (t.type !== 'VALUE' && t.type !== 'FLOW_ENTRY' && t.type !== 'FLOW_MAPPING_END') {
              this.states.push('FLOW_MAPPING_VALUE');
              return this.node(false, false);
            }
            this.state = 'FLOW_MAPPING_VALUE';
            return emptyScalar(t.start);
          }
          if (t.type !== 'FLOW_MAPPING_END') {
            this.states.push('FLOW_MAPPING_EMPTY_VALUE');
            return this.node(false, false);
          }
        }
        this.state = this.pop();
        this.marks.pop();
        this.skip();
        return makeEvent('MAPPING_END', t.start, t.end);
      }
      case 'FLOW_MAPPING_VALUE':
      case 'FLOW_MAPPING_EMPTY_VALUE': {
        let t = this.tok();
        if (this.state === 'FLOW_MAPPING_EMPTY_VALUE') {
          this.state = 'FLOW_MAPPING_KEY';
          return emptyScalar(t.start);
        }
        if (t.type === 'VALUE') {
          this.skip();
          t = this.tok();
          if (t.type !== 'FLOW_ENTRY' && t.type !== 'FLOW_MAPPING_END') {
            this.states.push('FLOW_MAPPING_KEY');
            return this.node(false, false);
          }
        }
        this.state = 'FLOW_MAPPING_KEY';
        return emptyScalar(t.start);
      }
      default:
        return undefined;
    }
  }

  private documentStart(implicit: boolean): YamlEvent {
    let t = this.scanner.peek();
    if (!implicit) {
      while (t.type === 'DOCUMENT_END') {
        this.scanner.skipToken();
        t = this.scanner.peek();
      }
    }
    if (implicit && t.type !== 'VERSION_DIRECTIVE' && t.type !== 'TAG_DIRECTIVE' && t.type !== 'DOCUMENT_START' && t.type !== 'STREAM_END') {
      this.processDirectives();
      this.states.push('DOCUMENT_END');
      this.state = 'BLOCK_NODE';
      return makeEvent('DOCUMENT_START', t.start, t.end);
    }
    if (t.type !== 'STREAM_END') {
      const start = t.start;
      this.processDirectives();
      t = this.scanner.peek();
      if (t.type !== 'DOCUMENT_START') this.parserError('did not find expected <document start>', t.start);
      this.states.push('DOCUMENT_END');
      this.state = 'DOCUMENT_CONTENT';
      const end = t.end;
      this.scanner.skipToken();
      return makeEvent('DOCUMENT_START', start, end);
    }
    this.state = 'END';
    this.scanner.skipToken();
    return makeEvent('STREAM_END', t.start, t.end);
  }

  private processDirectives(): void {
    let t = this.scanner.peek();
    let sawVersion = false;
    while (t.type === 'VERSION_DIRECTIVE' || t.type === 'TAG_DIRECTIVE') {
      if (t.type === 'VERSION_DIRECTIVE') {
        if (sawVersion) this.parserError('found duplicate %YAML directive', t.start);
        if (t.major !== 1 || t.minor !== 1) this.parserError('found incompatible YAML document', t.start);
        sawVersion = true;
      } else {
        const handle = t.value ?? '';
        if (this.tagDirectives.some(([h]) => h === handle)) this.parserError('found duplicate %TAG directive', t.start);
        this.tagDirectives.push([handle, t.suffix ?? '']);
      }
      this.scanner.skipToken();
      t = this.scanner.peek();
    }
    for (const [handle, prefix] of DEFAULT_TAG_DIRECTIVES) {
      if (!this.tagDirectives.some(([h]) => h === handle)) this.tagDirectives.push([handle, prefix]);
    }
  }

  private node(block: boolean, indentlessSequence: boolean): YamlEvent {
    let t: Token = this.scanner.peek();
    if (t.type === 'ALIAS') {
      this.state = this.pop();
      this.scanner.skipToken();
      return makeEvent('ALIAS', t.start, t.end, t.value);
    }
    let start = t.start;
    let end = t.start;
    let anchor: string | undefined;
    let tagToken: Token | undefined;
    let tagMark = t.start;
    if (t.type === 'ANCHOR') {
      anchor = t.value;
      end = t.end;
      this.scanner.skipToken();
      t = this.scanner.peek();
      if (t.type === 'TAG') {
        tagToken = t;
        tagMark = t.start;
        end = t.end;
        this.scanner.skipToken();
        t = this.scanner.peek();
      }
    } else if (t.type === 'TAG') {
      tagToken = t;
      start = t.start;
      tagMark = t.start;
      end = t.end;
      this.scanner.skipToken();
      t = this.scanner.peek();
      if (t.type === 'ANCHOR') {
        anchor = t.value;
        end = t.end;
        this.scanner.skipToken();
        t = this.scanner.peek();
      }
    }
    let tag = '';
    if (tagToken) {
      const handle = tagToken.value ?? '';
      const suffix = tagToken.suffix ?? '';
      if (handle === '') tag = suffix;
      else {
        const directive = this.tagDirectives.find(([h]) => h === handle);
        if (directive) tag = directive[1] + suffix;
        if (tag === '') this.parserError('found undefined tag handle', tagMark, start);
      }
    }
    const tagOpt = tag === '' ? undefined : tag;
    if (indentlessSequence && t.type === 'BLOCK_ENTRY') {
      this.state = 'INDENTLESS_SEQUENCE_ENTRY';
      return makeEvent('SEQUENCE_START', start, t.end, anchor, tagOpt, undefined, undefined, false);
    }
    if (t.type === 'SCALAR') {
      this.state = this.pop();
      this.scanner.skipToken();
      return makeEvent('SCALAR', start, t.end, anchor, tagOpt, t.value, t.style);
    }
    if (t.type === 'FLOW_SEQUENCE_START') {
      this.state = 'FLOW_SEQUENCE_FIRST_ENTRY';
      return makeEvent('SEQUENCE_START', start, t.end, anchor, tagOpt, undefined, undefined, true);
    }
    if (t.type === 'FLOW_MAPPING_START') {
      this.state = 'FLOW_MAPPING_FIRST_KEY';
      return makeEvent('MAPPING_START', start, t.end, anchor, tagOpt, undefined, undefined, true);
    }
    if (block && t.type === 'BLOCK_SEQUENCE_START') {
      this.state = 'BLOCK_SEQUENCE_FIRST_ENTRY';
      return makeEvent('SEQUENCE_START', start, t.end, anchor, tagOpt, undefined, undefined, false);
    }
    if (block && t.type === 'BLOCK_MAPPING_START') {
      this.state = 'BLOCK_MAPPING_FIRST_KEY';
      return makeEvent('MAPPING_START', start, t.end, anchor, tagOpt, undefined, undefined, false);
    }
    if (anchor !== undefined || tagOpt !== undefined) {
      this.state = this.pop();
      return makeEvent('SCALAR', start, end, anchor, tagOpt, '', 'plain');
    }
    this.parserError('did not find expected node content', t.start, start);
  }
}

function isDocumentBoundary(type: TokenType): boolean {
  return type === 'VERSION_DIRECTIVE' || type === 'TAG_DIRECTIVE' || type === 'DOCUMENT_START' || type === 'DOCUMENT_END' || type === 'STREAM_END';
}

function emptyScalar(mark: Mark): YamlEvent {
  return makeEvent('SCALAR', mark, mark, undefined, undefined, '', 'plain');
}

/** Every event has all fields (unused ones undefined): one object shape for the composer to read. */
function makeEvent(
  type: EventType, start: Mark, end: Mark, anchor?: string, tag?: string, value?: string, style?: ScalarStyle, flow?: boolean,
): YamlEvent {
  return { type, start, end, anchor, tag, value, style, flow };
}
