// systemd's path escaping for unit names (`systemd-escape --path`), as go-systemd implements it.
const ALLOWED = /[:_.a-zA-Z0-9]/;

export function unitNamePathEscape(path: string): string {
  const bytes = encodeGoString(path);
  let out = '';
  let inSlashes = false;
  let start = true;
  for (const b of bytes) {
    if (b === 0x2f) {
      inSlashes = true;
      continue;
    }
    if (inSlashes) {
      inSlashes = false;
      if (!start) out += '-';
    }
    const ch = String.fromCharCode(b);
    // a leading dot and anything outside the allowed set become \xNN (lower-case hex, unpadded)
    if ((start && ch === '.') || b >= 0x80 || !ALLOWED.test(ch)) out += '\\x' + b.toString(16);
    else out += ch;
    start = false;
  }
  return out === '' ? '-' : out;
}import { encodeGoString } from '../../encoding/goString';

