// Decoding a JSON document into the Ignition types as Go's encoding/json does: which values
// do not fit their field (with Go's UnmarshalTypeError text) and which keys land in which field
// (Go matches field names case-insensitively when there is no exact match).
import { Path, ReportEntry } from '../types';
import { IgnType, ROOT_TYPE, ResolvedField, structFields } from './model';
import { IgnitionVersion } from './versions';
import { isObj } from './values';
import { JsonNode, jsonNodeOf, parseJsonText } from './go/json-text';
import { goIntOf } from '../util/go-int';
import { goZeroValue } from '../util/go-zero';

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

const INT64_MIN = -(BigInt(2) ** BigInt(63));
const INT64_MAX = BigInt(2) ** BigInt(63) - BigInt(1);

/** strconv.ParseInt(literal, 10, 64) succeeds: a plain decimal integer within int64. */
function fitsInt64(literal: string): boolean {
  if (!/^-?[0-9]+$/.test(literal)) return false;
  const n = BigInt(literal);
  return n >= INT64_MIN && n <= INT64_MAX;
}

const nodeKind = (node: JsonNode): string => (node.kind === 'null' ? 'null' : node.kind);

/**
 * Every value that does not fit its Go type, in document order. Go's json.Unmarshal reports the
 * first of these (and Ignition then refuses the config); the editor can show all of them.
 * Give JSON text (parseJsonText) to have number literals judged as written.
 */
export function findIgnitionTypeErrors(json: unknown, version: IgnitionVersion): ReportEntry[] {
  return typeErrorsOfNode(jsonNodeOf(json), version);
}

/** findIgnitionTypeErrors over JSON text (already known to be valid JSON). */
export function findIgnitionTypeErrorsInText(text: string, version: IgnitionVersion): ReportEntry[] {
  return typeErrorsOfNode(parseJsonText(text), version);
}

/** findIgnitionTypeErrors over a document already read by parseJsonText. */
export function typeErrorsOfNode(root: JsonNode, version: IgnitionVersion): ReportEntry[] {
  const out: ReportEntry[] = [];
  const fail = (node: JsonNode, type: IgnType, path: Path, ctx: ErrorContext | undefined, literal?: string): void => {
    const what = literal ?? nodeKind(node);
    const into = ctx ? `Go struct field ${ctx.struct}.${ctx.fields.join('.')}` : 'Go value';
    out.push({ kind: 'error', path: [...path], tag: 'json', message: `json: cannot unmarshal ${what} into ${into} of type ${goTypeName(type)}`, code: 'ignition.json-type' });
  };
  const decode = (node: JsonNode, type: IgnType, path: Path, ctx: ErrorContext | undefined): void => {
    if (node.kind === 'null') return; // null leaves Go values as they are
    switch (type.kind) {
      case 'pointer':
        return decode(node, type.elem, path, ctx);
      case 'string':
        if (node.kind !== 'string') fail(node, type, path, ctx);
        return;
      case 'bool':
        if (node.kind !== 'bool') fail(node, type, path, ctx);
        return;
      case 'int':
        if (node.kind !== 'number') fail(node, type, path, ctx);
        else if (!fitsInt64(node.text)) fail(node, type, path, ctx, `number ${node.text}`);
        return;
      case 'slice':
        if (node.kind !== 'array') return fail(node, type, path, ctx);
        node.items.forEach((item, i) => decode(item, type.elem, [...path, i], ctx));
        return;
      case 'struct': {
        if (node.kind !== 'object') return fail(node, type, path, ctx);
        const fields = structFields(type.name, version).fields;
        for (const [key, child] of node.entries) {
          const field = fieldForKey(fields, key);
          if (!field) continue;
          // Since Go 1.24 the field path names the embedded struct a promoted field comes from
          // (File.storage.files.FileEmbedded1.mode); Butane v0.29.0 requires Go 1.24.
          const names = field.from ? [field.from, field.json] : [field.json];
          decode(child, field.type, [...path, key], { struct: type.name, fields: [...(ctx?.fields ?? []), ...names] });
        }
        return;
      }
    }
  };
  decode(root, ROOT_TYPE, [], undefined);
  return out;
}

/**
 * Decodes `value` into an existing Go value the way encoding/json does: JSON null clears pointers
 * and slices and leaves every other value as it was; an object decodes into the struct already
 * there (so a second key naming the same field, e.g. "Storage" after "storage", merges into it);
 * an array decodes element by element into the elements already there.
 */
function decodeInto(existing: unknown, node: JsonNode, type: IgnType, version: IgnitionVersion): unknown {
  if (node.kind === 'null') return type.kind === 'pointer' || type.kind === 'slice' ? undefined : existing;
  switch (type.kind) {
    case 'pointer':
      return decodeInto(existing, node, type.elem, version);
    case 'slice': {
      if (node.kind !== 'array') return plainValue(node);
      const old = Array.isArray(existing) ? existing : [];
      return node.items.map((item, i) => decodeInto(old[i], item, type.elem, version) ?? goZeroValue(type.elem));
    }
    case 'struct': {
      if (node.kind !== 'object') return plainValue(node);
      const fields = structFields(type.name, version).fields;
      const out: Record<string, unknown> = isObj(existing) ? { ...existing } : {};
      for (const [key, child] of node.entries) {
        const field = fieldForKey(fields, key);
        if (!field) continue;
        const next = decodeInto(out[field.json], child, field.type, version);
        if (next === undefined) delete out[field.json];
        else out[field.json] = next;
      }
      return out;
    }
    case 'int':
      // An int field keeps its exact value (a bigint beyond ±2^53) when the literal fits int64.
      return node.kind === 'number' && fitsInt64(node.text) ? goIntOf(BigInt(node.text)) : plainValue(node);
    default:
      return plainValue(node);
  }
}

/** A node back as a plain JavaScript value (for values that do not fit their type). */
function plainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map(([k, v]) => [k, plainValue(v)]));
    case 'array':
      return node.items.map(plainValue);
    case 'number':
      return Number(node.text);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/**
 * The document as Go decodes it into the version's structs, with every key renamed to the field
 * it lands in (unknown keys dropped, nil pointers and slices absent).
 */
export function canonicalIgnitionKeys(json: unknown, version: IgnitionVersion): unknown {
  return decodeInto(undefined, jsonNodeOf(json), ROOT_TYPE, version);
}

/** canonicalIgnitionKeys over JSON text: repeated keys decode one after the other, as in Go. */
export function canonicalIgnitionKeysOfText(text: string, version: IgnitionVersion): unknown {
  return canonicalIgnitionKeysOfNode(parseJsonText(text), version);
}

/** canonicalIgnitionKeysOfText over a document already read by parseJsonText. */
export function canonicalIgnitionKeysOfNode(root: JsonNode, version: IgnitionVersion): unknown {
  return decodeInto(undefined, root, ROOT_TYPE, version);
}
