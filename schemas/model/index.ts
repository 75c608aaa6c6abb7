// The authored Butane spec model: one description of every field, with version gates.
export * from './types';
export * from './versions';
export { BASE_STRUCTS, BASE_NAMED_TYPES } from './base';
export { FCOS_STRUCTS, OPENSHIFT_STRUCTS, FCOS_ROOT_FIELDS, OPENSHIFT_ROOT_FIELDS } from './variant-layers';
export { camelCase } from './fields';
export { VARIANT_RESTRICTIONS } from './restrictions';
export type { VariantRestriction } from './restrictions';
