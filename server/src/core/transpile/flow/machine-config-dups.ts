// The reference runs Ignition's duplicate check over the whole MachineConfig, not only over the
// Ignition config inside it: the spec's string lists (kernelArguments, extensions) must hold
// distinct entries too. Their findings come before those of spec.config, as the struct walk
// visits the spec itself before descending into its fields.
import { Path, ReportEntry } from '../../types';
import { MachineConfigShell } from './layer';
import { errorAt } from './report';

const DUPLICATE_ENTRY = 'duplicate entry defined';

/** "json" entries for repeated items of the MachineConfig spec's own lists. */
export function machineConfigSpecDuplicates(shell: MachineConfigShell): ReportEntry[] {
  const out: ReportEntry[] = [];
  const check = (items: unknown[] | undefined, field: string): void => {
    const seen = new Set<string>();
    (items ?? []).forEach((item, i) => {
      const key = String(item);
      if (seen.has(key)) out.push(errorAt('json', ['spec', field, i] as Path, DUPLICATE_ENTRY, 'ignition.duplicate'));
      seen.add(key);
    });
  };
  check(shell.kernelArguments, 'kernelArguments');
  check(shell.extensions, 'extensions');
  return out;
}
