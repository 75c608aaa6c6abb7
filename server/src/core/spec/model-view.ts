// Reads the authored model for one variant/version: which fields a struct has there and what
// their types are. Everything else in spec/ (Go type trees, docs, JSON Schemas) goes through this.
import {
  BASE_STRUCTS,
  BASE_NAMED_TYPES,
  BASE_VERSIONS,
  FCOS_LAYER_VERSIONS,
  FCOS_STRUCTS,
  OPENSHIFT_STRUCTS,
  FCOS_ROOT_FIELDS,
  OPENSHIFT_ROOT_FIELDS,
  Gate,
  Layer,
  ModelField,
  ModelStruct,
  VariantVersionEntry,
  VariantRestriction,
  VARIANT_VERSIONS,
  VARIANT_RESTRICTIONS,
  basePackage,
  fcosPackage,
} from '../../../../schemas/model';

/** A parsed Go type expression of the model. */
export type TypeExpr =
  | { kind: 'scalar'; name: 'string' | 'int' | 'bool' }
  | { kind: 'pointer'; elem: TypeExpr }
  | { kind: 'slice'; elem: TypeExpr }
  | { kind: 'map'; elem: TypeExpr }
  /** A Go named non-struct type (e.g. SSHAuthorizedKey), with what it stands for. */
  | { kind: 'named'; name: string; layer: Layer; underlying: TypeExpr }
  | { kind: 'struct'; name: string; layer: Layer };

const SCALARS = new Set(['string', 'int', 'bool']);

/** Parses "*[]Foo", "map[string]string", ... against the structs visible from `layer`. */
export function parseTypeExpr(text: string, layer: Layer): TypeExpr {
  if (text.startsWith('*')) return { kind: 'pointer', elem: parseTypeExpr(text.slice(1), layer) };
  if (text.startsWith('[]')) return { kind: 'slice', elem: parseTypeExpr(text.slice(2), layer) };
  if (text.startsWith('map[string]')) return { kind: 'map', elem: parseTypeExpr(text.slice('map[string]'.length), layer) };
  if (SCALARS.has(text)) return { kind: 'scalar', name: text as 'string' | 'int' | 'bool' };
  if (BASE_NAMED_TYPES[text] !== undefined) {
    return { kind: 'named', name: text, layer: 'base', underlying: parseTypeExpr(BASE_NAMED_TYPES[text], 'base') };
  }
  const owner = structLayer(text, layer);
  if (!owner) throw new Error(`spec model: unknown type ${text} (from layer ${layer})`);
  return { kind: 'struct', name: text, layer: owner };
}

function structsOf(layer: Layer): Record<string, ModelStruct> {
  return layer === 'base' ? BASE_STRUCTS : layer === 'fcos' ? FCOS_STRUCTS : OPENSHIFT_STRUCTS;
}

/** A layer sees its own structs first, then the base ones (the Go packages import base). */
function structLayer(name: string, from: Layer): Layer | undefined {
  if (structsOf(from)[name]) return from;
  if (BASE_STRUCTS[name]) return 'base';
  return undefined;
}

export function modelStruct(name: string, layer: Layer): ModelStruct {
  const s = structsOf(layer)[name];
  if (!s) throw new Error(`spec model: no struct ${layer}.${name}`);
  return s;
}

function inGate(scale: readonly string[], at: string | undefined, gate: Gate<string> | undefined): boolean {
  if (!gate) return true;
  if (at === undefined) return false;
  const i = scale.indexOf(at);
  if (gate.since !== undefined && i < scale.indexOf(gate.since)) return false;
  if (gate.until !== undefined && i > scale.indexOf(gate.until)) return false;
  return true;
}

/** Is a field (or enum value) of a struct of `layer` present in this variant/version? */
export function gateOpen(entry: VariantVersionEntry, layer: Layer, gate: Gate<string> | undefined): boolean {
  if (layer === 'base') return inGate(BASE_VERSIONS, entry.base, gate);
  if (layer === 'fcos') return inGate(FCOS_LAYER_VERSIONS, entry.fcosLayer, gate);
  return entry.variant === 'openshift';
}

/** The Butane fields (YAML keys) of a struct in this variant/version, in Go declaration order. */
export function butaneFields(entry: VariantVersionEntry, name: string, layer: Layer): ModelField[] {
  return modelStruct(name, layer).fields.filter((f) => f.key !== null && gateOpen(entry, layer, f.gate));
}

export interface RootField {
  field: ModelField;
  layer: Layer;
}

/** Fields of the variant's root Config: base fields, then the fcos layer's, then openshift's. */
export function rootFields(entry: VariantVersionEntry): RootField[] {
  const out: RootField[] = butaneFields(entry, 'Config', 'base').map((field) => ({ field, layer: 'base' as Layer }));
  if (entry.fcosLayer !== undefined) {
    for (const field of FCOS_ROOT_FIELDS) if (gateOpen(entry, 'fcos', field.gate)) out.push({ field, layer: 'fcos' });
  }
  if (entry.variant === 'openshift') {
    for (const field of OPENSHIFT_ROOT_FIELDS) out.push({ field, layer: 'openshift' });
  }
  return out;
}

/** Go package printing the names of a layer's types in this variant/version. */
export function goPackageOf(entry: VariantVersionEntry, layer: Layer): string {
  if (layer === 'base') return basePackage(entry.base);
  if (layer === 'fcos') return fcosPackage(entry.fcosLayer!);
  return entry.goPackage;
}

/** Is `version` inside a gate on the variant's own version order? */
function variantGateOpen(entry: VariantVersionEntry, gate: Gate<string> | undefined): boolean {
  const order = VARIANT_VERSIONS.filter((e) => e.variant === entry.variant).map((e) => e.version);
  return inGate(order, entry.version, gate);
}

/** The restriction of this variant/version on a field, by its YAML keys from the root (list indexes left out). */
export function restrictionAt(entry: VariantVersionEntry, keys: readonly string[]): VariantRestriction | undefined {
  return VARIANT_RESTRICTIONS.find(
    (r) =>
      r.variant === entry.variant &&
      variantGateOpen(entry, r.versions) &&
      r.path.length === keys.length &&
      r.path.every((k, i) => k === keys[i]),
  );
}

/**
 * Restrictions that always apply (not only to MachineConfig output), as "Struct.key" of the
 * struct holding the refused field. Each such field's struct is reachable only at that path.
 */
export function alwaysRefusedFields(entry: VariantVersionEntry): Set<string> {
  const out = new Set<string>();
  for (const r of VARIANT_RESTRICTIONS) {
    if (r.variant !== entry.variant || r.machineConfigOnly || !variantGateOpen(entry, r.versions)) continue;
    let holder = 'Config';
    let layer: Layer = 'base';
    for (let i = 0; i < r.path.length - 1; i++) {
      const fields = i === 0 ? rootFields(entry) : butaneFields(entry, holder, layer).map((field) => ({ field, layer }));
      const hit = fields.find((f) => f.field.key === r.path[i]);
      if (!hit) break;
      let t = parseTypeExpr(hit.field.type, hit.layer);
      while (t.kind === 'pointer' || t.kind === 'slice') t = t.elem;
      if (t.kind !== 'struct') break;
      holder = t.name;
      layer = t.layer;
    }
    out.add(`${holder}.${r.path[r.path.length - 1]}`);
  }
  return out;
}
