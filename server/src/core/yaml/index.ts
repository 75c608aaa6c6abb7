export * from './types';
export * from './gotype';
export { parseYaml } from './parse';
export { unmarshal } from './unmarshal';
export { findUnusedKeys } from './unused-keys';
