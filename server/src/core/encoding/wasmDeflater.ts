// The DEFLATE encoder compiled to WebAssembly (sources in server/wasm/deflate, bytes in
// deflate-wasm.generated.ts). WebAssembly is compiled before it runs, so even the first file of a
// short CLI run is compressed at full speed; the same code in JavaScript spent most of such a run
// in the interpreter. Compiled once, lazily, and synchronously: the module is small (~10 KiB).
//
// An instance keeps its window, hash chains and code tables between calls; each call copies its
// input into the instance's memory and copies the result out.

import { base64Decode } from './base64';
import { DEFLATE_WASM_BASE64 } from './deflate-wasm.generated';

/** The module's exports (see server/wasm/deflate/assembly/index.ts). */
interface DeflateExports {
  memory: { buffer: ArrayBuffer };
  inputPointer(length: number): number;
  outputPointer(): number;
  deflate(inputLength: number, maxBytes: number): number;
  gzip(inputLength: number, maxBytes: number): number;
  huffmanLengths(size: number, maxBits: number): number;
}

/** The part of the WebAssembly JS API used here (a global in Node, browsers and workers). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let compiledModule: object | undefined;

function instantiate(): DeflateExports {
  const api = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
  compiledModule ??= new api.Module(base64Decode(DEFLATE_WASM_BASE64));
  return new api.Instance(compiledModule, {}).exports as DeflateExports;
}

export class WasmDeflater {
  private readonly wasm = instantiate();

  /** Raw DEFLATE stream of `input` (Go's level 9), or null when it would be longer than `maxBytes`. */
  deflate(input: Uint8Array, maxBytes: number): Uint8Array | null {
    return this.run('deflate', input, maxBytes);
  }

  /** gzip of `input` (Go's compress/gzip at BestCompression), or null when it would be longer than `maxBytes`. */
  gzip(input: Uint8Array, maxBytes: number): Uint8Array | null {
    return this.run('gzip', input, maxBytes);
  }

  /** Code lengths of Go's length-limited Huffman code for `freq` (at most 286 symbols), limited to `maxBits`. */
  huffmanLengths(freq: ArrayLike<number>, maxBits: number): Uint8Array {
    const pointer = this.wasm.inputPointer(4 * freq.length);
    new Int32Array(this.wasm.memory.buffer, pointer, freq.length).set(freq);
    const lengths = this.wasm.huffmanLengths(freq.length, maxBits);
    return new Uint8Array(this.wasm.memory.buffer, lengths, freq.length).slice();
  }

  private run(kind: 'deflate' | 'gzip', input: Uint8Array, maxBytes: number): Uint8Array | null {
    // Nothing is shorter than a negative (or NaN) limit; the module takes a whole number or -1.
    if (!(maxBytes >= 0)) return null;
    const limit = maxBytes >= Number.MAX_SAFE_INTEGER ? -1 : Math.floor(maxBytes);
    const wasm = this.wasm;
    const pointer = wasm.inputPointer(input.length);
    // The memory may have grown (and its buffer been replaced) in any call: take it afresh.
    new Uint8Array(wasm.memory.buffer, pointer, input.length).set(input);
    const length = wasm[kind](input.length, limit);
    if (length < 0) return null;
    return new Uint8Array(wasm.memory.buffer, wasm.outputPointer(), length).slice();
  }
}

let shared: WasmDeflater | undefined;

/** The instance every call of deflateGo/gzipGo shares (compression is synchronous and never re-entered). */
export function sharedDeflater(): WasmDeflater {
  shared ??= new WasmDeflater();
  return shared;
}
