// Public surface of the pure core, shared by the CLI, the language server and the tests.
export * from './types';
export { transpile, transpileParsed } from './pipeline';
export { formatRawEntry, formatRawReport, formatPrettyReport, rawReportChunks, prettyReportChunks } from './report-format';
