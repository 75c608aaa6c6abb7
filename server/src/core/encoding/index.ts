// Byte-exact encoders matching the reference's Go libraries. Implemented in sibling files.
export { marshalGoJson } from './gojson';
export { encodeDataUrl, type DataUrlChoice } from './dataurl';
export { gzipGo } from './gzip';
export { emitGoYaml } from './goyaml';
