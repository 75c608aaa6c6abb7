// Layout of the linear memory. Everything of fixed size (window, hash chains, tokens, code tables)
// is reserved statically; the input and the output of one call live above it, the output last so
// that it can grow with the memory while it is written.

/** One WebAssembly page. */
const PAGE_BITS = 16;

/** Where the input of the current call starts (above all static data). */
export const INPUT_START: usize = (__heap_base + 15) & ~(15 as usize);

/** Bytes the memory has now. */
export function memoryEnd(): usize {
  return (<usize>memory.size()) << PAGE_BITS;
}

/** Grows the memory so that it reaches at least `end`. */
export function ensureMemory(end: usize): void {
  const have = memoryEnd();
  if (end <= have) return;
  const pages = <i32>((end - have + (1 << PAGE_BITS) - 1) >> PAGE_BITS);
  if (memory.grow(pages) < 0) unreachable();
}
