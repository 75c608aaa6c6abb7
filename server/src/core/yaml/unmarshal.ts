import { YNode } from './types';
import { GoType } from './gotype';

export interface UnmarshalResult {
  /**
   * The decoded value: structs become plain objects holding only the fields that were set
   * (Go zero values and nil pointers are absent), slices arrays, ints/floats numbers, bools booleans.
   */
  value: unknown;
  /** yaml.v3 type errors, each as it prints them: "line 3: cannot unmarshal !!str `abc` into int". */
  errors: string[];
}

/** Decodes `node` into `type` with yaml.v3's rules (octal `0644` for ints, `yes`/`on` for bools, ...). */
export function unmarshal(_node: YNode | null, _type: GoType): UnmarshalResult {
  throw new Error('unmarshal: not implemented yet');
}
