// Builds, for one variant/version, the Go type tree yaml.v3 decodes into (GoStruct & co).
// Named non-struct types (SSHAuthorizedKey, HTTPHeaders, ...) keep their Go name in an extra
// `goName` property, because yaml.v3 prints it in type errors ("into []v0_8_exp.SSHAuthorizedKey").
import { GoField, GoStruct, GoType } from '../yaml/gotype';
import { Layer, VariantVersionEntry } from '../../../../schemas/model';
import { TypeExpr, butaneFields, goPackageOf, parseTypeExpr, rootFields } from './model-view';

/** A GoType that may carry the Go name of a named type (structs always do). */
export type NamedGoType = GoType & { goName?: string };

export function buildRootType(entry: VariantVersionEntry): GoStruct {
  const cache = new Map<string, GoStruct>();
  const fields: GoField[] = rootFields(entry).map(({ field, layer }) => ({
    key: field.key!,
    type: toGoType(entry, parseTypeExpr(field.type, layer), cache),
  }));
  return { kind: 'struct', goName: `${entry.goPackage}.Config`, fields };
}

function toGoType(entry: VariantVersionEntry, t: TypeExpr, cache: Map<string, GoStruct>): NamedGoType {
  switch (t.kind) {
    case 'scalar':
      return { kind: t.name };
    case 'pointer':
      return { kind: 'pointer', elem: toGoType(entry, t.elem, cache) };
    case 'slice':
      return { kind: 'slice', elem: toGoType(entry, t.elem, cache) };
    case 'map':
      return { kind: 'map', elem: toGoType(entry, t.elem, cache) };
    case 'named':
      return { ...toGoType(entry, t.underlying, cache), goName: `${goPackageOf(entry, t.layer)}.${t.name}` } as NamedGoType;
    case 'struct':
      return structType(entry, t.name, t.layer, cache);
  }
}

function structType(entry: VariantVersionEntry, name: string, layer: Layer, cache: Map<string, GoStruct>): GoStruct {
  const cacheKey = `${layer}:${name}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const fields: GoField[] = butaneFields(entry, name, layer).map((f) => ({
    key: f.key!,
    type: toGoType(entry, parseTypeExpr(f.type, layer), cache),
  }));
  const built: GoStruct = { kind: 'struct', goName: `${goPackageOf(entry, layer)}.${name}`, fields };
  cache.set(cacheKey, built);
  return built;
}

// goTypeName (Go's spelling of a type in yaml.v3 errors) lives with the decoder that prints it.
export { goTypeName } from '../yaml/unmarshal';
