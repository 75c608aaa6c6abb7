// Which files directory and file access a document's analysis gets: the `filesDir` setting
// resolved against the document's folder, and real disk access only in a trusted workspace.
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileHost } from '../core/types';
import { NodeFileHost } from './file-host';

export interface DocumentFiles {
  /** Passed to the pipeline as the -d value (as the user wrote it, so messages read like the CLI's). */
  filesDir?: string;
  host?: FileHost;
  /** Part of the analysis cache key. */
  key: string;
}

/** Folder of a file: URI, or undefined for other schemes (untitled:, etc.). */
export function documentFolder(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return nodePath.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/**
 * Untrusted workspaces, unsaved documents and an empty setting all get no files directory, exactly
 * like the CLI without -d: `local` references are then reported, never read.
 */
export function documentFiles(uri: string, filesDir: string, trusted: boolean): DocumentFiles {
  const folder = documentFolder(uri);
  if (!trusted || filesDir === '' || folder === undefined) return { key: 'none' };
  // The host resolves relative paths against the document's folder, the way the CLI resolves
  // -d against its working directory.
  return { filesDir, host: new NodeFileHost(folder), key: `${folder}\u0000${filesDir}` };
}
