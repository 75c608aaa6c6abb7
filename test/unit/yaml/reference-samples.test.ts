// Small inputs with what gopkg.in/yaml.v3 (the copy vendored in Butane v0.29.0) produced for
// them: the error text, or the node tree as "value|tag|line:col" (keys JSON-encoded). They
// pin down corners the corpus does not reach: BOM handling, line separators, comments
// between tabs, escapes, block scalar indicators, tags and directives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, YNode } from '../../../server/src/core/yaml';

function dump(n: YNode | null): unknown {
  if (!n) return null;
  switch (n.kind) {
    case 'scalar':
      return `${n.value}|${n.tag}|${n.line}:${n.col}`;
    case 'alias':
      return `*${n.name}|${n.line}:${n.col}`;
    case 'seq':
      return n.items.map(dump);
    case 'map':
      return Object.fromEntries(n.entries.map((e) => [JSON.stringify(dump(e.key)), dump(e.value)]));
  }
}

const SAMPLES: [string, unknown][] = [
  ["\ufeff\ufeffa: 1\nb: 2\n", "yaml: line 1: did not find expected key"],
  ["a: 1\n\ufeffb: 2\n", {"\"a|!!str|1:1\"":"1|!!int|1:4","\"\ufeffb|!!str|2:1\"":"2|!!int|2:5"}],
  ["a: 1\n# c\n\t# d\nb: 2\n", {"\"a|!!str|1:1\"":"1|!!int|1:4","\"b|!!str|4:1\"":"2|!!int|4:4"}],
  ["a: [\t# c\n  1]\n", {"\"a|!!str|1:1\"":["1|!!int|2:3"]}],
  ["a: b\n\u2028c: d\n", {"\"a|!!str|1:1\"":"b|!!str|1:4","\"c|!!str|3:1\"":"d|!!str|3:4"}],
  ["a: b\u0085c: d\n", {"\"a|!!str|1:1\"":"b|!!str|1:4","\"c|!!str|2:1\"":"d|!!str|2:4"}],
  ["a: b\r\nc: d\r\n", {"\"a|!!str|1:1\"":"b|!!str|1:4","\"c|!!str|2:1\"":"d|!!str|2:4"}],
  ["a: \"x\\ty\\u00e9\\U0001F600\\x41\"\n", {"\"a|!!str|1:1\"":"x\tyé😀A|!!str|1:4"}],
  ["a: \"bad \\q escape\"\n", "yaml: found unknown escape character"],
  ["a: 'it''s'\n", {"\"a|!!str|1:1\"":"it's|!!str|1:4"}],
  ["a: |2\n   x\n  y\n", {"\"a|!!str|1:1\"":" x\ny\n|!!str|1:4"}],
  ["a: |0\n  x\n", "yaml: found an indentation indicator equal to 0"],
  ["a: >\n  folded\n  more\n\n  para\n", {"\"a|!!str|1:1\"":"folded more\npara\n|!!str|1:4"}],
  ["? [a, b]\n: c\n", {"[\"a|!!str|1:4\",\"b|!!str|1:7\"]":"c|!!str|2:3"}],
  ["a: &x 1\nb: *x\n*x : c\n", {"\"a|!!str|1:1\"":"1|!!int|1:4","\"b|!!str|2:1\"":"*x|2:4","\"*x|3:1\"":"c|!!str|3:6"}],
  ["a: !!str\nb: !<tag:yaml.org,2002:int> 3\n", {"\"a|!!str|1:1\"":"|!!str|1:4","\"b|!!str|2:1\"":"3|!!int|2:4"}],
  ["%TAG !e! tag:example.com,2000:\n---\na: !e!foo x\n", {"\"a|!!str|3:1\"":"x|tag:example.com,2000:foo|3:4"}],
  ["a: !e!foo x\n", "yaml: found undefined tag handle"],
  ["--- a\n--- b\n", "a|!!str|1:5"],
  ["a: 1\n...\n---\nb: 2\n", {"\"a|!!str|1:1\"":"1|!!int|1:4"}],
  ["- a\n - b\n", ["a - b|!!str|1:3"]],
  ["a:\n  - b\n  c: d\n", "yaml: line 1: did not find expected '-' indicator"],
  ["a: b\n  c: d\n", "yaml: line 2: mapping values are not allowed in this context"],
  ["\"a\n\n  b\": 1\n", "yaml: line 3: mapping values are not allowed in this context"],
  ["a: - b\n", "yaml: block sequence entries are not allowed in this context"],
  ["[a, b]: c\n", {"[\"a|!!str|1:2\",\"b|!!str|1:5\"]":"c|!!str|1:9"}],
  ["{a: 1, b}\n", {"\"a|!!str|1:2\"":"1|!!int|1:5","\"b|!!str|1:8\"":"|!!null|1:9"}],
  ["a: {b: c, d: [e, {f: g}]}\n", {"\"a|!!str|1:1\"":{"\"b|!!str|1:5\"":"c|!!str|1:8","\"d|!!str|1:11\"":["e|!!str|1:15",{"\"f|!!str|1:19\"":"g|!!str|1:22"}]}}],
  ["key: @value\n", "yaml: found character that cannot start any token"],
  ["key: `value`\n", "yaml: found character that cannot start any token"],
  ["a: *\n", "yaml: did not find expected alphabetic or numeric character"],
  ["a: &\n", "yaml: did not find expected alphabetic or numeric character"],
  ["a: !\n", {"\"a|!!str|1:1\"":"|!!null|1:4"}],
  ["%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "yaml: line 1: found duplicate %YAML directive"],
  ["%FOO bar\n---\na: 1\n", "yaml: found unknown directive name"],
  ["a:\n\t- b\n", "yaml: line 2: found character that cannot start any token"],
  ["a: b #c\n#d\n  #e\nf: g\n", {"\"a|!!str|1:1\"":"b|!!str|1:4","\"f|!!str|4:1\"":"g|!!str|4:4"}],
];

for (const [input, expected] of SAMPLES) {
  test(`reference sample ${JSON.stringify(input)}`, () => {
    const parsed = parseYaml(input);
    assert.deepEqual(parsed.error ? parsed.error.message : dump(parsed.root), expected);
  });
}
