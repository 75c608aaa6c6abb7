// Diagnostics of one analysis: the report entries, the fatal error, and editor-only notes.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { ReportEntry, formatPath } from '../core';
import { Analysis } from './analysis';
import { YNode } from '../core/yaml/types';

export const DIAGNOSTIC_SOURCE = 'butane';
/**
 * Where the codes are explained: the README's "Diagnostic codes" table, one anchor per code.
 * The host is the repository URL of package.json (a placeholder until the project is published).
 */
export const CODES_README_URL = 'https://example.invalid/butane-tools/blob/main/README.md';

export function withCodeDescription(d: Diagnostic): Diagnostic {
  if (typeof d.code !== 'string' || d.codeDescription) return d;
  return { ...d, codeDescription: { href: `${CODES_README_URL}#${d.code}` } };
}

/** Checks of the editor's own, beyond the reference's report. */
export const LINT_SOURCE = 'butane-lint';

/**
 * Fatal messages the CLI prints after report errors (invalid source; invalid generated Ignition):
 * redundant in an editor that already shows those errors.
 */
const FATAL_SUMMARIES_OF_REPORT = new Set(['source config is invalid', 'config generated was invalid']);

/** The reference's message for `local` without -d (a user-visible fact, matched to add a hint). */
const NO_FILES_DIR_MESSAGE = 'local file paths are relative to a files directory that must be specified with -d/--files-dir';

