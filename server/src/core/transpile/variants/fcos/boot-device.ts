// boot_device sugar (fcos 1.3+): mirrored boot disks (partitions, RAID, filesystems) and an
// encrypted root (LUKS with Clevis TPM2/Tang, or CEX), merged under the user's own storage.
import { Path } from '../../../types';
import { TranslationSet } from '../../translation-set';
import { mergeTranslatedConfigs } from '../../flow/merge';
import { addFromCommonSource, prefixPaths } from '../../flow/translation-ops';
import { FCOS_GATES } from '../versions';
import { Obj, isTrue, list, obj, str } from '../decoded';

const TYPE_GUID = {
  reserved: '8DA63339-0007-60C0-C436-083AC8230908',
  bios: '21686148-6449-6E6F-744E-656564454649',
  prep: '9E1A2D38-C612-4316-AA26-8B49521E5A8B',
  esp: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
};

/** Sizes of the OS image's partitions (layout v1); the copies must not be smaller. */
const SIZE_MIB = { reserved: 1, bios: 1, prep: 4, esp: 127, boot: 384 };

interface LayoutParts {
  bios: boolean;
  efi: boolean;
  prep: boolean;
}

function layoutParts(layout: string | undefined): LayoutParts {
  switch (layout) {
    case undefined:
    case 'x86_64':
      return { bios: true, efi: true, prep: false };
    case 'aarch64':
      return { bios: false, efi: true, prep: false };
    case 'ppc64le':
      return { bios: false, efi: false, prep: true };
    default:
      // s390x layouts: no firmware partitions
      return { bios: false, efi: false, prep: false };
  }
}

function mirrorDisk(device: string, n: number, parts: LayoutParts): Obj {
  const partition = (kind: 'bios' | 'prep' | 'reserved' | 'esp'): Obj => ({
    label: `${kind}-${n}`,
    sizeMiB: SIZE_MIB[kind],
    typeGuid: TYPE_GUID[kind],
  });
  const partitions: Obj[] = [];
  partitions.push(partition(parts.bios ? 'bios' : parts.prep ? 'prep' : 'reserved'));
  partitions.push(partition(parts.efi ? 'esp' : 'reserved'));
  partitions.push({ label: `boot-${n}`, sizeMiB: SIZE_MIB.boot }, { label: `root-${n}` });
  return { device, partitions, wipeTable: true };
}

const filesystem = (device: string, format: string, label: string): Obj => ({ device, format, label, wipeFilesystem: true });

/** Clevis (or CEX) settings of the root LUKS volume and their translations (relative paths). */
function luksBinding(luks: Obj, cex: boolean): { key: 'clevis' | 'cex'; value: Obj; ts: TranslationSet } {
  const ts = new TranslationSet();
  const value: Obj = {};
  if (cex) {
    value.enabled = obj(luks.cex).enabled;
    // The reference records this one without the "cex" level on the source side.
    ts.add(['enabled'], ['enabled']);
  } else {
    if (luks.tang !== undefined) {
      const tang = list(luks.tang).map((t) => ({ ...obj(t) }));
      value.tang = tang;
      tang.forEach((t, i) => {
        for (const k of Object.keys(t)) ts.add(['tang', i, k], ['tang', i, k]);
        ts.add(['tang', i], ['tang', i]);
      });
      ts.add(['tang'], ['tang']);
    }
    if (luks.threshold !== undefined) {
      value.threshold = luks.threshold;
      ts.add(['threshold'], ['threshold']);
    }
    if (luks.tpm2 !== undefined) {
      value.tpm2 = luks.tpm2;
      ts.add(['tpm2'], ['tpm2']);
    }
  }
  ts.add([], []);
  return { key: cex ? 'cex' : 'clevis', value, ts };
}

