// Shapes of the authored spec model. One description of every Butane (and Ignition) field,
// with version gates, from which the decoder's Go type trees, the JSON Schemas, completion and
// hover are derived. Pure data: no imports from Node, the editor or the DOM.

/** Butane base spec versions (the base/v0_x packages), oldest first. */
export const BASE_VERSIONS = ['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8-exp'] as const;
export type BaseVersion = (typeof BASE_VERSIONS)[number];

/** Ignition spec versions, index-aligned with BASE_VERSIONS (base 0.x emits Ignition 3.(x-1)). */
export const IGNITION_SPEC_VERSIONS = [
  '3.0.0',
  '3.1.0',
  '3.2.0',
  '3.3.0',
  '3.4.0',
  '3.5.0',
  '3.6.0',
  '3.7.0-experimental',
] as const;
export type IgnitionSpecVersion = (typeof IGNITION_SPEC_VERSIONS)[number];

/**
 * Versions of the FCOS variant layer (boot_device, grub, ...), oldest first. OpenShift versions
 * embed one of these, so their fcos-layer gates are expressed on this scale too.
 */
export const FCOS_LAYER_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8-exp'] as const;
export type FcosLayerVersion = (typeof FCOS_LAYER_VERSIONS)[number];

/** An inclusive range on one of the ordered version scales above; open ends mean "all". */
export interface Gate<V extends string> {
  since?: V;
  until?: V;
}

/**
 * A field's Go type, written as Go spells it: "string", "*int", "[]Resource", "*Clevis",
 * "map[string]string", or a named type from NAMED_TYPES ("[]SSHAuthorizedKey"). A leading "*"
 * is a Go pointer: when the key is missing or null the field stays nil instead of the zero value.
 * Identifiers that are neither scalars nor named types are structs of the model.
 */
export type GoTypeExpr = string;

export interface EnumValue {
  value: string;
  doc: string;
  /** Versions (same scale as the field) that accept this value; absent = all. */
  gate?: Gate<string>;
}

export interface ModelField {
  /** YAML key in Butane (snake_case); null for a field that only exists in Ignition. */
  key: string | null;
  /** Ignition JSON key this field becomes (camelCase); null when Butane-only (sugar). */
  ign: string | null;
  type: GoTypeExpr;
  /** Butane versions that have the field (scale of the struct's layer: base or fcos). */
  gate?: Gate<string>;
  /** For Ignition-only fields: the base-aligned gate is used on the Ignition scale. */
  ignitionOnly?: boolean;
  /** The reference rejects the config when this is missing or empty. */
  required?: boolean;
  /** Allowed values (only where the reference enforces the list). */
  enum?: EnumValue[];
  /** Regular expression (ECMAScript) a string value must match, where the reference checks one. */
  pattern?: string;
  /** Inclusive numeric bounds the reference enforces. */
  minimum?: number;
  maximum?: number;
  /** What happens when the field is left out (documented behaviour, for hover). */
  default?: string | number | boolean;
  /** Our own short description: what it does, concretely. */
  doc: string;
}

/** An insertion template for editors (JSON Schema `defaultSnippets`); "$1"-style placeholders. */
export interface ModelSnippet {
  label: string;
  description: string;
  body: unknown;
  /** Versions (scale of the struct's layer) where every key in `body` exists; absent = all. */
  gate?: Gate<string>;
}

export interface ModelStruct {
  /** Go type name without package, e.g. "File". */
  goName: string;
  layer: Layer;
  doc: string;
  fields: ModelField[];
  snippets?: ModelSnippet[];
}

/** Which package's scale a struct is gated on and which Go package prints its name. */
export type Layer = 'base' | 'fcos' | 'openshift';
