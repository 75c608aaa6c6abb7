// Hostile Butane inputs, built in code, with what the reference butane v0.29.0 answered for each
// (exit status, stderr, and a SHA-256 of stdout where the output is long). The expectations were
// recorded by running the reference binary on exactly these bytes as `butane <name>` (pretty
// errors), so file names appear in the messages as written here.

const HEADER = 'variant: fcos\nversion: 1.5.0\n';

export interface HostileCase {
  name: string;
  what: string;
  build(): Uint8Array;
  status: number;
  /** Exact stderr, when short. */
  stderr?: string;
  /** SHA-256 of stderr / stdout, when long. */
  stderrSha256?: string;
  stdoutSha256?: string;
  /** The reference prints these warnings in Go map order (random); compare them as a set. */
  warningSet?: string[];
  /** Heavy cases run only in the long suite (HOSTILE_LONG=1). */
  heavy?: boolean;
}

const text = (s: string) => Buffer.from(s, 'utf8');
const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** `{"ignition":{"version":"3.4.0"}}\n` */
const BARE_IGNITION_SHA = '110b3a5458b20da2427e960ed1859763b7c33df7246db2f833f4b1164172c59b';
/** `{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/a"}]}}\n` */
const ONE_FILE_SHA = 'f048841d2036c7f168b0796224dc56fab0de619eaa00604ff105d4bd837d659e';

function laughs(indent: string): string {
  let s = `${indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
  let prev = 'a';
  for (const n of 'bcdefghi') {
    s += `${indent}${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    prev = n;
  }
  return s;
}

function mergeBomb(): string {
  let s = 'x:\n  m0: &m0 {name: core}\n';
  for (let k = 1; k <= 9; k++) s += `  m${k}: &m${k} {<<: [${Array(9).fill(`*m${k - 1}`).join(',')}]}\n`;
  return s + 'passwd:\n  users:\n    - <<: *m9\n';
}

