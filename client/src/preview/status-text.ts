// The status bar item's text for a transpile answer: `fcos 1.6.0 → Ignition 3.5.0` with error and
// warning counts, or, when the config has no known target, what stops it (for example
// `fcos 1.6.0: invalid YAML`). No vscode import, so it can be unit-tested under plain Node.
import type { TranspileResult } from '../../../server/src/lsp/protocol';

/**
 * `variant` and `version` as written at the top level of the text, for when the server could
 * not tell them (the YAML does not parse). Plain and quoted scalars on their own line only.
 */
export function variantFromText(text: string): { variant: string; version: string } | undefined {
  const scalar = (key: string) => new RegExp(`^${key}:[ \\t]*(?:"([^"\\n]*)"|'([^'\\n]*)'|([^\\s#'"\\[\\]{}&*!|>%@\`,][^\\s#]*))[ \\t]*(?:#.*)?$`, 'm').exec(text);
  const variant = scalar('variant');
  const version = scalar('version');
  if (!variant || !version) return undefined;
  const value = (m: RegExpExecArray) => m[1] ?? m[2] ?? m[3];
  return { variant: value(variant), version: value(version) };
}

/** Why a config has no target, in a few words, from the CLI's fatal error (undefined: not one of these). */
function problemOf(fatal: string | null): string | undefined {
  if (fatal === null) return undefined;
  if (/^(Error unmarshaling yaml: )?yaml: /.test(fatal)) return 'invalid YAML';
  if (fatal.startsWith('error parsing variant')) return 'no variant';
  if (fatal.startsWith('error parsing version')) return 'invalid version';
  if (fatal.startsWith('No translator exists') || fatal.includes('variant has been removed')) return 'unsupported variant or version';
  return undefined;
}

export function statusText(result: TranspileResult, text?: string): string {
  const errors = result.report.filter((r) => r.kind === 'error').length + (result.output === null && result.fatal && !result.report.some((r) => r.kind === 'error') ? 1 : 0);
  const warnings = result.report.filter((r) => r.kind === 'warning').length;
  const counts = `$(error) ${errors} $(warning) ${warnings}`;
  const fromServer = result.variant && result.variantVersion ? `${result.variant} ${result.variantVersion}` : undefined;
  const target = result.language === 'yaml' ? 'MachineConfig' : result.ignitionVersion && `Ignition ${result.ignitionVersion}`;
  const problem = result.output === null ? problemOf(result.fatal) : undefined;
  if (fromServer && target && !problem) return `${fromServer} → ${target} ${counts}`;
  const known = text === undefined ? undefined : variantFromText(text);
  const header = fromServer ?? (known ? `${known.variant} ${known.version}` : 'Butane');
  if (problem) return `${header}: ${problem} ${counts}`;
  return `${header} → ${target ?? 'Ignition ?'} ${counts}`;
}
