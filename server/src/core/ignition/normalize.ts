// Shapes a config the way github.com/clarketm/json marshals the Go structs: keys in struct
// declaration order (embedded structs flattened), omitempty fields dropped when empty, where
// clarketm also treats a struct whose every field is empty as empty. Fields without omitempty
// are always written (nil pointers and nil slices as null, strings as "").
import { IgnType, ROOT_TYPE, structFields } from './model';
import { IgnitionVersion } from './versions';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Absent keys and JSON null both stand for Go's zero value / nil. */
const isNil = (v: unknown): v is null | undefined => v === undefined || v === null;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go's zero value of a type, as it marshals. */
function zero(type: IgnType, version: IgnitionVersion): Json {
  switch (type.kind) {
    case 'string':
      return '';
    case 'int':
      return 0;
    case 'bool':
      return false;
    case 'pointer':
    case 'slice':
      return null;
    case 'struct': {
      // Only compared against, never placed in an output: one per struct and version will do.
      let byName = zeroStructs.get(version);
      if (!byName) zeroStructs.set(version, (byName = new Map()));
      let z = byName.get(type.name);
      if (z === undefined) byName.set(type.name, (z = normalizeValue({}, type, version)));
      return z;
    }
  }
}

const zeroStructs = new Map<IgnitionVersion, Map<string, Json>>();

/** clarketm's isEmptyValue over an already normalized value of the given type. */
function isEmpty(value: Json, type: IgnType, version: IgnitionVersion): boolean {
  switch (type.kind) {
    case 'string':
      return value === '';
    case 'int':
      return value === 0;
    case 'bool':
      return value === false;
    case 'pointer':
      return value === null;
    case 'slice':
      return value === null || (Array.isArray(value) && value.length === 0);
    case 'struct': {
      if (!isRecord(value)) return true;
      // Every exported field must be empty, omitempty or not.
      for (const field of structFields(type.name, version).fields) {
        const v = field.json in value ? (value[field.json] as Json) : zero(field.type, version);
        if (!isEmpty(v, field.type, version)) return false;
      }
      return true;
    }
  }
}

function normalizeValue(value: unknown, type: IgnType, version: IgnitionVersion): Json {
  switch (type.kind) {
    case 'string':
      return isNil(value) ? '' : (value as string);
    case 'int':
      return isNil(value) ? 0 : (value as number);
    case 'bool':
      return isNil(value) ? false : (value as boolean);
    case 'pointer':
      return isNil(value) ? null : normalizeValue(value, type.elem, version);
    case 'slice':
      if (isNil(value)) return null;
      if (!Array.isArray(value)) return value as Json;
      return value.map((item) => normalizeValue(item, type.elem, version));
    case 'struct': {
      const src = isRecord(value) ? value : {};
      const out: { [key: string]: Json } = {};
      for (const field of structFields(type.name, version).fields) {
        const raw = src[field.json];
        // An absent value normalizes to its type's zero value, which is always empty.
        if (field.omitempty && isNil(raw)) continue;
        const v = normalizeValue(raw, field.type, version);
        if (field.omitempty && isEmpty(v, field.type, version)) continue;
        out[field.json] = v;
      }
      return out;
    }
  }
}

/**
 * Orders keys as the Go structs of that spec version declare them and drops what clarketm/json
 * omits (nil pointers, empty strings/slices with omitempty, zero structs), ready for marshalGoConfigJson.
 * Keys the version's structs do not have are dropped, as Go would not have decoded them.
 */
export function normalizeIgnition(config: unknown, version: IgnitionVersion): unknown {
  return normalizeValue(config, ROOT_TYPE, version);
}