const yamlError = (msg: string) => `Error translating config: Error unmarshaling yaml: yaml: ${msg}\n`;

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'billion-laughs-unused.bu',
    what: 'billion laughs under keys Butane does not decode: never expanded, nine unused-key warnings',
    build: () => text(HEADER + laughs('')),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    warningSet: [...'abcdefghi'].map((k) => `warning[$.${k}]:`),
  },
  {
    name: 'billion-laughs-merged.bu',
    what: 'nine levels of nine-fold merge keys decoded into a user: yaml.v3 stops at excessive aliasing',
    build: () => text(HEADER + mergeBomb()),
    status: 1,
    stderr: 'Error translating config: yaml: document contains excessive aliasing\n',
  },
  {
    name: 'merge-loop.bu',
    what: 'a mapping that merges itself',
    build: () => text(HEADER + 'passwd: &p\n  <<: *p\n'),
    status: 1,
    stderr: "Error translating config: yaml: anchor 'p' value contains itself\n",
  },
  {
    name: 'merge-loop-known.bu',
    what: 'a merge loop beside a known field',
    build: () => text(HEADER + 'kernel_arguments: &k\n  should_exist: [a]\n  <<: *k\n'),
    status: 1,
    stderr: "Error translating config: yaml: anchor 'k' value contains itself\n",
  },
  {
    name: 'alias-loop.bu',
    what: 'an alias to its own enclosing mapping',
    build: () => text(HEADER + 'storage: &s\n  files: *s\n'),
    status: 1,
    stderr: 'Error translating config: yaml: unmarshal errors:\n  line 3: cannot unmarshal !!map into []v0_5.File\n',
  },
  {
    name: 'alias-self-decoded.bu',
    what: 'ignition.config aliasing its parent',
    build: () => text(HEADER + 'ignition: &s\n  config: *s\n'),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    stderrSha256: 'c36bd69a11b0e6be48671d164e986b964e5bd791a27ad66507012b2a9721feaa',
  },
  {
    name: 'deep-flow-seq.bu',
    what: '20,000-deep flow sequences: depth limit',
    build: () => text(HEADER + 'x: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n'),
    status: 1,
    stderr: yamlError('line 3: exceeded max depth of 10000'),
  },
  {
    name: 'deep-flow-map.bu',
    what: '20,000-deep flow mappings: depth limit',
    build: () => text(HEADER + 'x: ' + '{a: '.repeat(20000) + '}'.repeat(20000) + '\n'),
    status: 1,
    stderr: yamlError('line 3: exceeded max depth of 10000'),
  },
  {
    name: 'deep-flow-unclosed.bu',
    what: '20,000 unclosed brackets',
    build: () => text(HEADER + 'x: ' + '['.repeat(20000) + '\n'),
    status: 1,
    stderr: yamlError('line 3: exceeded max depth of 10000'),
  },
  {
    name: 'deep9k-seq.bu',
    what: '9,990-deep flow sequences (just under the limit) under an unknown key',
    build: () => text(HEADER + 'x: ' + '['.repeat(9990) + ']'.repeat(9990) + '\n'),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    stderrSha256: '60073352fb9acc68c7d52ad5ce802892043e3306d97cf24dc891463c7593abf3',
  },
  {
    name: 'deep9k-map-known.bu',
    what: '9,990-deep flow mappings under storage',
    build: () => text(HEADER + 'storage: ' + '{a: '.repeat(9990) + '1' + '}'.repeat(9990) + '\n'),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    stderrSha256: '246b1b5279d46bf4718775365080c85e799529a6db1e24b7d92dd156aac39143',
  },
  {
    name: 'deep-block.bu',
    what: '3,000 nested block mappings',
    build: () => text(HEADER + Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + `k${i}:\n`).join('')),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    stderrSha256: 'c26acaf4b4bf66de1270316a4cbda886a6ebf21a80b4dfd28e875c0b8d985301',
  },
  {
    name: 'deep-seq.bu',
    what: '3,000 nested block sequences',
    build: () => text(HEADER + 'x:\n' + Array.from({ length: 3000 }, (_, i) => ' '.repeat(2 * i) + '- \n').join('')),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    stderrSha256: 'd76216a89a2fcfb97895ffedc179ed9597e202cf867d90656feac14370cdbecf',
  },
  {
    name: 'compact-seq.bu',
    what: '20,000 compact sequence dashes on one line',
    build: () => text(HEADER + 'x: ' + '- '.repeat(20000) + '\n'),
    status: 1,
    stderr: yamlError('line 3: block sequence entries are not allowed in this context'),
  },
  {
    name: 'long-line.bu',
    what: 'a 2 MB inline value on one line (gzip-compressed in the output)',
    build: () => text(HEADER + 'storage:\n  files:\n    - path: /a\n      contents:\n        inline: ' + 'x'.repeat(2_000_000) + '\n'),
    status: 0,
    stdoutSha256: 'abb8830abb0bcfcee39aa9e9634364e5de2a9bdf43ab119b99846837abfb4c06',
    stderr: '',
  },
  {
    name: 'long-key.bu',
    what: 'a 2 MB plain key: simple keys are limited to 1024 characters',
    build: () => text(HEADER + 'k'.repeat(2_000_000) + ': 1\n'),
    status: 1,
    stderr: yamlError("line 3: could not find expected ':'"),
  },
  {
    name: 'big-comment.bu',
    what: 'a 40 MB config of comments',
    build: () => text(HEADER + ('# ' + 'c'.repeat(78) + '\n').repeat(500000)),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    stderr: '',
  },
  {
    name: 'big-block.bu',
    what: 'a 40 MB literal block scalar embedded as a file',
    build: () => text(HEADER + 'storage:\n  files:\n    - path: /big\n      contents:\n        inline: |\n' + ('          ' + 'line of text '.repeat(5) + '\n').repeat(530000)),
    status: 0,
    stdoutSha256: '7b3e1a1bf9c0ecaee522ab1543115d1a42360701041a9a89cf87201d396dd1a4',
    stderr: '',
    heavy: true,
  },
  {
    name: 'invalid-utf8-leading.bu',
    what: 'a stray 0xff byte',
    build: () => Buffer.concat([text(HEADER + 'storage:\n  files:\n    - path: /a'), Buffer.from([0xff, 0xfe]), text('\n')]),
    status: 1,
    stderr: yamlError('invalid leading UTF-8 octet'),
  },
  {
    name: 'invalid-utf8-trailing.bu',
    what: 'a truncated two-byte sequence at the start',
    build: () => Buffer.concat([Buffer.from([0xc3, 0x28]), text(HEADER)]),
    status: 1,
    stderr: yamlError('invalid trailing UTF-8 octet'),
  },
  {
    name: 'nul-in-value.bu',
    what: 'a NUL byte after a key',
    build: () => text(HEADER + 'storage:\0\n'),
    status: 1,
    stderr: yamlError('control characters are not allowed'),
  },
  {
    name: 'nul-in-header.bu',
    what: 'a NUL byte in the variant line',
    build: () => text('variant: fcos\0\nversion: 1.5.0\n'),
    status: 1,
    stderr: yamlError('control characters are not allowed'),
  },
  {
    name: 'crlf-bom.bu',
    what: 'UTF-8 BOM and CRLF line ends',
    build: () => text('\ufeff' + (HEADER + 'storage:\n  files:\n    - path: /a\n').replace(/\n/g, '\r\n')),
    status: 0,
    stdoutSha256: ONE_FILE_SHA,
    stderr: '',
  },
  {
    name: 'utf16le-bom.bu',
    what: 'UTF-16LE with a BOM (yaml.v3 decodes it)',
    build: () => Buffer.from('\ufeff' + HEADER, 'utf16le'),
    status: 0,
    stdoutSha256: BARE_IGNITION_SHA,
    stderr: '',
  },
  {
    name: 'tab-indent.bu',
    what: 'a tab used as indentation',
    build: () => text(HEADER + 'storage:\n\tfiles: []\n'),
    status: 1,
    stderr: yamlError('line 4: found character that cannot start any token'),
  },
  {
    name: 'tab-separator.bu',
    what: 'a tab after a colon (allowed)',
    build: () => text(HEADER + 'storage:\n  files:\n    - path:\t/a\n'),
    status: 0,
    stdoutSha256: ONE_FILE_SHA,
    stderr: '',
  },
];

export { EMPTY_SHA };
