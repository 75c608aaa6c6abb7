// A variant's refusal of whole Ignition fields (the reference's FieldFilters): walking the
// generated config, a filtered field that is not empty is reported and not descended into.
import { Path, ReportEntry } from '../../types';
import { errorAt } from './report';

export interface FieldFilters {
  /** Dotted camelCase field path (list indexes left out), e.g. "storage.luks.clevis" → message. */
  refused: Record<string, string>;
  /** Filtered fields whose pointer-to-zero value (e.g. compression: "") counts as empty. */
  ignoreZero?: string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown, filter: string, filters: FieldFilters): boolean {
  if (v === undefined || v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.entries(v).every(([k, child]) => isEmpty(child, `${filter}.${k}`, filters));
  // A present scalar is a set pointer; only listed fields treat their zero value as unset.
  if (v === '' || v === 0 || v === false) return (filters.ignoreZero ?? []).includes(filter);
  return false;
}

/**
 * Reports each refused field that holds something. `config` is the Ignition config (already
 * normalized, so keys come in the Go structs' order); `at` is where it sits in the output.
 */
export function verifyFieldFilters(config: unknown, filters: FieldFilters, at: Path = [], code = 'butane.field-not-supported'): ReportEntry[] {
  const out: ReportEntry[] = [];
  const walk = (v: unknown, filter: string, path: Path): void => {
    const message = filter === '' ? undefined : filters.refused[filter];
    if (message !== undefined) {
      if (!isEmpty(v, filter, filters)) out.push(errorAt('json', path, message, code));
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, filter, [...path, i]));
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, filter === '' ? k : `${filter}.${k}`, [...path, k]);
    }
  };
  walk(config, '', at);
  return out;
}
