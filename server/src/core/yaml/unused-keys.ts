import { ReportEntry } from '../types';
import { YNode } from './types';
import { GoType } from './gotype';

/**
 * Warnings for mapping keys the Go type has no field for, as Ignition's ValidateUnusedKeys
 * reports them: kind "warning", message "unused key <name>", "yaml" path to the key.
 */
export function findUnusedKeys(_node: YNode | null, _type: GoType): ReportEntry[] {
  throw new Error('findUnusedKeys: not implemented yet');
}
