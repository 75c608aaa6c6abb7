// How yaml.v3 resolves a scalar's text to a tag and a value (resolve.go behaviour):
// null/bool/special floats by table, ints with Go's base-0 rules (so `0644` is octal),
// YAML-style floats, timestamps, everything else a string.

export type Resolved =
  | { tag: '!!null' }
  | { tag: '!!bool'; value: boolean }
  /** Signed 64-bit, or (`unsigned`) a value above int64 that fits uint64. */
  | { tag: '!!int'; value: bigint; unsigned?: boolean }
  | { tag: '!!float'; value: number }
  | { tag: '!!timestamp' }
  | { tag: '!!merge' }
  | { tag: string; text: string };

const LONG_PREFIX = 'tag:yaml.org,2002:';

/** "tag:yaml.org,2002:str" → "!!str"; other tags unchanged. */
export function shortTag(tag: string): string {
  return tag.startsWith(LONG_PREFIX) ? '!!' + tag.slice(LONG_PREFIX.length) : tag;
}

const TABLE = new Map<string, Resolved>();
for (const s of ['true', 'True', 'TRUE']) TABLE.set(s, { tag: '!!bool', value: true });
for (const s of ['false', 'False', 'FALSE']) TABLE.set(s, { tag: '!!bool', value: false });
for (const s of ['', '~', 'null', 'Null', 'NULL']) TABLE.set(s, { tag: '!!null' });
for (const s of ['.nan', '.NaN', '.NAN']) TABLE.set(s, { tag: '!!float', value: NaN });
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) TABLE.set(s, { tag: '!!float', value: Infinity });
for (const s of ['-.inf', '-.Inf', '-.INF']) TABLE.set(s, { tag: '!!float', value: -Infinity });
TABLE.set('<<', { tag: '!!merge' });

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

/** Go strconv.ParseInt/ParseUint with base 0 (sign only when signed). */
function parseGoInteger(s: string, signed: boolean): bigint | undefined {
  let i = 0;
  let negative = false;
  if (signed && (s[0] === '+' || s[0] === '-')) {
    negative = s[0] === '-';
    i = 1;
  }
  let base = 10;
  let digits = s.slice(i);
  if (digits.length >= 2 && digits[0] === '0') {
    const p = digits[1].toLowerCase();
    if (p === 'x') base = 16;
    else if (p === 'o') base = 8;
    else if (p === 'b') base = 2;
    if (base !== 10) digits = digits.slice(2);
    else {
      base = 8;
      digits = digits.slice(1);
    }
  }
  if (digits.length === 0) return undefined;
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 10 ? /^[0-9]+$/ : base === 8 ? /^[0-7]+$/ : /^[01]+$/;
  if (!valid.test(digits)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  let v = BigInt(prefix + digits);
  if (negative) v = -v;
  if (signed ? v < INT64_MIN || v > INT64_MAX : v > UINT64_MAX) return undefined;
  return v;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const TS_FULL = /^(\d{4})-(\d{1,2})-(\d{1,2})[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})([.,]\d+)?(Z|[+-]\d{2}:\d{2})$/;
const TS_SPACE = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})([.,]\d+)?$/;
const TS_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The timestamp layouts yaml.v3 accepts for plain scalars (Go time.Parse rules, approximately). */
export function isTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  const m = TS_FULL.exec(s) ?? TS_SPACE.exec(s) ?? TS_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false;
  if (m[4] !== undefined) {
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return false;
  }
  return true;
}

/** Resolution of an untagged (or core-tagged) scalar. `tag` is the short explicit tag or "". */
export function resolve(tag: string, text: string): Resolved {
  const resolvable = tag === '' || tag === '!!str' || tag === '!!bool' || tag === '!!int' || tag === '!!float' || tag === '!!null' || tag === '!!timestamp';
  if (!resolvable) return { tag, text };
  let out: Resolved = { tag: '!!str', text };
  const c = text.length === 0 ? 'N' : text[0];
  const hinted = text.length === 0 || /[-+0-9yYnNtTfFoO~.]/.test(c);
  if (hinted && tag !== '!!str') {
    const fromTable = TABLE.get(text);
    if (fromTable) out = fromTable;
    else if (c === '.') {
      if (DOT_FLOAT.test(text)) {
        const f = Number(text);
        if (Number.isFinite(f)) out = { tag: '!!float', value: f };
      }
    } else if (/[-+0-9]/.test(c)) {
      out = resolveNumeric(tag, text) ?? out;
    }
  }
  if (tag === '' || tag === out.tag || tag === '!!str') return out;
  if (tag === '!!float' && out.tag === '!!int') return { tag: '!!float', value: Number((out as { value: bigint }).value) };
  throw new ResolveFailure(`cannot decode ${out.tag} \`${text}\` as a ${tag}`);
}

function resolveNumeric(tag: string, text: string): Resolved | undefined {
  if ((tag === '' || tag === '!!timestamp') && isTimestamp(text)) return { tag: '!!timestamp' };
  const plain = text.replace(/_/g, '');
  const i = parseGoInteger(plain, true);
  if (i !== undefined) return { tag: '!!int', value: i };
  const u = parseGoInteger(plain, false);
  if (u !== undefined) return { tag: '!!int', value: u, unsigned: true };
  if (YAML_FLOAT.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return { tag: '!!float', value: f };
  }
  return undefined;
}

/** Thrown for yaml.v3's fatal "cannot decode ..." (explicit tag that does not fit the text). */
export class ResolveFailure extends Error {}

/** Integers that always fit int64: decimal up to 18 digits, octal up to 20 (Go base-0 rules). */
const SHORT_INT = /^[-+]?(?:0[0-7]{0,20}|[1-9][0-9]{0,17})$/;

/** The tag a plain untagged scalar gets at parse time (resolve('', text).tag, with fewer steps). */
export function resolvePlainTag(text: string): string {
  if (text.length === 0) return '!!null';
  const c = text.charCodeAt(0);
  // Numbers, timestamps and dotted floats need the whole resolution, except short decimal and
  // octal integers (uids, modes), which are !!int whatever their value.
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b /* + */ || c === 0x2d /* - */ || c === 0x2e /* . */) {
    return SHORT_INT.test(text) ? '!!int' : resolve('', text).tag;
  }
  // Other hinted starts (see resolve) can only be table words (true, null, ~, ...); any other
  // start is a string.
  // y Y n N t T f F o O ~
  if (!(c === 0x79 || c === 0x59 || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 || c === 0x6f || c === 0x4f || c === 0x7e)) {
    return '!!str';
  }
  const hit = TABLE.get(text);
  return hit === undefined ? '!!str' : hit.tag;
}
