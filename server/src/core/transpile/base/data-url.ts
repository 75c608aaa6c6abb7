// Turning file contents into the data URL (and compression value) the reference emits.
import { encodeGoString } from '../../encoding/goString';
import { encodeDataUrl, escapedDataUrl as escapedBytesDataUrl, DataUrlChoice } from '../../encoding';

export type DataUrlEncoder = (bytes: Uint8Array, allowCompression: boolean) => DataUrlChoice;

export interface EncodedContents {
  source: string;
  /**
   * The compression value to write: "" or "gzip" when the config named none (so a child config
   * cannot inherit the parent's), undefined when the config named one (left untouched).
   */
  compression?: string;
}

/**
 * Encodes `bytes` the way every base version from 0.2 on does: contents the user already compressed
 * are only re-encoded, others may be gzipped (unless auto-compression is disabled).
 */
export function makeDataUrl(
  bytes: Uint8Array,
  currentCompression: string | undefined,
  autoCompression: boolean,
  encoder: DataUrlEncoder = encodeDataUrl,
): EncodedContents {
  const userCompressed = currentCompression !== undefined && currentCompression !== '';
  if (userCompressed) return { source: encoder(bytes, false).source };
  const choice = encoder(bytes, autoCompression);
  return { source: choice.source, compression: choice.compression ?? '' };
}

/** Base 0.1 only ever URL-escapes inline text (no base64, no compression). */
export function escapedDataUrl(text: string): string {
  return escapedBytesDataUrl(encodeGoString(text));
}
