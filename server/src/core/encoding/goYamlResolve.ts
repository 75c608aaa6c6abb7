// How yaml.v3 would read a plain (unquoted) scalar back. The encoder only writes a string
// unquoted when reading it back would give the same string, so this decides the quoting of
// strings like "true", "0644", "1e3" or "2024-01-02".

/** True when the plain scalar `s` would be read back by yaml.v3 as the string `s`. */
export function resolvesAsString(s: string): boolean {
  if (s === '') return false; // null
  const first = s[0];
  let hint: 'sign' | 'digit' | 'map' | 'dot' | null = null;
  if (first === '+' || first === '-') hint = 'sign';
  else if (first >= '0' && first <= '9') hint = 'digit';
  else if ('yYnNtTfFoO~'.includes(first)) hint = 'map';
  else if (first === '.') hint = 'dot';
  if (hint === null) return true;
  if (SPECIAL_WORDS.has(s)) return false;
  switch (hint) {
    case 'map':
      return true;
    case 'dot':
      return !isGoDecimalFloat(s);
    default: {
      if (isYamlTimestamp(s)) return false;
      const plain = s.replace(/_/g, '');
      if (isGoInteger(plain)) return false;
      if (YAML_STYLE_FLOAT.test(plain) && isGoDecimalFloat(plain)) return false;
      return true;
    }
  }
}

/** Plain words with a non-string meaning (YAML 1.2 core schema as yaml.v3 has it). */
const SPECIAL_WORDS = new Set([
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** YAML 1.1 booleans: still quoted on output so that 1.1 readers keep them strings. */
export function isOldBool(s: string): boolean {
  return ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].includes(s);
}

/** YAML 1.1 sexagesimal numbers (e.g. 1:30), also quoted on output. */
export function isBase60Float(s: string): boolean {
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

/** A decimal float Go's strconv.ParseFloat accepts without a range error. */
function isGoDecimalFloat(s: string): boolean {
  if (!/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s)) return false;
  return Number.isFinite(Number(s));
}

/** strconv.ParseInt(s, 0, 64) or strconv.ParseUint(s, 0, 64) succeeds. */
function isGoInteger(s: string): boolean {
  let sign = '';
  let body = s;
  if (body[0] === '+' || body[0] === '-') {
    sign = body[0];
    body = body.slice(1);
  }
  if (body === '') return false;
  let base = 10;
  let digits = body;
  if (body[0] === '0') {
    const p = body.length >= 3 ? body[1].toLowerCase() : '';
    if (p === 'b') [base, digits] = [2, body.slice(2)];
    else if (p === 'o') [base, digits] = [8, body.slice(2)];
    else if (p === 'x') [base, digits] = [16, body.slice(2)];
    else [base, digits] = [8, body.slice(1)];
  }
  const valid = base === 16 ? /^[0-9a-fA-F]*$/ : base === 10 ? /^[0-9]*$/ : base === 8 ? /^[0-7]*$/ : /^[01]*$/;
  if (!valid.test(digits)) return false;
  let magnitude = 0n;
  const big = BigInt(base);
  for (const d of digits) magnitude = magnitude * big + BigInt(parseInt(d, 16));
  if (sign === '-') return magnitude <= 1n << 63n;
  if (sign === '+') return magnitude < 1n << 63n;
  return magnitude < 1n << 64n;
}

/**
 * Go time.Parse with the layouts yaml.v3 tries: "2006-1-2T15:4:5.999999999Z07:00" (also with a
 * lower-case t), "2006-1-2 15:4:5.999999999" and "2006-1-2".
 */
export function isYamlTimestamp(s: string): boolean {
  if (!/^[0-9]{4}-/.test(s)) return false;
  const date = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})/.exec(s);
  if (!date) return false;
  const year = Number(date[1]);
  const month = Number(date[2]);
  const day = Number(date[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false;
  const rest = s.slice(date[0].length);
  if (rest === '') return true;
  const time = /^([Tt ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,][0-9]+)?(.*)$/.exec(rest);
  if (!time) return false;
  const [, sep, hh, mm, ss, zone] = time;
  if (Number(hh) >= 24 || Number(mm) >= 60 || Number(ss) >= 60) return false;
  if (sep === ' ') return zone === '';
  if (zone === 'Z') return true;
  const tz = /^[+-]([0-9]{2}):([0-9]{2})$/.exec(zone);
  return tz !== null && Number(tz[1]) <= 24 && Number(tz[2]) <= 60;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
