// An in-memory FileHost with files, directories and symlinks, reporting Go's os error texts.
import { FileHost, FileStat, HostError } from '../../../server/src/core/types';

type Entry = { kind: 'file'; data: Uint8Array; mode: number } | { kind: 'dir'; mode: number } | { kind: 'symlink'; target: string };

export class MemoryHost implements FileHost {
  readonly entries = new Map<string, Entry>();
  readonly reads: string[] = [];

  file(path: string, text: string, mode = 0o644): this {
    this.mkdirs(path);
    this.entries.set(path, { kind: 'file', data: new TextEncoder().encode(text), mode });
    return this;
  }
  symlink(path: string, target: string): this {
    this.mkdirs(path);
    this.entries.set(path, { kind: 'symlink', target });
    return this;
  }
  dir(path: string, mode = 0o755): this {
    this.mkdirs(path + '/x');
    this.entries.set(path, { kind: 'dir', mode });
    return this;
  }
  private mkdirs(path: string): void {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!this.entries.has(dir)) this.entries.set(dir, { kind: 'dir', mode: 0o755 });
    }
  }

  readFile(path: string): Uint8Array {
    this.reads.push(path);
    const e = this.entries.get(path);
    if (!e) throw new HostError(`open ${path}: no such file or directory`, 'ENOENT');
    if (e.kind === 'dir') throw new HostError(`read ${path}: is a directory`, 'EISDIR');
    if (e.kind === 'symlink') return this.readFile(e.target.startsWith('/') ? e.target : path.replace(/[^/]*$/, '') + e.target);
    return e.data;
  }
  stat(path: string): FileStat {
    const e = this.entries.get(path);
    if (!e) throw new HostError(`lstat ${path}: no such file or directory`, 'ENOENT');
    if (e.kind === 'file') return { type: 'file', mode: e.mode, size: e.data.length };
    if (e.kind === 'dir') return { type: 'directory', mode: e.mode, size: 0 };
    return { type: 'symlink', mode: 0o777, size: e.target.length };
  }
  readDir(path: string): string[] {
    const prefix = path + '/';
    const names = [...this.entries.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'));
    return names.map((k) => k.slice(prefix.length)).sort();
  }
  readLink(path: string): string {
    const e = this.entries.get(path);
    if (!e || e.kind !== 'symlink') throw new HostError(`readlink ${path}: invalid argument`);
    return e.target;
  }
}
