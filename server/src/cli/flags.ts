// Command-line flags parsed the way the reference's flag library (spf13/pflag v1.0.10) does:
// same spellings, same error texts, usage printed before the error, deprecation notices at the
// moment the flag is set. Only the behaviour observable from butane's flag set is modelled.

export interface CliFlags {
  help: boolean;
  version: boolean;
  debug: boolean;
  check: boolean;
  strict: boolean;
  pretty: boolean;
  raw: boolean;
  rawErrors: boolean;
  color: string;
  input: string;
  output: string;
  filesDir: string;
  /** Positional arguments, in order. */
  args: string[];
}

type FlagKey = Exclude<keyof CliFlags, 'args'>;

interface FlagSpec {
  name: string;
  shorthand?: string;
  key: FlagKey;
  kind: 'bool' | 'string';
  /** Value used when the flag is given without one (`--color`); bools always use "true". */
  noOptDefVal?: string;
  deprecated?: string;
}

const FLAG_SPECS: FlagSpec[] = [
  { name: 'help', shorthand: 'h', key: 'help', kind: 'bool' },
  { name: 'version', shorthand: 'V', key: 'version', kind: 'bool' },
  { name: 'debug', shorthand: 'D', key: 'debug', kind: 'bool' },
  { name: 'check', shorthand: 'c', key: 'check', kind: 'bool' },
  { name: 'strict', shorthand: 's', key: 'strict', kind: 'bool' },
  { name: 'pretty', shorthand: 'p', key: 'pretty', kind: 'bool' },
  { name: 'raw', shorthand: 'r', key: 'raw', kind: 'bool' },
  { name: 'raw-errors', key: 'rawErrors', kind: 'bool' },
  { name: 'color', key: 'color', kind: 'string', noOptDefVal: 'always' },
  { name: 'colour', key: 'color', kind: 'string', noOptDefVal: 'always' },
  { name: 'input', key: 'input', kind: 'string', deprecated: 'specify filename directly on command line' },
  { name: 'output', shorthand: 'o', key: 'output', kind: 'string' },
  { name: 'files-dir', shorthand: 'd', key: 'filesDir', kind: 'string' },
];

const BY_NAME = new Map(FLAG_SPECS.map((f) => [f.name, f]));
const BY_SHORTHAND = new Map(FLAG_SPECS.filter((f) => f.shorthand).map((f) => [f.shorthand!, f]));

/** The visible flags as the reference's usage lists them (hidden: debug, colour, input). */
export const USAGE_OPTIONS = `Options:
  -c, --check                     check config without producing output
      --color string[="always"]   control color output: "auto", "always", or "never" (default "auto")
  -d, --files-dir string          allow embedding local files from this directory
  -h, --help                      show usage and exit
  -o, --output string             write to output file instead of stdout
  -p, --pretty                    output formatted json
  -r, --raw                       never wrap in a MachineConfig; force Ignition output
      --raw-errors                show raw errors, rather than pretty printing them
  -s, --strict                    fail on any warning
  -V, --version                   print the version and exit
`;

/** A parse failure: the caller prints the usage, then this message, and exits with status 2. */
export class FlagError extends Error {}

/** Go's %q for a string: double-quoted with Go escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** Go's %q for a single byte (rune): 'x'. */
function goQuoteRune(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '\\') return "'\\\\'";
  const inner = goQuote(c).slice(1, -1).replace(/\\"/g, '"');
  return `'${inner}'`;
}

/** strconv.ParseBool. */
function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/**
 * Parses `argv` (without the program name). `notice` receives the deprecation messages the flag
 * library prints while parsing. Throws FlagError on a bad command line.
 */
export function parseFlags(argv: readonly string[], notice: (text: string) => void): CliFlags {
  const flags: CliFlags = {
    help: false, version: false, debug: false, check: false, strict: false, pretty: false, raw: false,
    rawErrors: false, color: 'auto', input: '', output: '', filesDir: '', args: [],
  };
  const set = (spec: FlagSpec, value: string) => {
    if (spec.kind === 'bool') {
      const b = parseGoBool(value);
      if (b === undefined) {
        const shown = spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
        throw new FlagError(
          `invalid argument ${goQuote(value)} for ${goQuote(shown)} flag: strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`,
        );
      }
      (flags[spec.key] as boolean) = b;
    } else {
      (flags[spec.key] as string) = value;
    }
    if (spec.deprecated) notice(`Flag --${spec.name} has been deprecated, ${spec.deprecated}\n`);
  };
  const optionalValue = (spec: FlagSpec) => (spec.kind === 'bool' ? 'true' : spec.noOptDefVal);

  const rest = [...argv];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      flags.args.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        flags.args.push(...rest);
        break;
      }
      let name = s.slice(2);
      if (name[0] === '-' || name[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
      const eq = name.indexOf('=');
      const inline = eq >= 0 ? name.slice(eq + 1) : undefined;
      if (eq >= 0) name = name.slice(0, eq);
      const spec = BY_NAME.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      let value: string;
      if (inline !== undefined) value = inline;
      else if (optionalValue(spec) !== undefined) value = optionalValue(spec)!;
      else if (rest.length > 0) value = rest.shift()!;
      else throw new FlagError(`flag needs an argument: --${name}`);
      set(spec, value);
      continue;
    }
    // A run of shorthands: "-psd files", "-dfiles", "-d=files", "-s=false".
    let shorthands = s.slice(1);
    while (shorthands.length > 0) {
      const c = shorthands[0];
      const spec = BY_SHORTHAND.get(c);
      if (!spec) throw new FlagError(`unknown shorthand flag: ${goQuoteRune(c)} in -${shorthands}`);
      let value: string;
      let next = shorthands.slice(1);
      if (shorthands.length > 2 && shorthands[1] === '=') {
        value = shorthands.slice(2);
        next = '';
      } else if (optionalValue(spec) !== undefined) {
        value = optionalValue(spec)!;
      } else if (shorthands.length > 1) {
        value = shorthands.slice(1);
        next = '';
      } else if (rest.length > 0) {
        value = rest.shift()!;
      } else {
        throw new FlagError(`flag needs an argument: ${goQuoteRune(c)} in -${shorthands}`);
      }
      set(spec, value);
      shorthands = next;
    }
  }
  return flags;
}

/** The reference's --color decision: always/yes and never/no; auto asks the terminal; others mean no color. */
export function wantsColor(color: string, autoColor: () => boolean): boolean {
  if (color === 'always' || color === 'yes') return true;
  if (color === 'auto') return autoColor();
  return false;
}
