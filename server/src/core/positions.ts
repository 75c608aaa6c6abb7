// The one place that maps a YAML path to a source position and back.
import { Path } from './types';
import { YNode, YPos } from './yaml/types';

/**
 * The position the reference reports for `path`: that of the deepest node that exists along it
 * (vcontext's Correlate), so a missing key is reported at its nearest existing parent.
 */
export function correlate(_root: YNode | null, _path: Path): YPos | undefined {
  throw new Error('correlate: not implemented yet');
}
