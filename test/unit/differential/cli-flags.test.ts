// Regression tests from differential runs against the reference butane v0.29.0 binary:
// every expected value below is what the reference printed for the same argv (flag parsing of
// spf13/pflag, Go's os error texts, --color output).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import { USAGE_OPTIONS } from '../../../server/src/cli/flags';

const WARN_BU = 'variant: fcos\nversion: 1.5.0\nbogus: 1\n';
const ERR_BU = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: a\n      mode: 0644\n';

function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'butane-diff-'));
  fs.writeFileSync(path.join(dir, 'warn.bu'), WARN_BU);
  fs.writeFileSync(path.join(dir, 'err.bu'), ERR_BU);
  fs.mkdirSync(path.join(dir, 'adir'));
  return dir;
}

function run(argv: string[]) {
  const cwd = scratch();
  let stdout = '';
  let stderr = '';
  const status = runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
  fs.rmSync(cwd, { recursive: true, force: true });
  return { status, stdout, stderr };
}

/** The reference prints the usage before the parse error (the program name differs by design). */
function afterUsage(stderr: string): string {
  const i = stderr.indexOf(USAGE_OPTIONS);
  assert.ok(i >= 0, 'usage printed');
  return stderr.slice(i + USAGE_OPTIONS.length);
}

test('usage lists the flags in the reference\'s columns, with --color\'s optional value', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /\n {6}--color string\[="always"\] {3}control color output: "auto", "always", or "never" \(default "auto"\)\n/);
  assert.match(r.stdout, /\n {2}-c, --check {21}check config without producing output\n/);
});

const PARSE_ERRORS: [string[], string][] = [
  [['--bogus', 'warn.bu'], 'unknown flag: --bogus\n'],
  [['-hx'], "unknown shorthand flag: 'x' in -x\n"],
  [['-d'], "flag needs an argument: 'd' in -d\n"],
  [['--files-dir'], 'flag needs an argument: --files-dir\n'],
  [['--strict=yes', 'warn.bu'], 'invalid argument "yes" for "-s, --strict" flag: strconv.ParseBool: parsing "yes": invalid syntax\n'],
  [['---x', 'warn.bu'], 'bad flag syntax: ---x\n'],
];
for (const [argv, message] of PARSE_ERRORS) {
  test(`flag error ${argv.join(' ')}: usage, then "${message.trim()}", status 2`, () => {
    const r = run(argv);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(afterUsage(r.stderr), message);
  });
}

test('--input is deprecated: the notice comes before the usage for two inputs', () => {
  const r = run(['--input=warn.bu', 'extra']);
  assert.equal(r.status, 2);
  assert.ok(r.stderr.startsWith('Flag --input has been deprecated, specify filename directly on command line\nUsage: '));
});

test('--input still reads the file, after the deprecation notice', () => {
  const r = run(['--raw-errors', '--input', 'warn.bu']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '{"ignition":{"version":"3.4.0"}}\n');
  assert.equal(r.stderr, 'Flag --input has been deprecated, specify filename directly on command line\nwarning at $.bogus, line 3 col 1: unused key bogus\n');
});

test('a directory as input fails on read, as in Go', () => {
  const r = run(['adir']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'failed to read adir: read adir: is a directory\n');
});

test('an output file that cannot be created: Go error text', () => {
  const r = run(['--raw-errors', '-o', 'nodir/out.json', 'warn.bu']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'warning at $.bogus, line 3 col 1: unused key bogus\nfailed to open nodir/out.json: open nodir/out.json: no such file or directory\n');
  const d = run(['--raw-errors', '-o', 'adir', 'warn.bu']);
  assert.equal(d.stderr, 'warning at $.bogus, line 3 col 1: unused key bogus\nfailed to open adir: open adir: is a directory\n');
});

test('--color=always colours the pretty report like the reference', () => {
  const r = run(['--color=always', 'err.bu']);
  assert.equal(r.status, 1);
  const B = '\x1b[1;34m';
  const Z = '\x1b[0m';
  assert.equal(
    r.stderr,
    `\x1b[1;31merror${Z}[$.storage.files.0.path]:\n  ${B}-->${Z} err.bu:5:13\n   |\n` +
      ` ${B}3${Z} | storage:\n ${B}4${Z} |   files:\n ${B}5${Z} |     - path: a\n   |             ${B}^${Z} path not absolute\n` +
      ` ${B}6${Z} |       mode: 0644\n ${B}7${Z} | \n   |\nError translating config: config generated was invalid\n`,
  );
});

test('--color with an unknown value, or never/no, prints no colour', () => {
  for (const c of ['--color=bad', '--color=never', '--color=no']) {
    const r = run([c, 'warn.bu']);
    assert.equal(r.status, 0);
    assert.ok(r.stderr.startsWith('warning[$.bogus]:\n  --> warn.bu:3:1\n'), c);
  }
});

test('--color without a value means always, so a following word is an input file', () => {
  const r = run(['--color', 'never', 'warn.bu']);
  assert.equal(r.status, 2);
  assert.ok(r.stderr.startsWith('Usage: '));
});

test('bool shorthands accept =value and combine with a string shorthand', () => {
  const a = run(['-s=false', '--raw-errors', 'warn.bu']);
  assert.equal(a.status, 0);
  const b = run(['-ps', '--raw-errors', 'warn.bu']);
  assert.equal(b.status, 1);
  assert.equal(b.stderr, 'warning at $.bogus, line 3 col 1: unused key bogus\nConfig produced warnings and --strict was specified\n');
});
