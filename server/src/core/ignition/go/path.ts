// Go's "path" package semantics (slash-separated, byte-oriented; '/' and '.' are ASCII so
// working on UTF-16 code units gives the same answers).

/** path.Clean: shortest equivalent path, lexically. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p[0] === '/';
  const parts: string[] = [];
  // Number of leading ".." kept in a relative result (cannot be cancelled).
  let kept = 0;
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > kept) parts.pop();
      else if (!rooted) {
        parts.push('..');
        kept++;
      }
      continue;
    }
    parts.push(seg);
  }
  const body = parts.join('/');
  if (rooted) return '/' + body;
  return body === '' ? '.' : body;
}

/**
 * Whether cleanPath(p) === p. An absolute path without "//", without a segment starting with "."
 * and without a trailing "/" is already clean; only other paths need cleaning to tell.
 */
export function isCleanPath(p: string): boolean {
  if (p.length > 1 && p.charCodeAt(0) === 0x2f && p.indexOf('//') < 0 && p.indexOf('/.') < 0 && p.charCodeAt(p.length - 1) !== 0x2f) return true;
  return cleanPath(p) === p;
}

/** path.IsAbs */
export function isAbsPath(p: string): boolean {
  return p.startsWith('/');
}

/** path.Join: non-empty elements joined by '/', then cleaned; "" when all are empty. */
export function joinPath(...elems: string[]): string {
  const nonEmpty = elems.filter((e) => e !== '');
  return nonEmpty.length === 0 ? '' : cleanPath(nonEmpty.join('/'));
}

/** path.Ext: the suffix from the last '.' in the final element, or "". */
export function extOf(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) {
    if (p[i] === '.') return p.slice(i);
  }
  return '';
}
