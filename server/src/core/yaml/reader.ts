// Turns the input into code points the way yaml.v3's reader does: BOM detection (UTF-8,
// UTF-16LE/BE), strict UTF-8 validation and the YAML printable-character check.
//
// The reference decodes its input in 512-byte chunks, lazily, as the scanner asks for more
// characters. An encoding problem therefore only surfaces once the scanner needs a character
// from the chunk holding the bad byte; a syntax error earlier in the text wins. We record how
// many characters are usable before the failing chunk and let the scanner raise the error
// when it reaches that point.

const RAW_CHUNK = 512;

export interface DecodedInput {
  /** Code points after the byte-order mark (for ASCII input, the bytes themselves). */
  chars: Uint32Array | Uint8Array;
  /**
   * UTF-16 offset in `text` of each code point; one extra entry for the end. Null when the text is
   * ASCII: then a character's index is its offset (see utf16Offset).
   */
  offsets: Uint32Array | null;
  /** Number of characters the scanner may read before `error` fires (chars.length when no error). */
  available: number;
  /**
   * Character index at which each 512-byte chunk the reference reads ends (ascending; the last
   * entry is chars.length unless a chunk failed). The scanner uses them to know where the
   * reference's internal buffer window starts, which one of its checks depends on.
   */
  chunkEnds: number[];
  /** Reader error message (without the "yaml: " prefix). */
  error?: string;
  /** Index (in `chars`/`offsets`) of the character where decoding failed. */
  errorIndex?: number;
  /** The text the offsets refer to. */
  text: string;
}

function isAllowed(c: number): boolean {
  return (
    c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e) || c === 0x85 ||
    (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
  );
}

// Anything outside YAML's printable set (lone surrogates count as U+FFFD, which is allowed).
const DISALLOWED = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ud800-\udfff\ue000-\ufffd]/;

/** Fast path for editor text: no byte decoding needed when every character is allowed. */
function decodeCleanString(input: string): DecodedInput {
  const hasBom = input.charCodeAt(0) === 0xfeff;
  const chars = new Uint32Array(input.length);
  const offsets = new Uint32Array(input.length + 1);
  const chunkEnds: number[] = [];
  let n = 0;
  let bytePos = hasBom ? 3 : 0;
  let chunkStart = 0;
  for (let i = hasBom ? 1 : 0; i < input.length; i++) {
    let c = input.charCodeAt(i);
    offsets[n] = i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    const width = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (bytePos + width > chunkStart + RAW_CHUNK) {
      chunkEnds.push(n);
      chunkStart = bytePos;
    }
    bytePos += width;
    chars[n++] = c;
  }
  offsets[n] = input.length;
  chunkEnds.push(n);
  return { chars: chars.subarray(0, n), offsets: offsets.subarray(0, n + 1), available: n, chunkEnds, text: input };
}

// Anything but printable ASCII, tab and line breaks: text without any is clean ASCII.
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * Fast path for the common case: ASCII text without characters YAML forbids. Every character is
 * one byte and one UTF-16 unit: the bytes are the code points, offsets need no table, and
 * chunks are plain 512-character slices.
 */
function decodeAscii(text: string, bytes: Uint8Array | undefined): DecodedInput {
  const n = text.length;
  const chars = bytes ?? new TextEncoder().encode(text);
  const chunkEnds: number[] = [];
  for (let end = RAW_CHUNK; end < n; end += RAW_CHUNK) chunkEnds.push(end);
  chunkEnds.push(n);
  return { chars, offsets: null, available: n, chunkEnds, text };
}

/** UTF-16 offset in the text of character `index` (clamped to the end of the input). */
export function utf16Offset(input: DecodedInput, index: number): number {
  const offsets = input.offsets;
  if (offsets === null) return index < input.chars.length ? index : input.chars.length;
  return offsets[index < offsets.length ? index : offsets.length - 1];
}