/** Adds the boot_device sugar to `ignition`; returns the merged config and translations. */
export function processBootDevice(
  config: Obj,
  minor: number,
  ignition: Obj,
  ts: TranslationSet,
): { ignition: Obj; translations: TranslationSet } {
  const bd = obj(config.boot_device);
  const luks = obj(bd.luks);
  const cex = minor >= FCOS_GATES.s390x && isTrue(obj(luks.cex).enabled);
  const wantLuks = isTrue(luks.tpm2) || list(luks.tang).length > 0 || cex;
  const devices = list(obj(bd.mirror).devices).map((d) => str(d) ?? '');
  const wantMirror = devices.length > 0;
  if (!wantLuks && !wantMirror) return { ignition, translations: ts };

  const layout = str(bd.layout);
  const parts = layoutParts(layout);
  const disks: Obj[] = [];
  const filesystems: Obj[] = [];
  const storage: Obj = {};
  const rts = new TranslationSet();
  const bdPath: Path = ['boot_device'];

  if (wantMirror) {
    devices.forEach((device, i) => {
      const n = disks.length + 1;
      const disk = mirrorDisk(device, n, parts);
      addFromCommonSource(rts, ['boot_device', 'mirror', 'devices', i], ['storage', 'disks', disks.length], disk);
      disks.push(disk);
      if (parts.efi) {
        const esp = filesystem(`/dev/disk/by-partlabel/esp-${n}`, 'vfat', `esp-${n}`);
        addFromCommonSource(rts, ['boot_device', 'mirror', 'devices', i], ['storage', 'filesystems', filesystems.length], esp);
        filesystems.push(esp);
      }
    });
    rts.add(['boot_device', 'mirror', 'devices'], ['storage', 'disks']);
    const members = (prefix: string): string[] => disks.map((_, i) => `/dev/disk/by-partlabel/${prefix}-${i + 1}`);
    // The boot RAID keeps its superblock at the end so BIOS GRUB can read a member as plain ext4.
    const raid: Obj[] = [
      { devices: members('boot'), level: 'raid1', name: 'md-boot', options: ['--metadata=1.0'] },
      { devices: members('root'), level: 'raid1', name: 'md-root' },
    ];
    addFromCommonSource(rts, ['boot_device', 'mirror'], ['storage', 'raid'], raid);
    storage.raid = raid;
    const bootFs = filesystem('/dev/md/md-boot', 'ext4', 'boot');
    addFromCommonSource(rts, ['boot_device', 'mirror'], ['storage', 'filesystems', filesystems.length], bootFs);
    filesystems.push(bootFs);
  }

  if (wantLuks) {
    let luksDevice: string;
    if (layout === 's390x-eckd') luksDevice = `${str(luks.device) ?? ''}2`;
    else if (layout === 's390x-zfcp') luksDevice = `${str(luks.device) ?? ''}4`;
    else if (wantMirror) luksDevice = '/dev/md/md-root';
    else luksDevice = '/dev/disk/by-partlabel/root';
    const binding = luksBinding(luks, cex);
    const volume: Obj = { [binding.key]: binding.value, device: luksDevice };
    if (luks.discard !== undefined) volume.discard = luks.discard;
    Object.assign(volume, { label: 'luks-root', name: 'root', wipeVolume: true });
    storage.luks = [volume];
    const lpath: Path = ['boot_device', 'luks'];
    const rpath: Path = ['storage', 'luks', 0];
    rts.merge(prefixPaths(binding.ts, lpath, [...rpath, binding.key]));
    rts.add([...lpath, 'discard'], [...rpath, 'discard']);
    for (const f of ['device', 'label', 'name', 'wipeVolume']) rts.add(lpath, [...rpath, f]);
    rts.add(lpath, rpath);
    rts.add(lpath, ['storage', 'luks']);
  }

  const rootFs = filesystem(wantLuks ? '/dev/mapper/root' : '/dev/md/md-root', 'xfs', 'root');
  addFromCommonSource(rts, bdPath, ['storage', 'filesystems', filesystems.length], rootFs);
  rts.add(bdPath, ['storage', 'filesystems']);
  filesystems.push(rootFs);

  if (disks.length > 0) storage.disks = disks;
  storage.filesystems = filesystems;
  rts.add(bdPath, ['storage']);

  const merged = mergeTranslatedConfigs({ storage }, rts, ignition, ts);
  return { ignition: merged.config, translations: merged.translations };
}
