// Warnings about the generated disks' partitions: reserved labels at the wrong number, and
// (fcos 1.3+) a root partition that is too small or cannot grow. "json" paths.
import { ReportEntry } from '../../../types';
import { warningAt } from '../../flow/report';
import { FCOS_GATES } from '../versions';
import { MSG } from '../messages';
import { Obj, isTrue, list, obj } from '../decoded';

/** Partition numbers the OS image uses for its own labels. */
const RESERVED_LABEL_NUMBERS: Record<string, number> = {
  'BIOS-BOOT': 1,
  'PowerPC-PReP-boot': 1,
  'EFI-SYSTEM': 2,
  boot: 3,
  root: 4,
};

const MIN_ROOT_MIB = 8192;

const unsetOrZero = (v: unknown): boolean => v === undefined || v === null || v === 0;

export function checkPartitions(ignition: Obj, minor: number): ReportEntry[] {
  const out: ReportEntry[] = [];
  list(obj(ignition.storage).disks).forEach((d, i) => {
    const disk = obj(d);
    const partitions = list(disk.partitions).map(obj);
    partitions.forEach((part, p) => {
      if (typeof part.label !== 'string') return;
      const at = ['storage', 'disks', i, 'partitions', p];
      if (minor >= FCOS_GATES.bootDevice && part.label === 'root') {
        if (unsetOrZero(part.sizeMiB)) {
          if (partitions.some((other, idx) => idx !== p && unsetOrZero(other.startMiB))) {
            out.push(warningAt('json', [...at, 'label'], MSG.rootConstrained, 'butane.root-partition-constrained'));
          }
        } else if ((part.sizeMiB as number) < MIN_ROOT_MIB) {
          // The reference names this field in snake case even on the json side.
          out.push(warningAt('json', [...at, 'size_mib'], MSG.rootTooSmall, 'butane.root-partition-too-small'));
        }
      }
      // A wiped table has nothing to match, so numbers do not matter there.
      if (!isTrue(disk.wipeTable)) {
        const expected = RESERVED_LABEL_NUMBERS[part.label];
        if (expected !== undefined && (part.number ?? 0) !== expected) {
          out.push(warningAt('json', [...at, 'label'], MSG.wrongPartitionNumber, 'butane.partition-wrong-number'));
        }
      }
    });
  });
  return out;
}
