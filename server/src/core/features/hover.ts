// Hover: the field under the cursor explained for the document's variant and version, values of
// `mode`, `variant` and `version` decoded, and unknown keys explained with the nearest valid key.
import { availability, listVersions, lookupVersion } from '../spec';
import { canonicalSemver } from '../header';
import { resolve as resolveScalar } from '../yaml/resolve';
import { FeatureDocument, LineToken, Path, unquote } from './document-model';
import { featureDocument } from './document-cache';
import { octalMode, symbolicMode } from './file-mode';
import { nearestKey } from './nearest-key';
import { SpecContext, VARIANTS, newestStable, specContextOf } from './spec-context';
import { fieldAt, fieldMarkdown, fieldsAt, ignitionPathOf, structNameAt } from './spec-lookup';
import { FeatureHover } from './types';
import { VARIANT_TITLES } from './variant-titles';
import { flowPositionAt } from './flow-context';

export function hover(input: string | FeatureDocument, offset: number): FeatureHover | null {
  const doc = featureDocument(input);
  const lineIndex = doc.lineAt(offset);
  const line = doc.lines[lineIndex];
  const lineStart = doc.lineStart(lineIndex);
  const col = offset - lineStart;
  if (col < 0 || col > line.text.length || doc.isContent(lineIndex, col)) return null;
  const ctx = specContextOf(doc);
  const tokens = line.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'key') {
      if (col >= t.col && col <= t.keyEnd) {
        const markdown = keyHover(doc, ctx, lineIndex, k, t);
        return markdown ? { markdown, range: { start: lineStart + t.col, end: lineStart + t.keyEnd } } : null;
      }
      if (t.valueEnd > t.valueCol && col >= t.valueCol && col <= t.valueEnd) {
        const flow = flowKeyHover(doc, ctx, lineIndex, col);
        if (flow !== undefined) return flow;
        const markdown = valueHover(doc, ctx, lineIndex, k, t);
        return markdown ? { markdown, range: { start: lineStart + t.valueCol, end: lineStart + t.valueEnd } } : null;
      }
    } else if (t.kind === 'scalar' && k > 0 && col >= t.col && col <= t.end) {
      const flow = flowKeyHover(doc, ctx, lineIndex, col);
      if (flow !== undefined) return flow;
      const markdown = entryHover(doc, ctx, lineIndex, k);
      return markdown ? { markdown, range: { start: lineStart + t.col, end: lineStart + t.end } } : null;
    }
  }
  return null;
}

/**
 * A key inside a one-line flow mapping (`files: [{path: /a, mode: 0644}]`) described like a block
 * key; undefined when `col` is not on such a key.
 */
function flowKeyHover(doc: FeatureDocument, ctx: SpecContext, lineIndex: number, col: number): FeatureHover | null | undefined {
  const text = doc.lines[lineIndex].text;
  let start = col;
  while (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1])) start--;
  let end = col;
  while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
  if (end === start || !/^[ \t]*:([ \t,}\]]|$)/.test(text.slice(end))) return undefined;
  const flow = flowPositionAt(doc, lineIndex, start);
  if (!flow || flow.kind !== 'key') return undefined;
  const lineStart = doc.lineStart(lineIndex);
  return { markdown: keyMarkdown(ctx, flow.path, { key: text.slice(start, end) }), range: { start: lineStart + start, end: lineStart + end } };
}

function withAssumption(ctx: SpecContext, markdown: string): string {
  return ctx.assumption ? `${markdown}\n\n_(${ctx.assumption})_` : markdown;
}

// ---- keys ----------------------------------------------------------------------------------

function keyHover(doc: FeatureDocument, ctx: SpecContext, lineIndex: number, k: number, t: Extract<LineToken, { kind: 'key' }>): string | null {
  const owner = doc.ownerOfToken(lineIndex, k);
  return owner ? keyMarkdown(ctx, owner, t) : null;
}

