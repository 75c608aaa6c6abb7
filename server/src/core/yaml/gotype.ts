// Descriptions of the Go types Butane decodes YAML into. The spec model builds these per
// variant/version; unmarshal.ts decodes a YAML node into one, as yaml.v3 would.

/**
 * `goName` on a non-struct type names a Go defined type (e.g. `type SSHAuthorizedKey string`):
 * it decodes like its underlying kind but yaml.v3 prints that name in type errors.
 */
export type GoType =
  | { kind: 'string'; goName?: string }
  | { kind: 'int'; goName?: string }
  | { kind: 'bool'; goName?: string }
  | { kind: 'float'; goName?: string }
  /** A Go pointer: nil (absent in the decoded value) when missing or null. */
  | { kind: 'pointer'; elem: GoType }
  | { kind: 'slice'; elem: GoType; goName?: string }
  /** map[string]T */
  | { kind: 'map'; elem: GoType; goName?: string }
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
