// Small constructors that keep the authored tables readable.
import { ModelField } from './types';

/** snake_case → camelCase, the usual Butane → Ignition key mapping. */
export function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** A field that maps 1:1 to the Ignition field of the camelCased name. */
export function field(key: string, type: string, doc: string, more: Partial<ModelField> = {}): ModelField {
  return { key, ign: camelCase(key), type, doc, ...more };
}

/** A Butane-only field (sugar translated into other Ignition fields, or read from local files). */
export function sugar(key: string, type: string, doc: string, more: Partial<ModelField> = {}): ModelField {
  return { key, ign: null, type, doc, ...more };
}

/** A field of the Ignition config that Butane does not let users write. */
export function ignitionOnly(ign: string, type: string, doc: string, more: Partial<ModelField> = {}): ModelField {
  return { key: null, ign, type, doc, ignitionOnly: true, ...more };
}
