// Reading `local` files relative to the --files-dir, with the reference's refusal to read outside it.
import { FileHost, HostError } from '../../types';

export const ERR_NO_FILES_DIR =
  'local file paths are relative to a files directory that must be specified with -d/--files-dir';
export const ERR_FILES_DIR_ESCAPE = 'local file path traverses outside the files directory';

/** Lexical path cleaning with Go's path.Clean rules (slash-separated). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const body = out.join('/');
  if (rooted) return '/' + body;
  return body === '' ? '.' : body;
}

/** Go's path.Join: joins the non-empty elements and cleans the result. */
export function joinPath(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  if (nonEmpty.length === 0) return '';
  return cleanPath(nonEmpty.join('/'));
}

function segments(p: string): string[] {
  const c = cleanPath(p);
  if (c === '.') return [];
  return c.split('/').filter((s, i) => !(i === 0 && s === ''));
}

/**
 * Whether `path` (already joined onto `filesDir`) stays inside `filesDir`. The reference compares
 * absolute paths; both are relative to the same working directory here, so a lexical comparison of
 * the cleaned forms gives the same answer without knowing that directory.
 */
export function isWithinFilesDir(path: string, filesDir: string): boolean {
  const baseAbs = cleanPath(filesDir).startsWith('/');
  const pathAbs = cleanPath(path).startsWith('/');
  if (baseAbs !== pathAbs) return false;
  const base = segments(filesDir);
  const p = segments(path);
  if (p.length < base.length) return false;
  for (let i = 0; i < base.length; i++) if (p[i] !== base[i]) return false;
  // A remainder that climbs out again (only possible when the base is all "..") escapes.
  return p[base.length] !== '..';
}

export class LocalFileError extends Error {}

/** Where a `local` path points, or the reference's error text. */
export function resolveLocalPath(configPath: string, filesDir: string | undefined): string {
  if (filesDir === undefined || filesDir === '') throw new LocalFileError(ERR_NO_FILES_DIR);
  const joined = joinPath(filesDir, configPath);
  if (!isWithinFilesDir(joined, filesDir)) throw new LocalFileError(ERR_FILES_DIR_ESCAPE);
  return joined;
}

/** Reads a `local` file; throws LocalFileError / HostError with the message the CLI prints. */
export function readLocalFile(configPath: string, filesDir: string | undefined, host: FileHost | undefined): Uint8Array {
  const full = resolveLocalPath(configPath, filesDir);
  if (!host) throw new HostError(`open ${full}: no such file or directory`, 'ENOENT');
  return host.readFile(full);
}

/** The message of anything thrown while reading host files. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
