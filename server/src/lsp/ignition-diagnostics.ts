// Diagnostics for Ignition JSON files (*.ign, or language "ignition"): the engine's Ignition
// validation for the spec version the file declares, placed on the JSON value each finding names.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { parseDocument, isMap, isSeq, isScalar, Node as YamlNode } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportEntry, formatPath } from '../core';
import { validateIgnitionDocumentText } from '../core/ignition';
import { DIAGNOSTIC_SOURCE, withCodeDescription } from './diagnostics';

const SEVERITY: Record<ReportEntry['kind'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Whether the server treats `doc` as an Ignition config rather than a Butane one. */
export function isIgnitionDocument(doc: { uri: string; languageId: string }): boolean {
  return doc.languageId === 'ignition' || /\.ign$/i.test(doc.uri);
}

/** The JSON node a path names, or the deepest one that exists along it. */
function nodeAt(root: unknown, path: readonly (string | number)[]): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  for (const seg of path) {
    let next: YamlNode | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      next = (pair?.value ?? undefined) as YamlNode | undefined;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg] as YamlNode | undefined;
    }
    if (!next) break;
    node = next;
  }
  return node;
}

export function ignitionDiagnostics(doc: TextDocument, strict: boolean): Diagnostic[] {
  const text = doc.getText();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    return [
      withCodeDescription({
        severity: DiagnosticSeverity.Error,
        range: { start: doc.positionAt(offset), end: doc.positionAt(Math.min(text.length, offset + 1)) },
        source: DIAGNOSTIC_SOURCE,
        code: 'ignition.invalid-json',
        message: `config is not valid JSON: ${message}`,
      }),
    ];
  }
  // The `yaml` package reads JSON with source ranges; repeated keys are allowed as in Go's decoder.
  const positions = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  return validateIgnitionDocumentText(text, json).map((entry) => {
    const node = entry.path ? nodeAt(positions.contents, entry.path) : undefined;
    const [start, end] = node?.range ? [node.range[0], node.range[1]] : [0, 0];
    const startPos = doc.positionAt(start);
    // Objects and arrays span lines: mark only their first line.
    const endPos = doc.positionAt(end);
    const range = endPos.line === startPos.line ? { start: startPos, end: endPos } : { start: startPos, end: { line: startPos.line, character: startPos.character + 1 } };
    const severity = strict && entry.kind === 'warning' ? DiagnosticSeverity.Error : SEVERITY[entry.kind];
    return withCodeDescription({ severity, range, source: DIAGNOSTIC_SOURCE, code: entry.code, message: entry.message, data: entry.path ? { path: formatPath(entry.path) } : undefined });
  });
}
