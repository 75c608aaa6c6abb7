// gzip framing as Go's compress/gzip writes it for a Writer with an empty Header at
// BestCompression: no name/comment/extra, mtime 0, XFL 2 (best compression), OS 255 (unknown).
// Framing, CRC-32 and the DEFLATE stream are all made in WebAssembly (see wasmDeflater.ts).

import { sharedDeflater } from './wasmDeflater';

/** gzip output byte-identical to Go's compress/gzip writer at BestCompression. */
export function gzipGo(bytes: Uint8Array): Uint8Array {
  return gzipGoWithin(bytes, Infinity)!;
}

/** gzipGo(bytes) when it is at most `maxLength` bytes long, else null (often found out early and cheaply). */
export function gzipGoWithin(bytes: Uint8Array, maxLength: number): Uint8Array | null {
  return sharedDeflater().gzip(bytes, maxLength);
}
