// The YAML tree the rest of the core reads. Built by parse.ts so that it matches what
// Butane's Go YAML library (gopkg.in/yaml.v3) sees: same nodes, same positions, same errors.

/** Position fields shared by every node. `line`/`col` are 1-based, as the reference prints them. */
export interface YPos {
  line: number;
  col: number;
  /** UTF-16 offsets into the source text: [start, end). */
  start: number;
  end: number;
}

export interface YScalar extends YPos {
  kind: 'scalar';
  /** The scalar's text after YAML unescaping/folding (what Go receives as the string value). */
  value: string;
  /**
   * The tag as yaml.v3 resolves it: '!!str', '!!int', '!!bool', '!!float', '!!null',
   * '!!timestamp', '!!binary', or an explicit custom tag.
   */
  tag: string;
  style: 'plain' | 'single' | 'double' | 'literal' | 'folded';
  /** True when the source carries an explicit tag (e.g. `!!int 3`, `!foo x`). */
  explicitTag?: boolean;
}

export interface YMapEntry {
  key: YNode;
  value: YNode;
}

export interface YMap extends YPos {
  kind: 'map';
  entries: YMapEntry[];
  /** Explicit tag in short form (e.g. "!custom"); absent means "!!map". */
  tag?: string;
}

export interface YSeq extends YPos {
  kind: 'seq';
  items: YNode[];
  /** Explicit tag in short form; absent means "!!seq". */
  tag?: string;
}

/** Aliases are kept (not expanded) so positions stay true; `target` is the anchored node. */
export interface YAlias extends YPos {
  kind: 'alias';
  name: string;
  target: YNode;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

/** A YAML error in the reference's words, e.g. "yaml: line 3: did not find expected key". */
export interface YamlError {
  message: string;
  /** The line the message names (absent when the reference names none). */
  line?: number;
  /** Column of the mark behind `line` (1-based, in characters). */
  col?: number;
  /**
   * UTF-16 offsets for editors: the mark behind the message for syntax errors (zero-length),
   * the offending character for encoding errors. Absent for errors without a place
   * (e.g. an unknown anchor).
   */
  start?: number;
  end?: number;
}

export interface ParsedYaml {
  /** The source as text (decoded from bytes when bytes were given). */
  text: string;
  /**
   * Root node of the first document; null when the stream holds no document (empty input,
   * only comments) or on error. A lone "---" gives an empty scalar tagged !!null.
   */
  root: YNode | null;
  /** Set when the reference would stop with a YAML error (the first document or, as yaml.v3 does, the stream). */
  error?: YamlError;
  /**
   * How many documents the stream holds (only the first counts). Counted on a best-effort read
   * past the first document: a document whose content is broken still counts, reading stops there.
   */
  documentCount: number;
  /** Where the second document starts (for the "only the first document counts" warning in editors). */
  secondDocumentStart?: { line: number; col: number; start: number };
}
