// Standard base64 with padding (Go's base64.StdEncoding), without relying on Node's Buffer so the
// core stays usable in a browser worker.

import { asciiBytesToString } from './asciiText';

const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 0x3d; // '='

/** Length of the padded base64 text of `byteLength` bytes. */
export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}

export function base64Encode(bytes: Uint8Array): string {
  const out = new Uint8Array(base64Length(bytes.length));
  const full = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < full; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o] = ALPHABET[v >> 18];
    out[o + 1] = ALPHABET[(v >> 12) & 63];
    out[o + 2] = ALPHABET[(v >> 6) & 63];
    out[o + 3] = ALPHABET[v & 63];
    o += 4;
  }
  const rest = bytes.length - full;
  if (rest > 0) {
    const v = (bytes[full] << 16) | (rest === 2 ? bytes[full + 1] << 8 : 0);
    out[o] = ALPHABET[v >> 18];
    out[o + 1] = ALPHABET[(v >> 12) & 63];
    out[o + 2] = rest === 2 ? ALPHABET[(v >> 6) & 63] : PAD;
    out[o + 3] = PAD;
  }
  return asciiBytesToString(out);
}

/** The bytes of well-formed padded standard base64 (callers check the text first when it may be malformed). */
export function base64Decode(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
