// The scheme of a URL as Go's net/url.Parse sees it, or undefined where Parse would fail
// (e.g. a space or other character a host may not hold: "http://a b"). The Ignition layer
// already models net/url completely, so this defers to it rather than keeping a second parser.
import { urlScheme } from '../../../ignition/urls';

/** Lower-cased scheme ('' when there is none), or undefined when the URL does not parse. */
export function goUrlScheme(raw: string): string | undefined {
  return urlScheme(raw);
}
