// Butane's choice of data URL for inline and local file contents: the shortest of a URL-escaped
// form, base64, and (when allowed) gzip+base64.

import { asciiBytesToString } from './asciiText';
import { base64Encode, base64Length } from './base64';
import { gzipGoMemoWithin } from './gzipMemo';

export interface DataUrlChoice {
  /** The data: URL. */
  source: string;
  /** 'gzip' when the payload was compressed. */
  compression?: 'gzip';
}

/**
 * The gzip candidate can never be shorter than this: the smallest stream gzipGo writes is 23 bytes
 * (18 of framing and an empty final stored block), 32 base64 characters after ';base64,', plus
 * the 4 counted for the compression value. An opaque part of at most this length always beats it,
 * so compressing would not change the choice.
 */
const SHORTEST_GZIP_CANDIDATE = ';base64,'.length + 4 * Math.ceil(23 / 3) + 'gzip'.length;

/**
 * Chooses the shortest encoding of `bytes` the way Butane does (URL-escaped, base64, or gzip+base64 when allowed).
 * Pass `allowCompression = false` when the config already names a compression for these contents.
 */
export function encodeDataUrl(bytes: Uint8Array, allowCompression: boolean): DataUrlChoice {
  // The choice only depends on the candidates' lengths, which are known without building them,
  // so only the winner is ever turned into a string (the escaped form of UTF-8 text is made natively
  // anyway, since that is cheaper than counting its bytes one by one).
  const escaped = escapeUtf8Natively(bytes);
  const escapedLength = ','.length + (escaped !== null ? escaped.length : escapedByteLength(bytes));
  const base64Candidate = ';base64,'.length + base64Length(bytes.length);
  // Ties keep the earlier candidate: base64 must be strictly shorter to win.
  const useBase64 = base64Candidate < escapedLength;
  const opaqueLength = useBase64 ? base64Candidate : escapedLength;
  if (allowCompression && opaqueLength > SHORTEST_GZIP_CANDIDATE) {
    // The compressed form also pays for the `"compression": "gzip"` value, counted as 4 bytes, so it
    // wins when ';base64,' + 4 * ceil(gz / 3) + 4 < opaqueLength, i.e. for a stream of at most
    // 3 * floor((opaqueLength - 13) / 4) bytes. Longer streams need not be finished (or even built).
    const longestWinner = 3 * Math.floor((opaqueLength - ';base64,'.length - 'gzip'.length - 1) / 4);
    const gz = gzipGoMemoWithin(bytes, longestWinner);
    if (gz !== null) return { source: 'data:;base64,' + base64Encode(gz), compression: 'gzip' };
  }
  if (useBase64) return { source: 'data:;base64,' + base64Encode(bytes) };
  return { source: 'data:,' + (escaped ?? escapeWithLength(bytes, escapedLength - 1)) };
}

/** The only form the oldest spec (fcos 1.0.0) produces for `inline`: `data:,` + URL escaping. */
export function escapedDataUrl(contents: Uint8Array): string {
  return 'data:,' + escapeDataUrlBytes(contents);
}

/**
 * The RFC 2396 escaping of github.com/vincent-petithory/dataurl: ASCII letters, digits and
 * - _ . ! ~ * ' ( ) stay, every other byte becomes %XX with upper-case hex.
 */
export function escapeDataUrlBytes(bytes: Uint8Array): string {
  return escapeUtf8Natively(bytes) ?? escapeWithLength(bytes, escapedByteLength(bytes));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * escapeDataUrlBytes for bytes that are UTF-8 text, in two native calls; null for other bytes.
 * encodeURIComponent leaves exactly the same characters alone (ASCII letters, digits and
 * - _ . ! ~ * ' ( )) and writes every other character as the upper-case %XX of each of its UTF-8
 * bytes, which are the input bytes again. (The decoder keeps a leading BOM and refuses encoded
 * surrogates, so the text always round-trips.)
 */
function escapeUtf8Natively(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  return encodeURIComponent(text);
}

function escapeWithLength(bytes: Uint8Array, length: number): string {
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (UNRESERVED[b] === 1) {
      out[o++] = b;
    } else {
      out[o] = 0x25; // '%'
      out[o + 1] = UPPER_HEX[b >> 4];
      out[o + 2] = UPPER_HEX[b & 15];
      o += 3;
    }
  }
  return asciiBytesToString(out);
}

/** Length of escapeDataUrlBytes(bytes): one character per unreserved byte, three per other byte. */
function escapedByteLength(bytes: Uint8Array): number {
  let n = bytes.length;
  for (let i = 0; i < bytes.length; i++) if (UNRESERVED[bytes[i]] === 0) n += 2;
  return n;
}

const UPPER_HEX = new TextEncoder().encode('0123456789ABCDEF');
/** 1 for the bytes the escaping keeps. */
const UNRESERVED = new Uint8Array(256);
for (let b = 0; b < 256; b++) UNRESERVED[b] = /[A-Za-z0-9\-_.!~*'()]/.test(String.fromCharCode(b)) ? 1 : 0;
