// Decoding a JSON document into the Ignition types as Go's encoding/json does: which values
// do not fit their field (with Go's UnmarshalTypeError text) and which keys land in which field
// (Go matches field names case-insensitively when there is no exact match).
import { Path, ReportEntry } from '../types';
import { IgnType, ROOT_TYPE, ResolvedField, structFields } from './model';
import { IgnitionVersion } from './versions';
import { isObj } from './values';

/** The Go type as reflect prints it, e.g. "[]types.Unit", "types.Device", "int". */
export function goTypeName(type: IgnType): string {
  switch (type.kind) {
    case 'pointer':
      // The decoder allocates the pointer and fails on the value it points to.
      return goTypeName(type.elem);
    case 'slice':
      return type.name ? `types.${type.name}` : `[]${goTypeName(type.elem)}`;
    case 'struct':
      return `types.${type.name}`;
    case 'string':
      return type.name ? `types.${type.name}` : 'string';
    default:
      return type.kind;
  }
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return 'object';
}

/** The field a JSON key decodes into: exact name first, then a case-insensitive match. */
export function fieldForKey(fields: ResolvedField[], key: string): ResolvedField | undefined {
  const folded = foldKey(key);
  return fields.find((f) => f.json === key) ?? fields.find((f) => foldKey(f.json) === folded);
}

/**
 * Simple Unicode case folding as far as it can reach the ASCII field names: besides ASCII case,
 * U+017F (long s) folds to "s" and U+212A (Kelvin sign) to "k".
 */
function foldKey(key: string): string {
  return key.replace(/[A-Z\u017f\u212a]/g, (c) => (c === '\u017f' ? 's' : c === '\u212a' ? 'k' : c.toLowerCase()));
}

interface ErrorContext {
  struct: string;
  fields: string[];
}

/**
 * Every value that does not fit its Go type, in document order. Go's json.Unmarshal reports the
 * first of these (and Ignition then refuses the config); the editor can show all of them.
 */
export function findIgnitionTypeErrors(json: unknown, version: IgnitionVersion): ReportEntry[] {
  const out: ReportEntry[] = [];
  const fail = (value: unknown, type: IgnType, path: Path, ctx: ErrorContext | undefined, literal?: string): void => {
    const what = literal ?? jsonKind(value);
    const into = ctx ? `Go struct field ${ctx.struct}.${ctx.fields.join('.')}` : 'Go value';
    out.push({ kind: 'error', path: [...path], tag: 'json', message: `json: cannot unmarshal ${what} into ${into} of type ${goTypeName(type)}`, code: 'ignition.json-type' });
  };
  const decode = (value: unknown, type: IgnType, path: Path, ctx: ErrorContext | undefined): void => {
    if (value === null || value === undefined) return; // null leaves Go values as they are
    switch (type.kind) {
      case 'pointer':
        return decode(value, type.elem, path, ctx);
      case 'string':
        if (typeof value !== 'string') fail(value, type, path, ctx);
        return;
      case 'bool':
        if (typeof value !== 'boolean') fail(value, type, path, ctx);
        return;
      case 'int':
        if (typeof value !== 'number') fail(value, type, path, ctx);
        // Go keeps the literal text ("1.0" fails too); a parsed JSON number only tells integers apart.
        else if (!Number.isInteger(value) || Math.abs(value) >= 2 ** 63) fail(value, type, path, ctx, `number ${String(value)}`);
        return;
      case 'slice':
        if (!Array.isArray(value)) return fail(value, type, path, ctx);
        value.forEach((item, i) => decode(item, type.elem, [...path, i], ctx));
        return;
      case 'struct': {
        if (!isObj(value)) return fail(value, type, path, ctx);
        const fields = structFields(type.name, version).fields;
        for (const [key, child] of Object.entries(value)) {
          const field = fieldForKey(fields, key);
          if (!field) continue;
          decode(child, field.type, [...path, key], { struct: type.name, fields: [...(ctx?.fields ?? []), field.json] });
        }
        return;
      }
    }
  };
  decode(json, ROOT_TYPE, [], undefined);
  return out;
}

/** Go's zero value of a type, as canonicalIgnitionKeys represents it (nil pointers and slices absent). */
function zeroValue(type: IgnType): unknown {
  switch (type.kind) {
    case 'string':
      return '';
    case 'int':
      return 0;
    case 'bool':
      return false;
    case 'struct':
      return {};
    default:
      return undefined;
  }
}

/**
 * Decodes `value` into an existing Go value the way encoding/json does: JSON null clears pointers
 * and slices and leaves every other value as it was; an object decodes into the struct already
 * there (so a second key naming the same field, e.g. "Storage" after "storage", merges into it);
 * an array decodes element by element into the elements already there.
 */
function decodeInto(existing: unknown, value: unknown, type: IgnType, version: IgnitionVersion): unknown {
  if (value === null || value === undefined) return type.kind === 'pointer' || type.kind === 'slice' ? undefined : existing;
  switch (type.kind) {
    case 'pointer':
      return decodeInto(existing, value, type.elem, version);
    case 'slice': {
      if (!Array.isArray(value)) return value;
      const old = Array.isArray(existing) ? existing : [];
      return value.map((item, i) => decodeInto(old[i], item, type.elem, version) ?? zeroValue(type.elem));
    }
    case 'struct': {
      if (!isObj(value)) return value;
      const fields = structFields(type.name, version).fields;
      const out: Record<string, unknown> = isObj(existing) ? { ...existing } : {};
      for (const [key, child] of Object.entries(value)) {
        const field = fieldForKey(fields, key);
        if (!field) continue;
        const next = decodeInto(out[field.json], child, field.type, version);
        if (next === undefined) delete out[field.json];
        else out[field.json] = next;
      }
      return out;
    }
    default:
      return value;
  }
}

/**
 * The document as Go decodes it into the version's structs, with every key renamed to the field
 * it lands in (unknown keys dropped, nil pointers and slices absent).
 */
export function canonicalIgnitionKeys(json: unknown, version: IgnitionVersion): unknown {
  return decodeInto(undefined, json, ROOT_TYPE, version);
}
