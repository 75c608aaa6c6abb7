// gzip framing as Go's compress/gzip writes it for a Writer with an empty Header at
// BestCompression: no name/comment/extra, mtime 0, XFL 2 (best compression), OS 255 (unknown).

import { crc32 } from './crc32';
import { deflateGo } from './deflate';

/** gzip output byte-identical to Go's compress/gzip writer at BestCompression. */
export function gzipGo(bytes: Uint8Array): Uint8Array {
  const body = deflateGo(bytes);
  const out = new Uint8Array(10 + body.length + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255], 0);
  out.set(body, 10);
  const trailer = new DataView(out.buffer, 10 + body.length, 8);
  trailer.setUint32(0, crc32(bytes), true);
  trailer.setUint32(4, bytes.length >>> 0, true);
  return out;
}
