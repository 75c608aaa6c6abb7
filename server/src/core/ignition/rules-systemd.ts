// Rules of systemd units and drop-ins: names, unit-file syntax, and [Install] sections of
// enabled units (and of the templates behind enabled instances).
import { IGN, invalidUnitContent, noInstallSection, noInstallSectionForTemplate, Finding } from './messages';
import { extOf } from './go/path';
import { parseUnitFile, UnitOption } from './go/systemd-unit';
import { Rule, asObj, isTrue, list, nilOrEmpty, notEmpty, pBool, pStr, str, Obj } from './values';

const UNIT_TYPES = new Set(['.service', '.socket', '.device', '.mount', '.automount', '.swap', '.target', '.path', '.timer', '.snapshot', '.slice', '.scope']);

/** parse.ParseUnitContents: nil contents parse as no options (only their sections are kept). */
function parseContents(contents: string | undefined): { options?: UnitOption[]; problem?: Finding } {
  if (contents === undefined) return { options: [] };
  const parsed = parseUnitFile(contents, true);
  return parsed.error === undefined ? { options: parsed.options } : { problem: invalidUnitContent(parsed.error) };
}

const hasInstall = (options: UnitOption[]): boolean => options.some((o) => o.section === 'Install');

const unit: Rule = (v, path, out) => {
  const u = asObj(v);
  const name = str(u, 'name');
  out.errorAt(UNIT_TYPES.has(extOf(name)) ? undefined : IGN.invalidSystemdExt, path, 'name');
  const contents = pStr(u, 'contents');
  const { options, problem } = parseContents(contents);
  out.errorAt(problem, path, 'contents');
  // Only enabled units with contents that parsed need an [Install] option.
  if (isTrue(pBool(u, 'enabled')) && !nilOrEmpty(contents) && options && !hasInstall(options)) out.warnAt(noInstallSection(name), path, 'contents');
};

const dropin: Rule = (v, path, out) => {
  const d = asObj(v);
  out.errorAt(parseContents(pStr(d, 'contents')).problem, path, 'contents');
  if (extOf(str(d, 'name')) !== '.conf') out.errorAt(IGN.invalidSystemdDropinExt, path, 'name');
};

// Go's "." matches anything but a newline (JavaScript's also stops at \r, U+2028, U+2029).
const INSTANCE = /^([^\n]+?)@([^\n]+?)\.service$/;

const systemd: Rule = (v, path, out) => {
  const units = list(asObj(v), 'units').map(asObj);
  const byName = new Map<string, Obj>();
  for (const u of units) byName.set(str(u, 'name'), u);
  units.forEach((u, index) => {
    const name = str(u, 'name');
    const m = INSTANCE.exec(name);
    if (!m || !isTrue(pBool(u, 'enabled'))) return;
    const template = `${m[1]}@.service`;
    const t = byName.get(template);
    if (!t || !notEmpty(pStr(t, 'contents'))) return;
    const { options } = parseContents(pStr(t, 'contents'));
    if (!options) return;
    if (!hasInstall(options)) out.warnAt(noInstallSectionForTemplate(template, name), path, 'units', index, 'contents');
  });
};

export const SYSTEMD_RULES: Record<string, Rule> = {
  Systemd: systemd,
  Unit: unit,
  Dropin: dropin,
};
