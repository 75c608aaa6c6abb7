// Butane's choice of data URL for inline and local file contents: the shortest of a URL-escaped
// form, base64, and (when allowed) gzip+base64.

import { base64Encode } from './base64';
import { gzipGo } from './gzip';

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
  let opaque = ',' + escapeDataUrlBytes(bytes);
  const b64 = ';base64,' + base64Encode(bytes);
  // Ties keep the earlier candidate: base64 must be strictly shorter to win.
  if (b64.length < opaque.length) opaque = b64;
  let compression: 'gzip' | undefined;
  if (allowCompression && opaque.length > SHORTEST_GZIP_CANDIDATE) {
    const gz = ';base64,' + base64Encode(gzipGo(bytes));
    // The compressed form also pays for the `"compression": "gzip"` value, counted as 4 bytes.
    if (gz.length + 'gzip'.length < opaque.length) {
      opaque = gz;
      compression = 'gzip';
    }
  }
  return compression ? { source: 'data:' + opaque, compression } : { source: 'data:' + opaque };
}

export interface MadeDataUrl {
  source: string;
  /**
   * The compression value to record in the output: 'gzip' when compressed here, '' when the
   * config named none (set explicitly so a child config does not inherit a parent's value),
   * null when the config already named one (leave it as the user wrote it).
   */
  compression: 'gzip' | '' | null;
}

/**
 * Butane's data URL helper for `inline`/`local` contents: `currentCompression` is the value the
 * config gave (undefined/null/'' = none); `autoCompression` is false when the variant or the
 * options turn automatic compression off.
 */
export function makeDataUrl(contents: Uint8Array, currentCompression: string | null | undefined, autoCompression: boolean): MadeDataUrl {
  const userCompressed = currentCompression !== undefined && currentCompression !== null && currentCompression !== '';
  const choice = encodeDataUrl(contents, autoCompression && !userCompressed);
  return { source: choice.source, compression: choice.compression ?? (userCompressed ? null : '') };
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
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    chunk += UNRESERVED[b] ? String.fromCharCode(b) : PERCENT[b];
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

const UNRESERVED: boolean[] = [];
const PERCENT: string[] = [];
for (let b = 0; b < 256; b++) {
  const ch = String.fromCharCode(b);
  UNRESERVED[b] = /[A-Za-z0-9\-_.!~*'()]/.test(ch);
  PERCENT[b] = '%' + b.toString(16).toUpperCase().padStart(2, '0');
}
