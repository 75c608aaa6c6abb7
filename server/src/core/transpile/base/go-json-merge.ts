// Parses JSON text the way Go's encoding/json fills a struct when an object names the same key
// twice: a repeated object is decoded into the value already there (its fields merge), while
// arrays and scalars are replaced. A null never clears an object (Ignition's nested structs are
// plain values, which null leaves untouched). JSON.parse would keep only the last occurrence.
// The text must already be valid JSON (see go-json-syntax.ts).

import { goIntOf } from '../../util/go-int';

// Integer literals beyond ±2^53 are kept exact as bigints (util/go-int.ts), for Ignition's int fields.
type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sets an own property even for a key like "__proto__". */
function define(obj: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function mergeInto(existing: Json | undefined, incoming: Json): Json {
  if (isObject(existing) && isObject(incoming)) {
    const out: { [key: string]: Json } = { ...existing };
    for (const [k, v] of Object.entries(incoming)) define(out, k, mergeInto(Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined, v));
    return out;
  }
  if (isObject(existing) && incoming === null) return existing;
  return incoming;
}

export function parseJsonMergingDuplicates(text: string): Json {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const value = (): Json => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: { [key: string]: Json } = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        const key = scalar() as string;
        ws();
        i++; // ':'
        const v = value();
        define(obj, key, Object.prototype.hasOwnProperty.call(obj, key) ? mergeInto(obj[key], v) : v);
        ws();
        if (text[i++] === '}') break; // else ','
      }
      return obj;
    }
    if (c === '[') {
      i++;
      const arr: Json[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (text[i++] === ']') break;
      }
      return arr;
    }
    return scalar();
  };
  // Strings, numbers and literals: find the token's end and let JSON.parse read it.
  const scalar = (): Json => {
    ws();
    const start = i;
    if (text[i] === '"') {
      i++;
      while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else {
      while (i < text.length && !',]} \t\r\n'.includes(text[i])) i++;
    }
    const token = text.slice(start, i);
    if (/^-?[0-9]{16,}$/.test(token)) return goIntOf(BigInt(token));
    return JSON.parse(token) as Json;
  };
  return value();
}
