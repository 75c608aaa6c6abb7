// Bytes known to be ASCII turned into a string in one native call instead of per-character
// concatenation (the encoders build their output as bytes first).

const decoder = new TextDecoder();

/** The string of `bytes`, which must all be below 0x80 (then UTF-8 decoding is the identity). */
export function asciiBytesToString(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
