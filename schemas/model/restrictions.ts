// Fields a variant refuses even though its base version has them (Butane's per-variant field
// filters). The messages are the exact texts the reference prints for them. OpenShift's filters
// only apply to MachineConfig output: with --raw the same fields pass through to Ignition.
import { Gate } from './types';

export interface VariantRestriction {
  variant: 'fcos' | 'flatcar' | 'openshift' | 'r4e' | 'fiot';
  /** Versions of that variant (by the variant's own order) the restriction applies to. */
  versions?: Gate<string>;
  /** Butane YAML keys from the root; list levels are implied (e.g. passwd.users.shell). */
  path: string[];
  /** Error text the reference reports at that field. */
  message: string;
  /** Only when producing a MachineConfig (openshift without --raw). */
  machineConfigOnly?: boolean;
}

const NOT_USER_FIELD =
  'fields other than "name", "ssh_authorized_keys", and "password_hash" (4.13.0+) are not supported in this spec version';

const openshift = (path: string, message: string, versions?: Gate<string>): VariantRestriction => ({
  variant: 'openshift',
  path: path.split('.'),
  message,
  machineConfigOnly: true,
  versions,
});

/** r4e and fiot images cannot repartition or reformat, nor change kernel arguments through Ignition. */
const edgeVariants = (['r4e', 'fiot'] as const).flatMap((variant): VariantRestriction[] => [
  { variant, path: ['kernel_arguments'], message: 'kernel argument customization is not supported in this spec version' },
  { variant, path: ['storage', 'disks'], message: 'disk customization is not supported in this spec version' },
  { variant, path: ['storage', 'filesystems'], message: 'filesystem customization is not supported in this spec version' },
  { variant, path: ['storage', 'luks'], message: 'luks is not supported in this spec version' },
  { variant, path: ['storage', 'raid'], message: 'raid is not supported in this spec version' },
]);

export const VARIANT_RESTRICTIONS: readonly VariantRestriction[] = [
  { variant: 'flatcar', versions: { until: '1.1.0' }, path: ['storage', 'luks', 'clevis'], message: 'clevis is not supported in this spec version' },
  { variant: 'flatcar', versions: { since: '1.2.0-experimental' }, path: ['storage', 'luks', 'cex'], message: 'cex is not currently supported on the target platform' },
  ...edgeVariants,
  openshift('kernel_arguments', 'this section cannot be used for kernel arguments in this spec version; use openshift.kernel_arguments instead'),
  openshift('passwd.groups', 'groups are not supported in this spec version'),
  ...['gecos', 'groups', 'home_dir', 'no_create_home', 'no_log_init', 'no_user_group', 'primary_group', 'shell', 'should_exist', 'system', 'uid'].map(
    (key) => openshift(`passwd.users.${key}`, NOT_USER_FIELD),
  ),
  openshift('passwd.users.password_hash', NOT_USER_FIELD, { until: '4.12.0' }),
  openshift('storage.directories', 'directories are not supported in this spec version'),
  openshift('storage.files.append', 'appending to files is not supported in this spec version'),
  openshift('storage.files.contents.compression', 'file compression is not supported in this spec version', { until: '4.9.0' }),
  openshift('storage.files.contents.http_headers', 'file HTTP headers are not supported in this spec version'),
  openshift('storage.links', 'links are not supported in this spec version'),
];
