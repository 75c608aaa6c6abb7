// Wire types of the Butane language server that clients may import (the VS Code client does).
// Dependency-free on purpose: importable from a Node client, a web client or a test.

/** 1-based line/column pair as the butane CLI prints it. */
export interface CliPosition {
  line: number;
  col: number;
}

/** A zero-based LSP range (UTF-16 characters). */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** One report entry as the server sends it: the CLI's fields plus the editor range. */
export interface TranspileReportEntry {
  kind: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  /** `$.storage.files.0.mode`, or null for entries without a location. */
  path: string | null;
  line?: number;
  col?: number;
  range?: WireRange;
}

export interface TranspileParams {
  textDocument: { uri: string };
}

export interface TranspileResult {
  /** What `butane-ts --pretty` prints for the document (without the final newline); null when translation failed. */
  output: string | null;
  /** 'json' for Ignition, 'yaml' for an OpenShift MachineConfig. */
  language: 'json' | 'yaml';
  report: TranspileReportEntry[];
  /** The text after "Error translating config: " when the run failed. */
  fatal: string | null;
  /** The document version the answer was computed for. */
  version: number;
}

/** `butane/transpile`: the Ignition output and report of an open document. */
export namespace TranspileRequest {
  export const method = 'butane/transpile' as const;
}

/** Settings read from the `butane` section through `workspace/configuration`. */
export interface ButaneSettings {
  /** Files directory relative to the document's folder (absolute paths also work); '' = none, like the CLI without -d. */
  filesDir: string;
  /** Report warnings as errors, as `butane --strict` fails on them. */
  strict: boolean;
}

export const DEFAULT_SETTINGS: ButaneSettings = { filesDir: '', strict: false };

/** `initializationOptions` the server understands. */
export interface ButaneInitializationOptions {
  /**
   * Whether the workspace is trusted. Only then does the server read `local`/`trees`
   * files from disk. Defaults to false.
   */
  trusted?: boolean;
}
