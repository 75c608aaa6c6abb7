// Descriptions of the Go types Butane decodes YAML into. The spec model builds these per
// variant/version; unmarshal.ts decodes a YAML node into one, as yaml.v3 would.

export type GoType =
  | { kind: 'string' }
  | { kind: 'int' }
  | { kind: 'bool' }
  | { kind: 'float' }
  /** A Go pointer: nil (absent in the decoded value) when missing or null. */
  | { kind: 'pointer'; elem: GoType }
  | { kind: 'slice'; elem: GoType }
  /** map[string]T */
  | { kind: 'map'; elem: GoType }
  | GoStruct;

export interface GoStruct {
  kind: 'struct';
  /** The Go type name as yaml.v3 prints it in errors, e.g. "v0_5.File" or "config.commonFields". */
  goName: string;
  fields: GoField[];
}

export interface GoField {
  /** YAML key (snake_case). */
  key: string;
  type: GoType;
}
