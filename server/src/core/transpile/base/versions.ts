// Version gates of the base layer: one table instead of per-version copies.
import type { BaseVersion } from './index';

const ORDER: readonly BaseVersion[] = ['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8-exp'];

export function baseAtLeast(base: BaseVersion, min: BaseVersion): boolean {
  return ORDER.indexOf(base) >= ORDER.indexOf(min);
}

/** Behaviour that changed between base versions, keyed by what changed. */
export const GATES = {
  /** Resources with `local`, data URLs chosen by size (base64/gzip), `compression: ""` written; before: URL-escaped inline only. */
  sizedDataUrls: '0.2',
  /** `with_mount_unit` on filesystems and `trees` under storage. */
  mountUnitsAndTrees: '0.2',
  /** Mount units of LUKS devices unlocked over the network (tang) become remote mounts. */
  remoteMountUnits: '0.3',
  /** Swap filesystems get .swap units; a mount unit without path is only an error when not swap. */
  swapUnits: '0.4',
  /** `kernel_arguments` section. */
  kernelArguments: '0.4',
  /** Link target and raid level are pointers (before: plain strings, always translated). */
  pointerLinkTargetAndRaidLevel: '0.4',
  /** `contents_local` for units/dropins and `ssh_authorized_keys_local` for users. */
  localUnitsAndKeys: '0.5',
  /** Trees take user, group, file_mode and dir_mode. */
  treeOwnershipAndModes: '0.7',
  /** `systemd.quadlets`. */
  quadlets: '0.8-exp',
} as const satisfies Record<string, BaseVersion>;

export function hasGate(base: BaseVersion, gate: keyof typeof GATES): boolean {
  return baseAtLeast(base, GATES[gate]);
}
