// Deterministic fuzz inputs: every input is a pure function of (seed, index), so any failure can be
// replayed from its id alone ("SEED:INDEX"). Inputs are corpus configs put through a few mutations
// (byte flips, truncation, indentation shifts, duplicated/deleted/swapped lines, spliced YAML
// fragments, lines from other configs) or configs generated from scratch out of Butane field names.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CASES_DIR = path.resolve(__dirname, '../../../shared/conformance/cases');

/** mulberry32: small, fast, good enough to pick mutations; the whole stream follows from one 32-bit state. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Mixes the run seed and the input index into one independent stream per input. */
export function inputRng(seed: number, index: number): Rng {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f35) >>> 0;
  return new Rng(h ^ (h >>> 13));
}

export interface CorpusInput {
  id: string;
  dir: string;
  bytes: Uint8Array;
  /** The case's flags, minus anything that writes files. */
  args: string[];
}

let corpusCache: CorpusInput[] | undefined;

export function loadCorpusInputs(): CorpusInput[] {
  if (corpusCache) return corpusCache;
  const out: CorpusInput[] = [];
  if (fs.existsSync(CASES_DIR)) {
    for (const id of fs.readdirSync(CASES_DIR).sort()) {
      const dir = path.join(CASES_DIR, id);
      const inputPath = path.join(dir, 'input.bu');
      if (!fs.existsSync(inputPath)) continue;
      let args: string[] = [];
      try {
        args = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')).args ?? [];
      } catch {
        args = [];
      }
      out.push({ id, dir, bytes: fs.readFileSync(inputPath), args: safeArgs(args) });
    }
  }
  // A built-in seed keeps the fuzzer useful without the shared corpus.
  if (out.length === 0) {
    const text = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/motd\n      mode: 0644\n      contents:\n        inline: hi\n';
    out.push({ id: 'builtin', dir: process.cwd(), bytes: Buffer.from(text), args: [] });
  }
  corpusCache = out;
  return out;
}

/** Drops output flags (the fuzzer never writes files) and the input path (input comes on stdin). */
function safeArgs(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') {
      i++;
      continue;
    }
    if (a.startsWith('--output=') || (a.startsWith('-o') && a.length > 2)) continue;
    if (!a.startsWith('-') && (i === 0 || !['-d', '--files-dir'].includes(args[i - 1]))) continue;
    out.push(a);
  }
  return out;
}

const YAML_FRAGMENTS = [
  '&a ', '*a', '<<: *a', '<<: [*a, *a]', '{', '}', '[', ']', ', ', ': ', '- ', '? ', '!!int ', '!!str ', '!!binary ',
  '!!map ', '!!seq ', '!custom ', '|', '|-', '>', '>+2', '"', "'", '#', '%YAML 1.1\n', '---\n', '...\n', '\t', '\0',
  '\ufeff', '\r\n', '\r', '\u2028', '\ud83d\ude00', '\\', '\\x', '\\u00', '~', 'null', 'yes', 'on', '0x1F', '0o17',
  '0644', '1e400', '-.inf', '.nan', '9223372036854775808', '-0', '0b101', '@', '`', '\u0085', '\u00a0', '\u000b',
  'local: ../../etc/passwd', 'local: /etc/passwd', 'source: data:,x', 'source: data:;base64,@@', 'inline: ""',
  'compression: gzip', 'verification:\n  hash: sha512-00', 'local: ../', 'trees:\n  - local: ..', 'variant: fcos\nversion: 1.6.0\n',
];

const FIELD_NAMES = [
  'variant', 'version', 'ignition', 'config', 'merge', 'replace', 'timeouts', 'security', 'tls', 'proxy', 'storage',
  'files', 'directories', 'links', 'trees', 'disks', 'partitions', 'raid', 'filesystems', 'luks', 'path', 'contents',
  'inline', 'local', 'source', 'compression', 'verification', 'hash', 'mode', 'user', 'group', 'id', 'name',
  'overwrite', 'append', 'target', 'hard', 'systemd', 'units', 'enabled', 'mask', 'dropins', 'passwd', 'users',
  'groups', 'ssh_authorized_keys', 'ssh_authorized_keys_local', 'password_hash', 'kernel_arguments', 'should_exist',
  'should_not_exist', 'boot_device', 'mirror', 'devices', 'grub', 'format', 'wipe_filesystem', 'with_mount_unit',
  'device', 'label', 'size_mib', 'start_mib', 'number', 'type_guid', 'clevis', 'tang', 'tpm2', 'threshold', 'url',
  'thumbprint', 'options', 'mount_options', 'http_headers', 'value', 'metadata', 'openshift', 'fips', 'extensions',
  'kernel_type', 'layout', 'bogus_key',
];

