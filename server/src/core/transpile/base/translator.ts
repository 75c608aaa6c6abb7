// The automatic field-by-field translation (Butane's reflection translator) over decoded plain
// objects, with hooks for the types that need more than a copy.
import { FileHost, Path, ReportEntry } from '../../types';
import { KeyNode, TranslationSet } from '../translation-set';
import type { BaseVersion } from './index';
import { DataUrlEncoder } from './data-url';
import { FieldKind, hasCustomTranslator, structFields, structFieldsByKey } from './model';

export type Obj = Record<string, unknown>;

export interface TranslateEnv {
  base: BaseVersion;
  ignitionVersion: string;
  filesDir?: string;
  host?: FileHost;
  autoCompression: boolean;
  encoder?: DataUrlEncoder;
  ts: TranslationSet;
  report: ReportEntry[];
}

/** Extra work after the automatic fields of a type: (source object, output object, yaml path, json path). */
export type TypeHook = (from: Obj, to: Obj, yamlPath: Path, jsonPath: Path, env: TranslateEnv) => void;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function reportError(env: TranslateEnv, path: Path, message: string, code: string): void {
  env.report.push({ kind: 'error', path: [...path], tag: 'yaml', message, code });
}

/**
 * Go's IsZero over a decoded struct of `type`: pointers and lists count when set, plain scalars when
 * non-zero. Fields the automatic translation skips (trees, quadlets, inline, local, *_local,
 * with_mount_unit) still count: they are part of the Go struct.
 */
export function isZeroStruct(env: TranslateEnv, type: string, value: unknown): boolean {
  if (!isObj(value)) return true;
  const fields = structFieldsByKey(env.base, type);
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    const f = fields.get(key);
    if (!f) return false;
    if (f.kind === 'str' || f.kind === 'int') {
      if (v !== '' && v !== 0) return false;
    } else if (f.kind.startsWith('struct:')) {
      if (!isZeroStruct(env, f.kind.slice('struct:'.length), v)) return false;
    } else {
      return false;
    }
  }
  return true;
}

export class Translator {
  constructor(private readonly hooks: Record<string, TypeHook>) {}

  /**
   * Translates a struct value of `type` found at `yamlPath` into a new object placed at `jsonPath`.
   * `node` is env.ts's trie node at `jsonPath` when the caller has it: the translations of the
   * fields are then recorded one trie step below it instead of from the root.
   */
  translateStruct(env: TranslateEnv, type: string, from: unknown, yamlPath: Path, jsonPath: Path, node?: KeyNode): Obj {
    const src = isObj(from) ? from : {};
    const to: Obj = {};
    const ts = env.ts;
    const before = ts.size;
    const at = node ?? ts.nodeOrNew(jsonPath);
    const fields = structFields(env.base, type);
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const v = src[f.yaml];
      // Absent pointers, lists and structs translate to nothing: spare building their paths.
      if ((v === undefined || v === null) && f.kind !== 'str' && f.kind !== 'int') continue;
      const value = this.translateField(env, f.kind, v, [...yamlPath, f.yaml], [...jsonPath, f.json], at.childOrNew(f.json));
      if (value !== undefined) to[f.json] = value;
    }
    const hook = this.hooks[type];
    if (hook) hook(src, to, yamlPath, jsonPath, env);
    const record = hasCustomTranslator(env.base, type) ? env.ts.size > before : !isZeroStruct(env, type, src);
    if (record) {
      // `at` belongs to the set the fields went into (hooks add to env.ts; none replaces it).
      if (env.ts === ts) ts.setAt(at, { from: yamlPath, to: jsonPath });
      else env.ts.add(yamlPath, jsonPath);
    }
    return to;
  }

  /** `node`: env.ts's trie node at `jsonPath`. */
  translateField(env: TranslateEnv, kind: FieldKind, value: unknown, yamlPath: Path, jsonPath: Path, node: KeyNode): unknown {
    const ts = env.ts;
    switch (kind) {
      case 'str':
      case 'int':
        ts.setAt(node, { from: yamlPath, to: jsonPath });
        return value ?? (kind === 'str' ? '' : 0);
      case 'ptr':
        if (value === undefined || value === null) return undefined;
        ts.setAt(node, { from: yamlPath, to: jsonPath });
        return value;
      case 'list': {
        if (!Array.isArray(value)) return undefined;
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          ts.setAt(node.childOrNew(i), { from: [...yamlPath, i], to: [...jsonPath, i] });
          const item = value[i];
          out.push(item ?? '');
        }
        ts.setAt(node, { from: yamlPath, to: jsonPath });
        return out;
      }
      default: {
        if (kind.startsWith('list:')) {
          if (!Array.isArray(value)) return undefined;
          const type = kind.slice('list:'.length);
          const out: Obj[] = [];
          for (let i = 0; i < value.length; i++) {
            out.push(this.translateStruct(env, type, value[i], [...yamlPath, i], [...jsonPath, i], node.childOrNew(i)));
          }
          ts.setAt(node, { from: yamlPath, to: jsonPath });
          return out;
        }
        const type = kind.slice('struct:'.length);
        if (value === undefined || value === null) {
          // Absent structs only hold pointers and lists, which translate to nothing.
          return undefined;
        }
        return this.translateStruct(env, type, value, yamlPath, jsonPath, node);
      }
    }
  }
}
