export interface DataUrlChoice {
  /** The data: URL. */
  source: string;
  /** 'gzip' when the payload was compressed. */
  compression?: 'gzip';
}

/** Chooses the shortest encoding of `bytes` the way Butane does (URL-escaped, base64, or gzip+base64 when allowed). */
export function encodeDataUrl(_bytes: Uint8Array, _allowCompression: boolean): DataUrlChoice {
  throw new Error('encodeDataUrl: not implemented yet');
}
