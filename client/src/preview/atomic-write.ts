// Replacing an output file whole (temporary file + rename) without loosening what the user set
// up around it: a symlink stays a symlink (its pointee is replaced), an existing file keeps its
// permission bits (an .ign with password hashes or SSH keys is often chmod 600), and a new file
// is no more readable than the Butane source it comes from.
// No vscode import here, so the rules can be unit-tested under plain Node.
import { promises as fs, type Stats } from 'node:fs';
import * as nodePath from 'node:path';
import { randomBytes } from 'node:crypto';

/** Mode of a new output file when nothing more specific is known (before the umask). */
export const DEFAULT_NEW_FILE_MODE = 0o644;
/** Linux gives up after 40 links (ELOOP); so do we. */
const MAX_LINK_HOPS = 40;

/**
 * Permission bits for the file that will hold the output.
 * - Replacing a file: exactly its permission bits (no setuid/setgid/sticky: the output is data).
 * - A new file: the source's read/write bits, so the output (which carries the same secrets,
 *   e.g. inline contents or password hashes) is readable by whom the source is readable by, and
 *   never executable; the default when the source's mode is unknown (e.g. an unsaved document).
 */
export function outputMode(existingMode: number | undefined, sourceMode: number | undefined): number {
  if (existingMode !== undefined) return existingMode & 0o777;
  if (sourceMode !== undefined) return sourceMode & 0o666;
  return DEFAULT_NEW_FILE_MODE;
}

/**
 * The path that writing to `target` really changes: symlinks (also chains, relative or dangling
 * ones) are followed to their end, so that the rename replaces the pointee and keeps the link.
 * Returns that path and its stats (undefined when nothing exists there yet).
 */
export async function resolveWriteTarget(target: string): Promise<{ path: string; stats: Stats | undefined }> {
  let path = nodePath.resolve(target);
  for (let hops = 0; ; hops++) {
    let stats: Stats;
    try {
      stats = await fs.lstat(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path, stats: undefined };
      throw err;
    }
    if (!stats.isSymbolicLink()) return { path, stats };
    if (hops >= MAX_LINK_HOPS) throw Object.assign(new Error(`too many levels of symbolic links: ${target}`), { code: 'ELOOP' });
    path = nodePath.resolve(nodePath.dirname(path), await fs.readlink(path));
  }
}

/**
 * Writes `bytes` to `target` through a temporary file in the same directory (a rename is atomic
 * only within one file system) and a rename, so readers never see half a file. The temporary
 * file never is more readable than the result (a replacement is created 0600 and given the old
 * file's mode before the rename); it is removed on failure.
 * For a new file the umask still applies, as for any file the user creates; a replaced file
 * keeps its exact bits (and its owner and group when the process may set them).
 * `sourcePath`: the Butane file the output comes from, for the mode of a new file.
 * Returns the path written (the pointee when `target` is a symlink).
 */
export async function writeAtomically(target: string, bytes: string, sourcePath?: string): Promise<string> {
  const { path, stats } = await resolveWriteTarget(target);
  if (stats && !stats.isFile()) throw new Error(`${target} is not a regular file`);
  const sourceMode = stats || !sourcePath ? undefined : await fs.stat(sourcePath).then((s) => s.mode, () => undefined);
  const mode = outputMode(stats?.mode, sourceMode);
  const temp = nodePath.join(nodePath.dirname(path), `.${nodePath.basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    // A new file is created with its final mode (the umask applies); a replacement starts private.
    handle = await fs.open(temp, 'wx', stats ? 0o600 : mode);
    await handle.writeFile(bytes);
    if (stats) {
      // Best effort: only root (or the owner, for a group it belongs to) may do this.
      await handle.chown(stats.uid, stats.gid).catch(() => undefined);
      await handle.chmod(mode);
    }
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
    return path;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw err;
  }
}
