// Keys worth suggesting inside map-typed fields, where the model has no fixed key list.
import type { Path } from './document-model';
import type { SpecContext } from './spec-context';

export interface WellKnownMapKey {
  key: string;
  /** Snippet for the value. */
  value: string;
  doc: string;
}

export function wellKnownMapKeys(ctx: SpecContext, path: Path): WellKnownMapKey[] {
  if (ctx.variant === 'openshift' && path.length === 2 && path[0] === 'metadata' && path[1] === 'labels') {
    return [
      {
        key: 'machineconfiguration.openshift.io/role',
        value: '${1|worker,master|}',
        doc: 'The machine pool the MachineConfig applies to. Butane refuses an openshift config without this label (unless --raw).',
      },
    ];
  }
  return [];
}
