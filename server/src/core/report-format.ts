// Renders report entries the way the reference CLI prints them on stderr.
import { ReportEntry, formatPath } from './types';

const KIND_WORD = { error: 'error', warning: 'warning', info: 'info' } as const;

/** One `--raw-errors` line (without newline): `error at $.a.b, line 3 col 5: message`. */
export function formatRawEntry(e: ReportEntry): string {
  const hasPath = e.path !== null && e.path.length > 0;
  const hasPos = e.line !== undefined;
  const pos = hasPos ? `line ${e.line} col ${e.col ?? 0}` : '';
  let at = '';
  if (hasPos && hasPath) at = ` at ${formatPath(e.path!)}, ${pos}`;
  else if (hasPos) at = ` at ${pos}`;
  else if (hasPath) at = ` at ${formatPath(e.path!)}`;
  return `${KIND_WORD[e.kind]}${at}: ${e.message}`;
}

export function formatRawReport(entries: readonly ReportEntry[]): string {
  return entries.map((e) => formatRawEntry(e) + '\n').join('');
}

export function* rawReportChunks(entries: readonly ReportEntry[]): Generator<string> {
  for (const e of entries) yield formatRawEntry(e) + '\n';
}

/**
 * The readable report: each entry with its source line, two lines of context and a caret
 * under the offending token, as the reference prints without --raw-errors.
 */
export function formatPrettyReport(entries: readonly ReportEntry[], fileName: string, source: string, colorize = false): string {
  return [...prettyReportChunks(entries, fileName, source, colorize)].join('');
}

/**
 * The readable report one entry at a time, so a front end can write a huge report piece by
 * piece instead of building one string past JavaScript's length limit.
 */
export function* prettyReportChunks(entries: readonly ReportEntry[], fileName: string, source: string, colorize = false): Generator<string> {
  const lines = source.split('\n');
  for (let i = 0; i < entries.length; i++) yield (i > 0 ? '\n' : '') + formatPrettyEntry(entries[i], fileName, lines, colorize);
}

// ANSI styles of the reference's --color output: bold red/yellow/cyan for the severity, bold blue for the rest.
const SEVERITY_STYLE = { error: '\x1b[1;31m', warning: '\x1b[1;33m', info: '\x1b[1;36m' } as const;
const BLUE = '\x1b[1;34m';
const RESET = '\x1b[0m';

function formatPrettyEntry(e: ReportEntry, fileName: string, lines: string[], colorize: boolean): string {
  const paint = (text: string, style: string) => (colorize ? style + text + RESET : text);
  const line = e.line;
  const col = e.col;
  if (line === undefined || col === undefined || line < 1 || line > lines.length || col < 1 || col > lines[line - 1].length) {
    return formatRawEntry(e) + '\n';
  }
  const path = e.path && e.path.length > 0 ? `[${formatPath(e.path)}]` : '';
  let out = `${paint(KIND_WORD[e.kind], SEVERITY_STYLE[e.kind])}${path}:\n  ${paint('-->', BLUE)} ${fileName}:${line}:${col}\n`;
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const gutter = String(last).length;
  const blank = ' '.repeat(gutter);
  out += ` ${blank} |\n`;
  for (let n = first; n <= last; n++) {
    out += ` ${paint(String(n).padStart(gutter), BLUE)} | ${lines[n - 1]}\n`;
    if (n === line) {
      const text = lines[n - 1];
      const rest = text.slice(col - 1);
      const ws = rest.search(/\s/);
      const width = ws === -1 ? rest.length : ws;
      out += ` ${blank} | ${' '.repeat(col - 1)}${paint('^'.repeat(width), BLUE)} ${e.message}\n`;
    }
  }
  out += ` ${blank} |\n`;
  return out;
}
