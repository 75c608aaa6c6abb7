// FileHost over the real file system, with Go's os error texts ("open x: no such file or directory").
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { FileHost, FileStat, HostError } from '../core/types';

const GO_ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EPERM: 'operation not permitted',
  EMFILE: 'too many open files',
  ENXIO: 'no such device or address',
  EIO: 'input/output error',
};
const HOST_ERROR_CODES = new Set(['ENOENT', 'EACCES', 'ENOTDIR', 'EISDIR', 'ELOOP']);

function hostError(op: string, path: string, err: unknown): HostError {
  const code = (err as NodeJS.ErrnoException).code ?? 'OTHER';
  const text = GO_ERRNO_TEXT[code] ?? (err as Error).message;
  const known = HOST_ERROR_CODES.has(code) ? (code as 'ENOENT') : 'OTHER';
  return new HostError(`${op} ${path}: ${text}`, known);
}

/** Paths are resolved against `cwd` but reported as given, as Go reports relative paths. */
export class NodeFileHost implements FileHost {
  constructor(private readonly cwd: string = process.cwd()) {}

  private abs(path: string): string {
    return nodePath.resolve(this.cwd, path);
  }

  readFile(path: string): Uint8Array {
    try {
      return fs.readFileSync(this.abs(path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EISDIR') throw new HostError(`read ${path}: is a directory`, 'EISDIR');
      throw hostError('open', path, err);
    }
  }

  stat(path: string): FileStat {
    try {
      const st = fs.lstatSync(this.abs(path));
      const type = st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : 'other';
      return { type, mode: st.mode & 0o7777, size: st.size };
    } catch (err) {
      throw hostError('lstat', path, err);
    }
  }

  readDir(path: string): string[] {
    try {
      return fs.readdirSync(this.abs(path)).sort();
    } catch (err) {
      throw hostError('open', path, err);
    }
  }

  readLink(path: string): string {
    try {
      return fs.readlinkSync(this.abs(path));
    } catch (err) {
      throw hostError('readlink', path, err);
    }
  }
}
