// Variant layers on top of the base: the FCOS layer (boot_device, grub), gated on the fcos
// scale ('1.0' … '1.8-exp'; OpenShift versions use the fcos layer they embed), and the OpenShift
// layer (metadata, openshift), present in every OpenShift version.
import { ModelStruct, ModelField } from './types';
import { sugar } from './fields';

const since = (v: string) => ({ gate: { since: v } });

/** Root fields each layer adds to the variant's Config, with the layer's gate. */
export const FCOS_ROOT_FIELDS: ModelField[] = [
  sugar('boot_device', 'BootDevice', 'Sugar for the boot disk: encrypt the root filesystem with LUKS and/or mirror the boot disk across several disks. Butane expands it into storage sections.', since('1.3')),
  sugar('grub', 'Grub', 'Sugar for a GRUB bootloader password: Butane writes the users into a GRUB config fragment.', since('1.5')),
];

export const OPENSHIFT_ROOT_FIELDS: ModelField[] = [
  sugar('metadata', 'Metadata', 'Kubernetes metadata of the generated MachineConfig object.', { required: true }),
  sugar('openshift', 'OpenShift', 'MachineConfig settings that the Machine Config Operator applies: kernel arguments, extensions, FIPS, kernel type.'),
];

const LAYOUT_ENUM = [
  { value: 'x86_64', doc: 'BIOS + UEFI x86_64 disk layout (the default).' },
  { value: 'aarch64', doc: 'UEFI aarch64 disk layout.' },
  { value: 'ppc64le', doc: 'PowerPC (PReP) disk layout.' },
  { value: 's390x-eckd', doc: 'IBM Z on ECKD DASD.', gate: { since: '1.6' } },
  { value: 's390x-virt', doc: 'IBM Z under KVM (virtio).', gate: { since: '1.6' } },
  { value: 's390x-zfcp', doc: 'IBM Z on zFCP SCSI disks.', gate: { since: '1.6' } },
];

export const FCOS_STRUCTS: Record<string, ModelStruct> = {
  BootDevice: {
    goName: 'BootDevice',
    layer: 'fcos',
    doc: 'Boot disk encryption and mirroring.',
    fields: [
      sugar('layout', '*string', 'CPU architecture / firmware layout of the boot disk; decides which partitions are mirrored or encrypted.', { enum: LAYOUT_ENUM, default: 'x86_64' }),
      sugar('luks', 'BootDeviceLuks', 'Encrypt the root filesystem with LUKS, unlocked by TPM2 and/or Tang (or CEX on s390x).'),
      sugar('mirror', 'BootDeviceMirror', 'Replicate the boot disk onto several disks (RAID1).'),
    ],
  },
  BootDeviceLuks: {
    goName: 'BootDeviceLuks',
    layer: 'fcos',
    doc: 'Root filesystem encryption.',
    fields: [
      sugar('cex', 'Cex', 'Use an IBM Crypto Express card to protect the key (s390x).', since('1.6')),
      sugar('discard', '*bool', 'Pass discard (TRIM) through the encryption layer.', { ...since('1.5'), default: false }),
      sugar('device', '*string', 'Device to encrypt, for s390x layouts where it cannot be derived.', since('1.6')),
      sugar('tang', '[]Tang', 'Tang servers that can unlock the root filesystem.'),
      sugar('threshold', '*int', 'How many of the pins (tang servers, tpm2) must succeed to unlock.', { default: 1 }),
      sugar('tpm2', '*bool', 'Unlock with the machine\'s TPM 2.0.', { default: false }),
    ],
  },
  BootDeviceMirror: {
    goName: 'BootDeviceMirror',
    layer: 'fcos',
    doc: 'Boot disk mirroring.',
    fields: [sugar('devices', '[]string', 'Disks that each get a full copy of the boot disk layout (at least two).')],
  },
  Grub: {
    goName: 'Grub',
    layer: 'fcos',
    doc: 'GRUB settings.',
    fields: [sugar('users', '[]GrubUser', 'Users allowed to edit boot entries or use the GRUB command line.')],
  },
  GrubUser: {
    goName: 'GrubUser',
    layer: 'fcos',
    doc: 'A GRUB superuser.',
    fields: [
      sugar('name', 'string', 'GRUB user name.', { required: true }),
      sugar('password_hash', '*string', 'PBKDF2 hash from `grub2-mkpasswd-pbkdf2` (grub.pbkdf2.sha512.…).', { required: true }),
    ],
  },
};

export const OPENSHIFT_STRUCTS: Record<string, ModelStruct> = {
  Metadata: {
    goName: 'Metadata',
    layer: 'openshift',
    doc: 'Kubernetes object metadata of the MachineConfig.',
    fields: [
      sugar('name', 'string', 'Name of the MachineConfig object.', { required: true }),
      sugar('labels', 'map[string]string', 'Labels of the MachineConfig; `machineconfiguration.openshift.io/role` (e.g. `worker` or `master`) is required and picks the machine pool.', { required: true }),
    ],
  },
  OpenShift: {
    goName: 'OpenShift',
    layer: 'openshift',
    doc: 'MachineConfig-specific settings.',
    fields: [
      sugar('kernel_arguments', '[]string', 'Kernel arguments the Machine Config Operator adds (spec.kernelArguments).'),
      sugar('extensions', '[]string', 'RHCOS extensions to install (spec.extensions), e.g. `usbguard`.'),
      sugar('fips', '*bool', 'Enable FIPS mode (spec.fips).', { default: false }),
      sugar('kernel_type', '*string', 'Kernel to run (spec.kernelType).', {
        enum: [
          { value: 'default', doc: 'The standard kernel.' },
          { value: 'realtime', doc: 'The real-time kernel.' },
        ],
        default: 'default',
      }),
    ],
  },
};
