// LZ77 tokens as Go's compress/flate packs them in 32 bits: a literal is its byte value; a match
// has bit 30 set, (length - 3) in bits 22-29 and (distance - 1) in bits 0-21. The code tables are
// the RFC 1951 length and distance codes, expressed in those biased units.

export const MATCH_FLAG = 1 << 30;
export const LENGTH_SHIFT = 22;
export const OFFSET_MASK = (1 << LENGTH_SHIFT) - 1;

export function literalToken(byte: number): number {
  return byte;
}

/** `xlength` = length - 3, `xoffset` = distance - 1. */
export function matchToken(xlength: number, xoffset: number): number {
  return (MATCH_FLAG | (xlength << LENGTH_SHIFT) | xoffset) >>> 0;
}

export function isMatch(token: number): boolean {
  return token >= MATCH_FLAG;
}

/** length - 3 of a match token. */
export function matchLength(token: number): number {
  return (token - MATCH_FLAG) >>> LENGTH_SHIFT;
}

/** distance - 1 of a match token. */
export function matchOffset(token: number): number {
  return token & OFFSET_MASK;
}

function extraBitsTable(groups: Array<[count: number, bits: number]>): number[] {
  const out: number[] = [];
  for (const [count, bits] of groups) for (let i = 0; i < count; i++) out.push(bits);
  return out;
}

/** Extra bits of length codes 257..285 (index = code - 257). */
export const LENGTH_EXTRA_BITS = extraBitsTable([[8, 0], [4, 1], [4, 2], [4, 3], [4, 4], [4, 5], [1, 0]]);
/** Smallest (length - 3) of each length code; the last code stands for 258 alone. */
export const LENGTH_BASE: number[] = (() => {
  const out: number[] = [];
  let base = 0;
  for (let c = 0; c < 28; c++) {
    out.push(base);
    base += 1 << LENGTH_EXTRA_BITS[c];
  }
  out.push(255);
  return out;
})();

/** Extra bits of distance codes 0..29. */
export const OFFSET_EXTRA_BITS = extraBitsTable([[4, 0], ...Array.from({ length: 13 }, (_, i) => [2, i + 1] as [number, number])]);
/** Smallest (distance - 1) of each distance code. */
export const OFFSET_BASE: number[] = (() => {
  const out: number[] = [];
  let base = 0;
  for (let c = 0; c < 30; c++) {
    out.push(base);
    base += 1 << OFFSET_EXTRA_BITS[c];
  }
  return out;
})();

const LENGTH_CODE_OF = new Uint8Array(256);
for (let c = 0; c < LENGTH_BASE.length; c++) {
  const end = c + 1 < LENGTH_BASE.length ? LENGTH_BASE[c + 1] : 256;
  for (let x = LENGTH_BASE[c]; x < end; x++) LENGTH_CODE_OF[x] = c;
}

const OFFSET_CODE_OF = new Uint8Array(1 << 15);
for (let c = 0; c < OFFSET_BASE.length; c++) {
  const end = c + 1 < OFFSET_BASE.length ? OFFSET_BASE[c + 1] : 1 << 15;
  for (let x = OFFSET_BASE[c]; x < end; x++) OFFSET_CODE_OF[x] = c;
}

export { LENGTH_CODE_OF, OFFSET_CODE_OF };

/** Length code index (0..28) for a (length - 3) value. */
export function lengthCode(xlength: number): number {
  return LENGTH_CODE_OF[xlength];
}

/** Distance code (0..29) for a (distance - 1) value. */
export function offsetCode(xoffset: number): number {
  return OFFSET_CODE_OF[xoffset];
}
