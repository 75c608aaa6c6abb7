// Which Butane base spec each variant version builds on, and the version conditions of the
// variant layers, as tables rather than per-version copies.
import { BaseVersion } from '../base';

/** Minor version of a "1.x.y[-experimental]" / "4.x.y[-experimental]" spec version. */
export function minorOf(version: string): number {
  const m = /^\d+\.(\d+)\./.exec(version);
  return m ? Number(m[1]) : -1;
}

/** fcos 1.x → base spec. */
const FCOS_BASE: Record<number, BaseVersion> = {
  0: '0.1',
  1: '0.2',
  2: '0.3',
  3: '0.3',
  4: '0.4',
  5: '0.5',
  6: '0.6',
  7: '0.7',
  8: '0.8-exp',
};

export function fcosBase(minor: number): BaseVersion {
  const base = FCOS_BASE[minor];
  if (!base) throw new Error(`no base spec known for fcos 1.${minor}`);
  return base;
}

/** openshift 4.x → the fcos 1.y it extends. */
export function openshiftFcosMinor(minor: number): number {
  if (minor < 8 || minor > 23) throw new Error(`no fcos spec known for openshift 4.${minor}`);
  if (minor <= 13) return 3;
  if (minor <= 18) return 5;
  if (minor <= 22) return 6;
  return 8;
}

/** flatcar, r4e and fiot versions → base spec. */
export const RESTRICTED_BASE: Record<string, Record<number, BaseVersion>> = {
  flatcar: { 0: '0.4', 1: '0.5', 2: '0.8-exp' },
  r4e: { 0: '0.4', 1: '0.5', 2: '0.8-exp' },
  fiot: { 0: '0.5', 1: '0.8-exp' },
};

/** fcos layer features by the minor version that introduced (or changed) them. */
export const FCOS_GATES = {
  /** boot_device sugar and the root partition size checks. */
  bootDevice: 3,
  /** grub.users sugar. */
  grub: 5,
  /** s390x layouts, luks.device and luks.cex; the current layout message; the top-level source rules. */
  s390x: 6,
  /** mirror without layout becomes an error (was a warning); luks.device needs a method. */
  strictBootDevice: 7,
} as const;

/** openshift layer features by minor version. */
export const OPENSHIFT_GATES = {
  /** Resources are never compressed automatically up to this version. */
  lastWithoutAutoCompression: 9,
  /** The passwordHash user field is refused up to this version. */
  lastRefusingPasswordHash: 12,
  /** Special mode bits are refused from this version. */
  specialModeCheck: 10,
  /** storage.filesystems format "none" and top-level kernel_arguments are refused from this version. */
  formatNoneCheck: 14,
  /** openshift.fips adds LUKS cipher options up to this version. */
  lastWithFipsLuksOptions: 19,
  /** CEX root LUKS requires the rd.luks.key kernel argument from this version. */
  cexKernelArgumentCheck: 19,
  /** The grub user.cfg is written as contents instead of an append. */
  grubAsContents: 23,
} as const;
