// LSB-first bit output into a growing byte buffer, as DEFLATE packs its bits.

/** Largest buffer reset() keeps. */
const MAX_RETAINED_BUFFER = 1 << 20;

export class BitSink {
  private buf = new Uint8Array(1024);
  private len = 0;
  /** Pending bits (fewer than 8 between calls). */
  private bits = 0;
  private nbits = 0;

  /** Appends the low `count` bits of `value` (count <= 24). */
  writeBits(value: number, count: number): void {
    this.bits |= (value & ((1 << count) - 1)) << this.nbits;
    this.nbits += count;
    while (this.nbits >= 8) {
      this.pushByte(this.bits & 0xff);
      this.bits >>>= 8;
      this.nbits -= 8;
    }
  }

  /** Bits written so far, pending ones included. */
  bitLength(): number {
    return this.len * 8 + this.nbits;
  }

  /** Pads the pending bits with zeros up to a byte boundary. */
  alignToByte(): void {
    if (this.nbits > 0) {
      this.pushByte(this.bits & 0xff);
      this.bits = 0;
      this.nbits = 0;
    }
  }

  /** Raw bytes; the stream must be byte aligned. */
  writeBytes(bytes: Uint8Array): void {
    if (this.nbits !== 0) throw new Error('BitSink.writeBytes with unfinished bits');
    this.ensure(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  /** Forgets everything written, keeping the buffer for the next stream unless it grew large. */
  reset(): void {
    // A shared sink should not hold on to the buffer of one huge file forever.
    if (this.buf.length > MAX_RETAINED_BUFFER) this.buf = new Uint8Array(1024);
    this.len = 0;
    this.bits = 0;
    this.nbits = 0;
  }

  /** A copy of everything written so far, with a partial last byte padded. */
  finish(): Uint8Array {
    this.alignToByte();
    return this.buf.slice(0, this.len);
  }

  private pushByte(b: number): void {
    if (this.len === this.buf.length) this.ensure(1);
    this.buf[this.len++] = b;
  }

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}
