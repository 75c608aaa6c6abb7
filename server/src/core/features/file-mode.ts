// Presenting permission modes: the octal people write, the `ls -l` letters, and the decimal
// number Ignition's JSON holds (JSON has no octal).

/** `rwxr-xr-x`-style letters for the 12 permission bits (setuid/setgid/sticky as s/S, t/T). */
export function symbolicMode(mode: number): string {
  const triplet = (bits: number, special: boolean, specialLetter: string): string => {
    const r = bits & 4 ? 'r' : '-';
    const w = bits & 2 ? 'w' : '-';
    const exec = bits & 1;
    const x = special ? (exec ? specialLetter : specialLetter.toUpperCase()) : exec ? 'x' : '-';
    return r + w + x;
  };
  return (
    triplet((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    triplet((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    triplet(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}

/** `0644`-style octal text with at least four digits. */
export function octalMode(mode: number): string {
  return '0' + mode.toString(8).padStart(3, '0');
}

/** Common modes offered as completion values, with what they are for. */
export const COMMON_MODES: { mode: number; use: string }[] = [
  { mode: 0o644, use: 'readable file' },
  { mode: 0o600, use: 'private file (secrets, keys)' },
  { mode: 0o755, use: 'executable or directory' },
  { mode: 0o700, use: 'private directory or script' },
  { mode: 0o640, use: 'group-readable file' },
  { mode: 0o444, use: 'read-only file' },
];
