/**
 * Emits a generic value (as decoded from JSON: objects, arrays, strings, numbers, booleans, null)
 * as yaml.v3's Encoder with SetIndent(2) does (map keys sorted as yaml.v3 sorts them).
 */
export function emitGoYaml(_value: unknown): string {
  throw new Error('emitGoYaml: not implemented yet');
}
