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
  /**
   * Like the CLI's `--raw`: for the openshift variant, answer plain Ignition JSON instead of
   * a MachineConfig. No effect on other variants. Default false.
   */
  raw?: boolean;
  /** Whether to compute `map` (costs a scan of the output; the preview asks for it). Default false. */
  includeMap?: boolean;
}

/** One link of the preview: the output range that the source range produced. */
export interface TranspileMapEntry {
  /** Range in `output`. */
  output: WireRange;
  /** Range in the Butane document. */
  source: WireRange;
  /** Output path as the reference prints paths, e.g. `$.storage.files.0.mode`. */
  outputPath: string;
  /** Source path, e.g. `$.storage.files.0.mode`. */
  sourcePath: string;
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
  /**
   * Output ranges linked to the source ranges that produced them, ordered by output position;
   * null unless `includeMap` was asked for (or when there is no output).
   */
  map?: TranspileMapEntry[] | null;
  /** The config's `variant` and `version`, and the Ignition spec version it becomes, when known. */
  variant?: string;
  variantVersion?: string;
  ignitionVersion?: string;
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

/** One setting the extension contributes: package.json's `contributes.configuration` is checked against this list. */
export interface SettingDefinition {
  /** Full key, e.g. `butane.filesDir`. */
  key: string;
  type: 'string' | 'boolean' | 'number';
  default: string | boolean | number;
  scope: 'resource' | 'window';
  /** Read by the language server (through workspace/configuration) or only by the VS Code client. */
  readBy: 'server' | 'client';
  enum?: string[];
}

export const SETTINGS_DEFINITION: readonly SettingDefinition[] = [
  { key: 'butane.filesDir', type: 'string', default: DEFAULT_SETTINGS.filesDir, scope: 'resource', readBy: 'server' },
  { key: 'butane.strict', type: 'boolean', default: DEFAULT_SETTINGS.strict, scope: 'resource', readBy: 'server' },
  { key: 'butane.trace.server', type: 'string', default: 'off', scope: 'window', readBy: 'client', enum: ['off', 'messages', 'verbose'] },
  { key: 'butane.preview.raw', type: 'boolean', default: false, scope: 'resource', readBy: 'client' },
  { key: 'butane.preview.followActiveEditor', type: 'boolean', default: true, scope: 'window', readBy: 'client' },
  { key: 'butane.preview.highlightLinkedOutput', type: 'boolean', default: true, scope: 'window', readBy: 'client' },
];
