// Editor-facing view of the model: which fields exist at a YAML path of a given variant/version,
// and a hover text for one field.
import { Path } from '../types';
import { Layer, ModelField, VARIANT_VERSIONS, VariantVersionEntry } from '../../../../schemas/model';
import { TypeExpr, butaneFields, gateOpen, parseTypeExpr, restrictionAt, rootFields } from './model-view';

export interface FieldDoc {
  /** YAML key. */
  key: string;
  /** Go-style type as the model writes it, e.g. "*string", "[]Resource". */
  type: string;
  /** Short human label of the YAML shape: "string", "integer", "boolean", "list of File", "object", "map". */
  shape: string;
  description: string;
  required: boolean;
  default?: string | number | boolean;
  /** Allowed values in this version, if the reference restricts them. */
  enum?: { value: string; description: string }[];
  /** Constraints the reference enforces on the value. */
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** Ignition JSON key it becomes, when it maps 1:1; undefined for Butane sugar. */
  ignitionField?: string;
  /** The variant versions that have this field, e.g. "fcos 1.1.0+, flatcar 1.0.0+". */
  availability: string;
  /**
   * Set when this variant/version refuses the field although its base has it: the error the
   * reference prints, and whether that only happens for MachineConfig output (openshift, no --raw).
   */
  restriction?: { message: string; machineConfigOnly: boolean };
  /** Struct it opens (for nesting), with its Go name. */
  structName?: string;
}

/** Where a path leads: a struct (with its fields), a list/map element, or a scalar field. */
type Position = { kind: 'struct'; name: string; layer: Layer; root: boolean } | { kind: 'other'; t: TypeExpr };

function fieldsOfPosition(entry: VariantVersionEntry, pos: Position): { field: ModelField; layer: Layer }[] {
  if (pos.kind !== 'struct') return [];
  if (pos.root) return rootFields(entry);
  return butaneFields(entry, pos.name, pos.layer).map((field) => ({ field, layer: pos.layer }));
}

function deref(t: TypeExpr): TypeExpr {
  while (t.kind === 'pointer' || t.kind === 'named') t = t.kind === 'pointer' ? t.elem : t.underlying;
  return t;
}

function positionOf(t: TypeExpr): Position {
  const d = deref(t);
  return d.kind === 'struct' ? { kind: 'struct', name: d.name, layer: d.layer, root: false } : { kind: 'other', t: d };
}

/** Follows a YAML path from the root; undefined when it leaves the model. */
function walk(entry: VariantVersionEntry, path: Path): { pos: Position; last?: { field: ModelField; layer: Layer } } | undefined {
  let pos: Position = { kind: 'struct', name: 'Config', layer: 'base', root: true };
  let last: { field: ModelField; layer: Layer } | undefined;
  for (const seg of path) {
    if (pos.kind === 'struct') {
      if (typeof seg !== 'string') return undefined;
      const hit = fieldsOfPosition(entry, pos).find((f) => f.field.key === seg);
      if (!hit) return undefined;
      last = hit;
      pos = positionOf(parseTypeExpr(hit.field.type, hit.layer));
    } else {
      const t = pos.t;
      if (t.kind === 'slice' && typeof seg === 'number') pos = positionOf(t.elem);
      else if (t.kind === 'map' && typeof seg === 'string') pos = positionOf(t.elem);
      else return undefined;
    }
  }
  return { pos, last };
}

function entryFor(variant: string, version: string): VariantVersionEntry | undefined {
  return VARIANT_VERSIONS.find((e) => e.variant === variant && e.version === version);
}

/** The fields a mapping at `path` may hold (path = the mapping itself; [] = root, [..., 0] = a list item). */
export function fieldsAt(info: { variant: string; version: string }, path: Path): FieldDoc[] {
  const entry = entryFor(info.variant, info.version);
  if (!entry) return [];
  const at = walk(entry, path);
  if (!at) return [];
  return fieldsOfPosition(entry, at.pos).map(({ field, layer }) => toDoc(entry, field, layer, [...path, field.key!]));
}

/** The doc of the field a path names (its last segment is the key, or a list index under it). */
export function describeField(info: { variant: string; version: string }, path: Path): FieldDoc | undefined {
  const entry = entryFor(info.variant, info.version);
  if (!entry) return undefined;
  // A trailing index (or map key) refers to an element of the field named before it.
  let p = [...path];
  while (p.length > 0) {
    const at = walk(entry, p);
    if (at && at.last && typeof p[p.length - 1] === 'string' && at.last.field.key === p[p.length - 1]) {
      return toDoc(entry, at.last.field, at.last.layer, p);
    }
    p = p.slice(0, -1);
    if (!at) return undefined;
  }
  return undefined;
}

