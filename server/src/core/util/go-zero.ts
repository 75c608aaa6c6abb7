// Go's zero value of a type, as both decoders (Butane's YAML and Ignition's JSON) hold decoded
// values: nil pointers, slices and maps are absent (undefined), a struct is an empty object.

export function goZeroValue(type: { kind: string }): unknown {
  switch (type.kind) {
    case 'string':
      return '';
    case 'int':
    case 'float':
      return 0;
    case 'bool':
      return false;
    case 'struct':
      return {};
    default:
      return undefined;
  }
}
