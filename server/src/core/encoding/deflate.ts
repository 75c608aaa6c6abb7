// DEFLATE compression making the same choices as Go's compress/flate at BestCompression (level 9),
// byte for byte. The encoder itself runs in WebAssembly (server/wasm/deflate, see wasmDeflater.ts).

import { WasmDeflater, sharedDeflater } from './wasmDeflater';

/** Raw DEFLATE stream (no zlib/gzip framing) of `input`, byte-identical to Go's level 9. */
export function deflateGo(input: Uint8Array): Uint8Array {
  return deflateGoWithin(input, Infinity)!;
}

/**
 * deflateGo(input) when that stream is at most `maxBytes` long, else null. A longer stream is
 * given up as soon as a lower bound on its size shows it cannot fit, often before any Huffman code
 * is built or any bit written.
 */
export function deflateGoWithin(input: Uint8Array, maxBytes: number): Uint8Array | null {
  return sharedDeflater().deflate(input, maxBytes);
}

/**
 * A level-9 compressor with its own WebAssembly instance, which keeps its window, hash chains and
 * code tables between streams. Each stream's output is the same as from a new compressor (tested).
 */
export class GoDeflater {
  private readonly deflater = new WasmDeflater();

  deflate(input: Uint8Array): Uint8Array {
    return this.deflater.deflate(input, Infinity)!;
  }

  /** The stream of `input`, or null when it would be longer than `maxBytes`. */
  deflateWithin(input: Uint8Array, maxBytes: number): Uint8Array | null {
    return this.deflater.deflate(input, maxBytes);
  }
}
