// The warning for modes written in decimal that were meant as octal (`mode: 644`).

export const WARN_DECIMAL_MODE = 'unreasonable mode would be reasonable if specified in octal; remember to add a leading zero';

/** Reads the decimal digits of `mode` as octal digits; undefined when that is impossible. */
function decimalDigitsAsOctal(mode: number): number | undefined {
  if (mode < 0 || mode > 7777) return undefined;
  let ret = 0;
  for (let divisor = 1000; divisor > 0; divisor = Math.floor(divisor / 10)) {
    const digit = Math.floor(mode / divisor) % 10;
    if (digit > 7) return undefined;
    ret = (ret << 3) | digit;
  }
  return ret;
}

/** Whether a permission set looks like one people actually use. */
export function isTypicalMode(mode: number, directory: boolean): boolean {
  if (mode === 0) return true; // root ignores mode bits
  // other, group, user: each more specific class must have at least the bits of the broader one
  const classes = [mode & 0o7, (mode & 0o70) >> 3, (mode & 0o700) >> 6];
  let hadR = false;
  let hadW = false;
  let hadX = false;
  for (const perm of classes) {
    const r = (perm & 4) !== 0;
    const w = (perm & 2) !== 0;
    const x = (perm & 1) !== 0;
    if ((!r && hadR) || (!w && hadW) || (!x && hadX)) return false;
    if (x && hadR && !hadX) return false;
    if ((w || x) && !r) return false;
    hadR ||= r;
    hadW ||= w;
    hadX ||= x;
  }
  if (!hadR) return false;
  if (directory) {
    if (!hadX) return false;
    if (mode & 0o4000) return false;
    if (mode & 0o3000 && !hadW) return false;
  } else {
    if (mode & 0o6000) {
      if (!hadX) return false;
      if (mode & 0o2) return false;
    }
    if (mode & 0o1000) return false;
  }
  return true;
}

/** True when `mode` is odd as given but typical when its digits are read as octal. */
export function looksLikeDecimalMode(mode: number, directory: boolean): boolean {
  const corrected = decimalDigitsAsOctal(mode);
  if (corrected === undefined) return false;
  return !isTypicalMode(mode, directory) && isTypicalMode(corrected, directory);
}