/** Bytes that are valid UTF-8 without a byte-order mark for UTF-16, as text; undefined otherwise. */
function validUtf8Text(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeInput(input: string | Uint8Array): DecodedInput {
  // Clean input (the usual case) skips the byte-by-byte decoder below, whose only extra work is
  // locating the first encoding error.
  const clean = typeof input === 'string' ? input : validUtf8Text(input);
  if (clean !== undefined) {
    if (!NOT_PLAIN_ASCII.test(clean)) return decodeAscii(clean, typeof input === 'string' ? undefined : input);
    if (!DISALLOWED.test(clean)) return decodeCleanString(clean);
  }
  return decodeBytes(input);
}

/** The reference's reader, byte by byte: BOMs, UTF-8/UTF-16 validation, printable check, chunk boundaries. */
export function decodeBytes(input: string | Uint8Array): DecodedInput {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let encoding: 'utf8' | 'utf16le' | 'utf16be' = 'utf8';
  let start = 0;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf16le';
    start = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf16be';
    start = 2;
  } else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
  }

  let text: string;
  if (typeof input === 'string') text = input;
  else text = new TextDecoder(encoding === 'utf8' ? 'utf-8' : encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes);
  // The BOM stays in `text` (it is one UTF-16 unit) but is not a character for the scanner.
  let offset16 = start > 0 ? 1 : 0;

  const chars = new Uint32Array(bytes.length + 1);
  const offsets = new Uint32Array(bytes.length + 2);
  let n = 0;
  let error: string | undefined;
  let available = -1;
  const chunkEnds: number[] = [];
  let incomplete: string | undefined;
  // Characters decoded in chunks that completed without error.
  let committed = 0;
  let chunkStart = 0; // the first chunk is read from byte 0, BOM included
  let pos = start;
  outer: while (pos < bytes.length) {
    const chunkEnd = Math.min(chunkStart + RAW_CHUNK, bytes.length);
    const eof = chunkEnd === bytes.length;
    while (pos < chunkEnd) {
      const avail = chunkEnd - pos;
      let value: number;
      let width: number;
      if (encoding === 'utf8') {
        const b = bytes[pos];
        if ((b & 0x80) === 0) width = 1;
        else if ((b & 0xe0) === 0xc0) width = 2;
        else if ((b & 0xf0) === 0xe0) width = 3;
        else if ((b & 0xf8) === 0xf0) width = 4;
        else {
          error = 'invalid leading UTF-8 octet';
          break outer;
        }
        if (width > avail) {
          if (eof) incomplete = 'incomplete UTF-8 octet sequence';
          break; // carried over into the next chunk
        }
        value = width === 1 ? b : width === 2 ? b & 0x1f : width === 3 ? b & 0x0f : b & 0x07;
        for (let k = 1; k < width; k++) {
          const t = bytes[pos + k];
          if ((t & 0xc0) !== 0x80) {
            error = 'invalid trailing UTF-8 octet';
            break outer;
          }
          value = (value << 6) + (t & 0x3f);
        }
        if (!(width === 1 || (width === 2 && value >= 0x80) || (width === 3 && value >= 0x800) || (width === 4 && value >= 0x10000))) {
          error = 'invalid length of a UTF-8 sequence';
          break outer;
        }
        if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
          error = 'invalid Unicode character';
          break outer;
        }
      } else {
        const [lo, hi] = encoding === 'utf16le' ? [0, 1] : [1, 0];
        if (avail < 2) {
          if (eof) incomplete = 'incomplete UTF-16 character';
          break;
        }
        value = bytes[pos + lo] + (bytes[pos + hi] << 8);
        if ((value & 0xfc00) === 0xdc00) {
          error = 'unexpected low surrogate area';
          break outer;
        }
        if ((value & 0xfc00) === 0xd800) {
          width = 4;
          if (avail < 4) {
            if (eof) incomplete = 'incomplete UTF-16 surrogate pair';
            break;
          }
          const value2 = bytes[pos + 2 + lo] + (bytes[pos + 2 + hi] << 8);
          if ((value2 & 0xfc00) !== 0xdc00) {
            error = 'expected low surrogate area';
            break outer;
          }
          value = 0x10000 + ((value & 0x3ff) << 10) + (value2 & 0x3ff);
        } else width = 2;
      }
      if (!isAllowed(value)) {
        error = 'control characters are not allowed';
        break outer;
      }
      chars[n] = value;
      offsets[n] = offset16;
      offset16 += value > 0xffff ? 2 : 1;
      n++;
      pos += width;
    }
    committed = n;
    chunkEnds.push(n);
    chunkStart = pos;
    // The reference only learns that the input has ended on its next read, so a character cut
    // off by the end of the input fails one read later than the chunk that holds it.
    if (incomplete !== undefined) {
      error = incomplete;
      break;
    }
    if (eof && pos >= bytes.length) break;
  }
  if (error !== undefined) available = committed;
  offsets[n] = offset16;
  return {
    chars: chars.subarray(0, n),
    offsets: offsets.subarray(0, n + 1),
    available: available < 0 ? n : available,
    errorIndex: error !== undefined ? n : undefined,
    chunkEnds: chunkEnds.length > 0 || error !== undefined ? chunkEnds : [n],
    error,
    text,
  };
}