const SEVERITY: Record<ReportEntry['kind'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function entrySeverity(entry: ReportEntry, strict: boolean): DiagnosticSeverity {
  if (strict && entry.kind === 'warning') return DiagnosticSeverity.Error;
  return SEVERITY[entry.kind] ?? DiagnosticSeverity.Error;
}

export function diagnosticsOf(analysis: Analysis): Diagnostic[] {
  return findingsOf(analysis).map(withCodeDescription);
}

function findingsOf(analysis: Analysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { result, ranges, parsed } = analysis;

  if (!result) {
    // The engine threw: say so once, on the first line, rather than staying silent.
    if (analysis.internalError !== undefined) {
      out.push({
        severity: DiagnosticSeverity.Information,
        range: ranges.restOfLine(0),
        source: DIAGNOSTIC_SOURCE,
        code: 'butane.internal-error',
        message: `The Butane engine could not analyse this document: ${firstLine(analysis.internalError)}`,
      });
    }
    return out;
  }

  for (const entry of result.report) {
    const d: Diagnostic = {
      severity: entrySeverity(entry, analysis.strict),
      range: ranges.entryRange(entry),
      source: DIAGNOSTIC_SOURCE,
      code: entry.code,
      message: entry.message,
      data: entry.path ? { path: formatPath(entry.path) } : undefined,
    };
    if (entry.code === DUPLICATE_CODE && entry.path && parsed && entry.line !== undefined) markDuplicate(d, entry.path, parsed.root, analysis, entry.line, entry.col ?? 1);
    out.push(d);
  }

  // The reference places "enabled, but has no install section" on the contents; point at the
  // `enabled` key as well, which is what the user would change.
  for (const entry of result.report) {
    if (entry.code !== 'ignition.no-install-section' || !entry.path || !parsed) continue;
    const enabledKey = enabledKeyOfUnit(parsed.root, entry.path);
    if (!enabledKey) continue;
    out.push({
      severity: DiagnosticSeverity.Information,
      range: ranges.restOfLine(enabledKey.start),
      source: LINT_SOURCE,
      code: 'butane-lint.enabled-without-install',
      message: 'Enabling has no effect: the unit has no [Install] section',
      relatedInformation: [{ location: { uri: analysis.uri, range: ranges.entryRange(entry) }, message: entry.message }],
    });
  }

  // The user did set butane.filesDir, but the workspace is untrusted: say why it is not used.
  if (analysis.filesDirIgnored !== undefined) {
    for (const entry of result.report) {
      if (entry.message !== NO_FILES_DIR_MESSAGE) continue;
      out.push({
        severity: DiagnosticSeverity.Information,
        range: ranges.entryRange(entry),
        source: DIAGNOSTIC_SOURCE,
        code: 'butane.untrusted-workspace',
        message: `butane.filesDir is "${analysis.filesDirIgnored}", but local files are read only in a trusted workspace`,
      });
    }
  }

  const reportHasError = result.report.some((e) => e.kind === 'error' || (analysis.strict && e.kind === 'warning'));
  if (result.fatal !== undefined && !(FATAL_SUMMARIES_OF_REPORT.has(result.fatal) && reportHasError)) {
    const yamlError = parsed?.error;
    const range = yamlError
      ? ranges.fatalRange(yamlError.line ?? result.fatalLine, yamlError.col ?? result.fatalCol, yamlError.start, yamlError.end)
      : ranges.fatalRange(result.fatalLine, result.fatalCol);
    out.push({
      severity: DiagnosticSeverity.Error,
      range,
      source: DIAGNOSTIC_SOURCE,
      code: yamlError ? 'butane.yaml-syntax' : 'butane.fatal',
      message: result.fatal,
    });
  }

  // Butane reads only the first YAML document; say so where the ignored part begins.
  if (parsed?.secondDocumentStart && !parsed.error) {
    out.push({
      severity: DiagnosticSeverity.Warning,
      range: ranges.restOfLine(parsed.secondDocumentStart.start),
      source: DIAGNOSTIC_SOURCE,
      code: 'butane.extra-document',
      message: 'Only the first YAML document is used; this and any later documents are ignored',
    });
  }
  return out;
}

const DUPLICATE_CODE = 'ignition.duplicate';
/** Fields that make two list entries "the same" for Ignition's duplicate check, most specific first. */
const IDENTITY_FIELDS = ['path', 'name', 'source', 'device', 'url', 'label', 'number'];
/** Ignition compares files, directories and links by path across the three lists. */
const NODE_LISTS = ['files', 'directories', 'links'];

function nodeAtPath(root: YNode | null, path: readonly (string | number)[]): YNode | undefined {
  let node: YNode | undefined = root ?? undefined;
  for (const seg of path) {
    if (node?.kind === 'map') node = node.entries.find((e) => e.key.kind === 'scalar' && e.key.value === String(seg))?.value;
    else if (node?.kind === 'seq' && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return node;
}

function scalarField(node: YNode | undefined, field: string): string | undefined {
  if (node?.kind !== 'map') return undefined;
  const v = node.entries.find((e) => e.key.kind === 'scalar' && e.key.value === field)?.value;
  return v?.kind === 'scalar' ? v.value : undefined;
}

/**
 * A duplicate covers its whole entry (from where the CLI places it) and points at the first
 * entry with the same identity.
 */
function markDuplicate(d: Diagnostic, path: readonly (string | number)[], root: YNode | null, analysis: Analysis, line: number, col: number): void {
  const index = path[path.length - 1];
  if (typeof index !== 'number') return;
  const listPath = path.slice(0, -1);
  const entry = nodeAtPath(root, path);
  if (entry?.kind !== 'map') return;
  const start = analysis.lines.offsetOfCliPosition(line, col);
  let end = entry.end;
  while (end > start && /\s/.test(analysis.lines.text[end - 1])) end--;
  if (end > start) d.range = analysis.lines.range(start, end);
  const field = IDENTITY_FIELDS.find((f) => scalarField(entry, f) !== undefined);
  if (!field) return;
  const value = scalarField(entry, field);
  const listName = listPath[listPath.length - 1];
  const lists = typeof listName === 'string' && NODE_LISTS.includes(listName) ? NODE_LISTS.map((l) => [...listPath.slice(0, -1), l]) : [listPath];
  for (const lp of lists) {
    const seq = nodeAtPath(root, lp);
    if (seq?.kind !== 'seq') continue;
    const first = seq.items.find((item, i) => item !== entry && !(lp === listPath && i >= index) && scalarField(item, field) === value);
    if (first) {
      d.relatedInformation = [{ location: { uri: analysis.uri, range: analysis.lines.range(first.start, first.start) }, message: 'first defined here' }];
      return;
    }
  }
}

/** The `enabled` key of the unit a path goes through ($.systemd.units.N...), if written. */
function enabledKeyOfUnit(root: YNode | null, path: readonly (string | number)[]): YNode | undefined {
  const at = path.indexOf('units');
  if (at < 0 || typeof path[at + 1] !== 'number') return undefined;
  let node: YNode | undefined = root ?? undefined;
  for (const seg of path.slice(0, at + 2)) {
    if (node?.kind === 'map') node = node.entries.find((e) => e.key.kind === 'scalar' && e.key.value === seg)?.value;
    else if (node?.kind === 'seq' && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  if (node?.kind !== 'map') return undefined;
  return node.entries.find((e) => e.key.kind === 'scalar' && e.key.value === 'enabled')?.key;
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}
