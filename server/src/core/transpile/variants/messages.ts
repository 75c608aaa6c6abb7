// User-visible messages of the variant layers, exactly as the reference prints them.
export const MSG = {
  unknownBootDeviceLayout: 'layout must be one of: aarch64, ppc64le, s390x-eckd, s390x-virt, s390x-zfcp, x86_64',
  unknownBootDeviceLayoutLegacy: 'layout must be one of: aarch64, ppc64le, x86_64',
  tooFewMirrorDevices: 'mirroring requires at least two devices',
  mirrorRequiresLayout: 'boot_device.layout should be specified when boot_device.mirror is specified',
  noLuksBootDevice: 'device is required for layouts: s390x-eckd, s390x-zfcp',
  mirrorNotSupported: 'mirroring not supported on layouts: s390x-eckd, s390x-zfcp, s390x-virt',
  luksBootDeviceBadName: 'device name must start with /dev/dasd on s390x-eckd layout or /dev/sd on s390x-zfcp layout',
  cexArchitectureMismatch: 'when using cex the targeted architecture must match s390x',
  cexNotSupported: 'cex is not currently supported on the target platform',
  noLuksMethod: 'no method specified for luks',
  cexWithClevis: 'cannot use cex with clevis',

  reuseByLabel:
    'partitions cannot be reused by label; number must be specified except on boot disk (/dev/disk/by-id/coreos-boot-disk) or when wipe_table is true',
  wrongPartitionNumber: 'incorrect partition number; a new partition will be created using reserved label',
  rootTooSmall: 'root should have 8GiB of space assigned',
  rootConstrained: 'root partition cannot expand; it is set to fill available space but is followed by an auto-positioned partition',
  mountPointForbidden: 'path must be under /etc or /var if with_mount_unit is true',

  grubUserNameRequired: 'field "name" is required',
  grubPasswordRequired: 'field "password_hash" is required',

  fieldElided: 'field ignored in raw mode',
  nameRequired: 'metadata.name is required',
  roleRequired: 'machineconfiguration.openshift.io/role label is required',
  invalidKernelType: 'must be empty, "default", or "realtime"',
  btrfsSupport: 'btrfs is not supported in this spec version',
  filesystemNoneSupport: 'format "none" is not supported in this spec version',
  fileSchemeSupport: 'file contents source must be data URL in this spec version',
  fileAppendSupport: 'appending to files is not supported in this spec version',
  fileCompressionSupport: 'file compression is not supported in this spec version',
  fileHeaderSupport: 'file HTTP headers are not supported in this spec version',
  fileSpecialModeSupport: 'special mode bits are not supported in this spec version',
  groupSupport: 'groups are not supported in this spec version',
  userFieldSupport:
    'fields other than "name", "ssh_authorized_keys", and "password_hash" (4.13.0+) are not supported in this spec version',
  userNameSupport: 'users other than "core" are not supported in this spec version',
  kernelArgumentSupport:
    'this section cannot be used for kernel arguments in this spec version; use openshift.kernel_arguments instead',
  missingKernelArgumentCex: "'rd.luks.key=/etc/luks/cex.key' must be set as kernel argument when CEX is enabled for the boot device",

  clevisSupport: 'clevis is not supported in this spec version',
  directorySupport: 'directories are not supported in this spec version',
  diskSupport: 'disk customization is not supported in this spec version',
  filesystemSupport: 'filesystem customization is not supported in this spec version',
  linkSupport: 'links are not supported in this spec version',
  luksSupport: 'luks is not supported in this spec version',
  raidSupport: 'raid is not supported in this spec version',
  generalKernelArgumentSupport: 'kernel argument customization is not supported in this spec version',
} as const;
