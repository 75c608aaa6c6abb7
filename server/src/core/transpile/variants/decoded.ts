// Typed views of the decoded Butane source the variant layers read (snake_case keys; unset
// fields and Go zero values are absent).
export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown): Obj {
  return isObject(v) ? v : {};
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Ignition's util.IsTrue on a *bool. */
export function isTrue(v: unknown): boolean {
  return v === true;
}

/** util.NotEmpty on a *string. */
export function notEmpty(v: unknown): v is string {
  return typeof v === 'string' && v !== '';
}
