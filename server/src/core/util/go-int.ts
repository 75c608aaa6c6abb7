// Go's `int` (64-bit on the reference's platforms) without losing precision in JavaScript.
//
// A value is a plain number while it is a safe integer and a bigint only beyond ±2^53, never
// both: each value has exactly one representation, so `===`, `!==`, Map keys and template
// strings keep working, and `<`/`>` compare numbers with bigints correctly. Only arithmetic and
// bit operations need the helpers below.

export type GoInt = number | bigint;

const INT64_MIN = -(1n << 63n);

/** Whether `v` holds a Go int (a number here is always an integer: it came from an int field). */
export function isGoInt(v: unknown): v is GoInt {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** The canonical representation of an integer. */
export function goIntOf(v: bigint): GoInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function goIntToBigInt(v: GoInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/**
 * Go's int64(f) for a float that yaml.v3 lets into an int (f ≤ 2^63, not NaN): truncation
 * toward zero; values outside the int64 range give the minimum int64, as amd64's conversion does.
 */
export function goIntFromFloat(f: number): GoInt {
  if (!(f >= -(2 ** 63) && f < 2 ** 63)) return INT64_MIN;
  const t = Math.trunc(f);
  // Negative zero becomes a plain 0.
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** a + b with int64 wrap-around. */
export function goIntAdd(a: GoInt, b: GoInt): GoInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return goIntOf(BigInt.asIntN(64, goIntToBigInt(a) + goIntToBigInt(b)));
}

/** Whether v & mask is not zero, on the two's complement int64 (mask ≥ 0). */
export function goIntHasBits(v: GoInt, mask: number): boolean {
  // JavaScript's bitwise operators on numbers only see the low 32 bits.
  if (typeof v === 'number' && v >= 0 && v <= 0xffffffff && mask <= 0x7fffffff) return (v & mask) !== 0;
  return (goIntToBigInt(v) & BigInt(mask)) !== 0n;
}

/** Whether v has any bit outside `mask` set (v & ^mask != 0), on the int64. */
export function goIntHasBitsOutside(v: GoInt, mask: number): boolean {
  return (goIntToBigInt(v) & ~BigInt(mask)) !== 0n;
}
