// Ignition spec versions 3.0.0 .. 3.7.0-experimental: output shape and validation.
export { IGNITION_VERSIONS, type IgnitionVersion, isIgnitionVersion, versionIndex } from './versions';
export { structFields, reachableStructs, type IgnType, type ResolvedField, type ResolvedStruct } from './model';
export { normalizeIgnition } from './normalize';
export { validateIgnition, walkConfig } from './validate';
export { validateIgnitionDuplicates } from './duplicates';
export { validateIgnitionDocument, validateIgnitionWithContext, parseIgnitionVersion, findUnusedIgnitionKeys } from './document';
export { parseUnitFile, type UnitOption, type UnitParse } from './go/systemd-unit';
export { findIgnitionTypeErrors, canonicalIgnitionKeys, goTypeName } from './decode';