const HEADERS = [
  ['fcos', '1.0.0'], ['fcos', '1.4.0'], ['fcos', '1.5.0'], ['fcos', '1.6.0'], ['fcos', '1.7.0-experimental'],
  ['flatcar', '1.0.0'], ['flatcar', '1.1.0'], ['openshift', '4.14.0'], ['openshift', '4.21.0'], ['openshift', '4.22.0-experimental'],
  ['rhcos', '0.1.0'], ['fiot', '1.0.0'], ['r4e', '1.0.0'], ['r4e', '1.1.0'], ['nope', '9.9.9'], ['fcos', '1.5'],
];

function randomScalar(rng: Rng): string {
  return rng.pick([
    () => String(rng.int(100000)),
    () => '0' + rng.int(0o7777).toString(8),
    () => '/' + rng.pick(FIELD_NAMES) + '/' + rng.pick(FIELD_NAMES),
    () => rng.pick(['true', 'false', 'yes', 'no', 'null', '~', '""', "''", '-1', '1.5', '0x10']),
    () => JSON.stringify(rng.pick(FIELD_NAMES) + ' ' + rng.int(10)),
    () => rng.pick(YAML_FRAGMENTS).replace(/\n/g, ' '),
    () => 'data:,' + rng.pick(FIELD_NAMES),
    () => 'https://example.com/' + rng.pick(FIELD_NAMES),
    () => 'sha512-' + 'ab'.repeat(rng.int(70)),
  ])();
}

/** A random YAML tree of Butane-ish keys, block or flow style. */
function randomNode(rng: Rng, indent: number, depth: number): string {
  const pad = ' '.repeat(indent);
  const roll = depth > 5 ? 0 : rng.int(4);
  if (roll === 0) return ' ' + randomScalar(rng) + '\n';
  if (roll === 1) {
    let s = '\n';
    for (let i = rng.int(4); i >= 0; i--) s += `${pad}-${randomNode(rng, indent + 2, depth + 1).replace(/^\n {0,}/, ' ')}`;
    return s;
  }
  if (roll === 2) {
    const items = Array.from({ length: rng.int(4) }, () => `${rng.pick(FIELD_NAMES)}: ${randomScalar(rng).replace(/[,{}\[\]]/g, '')}`);
    return ` {${items.join(', ')}}\n`;
  }
  let s = '\n';
  for (let i = rng.int(5); i >= 0; i--) s += `${pad}${rng.pick(FIELD_NAMES)}:${randomNode(rng, indent + 2, depth + 1)}`;
  return s;
}

export function generateConfig(rng: Rng): string {
  const [variant, version] = rng.pick(HEADERS);
  let s = `variant: ${variant}\nversion: ${version}\n`;
  if (variant === 'openshift') s += `metadata:\n  name: fuzz\n  labels:\n    machineconfiguration.openshift.io/role: worker\n`;
  for (let i = rng.int(5); i >= 0; i--) s += `${rng.pick(['ignition', 'storage', 'systemd', 'passwd', 'kernel_arguments', 'boot_device', 'grub', 'openshift', rng.pick(FIELD_NAMES)])}:${randomNode(rng, 2, 1)}`;
  return s;
}

type Mutator = (bytes: Uint8Array, rng: Rng, corpus: CorpusInput[]) => Uint8Array;

const enc = new TextEncoder();
const toText = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const fromText = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
const lines = (b: Uint8Array) => toText(b).split('\n');
const join = (ls: string[]) => fromText(ls.join('\n'));

