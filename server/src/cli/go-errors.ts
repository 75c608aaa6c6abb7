// Error texts as Go's os package prints them ("open x: no such file or directory"), from Node's errno codes.

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EEXIST: 'file exists',
  EROFS: 'read-only file system',
  ENXIO: 'no such device or address',
  ENOSPC: 'no space left on device',
  EMFILE: 'too many open files',
  ETXTBSY: 'text file busy',
  EINVAL: 'invalid argument',
  EIO: 'input/output error',
};

/** `<op> <path>: <reason>` as a Go *PathError renders, e.g. "open out.json: permission denied". */
export function goPathError(err: unknown, op: string, path: string): string {
  const e = err as NodeJS.ErrnoException;
  const reason = (e?.code && ERRNO_TEXT[e.code]) ?? e?.message ?? String(err);
  return `${op} ${path}: ${reason}`;
}
