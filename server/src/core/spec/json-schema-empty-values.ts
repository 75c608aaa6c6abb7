// Lets the Butane schemas accept an empty value (`mode:`, `files:`, `contents:`, i.e. YAML null)
// on every optional field, as Butane does: yaml.v3 leaves a pointer, list or map nil and a plain
// scalar at its zero value (the same as leaving the key out); an empty struct-valued field only
// draws a "context tree does not match content tree" warning. Required fields stay non-null,
// since Butane then reports them missing ("path not specified"). Applied by json-schema.ts to
// each per-version Butane schema it generates.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

const NULL_SCHEMA: Schema = { type: 'null' };
// Keys that describe a property rather than constrain its value; they stay on the outside when
// the value constraints move into an `anyOf` branch.
const ANNOTATIONS = new Set(['description', 'markdownDescription', 'default', 'defaultSnippets']);

function isObject(v: Json | undefined): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A property schema that also accepts null. */
export function nullable(prop: Schema): Schema {
  const type = prop.type;
  // A plain type (no enum, which would reject null on its own): widen the type.
  if (type !== undefined && prop.enum === undefined && prop.const === undefined) {
    const types = Array.isArray(type) ? type : [type];
    return types.includes('null') ? prop : { ...prop, type: [...types, 'null'] };
  }
  if (type === undefined && Array.isArray(prop.anyOf) && prop.enum === undefined && prop.const === undefined) {
    return prop.anyOf.some((b) => isObject(b) && b.type === 'null') ? prop : { ...prop, anyOf: [...prop.anyOf, NULL_SCHEMA] };
  }
  // A $ref (draft-07 ignores its siblings' constraints) or an enum: keep the constraints in one branch.
  const outer: Schema = {};
  const inner: Schema = {};
  for (const [k, v] of Object.entries(prop)) (ANNOTATIONS.has(k) ? outer : inner)[k] = v;
  return { anyOf: [inner, NULL_SCHEMA], ...outer };
}

/** Every object schema with `properties`: its optional properties accept null. */
function allowNullOnOptionalProperties(s: Schema): void {
  if (isObject(s.properties)) {
    const required = new Set(Array.isArray(s.required) ? s.required : []);
    for (const [key, prop] of Object.entries(s.properties)) {
      if (!isObject(prop) || required.has(key)) continue;
      s.properties[key] = nullable(prop);
    }
  }
}

/** A copy of a generated Butane schema (per variant/version) whose optional fields accept null. */
export function withEmptyValues(schema: Schema): Schema {
  const copy = JSON.parse(JSON.stringify(schema)) as Schema;
  allowNullOnOptionalProperties(copy);
  if (isObject(copy.definitions)) {
    for (const def of Object.values(copy.definitions)) if (isObject(def)) allowNullOnOptionalProperties(def);
  }
  return copy;
}
