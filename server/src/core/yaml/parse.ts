import { ParsedYaml } from './types';

/** Parses YAML as yaml.v3 would. Bytes are checked for UTF-8 validity first, as the reference does. */
export function parseYaml(_input: string | Uint8Array): ParsedYaml {
  throw new Error('parseYaml: not implemented yet');
}
