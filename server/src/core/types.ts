// Shared contracts between the pipeline stages. Pure: no editor or Node imports.

/** A path into a document: keys and list indexes, e.g. ["storage", "files", 0, "mode"]. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/**
 * Which tree a path points into: "yaml" = the Butane source (snake_case keys),
 * "json" = the generated Ignition config (camelCase keys). Reports end up in "yaml".
 */
export type PathTag = 'yaml' | 'json';

export type Severity = 'error' | 'warning' | 'info';

/** One finding. Message text is exactly what the reference butane prints. */
export interface ReportEntry {
  kind: Severity;
  /** Where; null for findings without a location (printed without "at ..."). */
  path: Path | null;
  tag: PathTag;
  message: string;
  /** Stable kebab-case identifier of the kind of finding, e.g. "butane.unused-key". */
  code: string;
  /** 1-based line/column as the reference prints them (filled in by `correlate`). */
  line?: number;
  col?: number;
}

/** File access for `local`, `trees`, `*_local`: injected so the core stays pure. */
export interface FileHost {
  /** Resolved against the files directory by the core; host receives a normalized relative path joined to filesDir. */
  readFile(path: string): Uint8Array;
  /** lstat-like information; throws a HostError when missing. */
  stat(path: string): FileStat;
  /** Directory listing (names only, sorted as the reference would read them: lexical). */
  readDir(path: string): string[];
  /** Target of a symlink. */
  readLink(path: string): string;
}

export interface FileStat {
  type: 'file' | 'directory' | 'symlink' | 'other';
  /** Permission bits, e.g. 0o755. */
  mode: number;
  size: number;
}

/** Errors thrown by a FileHost carry the message Go's os package would print, e.g. "open files/x: no such file or directory". */
export class HostError extends Error {
  constructor(message: string, readonly code: 'ENOENT' | 'EACCES' | 'ENOTDIR' | 'EISDIR' | 'ELOOP' | 'OTHER' = 'OTHER') {
    super(message);
  }
}

export interface TranslateOptions {
  /** The -d/--files-dir value as given (used verbatim in messages); undefined = not given. */
  filesDir?: string;
  /** --raw: for openshift, emit plain Ignition instead of a MachineConfig. */
  raw?: boolean;
  /** --pretty */
  pretty?: boolean;
  /** --strict: any warning makes the run fail (handled by the front end, but features may want it). */
  strict?: boolean;
  /** Needed when the config uses local files; absent = every local read fails as if no files dir. */
  host?: FileHost;
}

/** What one run of the pipeline produced, enough for the CLI, the server and the preview. */
export interface TranslateResult {
  /** Output bytes exactly as the CLI prints them, without the final newline; undefined when translation failed. */
  output?: string;
  /** 'json' for Ignition, 'yaml' for an OpenShift MachineConfig. */
  outputLanguage: 'json' | 'yaml';
  /** Report entries, in the reference's order, with yaml paths and line/col where known. */
  report: ReportEntry[];
  /**
   * The fatal error, when the run failed: the text after "Error translating config: ",
   * e.g. "source config is invalid" or "Error unmarshaling yaml: yaml: line 3: did not find expected key".
   */
  fatal?: string;
  /** Where a fatal YAML error sits, when known (1-based line, optional col), for editor ranges. */
  fatalLine?: number;
  fatalCol?: number;
  /** Detected header. */
  variant?: string;
  version?: string;
  /** Ignition spec version emitted, e.g. "3.5.0". */
  ignitionVersion?: string;
  /**
   * Which source path produced which output path (keyed by the formatted output path), when
   * translation got that far. For OpenShift output the paths point into the MachineConfig.
   */
  translations?: { readonly set: ReadonlyMap<string, { readonly from: Path; readonly to: Path }> };
}

/** The reference's path text: `$.storage.files.0.mode` (the root alone is `$`). */
export function formatPath(path: Path): string {
  let s = '$';
  for (const seg of path) s += '.' + String(seg);
  return s;
}