const MUTATORS: Record<string, Mutator> = {
  byteFlip(b, rng) {
    const out = Uint8Array.from(b);
    if (out.length === 0) return out;
    for (let n = 1 + rng.int(4); n > 0; n--) {
      const i = rng.int(out.length);
      out[i] = rng.chance(0.5) ? out[i] ^ (1 << rng.int(8)) : rng.pick([0, 9, 10, 13, 32, 34, 35, 38, 42, 45, 58, 91, 123, 0x7f, 0x80, 0xc3, 0xef, 0xff]);
    }
    return out;
  },
  truncate(b, rng) {
    return b.subarray(0, rng.int(b.length + 1));
  },
  indentShift(b, rng) {
    const ls = lines(b);
    const i = rng.int(ls.length);
    const count = 1 + rng.int(Math.min(4, ls.length - i));
    for (let k = i; k < i + count; k++) {
      if (rng.chance(0.5)) ls[k] = rng.pick([' ', '  ', '    ', '\t', ' \t']) + ls[k];
      else ls[k] = ls[k].replace(/^ {1,4}/, '');
    }
    return join(ls);
  },
  duplicateLine(b, rng) {
    const ls = lines(b);
    const i = rng.int(ls.length);
    const n = 1 + rng.int(3);
    ls.splice(i, 0, ...ls.slice(i, i + n));
    return join(ls);
  },
  deleteLine(b, rng) {
    const ls = lines(b);
    ls.splice(rng.int(ls.length), 1 + rng.int(3));
    return join(ls);
  },
  swapLines(b, rng) {
    const ls = lines(b);
    const i = rng.int(ls.length);
    const j = rng.int(ls.length);
    [ls[i], ls[j]] = [ls[j], ls[i]];
    return join(ls);
  },
  insertYaml(b, rng) {
    const t = toText(b);
    const at = rng.int(t.length + 1);
    const frag = Buffer.from(rng.pick(YAML_FRAGMENTS), 'utf8').toString('latin1');
    return fromText(t.slice(0, at) + frag + t.slice(at));
  },
  spliceOtherConfig(b, rng, corpus) {
    const ls = lines(b);
    const other = lines(rng.pick(corpus).bytes);
    const from = rng.int(other.length);
    ls.splice(rng.int(ls.length + 1), 0, ...other.slice(from, from + 1 + rng.int(6)));
    return join(ls);
  },
  randomSubtree(b, rng) {
    const ls = lines(b);
    const i = rng.int(ls.length);
    const indent = /^ */.exec(ls[i] ?? '')![0].length;
    const sub = `${rng.pick(FIELD_NAMES)}:${randomNode(rng, indent + 2, 2)}`.replace(/\n$/, '');
    ls.splice(i, 0, ' '.repeat(indent) + sub);
    return join(ls);
  },
  crlf(b) {
    return fromText(toText(b).replace(/\n/g, '\r\n'));
  },
  bom(b) {
    return Uint8Array.from([0xef, 0xbb, 0xbf, ...b]);
  },
};
const MUTATOR_NAMES = Object.keys(MUTATORS);

const EXTRA_FLAGS = [[], [], [], ['--pretty'], ['--raw'], ['--strict'], ['--check'], ['--raw-errors'], ['-p', '-s', '-r']];

export interface FuzzInput {
  id: string;
  /** How it was made, for the failure report. */
  origin: string;
  bytes: Uint8Array;
  args: string[];
  cwd: string;
}

export function makeInput(seed: number, index: number): FuzzInput {
  const rng = inputRng(seed, index);
  const corpus = loadCorpusInputs();
  const id = `${seed}:${index}`;
  if (rng.chance(0.15)) {
    const base = rng.pick(corpus);
    return { id, origin: 'generated', bytes: enc.encode(generateConfig(rng)), args: rng.pick(EXTRA_FLAGS), cwd: base.dir };
  }
  const base = rng.pick(corpus);
  let bytes: Uint8Array = base.bytes;
  const steps: string[] = [];
  for (let n = 1 + rng.int(4); n > 0; n--) {
    const name = rng.pick(MUTATOR_NAMES);
    // Whole-file rewrites are rarer than local damage.
    if ((name === 'crlf' || name === 'bom') && !rng.chance(0.3)) continue;
    steps.push(name);
    bytes = MUTATORS[name](bytes, rng, corpus);
  }
  const args = [...base.args, ...rng.pick(EXTRA_FLAGS)];
  return { id, origin: `${base.id} ${steps.join('+')}`, bytes, args, cwd: base.dir };
}