function shapeOf(t: TypeExpr): string {
  const d = deref(t);
  switch (d.kind) {
    case 'scalar':
      return d.name === 'int' ? 'integer' : d.name === 'bool' ? 'boolean' : 'string';
    case 'slice':
      return 'list of ' + shapeOf(d.elem);
    case 'map':
      return 'map of ' + shapeOf(d.elem);
    case 'struct':
      return d.name;
    default:
      return 'value';
  }
}

function toDoc(entry: VariantVersionEntry, field: ModelField, layer: Layer, path: Path): FieldDoc {
  const t = parseTypeExpr(field.type, layer);
  const d = deref(t);
  const enumValues = field.enum?.filter((v) => gateOpen(entry, layer, v.gate)).map((v) => ({ value: v.value, description: v.doc }));
  return {
    key: field.key!,
    type: field.type,
    shape: shapeOf(t),
    description: field.doc,
    required: field.required === true,
    default: field.default,
    enum: enumValues,
    pattern: field.pattern,
    minimum: field.minimum,
    maximum: field.maximum,
    ignitionField: field.ign ?? undefined,
    availability: availability(path),
    structName: d.kind === 'struct' ? d.name : undefined,
    restriction: restrictionOf(entry, path),
  };
}

/**
 * "fcos 1.1.0+, flatcar (all versions), ..." — the variant versions where `path` (ending in a key)
 * exists, as first/last version per variant (gates are contiguous ranges).
 */
const availabilityCache = new Map<string, string>();

export function availability(path: Path): string {
  // List indexes do not change where a field exists.
  const cacheKey = JSON.stringify(path.map((seg) => (typeof seg === 'number' ? 0 : seg)));
  const hit = availabilityCache.get(cacheKey);
  if (hit !== undefined) return hit;
  const text = computeAvailability(path);
  availabilityCache.set(cacheKey, text);
  return text;
}

function computeAvailability(path: Path): string {
  const parts: string[] = [];
  for (const variant of ['fcos', 'flatcar', 'openshift', 'r4e', 'fiot'] as const) {
    const versions = VARIANT_VERSIONS.filter((e) => e.variant === variant);
    const open = versions.filter((e) => walk(e, path) !== undefined);
    if (open.length === 0) continue;
    const first = open[0].version;
    const lastOpen = open[open.length - 1].version;
    if (open.length === versions.length) parts.push(`${variant} (all versions)`);
    else if (first === lastOpen) parts.push(`${variant} ${first}`);
    else if (lastOpen === versions[versions.length - 1].version) parts.push(`${variant} ${first}+`);
    else parts.push(`${variant} ${first}–${lastOpen}`);
  }
  return parts.join(', ');
}

function restrictionOf(entry: VariantVersionEntry, path: Path): FieldDoc['restriction'] {
  const r = restrictionAt(
    entry,
    path.filter((seg): seg is string => typeof seg === 'string'),
  );
  return r ? { message: r.message, machineConfigOnly: r.machineConfigOnly === true } : undefined;
}

/** Markdown hover text for a field. */
export function hoverMarkdown(doc: FieldDoc): string {
  const lines = [`**${doc.key}** — ${doc.shape}${doc.required ? ' (required)' : ''}`, '', doc.description];
  if (doc.enum && doc.enum.length) lines.push('', 'Allowed: ' + doc.enum.map((e) => '`' + e.value + '`').join(', '));
  if (doc.pattern !== undefined) lines.push('', `Must match: \`${doc.pattern}\``);
  if (doc.minimum !== undefined || doc.maximum !== undefined) {
    const fmt = (n: number) => (doc.key.endsWith('mode') ? '0' + n.toString(8) : String(n));
    lines.push('', `Range: ${doc.minimum !== undefined ? fmt(doc.minimum) : '…'} to ${doc.maximum !== undefined ? fmt(doc.maximum) : '…'}`);
  }
  if (doc.default !== undefined) lines.push('', `Default: \`${String(doc.default)}\``);
  if (doc.restriction) {
    const when = doc.restriction.machineConfigOnly ? ' when producing a MachineConfig (without --raw)' : '';
    lines.push('', `**Refused in this version${when}:** ${doc.restriction.message}`);
  }
  lines.push('', doc.ignitionField ? `Ignition field: \`${doc.ignitionField}\`` : 'Butane-only: translated by Butane.');
  lines.push('', `Available in: ${doc.availability}`);
  return lines.join('\n');
}

