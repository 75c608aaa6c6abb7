// A JSON document as Go's encoding/json sees it while decoding: object members in document order
// with repeated keys kept (each one decodes into its field in turn), and numbers as their literal
// text (Go parses an int field's literal itself: "1.0" or "4.2e2" do not fit an int).

export type JsonNode =
  | { kind: 'object'; entries: [string, JsonNode][] }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'number'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' };

/** The node form of an already parsed JSON value (numbers get JavaScript's spelling). */
export function jsonNodeOf(value: unknown): JsonNode {
  if (value === null || value === undefined) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array', items: value.map(jsonNodeOf) };
  if (typeof value === 'object') {
    return { kind: 'object', entries: Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonNodeOf(v)]) };
  }
  if (typeof value === 'number' || typeof value === 'bigint') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  return { kind: 'string', value: String(value) };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Parses JSON text that is known to be valid (callers check syntax first); throws otherwise. */
export function parseJsonText(text: string): JsonNode {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(`invalid JSON at offset ${i}`);
  };
  const stringToken = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): JsonNode => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: [string, JsonNode][] = [];
      skip();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries };
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail();
        const key = stringToken();
        skip();
        if (text[i] !== ':') fail();
        i++;
        entries.push([key, value()]);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return { kind: 'object', entries };
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(value());
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return { kind: 'array', items };
        } else fail();
      }
    }
    if (c === '"') return { kind: 'string', value: stringToken() };
    for (const [word, node] of [
      ['true', { kind: 'bool', value: true }],
      ['false', { kind: 'bool', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return node;
      }
    }
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (!m) return fail();
    i += m[0].length;
    return { kind: 'number', text: m[0] };
  };
  const root = value();
  skip();
  if (i !== text.length) fail();
  return root;
}
