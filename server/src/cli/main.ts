// butane-ts: a command line compatible with the reference `butane`, over the shared core.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { transpile, formatRawReport, formatPrettyReport } from '../core';
import { NodeFileHost } from '../node/file-host';
import { VERSION_TEXT } from '../version';

/** Where the CLI reads and writes; the real process, or a capture for in-process tests. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Uint8Array;
}

interface CliFlags {
  help: boolean;
  version: boolean;
  check: boolean;
  strict: boolean;
  pretty: boolean;
  raw: boolean;
  rawErrors: boolean;
  output?: string;
  filesDir?: string;
  input?: string;
  color: string;
  args: string[];
}

const BOOL_FLAGS: Record<string, keyof CliFlags> = {
  help: 'help', version: 'version', check: 'check', strict: 'strict', pretty: 'pretty', raw: 'raw',
  'raw-errors': 'rawErrors', debug: 'help' /* hidden in the reference; accepted, no effect here */,
};
const SHORT_BOOL: Record<string, keyof CliFlags> = { h: 'help', V: 'version', c: 'check', s: 'strict', p: 'pretty', r: 'raw', D: 'help' };
const STRING_FLAGS: Record<string, keyof CliFlags> = { output: 'output', 'files-dir': 'filesDir', input: 'input', color: 'color', colour: 'color' };
const SHORT_STRING: Record<string, keyof CliFlags> = { o: 'output', d: 'filesDir' };

const USAGE_OPTIONS = `Options:
  -c, --check              check config without producing output
      --color string       control color output: "auto", "always", or "never" (default "auto")
  -d, --files-dir string   allow embedding local files from this directory
  -h, --help               show usage and exit
  -o, --output string      write to output file instead of stdout
  -p, --pretty             output formatted json
  -r, --raw                never wrap in a MachineConfig; force Ignition output
      --raw-errors         show raw errors, rather than pretty printing them
  -s, --strict             fail on any warning
  -V, --version            print the version and exit
`;

class UsageError extends Error {}

function parseArgs(argv: string[]): CliFlags {
  const f: CliFlags = {
    help: false, version: false, check: false, strict: false, pretty: false, raw: false, rawErrors: false,
    color: 'auto', args: [],
  };
  const set = (key: keyof CliFlags, value: unknown) => ((f as unknown as Record<string, unknown>)[key] = value);
  const parseBool = (name: string, v: string): boolean => {
    if (/^(1|t|T|TRUE|true|True)$/.test(v)) return true;
    if (/^(0|f|F|FALSE|false|False)$/.test(v)) return false;
    throw new UsageError(`invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      f.args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const inline = eq >= 0 ? a.slice(eq + 1) : undefined;
      if (name === 'debug') {
        if (inline !== undefined) parseBool(name, inline);
        continue;
      }
      if (name in BOOL_FLAGS) set(BOOL_FLAGS[name], inline === undefined ? true : parseBool(name, inline));
      else if (name in STRING_FLAGS) {
        if (inline !== undefined) set(STRING_FLAGS[name], inline);
        else if (name === 'color' || name === 'colour') set('color', 'always');
        else if (i + 1 < argv.length) set(STRING_FLAGS[name], argv[++i]);
        else throw new UsageError(`flag needs an argument: --${name}`);
      } else throw new UsageError(`unknown flag: --${name}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c in SHORT_BOOL) {
          if (c === 'D') continue;
          if (a[j + 1] === '=') {
            set(SHORT_BOOL[c], parseBool(c, a.slice(j + 2)));
            break;
          }
          set(SHORT_BOOL[c], true);
        } else if (c in SHORT_STRING) {
          let value = a.slice(j + 1);
          if (value.startsWith('=')) value = value.slice(1);
          else if (value === '') {
            if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: '${c}' in -${c}`);
            value = argv[++i];
          }
          set(SHORT_STRING[c], value);
          break;
        } else throw new UsageError(`unknown shorthand flag: '${c}' in ${a}`);
      }
      continue;
    }
    f.args.push(a);
  }
  return f;
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
  let flags: CliFlags;
  try {
    flags = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n${usage}`);
      return 2;
    }
    throw err;
  }
  if (flags.args.length === 1 && !flags.input) flags.input = flags.args[0];
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
  const fileName = flags.input ?? '<stdin>';
  try {
    data = flags.input ? fs.readFileSync(nodePath.resolve(io.cwd, flags.input)) : io.readStdin();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code === 'ENOENT' ? 'no such file or directory' : e.code === 'EISDIR' ? 'is a directory' : e.message;
    io.stderr(`failed to open ${fileName}: open ${fileName}: ${reason}\n`);
    return 1;
  }

  const result = transpile(data, {
    filesDir: flags.filesDir === '' ? undefined : flags.filesDir,
    raw: flags.raw,
    pretty: flags.pretty,
    strict: flags.strict,
    host: new NodeFileHost(io.cwd),
  });

  const source = Buffer.from(data).toString('utf8');
  io.stderr(flags.rawErrors ? formatRawReport(result.report) : formatPrettyReport(result.report, fileName, source));

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
    if (flags.output) {
      try {
        fs.writeFileSync(nodePath.resolve(io.cwd, flags.output), bytes, { mode: 0o644 });
      } catch (err) {
        io.stderr(`failed to open ${flags.output}: ${(err as Error).message}\n`);
        return 1;
      }
    } else {
      io.stdout(bytes);
    }
  }
  return 0;
}

