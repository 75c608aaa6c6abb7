/**
 * Serializes a JSON value as Go's encoding/json does (HTML-safe escaping of <, >, &, U+2028,
 * U+2029; invalid UTF-16 replaced by U+FFFD; keys in object insertion order). `pretty` = two-space
 * MarshalIndent. No trailing newline.
 */
export function marshalGoJson(_value: unknown, _pretty: boolean): string {
  throw new Error('marshalGoJson: not implemented yet');
}
