// Rules of encrypted volumes: LUKS devices (3.2+), Clevis custom pins, Tang servers and CEX.
import { IGN, Finding } from './messages';
import { byteLength } from './go/text';
import { parseGoUrl } from './go/url';
import { urlProblemNilOk } from './urls';
import { pathProblem } from './rules-storage';
import { Rule, asObj, isTrue, list, nilOrEmpty, notEmpty, pBool, pInt, pStr, str, sub, Obj, isObj } from './values';

/** Clevis.IsPresent (3.3+ shape). */
function clevisPresent(c: Obj): boolean {
  const threshold = pInt(c, 'threshold');
  return notEmpty(pStr(sub(c, 'custom'), 'pin')) || list(c, 'tang').length > 0 || isTrue(pBool(c, 'tpm2')) || (threshold !== undefined && threshold !== 0);
}

function hasOtherClevisMethods(c: Obj): boolean {
  const threshold = pInt(c, 'threshold');
  return list(c, 'tang').length > 0 || isTrue(pBool(c, 'tpm2')) || (threshold !== undefined && threshold !== 0);
}

const luks: Rule = (v, path, out) => {
  const l = asObj(v);
  if (str(l, 'name').includes('/')) out.errorAt(IGN.luksNameContainsSlash, path, 'name');
  const label = pStr(l, 'label');
  out.errorAt(!nilOrEmpty(label) && byteLength(label as string) > 47 ? IGN.luksLabelTooLong : undefined, path, 'label');
  const dev = pStr(l, 'device');
  out.errorAt(nilOrEmpty(dev) ? IGN.diskDeviceRequired : pathProblem(dev as string), path, 'device');

  const clevis = sub(l, 'clevis');
  // 3.2 has pointers for clevis and its custom pin: any custom block counts there.
  const customWithOthers =
    out.minor <= 2
      ? isObj(l.clevis) && isObj(clevis.custom) && hasOtherClevisMethods(clevis)
      : notEmpty(pStr(sub(clevis, 'custom'), 'pin')) && hasOtherClevisMethods(clevis);
  if (customWithOthers) out.errorAt(IGN.clevisCustomWithOthers, path, 'clevis');

  const keySource = pStr(sub(l, 'keyFile'), 'source');
  // Reported at "keys", a key Ignition's schema does not have.
  if (urlProblemNilOk(keySource, out.minor)) out.errorAt(IGN.invalidLuksKeyFile, path, 'keys');

  if (out.minor >= 5) {
    const cexPresent = isTrue(pBool(sub(l, 'cex'), 'enabled'));
    if (clevisPresent(clevis) && cexPresent) out.errorAt(IGN.cexWithClevis, path, 'cex');
    if (cexPresent && notEmpty(keySource)) out.errorAt(IGN.cexWithKeyFile, path, 'cex');
  }
};

const CLEVIS_PINS = new Set(['tpm2', 'tang', 'sss']);

/** 3.2 Custom: pin and config are plain strings. */
const custom32: Rule = (v, path, out) => {
  const c = asObj(v);
  const pin = str(c, 'pin');
  const config = str(c, 'config');
  if (pin === '' && config === '') return;
  if (!CLEVIS_PINS.has(pin)) out.errorAt(IGN.unknownClevisPin, path, 'pin');
  if (config === '') out.errorAt(IGN.clevisConfigRequired, path, 'config');
};

/** 3.3+ ClevisCustom; the pin name is checked only until 3.5. */
const clevisCustom: Rule = (v, path, out) => {
  const c = asObj(v);
  const pin = pStr(c, 'pin');
  const config = pStr(c, 'config');
  if (nilOrEmpty(pin) && nilOrEmpty(config) && !isTrue(pBool(c, 'needsNetwork'))) return;
  if (nilOrEmpty(pin)) out.errorAt(IGN.clevisPinRequired, path, 'pin');
  else if (out.minor <= 5 && !CLEVIS_PINS.has(pin as string)) out.errorAt(IGN.unknownClevisPin, path, 'pin');
  if (nilOrEmpty(config)) out.errorAt(IGN.clevisConfigRequired, path, 'config');
};

function tangUrlProblem(s: string): Finding | undefined {
  const u = parseGoUrl(s);
  if (!u) return IGN.invalidUrl;
  return u.scheme === 'http' || u.scheme === 'https' ? undefined : IGN.invalidScheme;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const tang: Rule = (v, path, out) => {
  const t = asObj(v);
  out.errorAt(tangUrlProblem(str(t, 'url')), path, 'url');
  if (nilOrEmpty(pStr(t, 'thumbprint'))) out.errorAt(IGN.tangThumbprintRequired, path, 'thumbprint');
  if (out.minor >= 4) {
    const adv = pStr(t, 'advertisement');
    if (notEmpty(adv) && !isJson(adv as string)) out.errorAt(IGN.invalidTangAdvertisement, path, 'advertisement');
  }
};

export const LUKS_RULES: Record<string, Rule> = {
  Luks: luks,
  Custom: custom32,
  ClevisCustom: clevisCustom,
  Tang: tang,
};