function keyMarkdown(ctx: SpecContext, owner: Path, t: { key: string }): string {
  const path = [...owner, t.key];
  const f = fieldAt(ctx, path);
  if (f) {
    let md = fieldMarkdown(f);
    const ignitionPath = path.length > 1 ? ignitionPathOf(ctx, path) : undefined;
    if (ignitionPath) md += `\n\nIn the Ignition ${ctx.ignitionVersion} config: \`${ignitionPath}\``;
    if (path.length === 1 && (t.key === 'variant' || t.key === 'version') && !ctx.assumption) {
      md += `\n\nThis document: ${ctx.variant} ${ctx.version} → Ignition spec ${ctx.ignitionVersion}.`;
    }
    return withAssumption(ctx, md);
  }
  // A key of a map-typed field (e.g. a label): describe the map it belongs to.
  const mapField = fieldAt(ctx, owner);
  if (mapField && mapField.shape.startsWith('map of')) {
    return withAssumption(ctx, `**${t.key}** — entry of \`${mapField.key}\` (${mapField.shape})\n\n---\n\n${fieldMarkdown(mapField)}`);
  }
  return withAssumption(ctx, unknownKeyMarkdown(ctx, owner, t.key));
}

function unknownKeyMarkdown(ctx: SpecContext, owner: Path, key: string): string {
  const where = `${ctx.variant} ${ctx.version}`;
  const valid = fieldsAt(ctx, owner).map((f) => f.key);
  const structName = structNameAt(ctx, owner);
  const lines = [`**${key}** — unknown key`, ''];
  if (valid.length > 0) {
    lines.push(
      `\`${key}\` is not a field of ${structName ? `\`${structName}\`` : 'this mapping'} in ${where}. ` +
        `Butane leaves it out of the output and warns \`unused key ${key}\` (an error with \`--strict\`).`,
    );
    const nearest = nearestKey(key, valid);
    if (nearest) lines.push('', `Did you mean \`${nearest}\`?`);
  } else {
    const parent = owner.length > 0 ? fieldAt(ctx, owner.filter((_s, i) => i < owner.length - (typeof owner[owner.length - 1] === 'number' ? 1 : 0))) : undefined;
    lines.push(
      parent
        ? `\`${parent.key}\` holds ${parent.shape} values, so it has no key \`${key}\` in ${where}.`
        : `Nothing in ${where} has a key \`${key}\` at this place.`,
    );
  }
  const elsewhere = availability([...owner, key]);
  if (elsewhere) lines.push('', `\`${key}\` exists here in: ${elsewhere}.`);
  return lines.join('\n');
}

// ---- values --------------------------------------------------------------------------------

function valueHover(doc: FeatureDocument, ctx: SpecContext, lineIndex: number, k: number, t: Extract<LineToken, { kind: 'key' }>): string | null {
  const path = doc.keyPath(lineIndex, k);
  if (!path) return null;
  const value = unquote(t.value);
  if (path.length === 1 && path[0] === 'variant') return variantValueHover(doc, value);
  if (path.length === 1 && path[0] === 'version') return versionValueHover(doc, value);
  const f = fieldAt(ctx, path);
  if (!f) return null;
  if (f.key === 'mode' && f.shape === 'integer') return withAssumption(ctx, modeHover(t.value) + '\n\n---\n\n' + fieldMarkdown(f));
  const enumHit = f.enum?.find((e) => e.value === value);
  if (enumHit) return withAssumption(ctx, `\`${t.value}\` — ${enumHit.description}\n\n---\n\n${fieldMarkdown(f)}`);
  if (f.shape === 'boolean') return withAssumption(ctx, booleanValueNote(t.value) + fieldMarkdown(f));
  return withAssumption(ctx, fieldMarkdown(f));
}

/** The list a scalar entry (`- value`) belongs to. */
function entryHover(doc: FeatureDocument, ctx: SpecContext, lineIndex: number, k: number): string | null {
  const entry = doc.ownerOfToken(lineIndex, k);
  if (!entry || entry.length === 0) return null;
  const list = fieldAt(ctx, entry.slice(0, -1));
  if (!list) return null;
  return withAssumption(ctx, `Entry of **${list.key}**\n\n---\n\n${fieldMarkdown(list)}`);
}

