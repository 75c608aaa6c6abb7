/** gzip output byte-identical to Go's compress/gzip writer at BestCompression. */
export function gzipGo(_bytes: Uint8Array): Uint8Array {
  throw new Error('gzipGo: not implemented yet');
}
