// gzip framing as Go's compress/gzip writes it for a Writer with an empty Header at
// BestCompression: no name/comment/extra, mtime 0, XFL 2 (best compression), OS 255 (unknown).

import { crc32 } from './crc32';
import { deflateGoWithin } from './deflate';

/** Header (10 bytes) and trailer (CRC-32 and size, 8 bytes) around the DEFLATE stream. */
const FRAMING_BYTES = 18;

/** gzip output byte-identical to Go's compress/gzip writer at BestCompression. */
export function gzipGo(bytes: Uint8Array): Uint8Array {
  return gzipGoWithin(bytes, Infinity)!;
}

/** gzipGo(bytes) when it is at most `maxLength` bytes long, else null (often found out early and cheaply). */
export function gzipGoWithin(bytes: Uint8Array, maxLength: number): Uint8Array | null {
  const body = deflateGoWithin(bytes, maxLength - FRAMING_BYTES);
  if (body === null) return null;
  const out = new Uint8Array(FRAMING_BYTES + body.length);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255], 0);
  out.set(body, 10);
  const trailer = new DataView(out.buffer, 10 + body.length, 8);
  trailer.setUint32(0, crc32(bytes), true);
  trailer.setUint32(4, bytes.length >>> 0, true);
  return out;
}
