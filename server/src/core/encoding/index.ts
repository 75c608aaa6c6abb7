// Byte-exact encoders matching the reference's Go libraries. Implemented in sibling files.
export { marshalGoJson, marshalGoConfigJson } from './gojson';
export { encodeDataUrl, escapedDataUrl, type DataUrlChoice } from './dataurl';
export { gzipGo } from './gzip';
export { clearGzipMemo, setGzipMemoEnabled } from './gzipMemo';
export { emitGoYaml } from './goyaml';
export { base64Encode } from './base64';
export { decodeGoString, encodeGoString } from './goString';