function booleanValueNote(raw: string): string {
  const v = resolveScalar('', raw);
  if (v.tag !== '!!bool') return '';
  const spelled = /^(true|false)$/.test(raw) ? '' : `\`${raw}\` reads as \`${String((v as { value: boolean }).value)}\` for this boolean field.\n\n`;
  return spelled;
}

function modeHover(raw: string): string {
  if (raw.startsWith('"') || raw.startsWith("'")) {
    return `\`${raw}\` is quoted, so YAML reads a string; \`mode\` needs a number such as \`0644\`.`;
  }
  let resolved;
  try {
    resolved = resolveScalar('', raw);
  } catch {
    return `\`${raw}\` is not a number.`;
  }
  if (resolved.tag !== '!!int') return `\`${raw}\` is not an integer; \`mode\` needs a number such as \`0644\`.`;
  const big = (resolved as { value: bigint }).value;
  const mode = Number(big);
  const lines = [
    `**mode** \`${raw}\``,
    '',
    '| octal | symbolic | decimal (Ignition JSON) |',
    '|---|---|---|',
    `| \`${octalMode(mode)}\` | \`${mode >= 0 && mode <= 0o7777 ? symbolicMode(mode) : '—'}\` | \`${big.toString()}\` |`,
  ];
  if (mode < 0 || mode > 0o7777) lines.push('', 'Outside 0 … 07777: Ignition refuses this mode.');
  // `644` without the leading 0 is decimal 644 (= 01204), almost never what was meant.
  else if (/^[1-7][0-7]{2,3}$/.test(raw)) lines.push('', `Written without a leading \`0\`, so this is **decimal** ${raw}; for octal write \`0${raw}\`.`);
  return lines.join('\n');
}

function variantValueHover(doc: FeatureDocument, value: string): string {
  const known = (VARIANTS as readonly string[]).includes(value);
  if (!known) {
    const nearest = nearestKey(value, [...VARIANTS]);
    return [
      `**${value}** — unknown variant`,
      '',
      `Butane knows ${VARIANTS.map((v) => `\`${v}\``).join(', ')}.${nearest ? ` Did you mean \`${nearest}\`?` : ''}`,
    ].join('\n');
  }
  const versions = listVersions().filter((v) => v.variant === value);
  const lines = [`**${value}** — ${VARIANT_TITLES[value]}`, '', 'Versions:'];
  for (const v of versions) {
    lines.push(`- \`${v.version}\` → Ignition ${lookupVersion(value, v.version)!.ignitionVersion}${v.experimental ? ' (experimental)' : ''}`);
  }
  const canonical = doc.version !== undefined ? canonicalSemver(doc.version) : undefined;
  const declared = canonical !== undefined ? lookupVersion(value, canonical) : undefined;
  lines.push('', declared ? `This document (\`version: ${doc.version}\`) emits Ignition spec **${declared.ignitionVersion}**.` : `Newest stable: ${newestStable(value)}.`);
  return lines.join('\n');
}

function versionValueHover(doc: FeatureDocument, value: string): string {
  const variant = doc.variant;
  const known = variant !== undefined && newestStable(variant) !== undefined;
  if (!known) return `**${value}** — the document declares no known \`variant\`, so this version cannot be checked.`;
  const canonical = canonicalSemver(value);
  if (canonical === undefined) return `**${value}** — not a valid semantic version (Butane needs e.g. \`${newestStable(variant!)}\`).`;
  const info = lookupVersion(variant!, canonical);
  if (!info) {
    const valid = listVersions().filter((v) => v.variant === variant).map((v) => `\`${v.version}\``);
    return `**${variant} ${value}** — Butane has no such version. Valid ${variant} versions: ${valid.join(', ')}.`;
  }
  const lines = [`**${variant} ${canonical}** → Ignition spec **${info.ignitionVersion}**`, '', `The output's \`ignition.version\` is \`${info.ignitionVersion}\`.`];
  if (info.experimental) lines.push('', 'Experimental: its fields may still change in later Butane releases; do not rely on it in production.');
  else {
    const newest = newestStable(variant!);
    if (newest !== canonical) lines.push('', `Newer stable ${variant} version: ${newest}.`);
  }
  return lines.join('\n');
}

