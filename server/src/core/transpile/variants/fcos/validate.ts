// The fcos layer's own source rules: boot_device, grub users and (1.6+) partition reuse and
// mount unit paths. Paths are "yaml" paths from the document root.
import { ReportEntry } from '../../../types';
import { errorAt, warningAt } from '../../flow/report';
import { FCOS_GATES } from '../versions';
import { MSG } from '../messages';
import { Obj, isTrue, list, notEmpty, obj, str } from '../decoded';

const BOOT_DISK = '/dev/disk/by-id/coreos-boot-disk';
const ALLOWED_MOUNTPOINT = /^\/(etc|var)(\/|$)/;
// Unanchored at the start, as in the reference.
const DASD_DEVICE = /\/dev\/dasd[a-z]$/;
const SD_DEVICE = /\/dev\/sd[a-z]$/;

const err = (path: (string | number)[], message: string, code: string): ReportEntry => errorAt('yaml', path, message, code);
const warn = (path: (string | number)[], message: string, code: string): ReportEntry => warningAt('yaml', path, message, code);

/** Top-level rules of fcos 1.6+ (the reference hangs them on the whole config). */
export function validateFcosTopLevel(config: Obj): ReportEntry[] {
  const out: ReportEntry[] = [];
  const storage = obj(config.storage);
  const mirrorDevices = new Set(list(obj(obj(config.boot_device).mirror).devices));
  list(storage.disks).forEach((d, i) => {
    const disk = obj(d);
    const device = str(disk.device) ?? '';
    if (device === BOOT_DISK || isTrue(disk.wipe_table) || mirrorDevices.has(device)) return;
    list(disk.partitions).forEach((p, j) => {
      const part = obj(p);
      if ((part.number ?? 0) === 0 && part.label !== undefined) {
        out.push(warn(['storage', 'disks', i, 'partitions', j, 'number'], MSG.reuseByLabel, 'butane.partition-reuse-by-label'));
      }
    });
  });
  list(storage.filesystems).forEach((f, i) => {
    const fs = obj(f);
    const path = str(fs.path);
    if (path !== undefined && !ALLOWED_MOUNTPOINT.test(path) && isTrue(fs.with_mount_unit)) {
      out.push(err(['storage', 'filesystems', i, 'path'], MSG.mountPointForbidden, 'butane.mount-point-forbidden'));
    }
  });
  return out;
}

function validateLayout(layout: string, bd: Obj, minor: number): ReportEntry[] {
  const out: ReportEntry[] = [];
  const device = obj(bd.luks).device;
  const at = ['boot_device', 'layout'];
  const s390x = minor >= FCOS_GATES.s390x;
  const needsDevice = (re: RegExp): void => {
    if (!notEmpty(device)) out.push(err(at, MSG.noLuksBootDevice, 'butane.boot-device-luks-device-required'));
    else if (!re.test(device)) out.push(err(at, MSG.luksBootDeviceBadName, 'butane.boot-device-luks-device-name'));
  };
  if (layout === 'aarch64' || layout === 'ppc64le' || layout === 'x86_64') {
    // known everywhere
  } else if (s390x && layout === 's390x-eckd') {
    needsDevice(DASD_DEVICE);
  } else if (s390x && layout === 's390x-zfcp') {
    needsDevice(SD_DEVICE);
  } else if (s390x && layout === 's390x-virt') {
    // no device needed
  } else {
    out.push(err(at, s390x ? MSG.unknownBootDeviceLayout : MSG.unknownBootDeviceLayoutLegacy, 'butane.boot-device-unknown-layout'));
  }
  if (s390x && layout.startsWith('s390x') && list(obj(bd.mirror).devices).length > 0) {
    out.push(err(at, MSG.mirrorNotSupported, 'butane.boot-device-mirror-not-supported'));
  }
  return out;
}

function validateMirror(bd: Obj): ReportEntry[] {
  if (list(obj(bd.mirror).devices).length !== 1) return [];
  return [err(['boot_device', 'mirror', 'devices'], MSG.tooFewMirrorDevices, 'butane.boot-device-too-few-mirror-devices')];
}

/** boot_device rules (fcos 1.3+), in the order the reference's validation walk reaches them. */
export function validateBootDevice(config: Obj, minor: number): ReportEntry[] {
  const bd = obj(config.boot_device);
  const luks = obj(bd.luks);
  const layout = str(bd.layout);
  const out: ReportEntry[] = [];

  if (list(obj(bd.mirror).devices).length > 0 && layout === undefined) {
    const entry = minor >= FCOS_GATES.strictBootDevice ? err : warn;
    out.push(entry(['boot_device', 'mirror'], MSG.mirrorRequiresLayout, 'butane.boot-device-mirror-requires-layout'));
  }
  if (layout !== undefined) out.push(...validateLayout(layout, bd, minor));

  if (minor >= FCOS_GATES.s390x && isTrue(obj(luks.cex).enabled)) {
    if (layout === undefined) {
      out.push(err(['boot_device', 'luks', 'cex'], MSG.cexArchitectureMismatch, 'butane.boot-device-cex-architecture'));
    } else if (!layout.startsWith('s390x')) {
      out.push(err(['boot_device', 'layout'], MSG.cexArchitectureMismatch, 'butane.boot-device-cex-architecture'));
    }
    if (list(luks.tang).length > 0 || isTrue(luks.tpm2)) {
      out.push(err(['boot_device', 'luks'], MSG.cexWithClevis, 'butane.boot-device-cex-with-clevis'));
    }
  }
  // The reference checks the mirror from the boot device and again when it walks into the
  // mirror itself, so a single device is reported twice.
  out.push(...validateMirror(bd));

  if (minor >= FCOS_GATES.strictBootDevice && notEmpty(luks.device)) {
    const hasTang = list(luks.tang).some((t) => Object.values(obj(t)).some((v) => v !== undefined));
    if (!hasTang && !isTrue(luks.tpm2) && !isTrue(obj(luks.cex).enabled)) {
      // The reference appends "luks" to the luks path itself, hence the doubled key.
      out.push(err(['boot_device', 'luks', 'luks'], MSG.noLuksMethod, 'butane.boot-device-luks-no-method'));
    }
  }
  out.push(...validateMirror(bd));
  return out;
}

/** grub.users rules (fcos 1.5+). */
export function validateGrub(config: Obj): ReportEntry[] {
  const out: ReportEntry[] = [];
  list(obj(config.grub).users).forEach((u, i) => {
    const user = obj(u);
    if ((str(user.name) ?? '') === '') {
      out.push(err(['grub', 'users', i, 'name'], MSG.grubUserNameRequired, 'butane.grub-user-name-required'));
    }
    if (!notEmpty(user.password_hash)) {
      out.push(err(['grub', 'users', i, 'password_hash'], MSG.grubPasswordRequired, 'butane.grub-password-required'));
    }
  });
  return out;
}
