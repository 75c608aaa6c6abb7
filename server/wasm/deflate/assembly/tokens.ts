// LZ77 tokens as Go's compress/flate packs them in 32 bits: a literal is its byte value; a match
// has bit 30 set, (length - 3) in bits 22-29 and (distance - 1) in bits 0-21. The code tables are
// the RFC 1951 length and distance codes, expressed in those biased units.

export const MATCH_FLAG: u32 = 1 << 30;
export const LENGTH_SHIFT: u32 = 22;
export const OFFSET_MASK: u32 = (1 << LENGTH_SHIFT) - 1;

/** Extra bits of length codes 257..285 (index = code - 257). */
export const LENGTH_EXTRA_BITS = memory.data<u8>([
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
]);
/** Smallest (length - 3) of each length code; the last code stands for 258 alone. */
export const LENGTH_BASE = memory.data<u8>([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255,
]);
/** Extra bits of distance codes 0..29. */
export const OFFSET_EXTRA_BITS = memory.data<u8>([
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]);
/** Smallest (distance - 1) of each distance code. */
export const OFFSET_BASE = memory.data<u32>([
  0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072,
  4096, 6144, 8192, 12288, 16384, 24576,
]);

/** Length code index (0..28) of each (length - 3) value; filled below. */
export const LENGTH_CODE_OF = memory.data(256);
/** Distance code (0..29) of each (distance - 1) value; filled below. */
export const OFFSET_CODE_OF = memory.data(1 << 15);

for (let c = 0; c < 29; c++) {
  const end: i32 = c < 28 ? load<u8>(LENGTH_BASE + <usize>c + 1) : 256;
  for (let x: i32 = load<u8>(LENGTH_BASE + <usize>c); x < end; x++) store<u8>(LENGTH_CODE_OF + <usize>x, <u8>c);
}
for (let c = 0; c < 30; c++) {
  const end: i32 = c < 29 ? <i32>load<u32>(OFFSET_BASE + (<usize>c + 1) * 4) : 1 << 15;
  for (let x = <i32>load<u32>(OFFSET_BASE + <usize>c * 4); x < end; x++) store<u8>(OFFSET_CODE_OF + <usize>x, <u8>c);
}
