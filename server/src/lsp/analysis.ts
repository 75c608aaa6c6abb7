// The analysis cache: one pipeline run per (document uri, version, effective settings).
// Every feature reads from here; nothing re-parses per request.
import { parseYaml } from '../core/yaml';
import { transpileParsed, FileHost, TranslateResult } from '../core';
import { ParsedYaml } from '../core/yaml/types';
import { LineIndex } from './line-index';
import { SourceRanges } from './source-ranges';

/** What the pipeline gets besides the text; `key` identifies it for caching. */
export interface AnalysisInputs {
  filesDir?: string;
  host?: FileHost;
  strict: boolean;
  key: string;
  /** Set when the user asked for a files directory that is not used (untrusted workspace). */
  filesDirIgnored?: string;
}

export interface Analysis {
  uri: string;
  version: number;
  inputsKey: string;
  strict: boolean;
  filesDirIgnored?: string;
  /** Whether the run could read files (a host was given): file changes may make it stale. */
  readsFiles: boolean;
  lines: LineIndex;
  /** Absent when the parser itself failed (an internal error, logged). */
  parsed?: ParsedYaml;
  /** Absent when the pipeline failed internally; see `internalError`. */
  result?: TranslateResult;
  /** Message of an exception thrown inside the engine (not a user error). */
  internalError?: string;
  ranges: SourceRanges;
}

export interface AnalyzedDocument {
  uri: string;
  version: number;
  getText(): string;
}

export type Logger = (message: string) => void;

/** Runs the pipeline once over `doc`, never throwing: engine exceptions end up in `internalError`. */
export function analyze(doc: AnalyzedDocument, inputs: AnalysisInputs, log: Logger): Analysis {
  const text = doc.getText();
  const lines = new LineIndex(text);
  const base = { uri: doc.uri, version: doc.version, inputsKey: inputs.key, strict: inputs.strict, filesDirIgnored: inputs.filesDirIgnored, readsFiles: inputs.host !== undefined, lines };
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(text);
  } catch (err) {
    log(`parse failed for ${doc.uri}@${doc.version}: ${describe(err)}`);
    return { ...base, internalError: describe(err), ranges: new SourceRanges(lines, null) };
  }
  const ranges = new SourceRanges(lines, parsed.root);
  try {
    // Pretty output, so butane/transpile answers what `butane-ts --pretty` prints; the report is the same either way.
    const result = transpileParsed(parsed, { pretty: true, strict: inputs.strict, filesDir: inputs.filesDir, host: inputs.host });
    return { ...base, parsed, result, ranges };
  } catch (err) {
    log(`transpile failed for ${doc.uri}@${doc.version}: ${describe(err)}`);
    return { ...base, parsed, internalError: describe(err), ranges };
  }
}

export function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}

/** Newest analysis per document; an entry is reused while version and inputs are unchanged. */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  constructor(private readonly log: Logger) {}

  get(doc: AnalyzedDocument, inputs: AnalysisInputs): Analysis {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.inputsKey === inputs.key) return cached;
    const fresh = analyze(doc, inputs, this.log);
    this.entries.set(doc.uri, fresh);
    return fresh;
  }

  /** The cached analysis if it is for exactly this version (whatever the inputs). */
  peek(uri: string, version: number): Analysis | undefined {
    const cached = this.entries.get(uri);
    return cached && cached.version === version ? cached : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
