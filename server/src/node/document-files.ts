// Which files directory and file access a document's analysis gets: the `filesDir` setting
// resolved against the document's folder, and real disk access only in a trusted workspace.
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import { FileHost, HostError } from '../core/types';
import { NodeFileHost } from './file-host';

/**
 * The editor reads embedded files on every analysis, so it refuses very large ones with a clear
 * message instead of holding them in memory (the CLI has no such limit, as the reference has none).
 */
export const EDITOR_FILE_SIZE_LIMIT = 32 * 1024 * 1024;

export class SizeLimitedFileHost extends NodeFileHost {
  constructor(private readonly folder: string) {
    super(folder);
  }

  override readFile(path: string): Uint8Array {
    let size: number | undefined;
    try {
      // stat, not lstat: a link to a huge file counts as huge.
      const st = fs.statSync(nodePath.resolve(this.folder, path));
      size = st.isFile() ? st.size : undefined;
    } catch {
      // Missing or unreadable: let the read report it in Go's words.
    }
    if (size !== undefined && size > EDITOR_FILE_SIZE_LIMIT) {
      throw new HostError(
        `open ${path}: file is ${size} bytes, larger than the editor's limit of ${EDITOR_FILE_SIZE_LIMIT} bytes for embedded files (run butane-ts to embed it)`,
      );
    }
    return super.readFile(path);
  }
}

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
  return { filesDir, host: new SizeLimitedFileHost(folder), key: `${folder}\u0000${filesDir}` };
}
