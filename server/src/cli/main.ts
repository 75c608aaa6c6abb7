// butane-ts: a command line compatible with the reference `butane`, over the shared core.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { transpile, rawReportChunks, prettyReportChunks } from '../core';
import { NodeFileHost } from '../node/file-host';
import { VERSION_TEXT } from '../version';
import { parseFlags, FlagError, USAGE_OPTIONS, wantsColor } from './flags';
import { goPathError } from './go-errors';

/** Where the CLI reads and writes; the real process, or a capture for in-process tests. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Uint8Array;
  /** Whether stderr is a terminal, for `--color=auto` (the reference also honours NO_COLOR). */
  stderrIsTTY?: boolean;
}

/** Runs one CLI invocation and returns its exit status. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    return main(argv, io);
  } catch (err) {
    // Never show a JavaScript stack trace to a user; say what happened and fail like the reference.
    io.stderr(`Error translating config: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}

function main(argv: string[], io: CliIo): number {
  const progName = 'butane-ts';
  const usage = `Usage: ${progName} [options] [input-file]\n${USAGE_OPTIONS}`;
  let flags;
  try {
    flags = parseFlags(argv, (text) => io.stderr(text));
  } catch (err) {
    if (err instanceof FlagError) {
      // The flag library prints the usage first, then the reason.
      io.stderr(`${usage}${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const colorize = wantsColor(flags.color, () => (io.stderrIsTTY ?? false) && process.env.NO_COLOR === undefined);
  if (flags.args.length === 1 && flags.input === '') flags.input = flags.args[0];
  else if (flags.args.length > 0) {
    io.stderr(usage);
    return 2;
  }
  if (flags.help) {
    io.stdout(usage);
    return 0;
  }
  if (flags.version) {
    io.stdout(VERSION_TEXT + '\n');
    return 0;
  }

  let data: Uint8Array;
  const fileName = flags.input !== '' ? flags.input : '<stdin>';
  try {
    data = flags.input !== '' ? fs.readFileSync(nodePath.resolve(io.cwd, flags.input)) : io.readStdin();
  } catch (err) {
    // Opening a directory succeeds in Go; reading it is what fails.
    const failedRead = (err as NodeJS.ErrnoException)?.syscall === 'read';
    io.stderr(failedRead ? `failed to read ${fileName}: ${goPathError(err, 'read', fileName)}\n` : `failed to open ${fileName}: ${goPathError(err, 'open', fileName)}\n`);
    return 1;
  }

  const result = transpile(data, {
    filesDir: flags.filesDir === '' ? undefined : flags.filesDir,
    raw: flags.raw,
    pretty: flags.pretty,
    strict: flags.strict,
    host: new NodeFileHost(io.cwd),
  });

  // Nothing to report (the usual case): spare decoding and splitting the whole input.
  if (result.report.length > 0) writeReport(io, flags.rawErrors ? rawReportChunks(result.report) : prettyReportChunks(result.report, fileName, Buffer.from(data).toString('utf8'), colorize));

  if (result.fatal !== undefined || result.output === undefined) {
    io.stderr(`Error translating config: ${result.fatal ?? 'unknown error'}\n`);
    return 1;
  }
  if (flags.strict && result.report.length > 0) {
    io.stderr('Config produced warnings and --strict was specified\n');
    return 1;
  }
  if (!flags.check) {
    const bytes = result.output + '\n';
    if (flags.output !== '') {
      try {
        fs.writeFileSync(nodePath.resolve(io.cwd, flags.output), bytes, { mode: 0o644 });
      } catch (err) {
        io.stderr(`failed to open ${flags.output}: ${goPathError(err, 'open', flags.output)}\n`);
        return 1;
      }
    } else {
      io.stdout(bytes);
    }
  }
  return 0;
}

/** Writes the report in pieces of bounded size: a report can be larger than one JavaScript string may be. */
function writeReport(io: CliIo, chunks: Iterable<string>): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length > 1 << 16) {
      io.stderr(pending);
      pending = '';
    }
  }
  if (pending) io.stderr(pending);
}
