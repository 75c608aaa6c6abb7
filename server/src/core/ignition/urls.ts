// Ignition's URL checks (validateURL and friends), per spec version.
import { IGN, Finding, invalidArn, invalidDataUrl } from './messages';
import { dataUrlError } from './go/dataurl';
import { parseGoQuery, parseGoUrl } from './go/url';
import { nilOrEmpty } from './values';

/** Schemes Ignition fetches from, by the first minor version that accepts them. */
const SCHEME_SINCE = new Map<string, number>([
  ['http', 0],
  ['https', 0],
  ['tftp', 0],
  ['s3', 0],
  ['data', 0],
  ['gs', 2],
  ['arn', 4],
]);

function versionIdProblem(rawQuery: string): Finding | undefined {
  const values = parseGoQuery(rawQuery).get('versionId');
  if (values !== undefined && (values.length === 0 || values[0] === '')) return IGN.invalidS3ObjectVersionId;
  return undefined;
}

function arnProblem(opaque: string, rawQuery: string): Finding | undefined {
  const full = 'arn:' + opaque;
  if ((full.match(/:/g) ?? []).length < 5) return IGN.invalidS3Arn;
  const sections = full.split(':');
  if (sections.length < 6) return invalidArn('arn: not enough sections');
  const service = sections[2];
  const resource = sections.slice(5).join(':');
  if (service !== 's3') return IGN.invalidS3Arn;
  const slashParts = full.split('/').length;
  if (resource.startsWith('accesspoint/') ? slashParts < 3 : slashParts < 2) return IGN.invalidS3Arn;
  return versionIdProblem(rawQuery);
}

// The two shapes of data URL Butane writes for file contents: base64 with canonical padding, and
// URL escaping (unreserved characters and %XX). Such a URL passes every check of the "data" branch
// below: no control character, '#' or '?' (so Go parses it with scheme "data" and no query), a
// media type part the dataurl lexer accepts (empty, or ";base64"), data characters it admits, and a
// payload that base64-decodes or URL-unescapes. Recognising them with two native scans spares the
// step-by-step lexer, which dominated validation before the JIT had warmed up.
const BASE64_DATA_URL = /^data:;base64,[A-Za-z0-9+/]*={0,2}$/;
const BASE64_DATA_START = 'data:;base64,'.length;
const ESCAPED_DATA_URL = /^data:,[A-Za-z0-9\-_.!~*'()%]*$/;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

/** Whether `s` is a data URL of one of the shapes above (true means valid in every spec version). */
export function isPlainDataUrl(s: string): boolean {
  if (!s.startsWith('data:')) return false;
  // With at most two trailing '=', a length that is a multiple of 4 leaves them exactly where padding goes.
  if (BASE64_DATA_URL.test(s)) return (s.length - BASE64_DATA_START) % 4 === 0;
  return ESCAPED_DATA_URL.test(s) && !BAD_ESCAPE.test(s);
}

/** validateURL: the problem with a source URL in spec version `minor`, if any. */
export function urlProblem(s: string, minor: number): Finding | undefined {
  if (isPlainDataUrl(s)) return undefined;
  const u = parseGoUrl(s);
  if (!u) return IGN.invalidUrl;
  const since = SCHEME_SINCE.get(u.scheme);
  if (since === undefined || minor < since) return IGN.invalidScheme;
  switch (u.scheme) {
    case 's3':
      return versionIdProblem(u.rawQuery);
    case 'arn':
      return arnProblem(u.opaque, u.rawQuery);
    case 'data': {
      const err = dataUrlError(s);
      return err === undefined ? undefined : invalidDataUrl(err);
    }
    default:
      return undefined;
  }
}

/** validateURLNilOK */
export function urlProblemNilOk(s: string | undefined, minor: number): Finding | undefined {
  return nilOrEmpty(s) ? undefined : urlProblem(s as string, minor);
}

/** Resource.validateRequiredSource (3.1+): merge configs and CA bundles must name a source. */
export function requiredSourceProblem(s: string | undefined, minor: number): Finding | undefined {
  return nilOrEmpty(s) ? IGN.sourceRequired : urlProblem(s as string, minor);
}

/** The scheme of a URL as Go parses it, or undefined when it does not parse. */
export function urlScheme(s: string): string | undefined {
  return parseGoUrl(s)?.scheme;
}
