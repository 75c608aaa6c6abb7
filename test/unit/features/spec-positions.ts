// Walks a version's decoder type tree to every mapping position, and builds documents nesting
// down to one, for the per-version feature tests.
import { GoType } from '../../../server/src/core/yaml/gotype';

export type Seg = string | number;

export interface Position {
  path: Seg[];
  keys: string[];
}

/** Every mapping position of the type tree: a struct reached through fields and list entries. */
export function positions(type: GoType, path: Seg[], out: Position[]): void {
  while (type.kind === 'pointer') type = type.elem;
  if (type.kind === 'struct') {
    out.push({ path, keys: type.fields.map((f) => f.key) });
    for (const f of type.fields) positions(f.type, [...path, f.key], out);
  } else if (type.kind === 'slice') {
    positions(type.elem, [...path, 0], out);
  }
}

/** A document nesting down to `path`, with the cursor where the next key of that mapping goes. */
export function documentAt(variant: string, version: string, path: Seg[], compact: boolean): string {
  const lines = [`variant: ${variant}`, `version: ${version}`];
  let indent = 0;
  let dash = false;
  for (const seg of path) {
    if (typeof seg === 'number') {
      dash = true;
      if (compact) indent -= 2;
      continue;
    }
    lines.push(' '.repeat(indent) + (dash ? '- ' : '') + seg + ':');
    indent += dash ? 4 : 2;
    dash = false;
  }
  lines.push(' '.repeat(indent) + (dash ? '- ‸' : '‸'));
  return lines.join('\n') + '\n';
}

