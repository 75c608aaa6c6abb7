// Ignition spec versions 3.0.0 .. 3.7.0-experimental: output shape and validation.
//
//   normalizeIgnition            key order and omissions as Go marshals the config
//   validateIgnition             the types' Validate rules, in vcontext's walk order
//   validateIgnitionDuplicates   ValidateDups
//   validateIgnitionWithContext  rules + duplicates + unused keys over a raw JSON config
//   validateIgnitionTextWithContext  the same over JSON text (repeated keys decode in turn, as in Go)
//   validateIgnitionDocument     the same for a whole .ign document, version taken from it
//   findIgnitionTypeErrors       values Go's json decoder would refuse, with Go's messages
//   structFields / walkConfig    the version-gated type model, for other features
export { IGNITION_VERSIONS, type IgnitionVersion, isIgnitionVersion, versionIndex } from './versions';
export { structFields, reachableStructs, type IgnType, type ResolvedField, type ResolvedStruct } from './model';
export { normalizeIgnition } from './normalize';
export { validateIgnition, validateIgnitionAndDuplicates, walkConfig } from './validate';
export { validateIgnitionDuplicates } from './duplicates';
export { validateIgnitionDocument, validateIgnitionDocumentText, validateIgnitionWithContext, validateIgnitionTextWithContext, parseIgnitionVersion, findUnusedIgnitionKeys } from './document';
export { findIgnitionTypeErrors, findIgnitionTypeErrorsInText, canonicalIgnitionKeys, canonicalIgnitionKeysOfText, goTypeName } from './decode';
export { parseUnitFile, type UnitOption, type UnitParse } from './go/systemd-unit';
