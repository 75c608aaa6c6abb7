// The base layer: every struct of Butane's base/v0_x packages, once, with version gates on the
// base scale ('0.1' … '0.8-exp'). Base 0.x emits Ignition 3.(x-1), so the same gates describe
// the Ignition config fields too (see ignition.ts for the few Ignition-only differences).
import { ModelStruct, Gate } from './types';
import { field, sugar, ignitionOnly } from './fields';

const since = (v: string): { gate: Gate<string> } => ({ gate: { since: v } });
const until = (v: string): { gate: Gate<string> } => ({ gate: { until: v } });
const between = (a: string, b: string): { gate: Gate<string> } => ({ gate: { since: a, until: b } });

/** Go named types of the base packages and what they stand for. */
export const BASE_NAMED_TYPES: Record<string, string> = {
  Device: 'string',
  Group: 'string',
  SSHAuthorizedKey: 'string',
  FilesystemOption: 'string',
  RaidOption: 'string',
  LuksOption: 'string',
  KernelArgument: 'string',
  HTTPHeaders: '[]HTTPHeader',
};

/** Ignition rejects modes outside 0 … 07777. */
const MODE_RANGE = { minimum: 0, maximum: 0o7777 };
/** Unit types Ignition accepts (by file extension). */
const UNIT_NAME_PATTERN = '\\.(service|socket|device|mount|automount|swap|target|path|timer|snapshot|slice|scope)$';
/** Quadlet types Butane accepts (by file extension). */
const QUADLET_NAME_PATTERN = '\\.(container|volume|network|kube|image|build|pod|artifact)$';

const HASH_DOC =
  'Expected hash of the fetched contents, as `<function>-<hex digest>` (e.g. `sha512-…`). Ignition refuses the resource when it does not match.';

const COMPRESSION_ENUM = [
  { value: '', doc: 'Not compressed (the same as leaving it out); Butane writes this for data it did not compress.' },
  { value: 'gzip', doc: 'The fetched data is gzip-compressed; Ignition decompresses it before writing.' },
];

/** The shared body of a resource that Ignition fetches (v0_2+ `Resource`). */
const RESOURCE_FIELDS = [
  field('compression', '*string', 'Compression of the source data. Butane sets it itself when it compresses inline or local contents.', { enum: COMPRESSION_ENUM }),
  field('http_headers', 'HTTPHeaders', 'Extra HTTP headers sent when fetching `source` over http(s).', since('0.2')),
  field('source', '*string', 'URL to fetch the contents from (http, https, tftp, s3, gs, arn or data URL, depending on the Ignition version). Mutually exclusive with `inline` and `local`.'),
  sugar('inline', '*string', 'Contents written literally in the config; Butane turns it into a data URL (gzip-compressed when that is smaller). Mutually exclusive with `source` and `local`.'),
  sugar('local', '*string', 'Path of a file, relative to the `--files-dir` directory, whose contents Butane embeds as a data URL. Mutually exclusive with `source` and `inline`.', since('0.2')),
  field('verification', 'Verification', 'Integrity check of the fetched data.'),
];

export const BASE_STRUCTS: Record<string, ModelStruct> = {
  Config: {
    goName: 'Config',
    layer: 'base',
    doc: 'A Butane config.',
    fields: [
      sugar('version', 'string', 'Version of the Butane spec for this variant, e.g. `1.5.0`. Selects which fields exist and which Ignition spec is produced.', { required: true }),
      sugar('variant', 'string', 'The OS family the config targets: `fcos`, `flatcar`, `openshift`, `r4e` or `fiot`.', { required: true }),
      field('ignition', 'Ignition', 'Settings of Ignition itself: configs to merge or replace, TLS, proxy and timeouts.'),
      field('kernel_arguments', 'KernelArguments', 'Kernel command-line arguments that must be present or absent; Ignition edits them and reboots when needed.', since('0.4')),
      field('passwd', 'Passwd', 'Users and groups to create or modify.'),
      field('storage', 'Storage', 'Disks, partitions, RAID, LUKS volumes, filesystems, and files, directories and links to write.'),
      field('systemd', 'Systemd', 'systemd units (and, from base 0.8, Podman quadlets) to write, enable or mask.'),
    ],
  },

  // ---- ignition ----------------------------------------------------------------------------
  Ignition: {
    goName: 'Ignition',
    layer: 'base',
    doc: 'Settings of Ignition itself.',
    fields: [
      field('config', 'IgnitionConfig', 'Other Ignition configs to merge into this one or to use instead of it.'),
      field('proxy', 'Proxy', 'HTTP(S) proxy used for Ignition\'s own fetches.', since('0.2')),
      field('security', 'Security', 'TLS settings for Ignition\'s fetches.'),
      field('timeouts', 'Timeouts', 'Timeouts for Ignition\'s HTTP fetches.'),
      ignitionOnly('version', 'string', 'Ignition spec version of this config; Butane fills it in.', { required: true }),
    ],
  },
  IgnitionConfig: {
    goName: 'IgnitionConfig',
    layer: 'base',
    doc: 'Configs to combine with this one.',
    fields: [
      field('merge', '[]ConfigReference', 'Configs fetched and merged with this one, in order (later values win).', until('0.1')),
      field('merge', '[]Resource', 'Configs fetched and merged with this one, in order (later values win).', since('0.2')),
      field('replace', 'ConfigReference', 'A config fetched and used instead of this one.', until('0.1')),
      field('replace', 'Resource', 'A config fetched and used instead of this one.', since('0.2')),
    ],
  },
  ConfigReference: {
    goName: 'ConfigReference',
    layer: 'base',
    doc: 'Where to fetch another Ignition config (base 0.1).',
    fields: [
      field('source', '*string', 'URL of the config to fetch.', { required: true }),
      field('verification', 'Verification', 'Integrity check of the fetched config.'),
    ],
  },
  Proxy: {
    goName: 'Proxy',
    layer: 'base',
    doc: 'Proxy settings for Ignition\'s fetches.',
    fields: [
      field('http_proxy', '*string', 'Proxy URL for http:// fetches.'),
      field('https_proxy', '*string', 'Proxy URL for https:// fetches.'),
      field('no_proxy', '[]string', 'Hosts, domains or addresses fetched without the proxy.'),
    ],
  },
  Security: {
    goName: 'Security',
    layer: 'base',
    doc: 'Security settings for Ignition\'s fetches.',
    fields: [field('tls', 'TLS', 'TLS settings.')],
  },
  TLS: {
    goName: 'TLS',
    layer: 'base',
    doc: 'TLS settings for Ignition\'s fetches.',
    fields: [
      field('certificate_authorities', '[]CaReference', 'Extra CA certificates trusted for https fetches.', until('0.1')),
      field('certificate_authorities', '[]Resource', 'Extra CA certificates trusted for https fetches.', since('0.2')),
    ],
  },
  CaReference: {
    goName: 'CaReference',
    layer: 'base',
    doc: 'A CA certificate to fetch (base 0.1).',
    fields: [
      field('source', 'string', 'URL of the PEM certificate.', { required: true }),
      field('verification', 'Verification', 'Integrity check of the fetched certificate.'),
    ],
  },
  Timeouts: {
    goName: 'Timeouts',
    layer: 'base',
    doc: 'HTTP timeouts for Ignition\'s fetches.',
    fields: [
      field('http_response_headers', '*int', 'Seconds to wait for the response headers of an HTTP request.', { default: 10 }),
      field('http_total', '*int', 'Seconds an HTTP fetch may take in total, including retries; 0 means no limit.', { default: 0 }),
    ],
  },

  // ---- resources ---------------------------------------------------------------------------
  FileContents: {
    goName: 'FileContents',
    layer: 'base',
    doc: 'Contents of a file (base 0.1).',
    fields: RESOURCE_FIELDS.filter((f) => f.key !== 'http_headers' && f.key !== 'local'),
  },
  Resource: {
    goName: 'Resource',
    layer: 'base',
    doc: 'Data that Ignition fetches or that is embedded in the config.',
    fields: RESOURCE_FIELDS,
  },
  HTTPHeader: {
    goName: 'HTTPHeader',
    layer: 'base',
    doc: 'One HTTP header for a fetch.',
    fields: [
      field('name', 'string', 'Header name.', { required: true }),
      field('value', '*string', 'Header value.'),
    ],
  },
  Verification: {
    goName: 'Verification',
    layer: 'base',
    doc: 'Integrity check of fetched data.',
    fields: [
      // Ignition checks the function name and the digest length (hex characters), not the digits.
      field('hash', '*string', HASH_DOC + ' Spec 3.0 knows sha512 only.', { ...until('0.1'), pattern: '^sha512-[\\s\\S]{128}$' }),
      field('hash', '*string', HASH_DOC + ' Functions: sha512, sha256.', { ...since('0.2'), pattern: '^(sha512-[\\s\\S]{128}|sha256-[\\s\\S]{64})$' }),
    ],
  },

  // ---- kernel arguments --------------------------------------------------------------------
  KernelArguments: {
    goName: 'KernelArguments',
    layer: 'base',
    doc: 'Kernel command-line arguments to add or remove.',
    fields: [
      field('should_exist', '[]KernelArgument', 'Arguments that must be on the kernel command line; added when missing.'),
      field('should_not_exist', '[]KernelArgument', 'Arguments that must not be on the kernel command line; removed when present.'),
    ],
  },

  // ---- passwd ------------------------------------------------------------------------------
  Passwd: {
    goName: 'Passwd',
    layer: 'base',
    doc: 'Users and groups.',
    fields: [
      field('groups', '[]PasswdGroup', 'Groups to create or modify.'),
      field('users', '[]PasswdUser', 'Users to create or modify.'),
    ],
  },
  PasswdGroup: {
    goName: 'PasswdGroup',
    layer: 'base',
    doc: 'A group account.',
    fields: [
      field('gid', '*int', 'Numeric group ID; chosen automatically when omitted.'),
      field('name', 'string', 'Group name.', { required: true }),
      field('password_hash', '*string', 'Hashed group password, as in /etc/gshadow.'),
      field('should_exist', '*bool', 'Set to false to delete the group instead of creating it.', { ...since('0.3'), default: true }),
      field('system', '*bool', 'Create a system group (GID from the system range).', { default: false }),
    ],
  },
  PasswdUser: {
    goName: 'PasswdUser',
    layer: 'base',
    doc: 'A user account.',
    snippets: [
      { label: 'user with SSH key', description: 'A user who logs in with an SSH key.', body: { name: '${1:core}', ssh_authorized_keys: ['${2:ssh-ed25519 AAAA...}'] } },
    ],
    fields: [
      field('gecos', '*string', 'GECOS (comment / full name) field of the account.'),
      field('groups', '[]Group', 'Supplementary groups the user joins; they must already exist.'),
      field('home_dir', '*string', 'Home directory path; defaults to /home/<name>.'),
      field('name', 'string', 'User name. Existing users such as `core` are modified instead of created.', { required: true }),
      field('no_create_home', '*bool', 'Do not create the home directory.', { default: false }),
      field('no_log_init', '*bool', 'Do not add the user to the lastlog and faillog databases.', { default: false }),
      field('no_user_group', '*bool', 'Do not create a group with the same name as the user.', { default: false }),
      field('password_hash', '*string', 'Hashed password (e.g. from `mkpasswd --method=yescrypt`); an empty string disables password login.'),
      field('primary_group', '*string', 'Name or ID of the user\'s primary group.'),
      field('should_exist', '*bool', 'Set to false to delete the user instead of creating it.', { ...since('0.3'), default: true }),
      field('ssh_authorized_keys', '[]SSHAuthorizedKey', 'SSH public keys allowed to log in as this user.'),
      sugar('ssh_authorized_keys_local', '[]string', 'Files (relative to `--files-dir`) holding SSH public keys, one per line, added to `ssh_authorized_keys`.', since('0.5')),
      field('shell', '*string', 'Login shell, e.g. `/bin/bash`; the system default when omitted.'),
      field('system', '*bool', 'Create a system account (UID from the system range, no home by default).', { default: false }),
      field('uid', '*int', 'Numeric user ID; chosen automatically when omitted.'),
    ],
  },

  // ---- storage -----------------------------------------------------------------------------
  Storage: {
    goName: 'Storage',
    layer: 'base',
    doc: 'Storage layout and filesystem contents.',
    fields: [
      field('directories', '[]Directory', 'Directories to create.'),
      field('disks', '[]Disk', 'Disks to partition.'),
      field('files', '[]File', 'Regular files to write.'),
      field('filesystems', '[]Filesystem', 'Filesystems to create or reuse, and where they are mounted.'),
      field('links', '[]Link', 'Symbolic or hard links to create.'),
      field('luks', '[]Luks', 'LUKS encrypted volumes to create.', since('0.3')),
      field('raid', '[]Raid', 'Software RAID arrays to create.'),
      sugar('trees', '[]Tree', 'Directory trees under `--files-dir` to copy into the target filesystem; Butane expands them into files and links.', since('0.2')),
    ],
  },
  Disk: {
    goName: 'Disk',
    layer: 'base',
    doc: 'A disk and its partition table.',
    fields: [
      field('device', 'string', 'Absolute path of the disk device, e.g. /dev/vda or /dev/disk/by-id/….', { required: true }),
      field('partitions', '[]Partition', 'Partitions that must (or must not) exist on the disk.'),
      field('wipe_table', '*bool', 'Erase the whole partition table before creating partitions.', { default: false }),
    ],
  },
  Partition: {
    goName: 'Partition',
    layer: 'base',
    doc: 'A GPT partition.',
    fields: [
      field('guid', '*string', 'GUID of this partition (the GPT unique partition GUID); also used to match an existing partition.'),
      field('label', '*string', 'GPT partition name, shown under /dev/disk/by-partlabel/; Ignition allows at most 36 bytes and no colon.', { pattern: '^[^:]*$' }),
      field('number', 'int', 'Partition number; 0 means the next free number (then `label` is needed to match existing partitions).'),
      field('resize', '*bool', 'Allow growing (or shrinking) an existing partition to `size_mib`.', { ...since('0.3'), default: false }),
      field('should_exist', '*bool', 'Set to false to delete a matching partition.', { default: true }),
      { ...field('size_mib', '*int', 'Size in MiB; 0 uses all the remaining space.'), ign: 'sizeMiB' },
      { ...field('start_mib', '*int', 'Start offset in MiB; 0 picks the first suitable free position.'), ign: 'startMiB' },
      field('type_guid', '*string', 'GPT partition type GUID, e.g. `0FC63DAF-8483-4772-8E79-3D69D8477DE4` for a Linux filesystem.'),
      field('wipe_partition_entry', '*bool', 'Allow deleting an existing partition entry that does not match.', { default: false }),
    ],
  },
  Raid: {
    goName: 'Raid',
    layer: 'base',
    doc: 'A Linux software RAID (md) array.',
    fields: [
      field('devices', '[]Device', 'Member devices of the array.', { required: true }),
      field('level', 'string', 'RAID level.', { ...until('0.3'), required: true, enum: raidLevels() }),
      field('level', '*string', 'RAID level; may be omitted only for containers.', { ...since('0.4'), enum: raidLevels() }),
      field('name', 'string', 'Name of the array; it appears as /dev/md/<name>.', { required: true }),
      field('options', '[]RaidOption', 'Extra options passed to mdadm --create.', until('0.4')),
      field('options', '[]string', 'Extra options passed to mdadm --create.', since('0.5')),
      field('spares', '*int', 'Number of spare devices among `devices`.', { default: 0 }),
    ],
  },
  Luks: {
    goName: 'Luks',
    layer: 'base',
    doc: 'A LUKS2 encrypted volume.',
    fields: [
      field('cex', 'Cex', 'Bind the volume to an IBM Crypto Express card (s390x).', since('0.6')),
      field('clevis', '*Clevis', 'Unlock the volume automatically with Clevis (TPM2, Tang or a custom pin).', between('0.3', '0.3')),
      field('clevis', 'Clevis', 'Unlock the volume automatically with Clevis (TPM2, Tang or a custom pin).', since('0.4')),
      field('device', '*string', 'Absolute path of the block device to encrypt.'),
      field('discard', '*bool', 'Pass discard (TRIM) requests through the encryption layer.', { ...since('0.5'), default: false }),
      field('key_file', 'Resource', 'Key for the volume; a random key is generated when omitted.'),
      field('label', '*string', 'Label written into the LUKS2 header.'),
      field('name', 'string', 'Name of the opened volume; it appears as /dev/mapper/<name>.', { required: true }),
      field('open_options', '[]string', 'Extra options passed to cryptsetup when opening the volume.', since('0.5')),
      field('options', '[]LuksOption', 'Extra options passed to cryptsetup luksFormat.', between('0.3', '0.4')),
      field('options', '[]string', 'Extra options passed to cryptsetup luksFormat.', since('0.5')),
      field('uuid', '*string', 'UUID written into the LUKS header; random when omitted.'),
      field('wipe_volume', '*bool', 'Allow reformatting an existing device that does not match.', { default: false }),
    ],
  },
  Cex: {
    goName: 'Cex',
    layer: 'base',
    doc: 'IBM Crypto Express (CEX) binding of a LUKS volume.',
    fields: [field('enabled', '*bool', 'Encrypt with a secure key held by a Crypto Express card.', { default: false })],
  },
  Clevis: {
    goName: 'Clevis',
    layer: 'base',
    doc: 'Clevis automatic unlocking.',
    fields: [
      field('custom', '*Custom', 'A custom Clevis pin configuration, instead of `tang`/`tpm2`.', between('0.3', '0.3')),
      field('custom', 'ClevisCustom', 'A custom Clevis pin configuration, instead of `tang`/`tpm2`.', since('0.4')),
      field('tang', '[]Tang', 'Tang servers that can unlock the volume.'),
      field('threshold', '*int', 'How many of the pins (tang servers, tpm2) must succeed to unlock.', { default: 1 }),
      field('tpm2', '*bool', 'Unlock with the machine\'s TPM 2.0.', { default: false }),
    ],
  },
  Custom: {
    goName: 'Custom',
    layer: 'base',
    doc: 'A custom Clevis pin (base 0.3).',
    fields: [
      field('config', 'string', 'JSON configuration of the pin.', { required: true }),
      field('needs_network', '*bool', 'The pin needs networking during boot.', { default: false }),
      field('pin', 'string', 'Clevis pin name.', { required: true }),
    ],
  },
  ClevisCustom: {
    goName: 'ClevisCustom',
    layer: 'base',
    doc: 'A custom Clevis pin.',
    fields: [
      field('config', '*string', 'JSON configuration of the pin.'),
      field('needs_network', '*bool', 'The pin needs networking during boot.', { default: false }),
      field('pin', '*string', 'Clevis pin name.', { enum: clevisPins() }),
    ],
  },
  Tang: {
    goName: 'Tang',
    layer: 'base',
    doc: 'A Tang server.',
    fields: [
      field('thumbprint', '*string', 'Thumbprint of the server\'s signing key.'),
      field('url', 'string', 'http(s) URL of the Tang server.', { required: true }),
      field('advertisement', '*string', 'The server\'s advertisement (JWS JSON), so provisioning works offline.', since('0.5')),
    ],
  },
  Filesystem: {
    goName: 'Filesystem',
    layer: 'base',
    doc: 'A filesystem on a block device.',
    snippets: [
      { label: 'mounted filesystem', description: 'A filesystem with a generated mount unit.', body: { device: '/dev/disk/by-partlabel/${1:data}', format: '${2:xfs}', path: '/var/${3:data}', with_mount_unit: true }, gate: { since: '0.2' } },
    ],
    fields: [
      field('device', 'string', 'Absolute path of the block device.', { required: true }),
      field('format', '*string', 'Filesystem type to create or expect.', { enum: filesystemFormats() }),
      field('label', '*string', 'Filesystem label, which also appears as /dev/disk/by-label/<label>.'),
      field('mount_options', '[]string', 'Mount options used when Ignition mounts it (and in a generated mount unit).', since('0.2')),
      field('options', '[]FilesystemOption', 'Extra options passed to mkfs.', until('0.1')),
      field('options', '[]string', 'Extra options passed to mkfs.', since('0.2')),
      field('path', '*string', 'Mount point in the final system; Ignition mounts it there to write files.'),
      field('uuid', '*string', 'Filesystem UUID to create (or expect on an existing filesystem); chosen by mkfs when omitted.'),
      field('wipe_filesystem', '*bool', 'Allow reformatting an existing filesystem that does not match.', { default: false }),
      sugar('with_mount_unit', '*bool', 'Also generate a systemd mount (or swap) unit so the filesystem is mounted on every boot; needs `path` (except for swap).', { ...since('0.2'), default: false }),
    ],
  },
  File: {
    goName: 'File',
    layer: 'base',
    doc: 'A regular file.',
    snippets: [
      { label: 'file with inline contents', description: 'A file whose text is written in the config.', body: { path: '/etc/${1:name}', contents: { inline: '${2}' } } },
      { label: 'file from a URL', description: 'A file fetched when the machine provisions.', body: { path: '/etc/${1:name}', contents: { source: 'https://${2}', verification: { hash: 'sha512-${3}' } } } },
      { label: 'file from --files-dir', description: 'A file embedded from the local files directory.', body: { path: '/etc/${1:name}', contents: { local: '${2}' } }, gate: { since: '0.2' } },
    ],
    fields: [
      ...nodeFields('file'),
      field('append', '[]FileContents', 'Fragments appended to the file, in order.', until('0.1')),
      field('append', '[]Resource', 'Fragments appended to the file, in order.', since('0.2')),
      field('contents', 'FileContents', 'Contents of the file.', until('0.1')),
      field('contents', 'Resource', 'Contents of the file.', since('0.2')),
      field('mode', '*int', 'Permission bits, usually written in octal (e.g. 0644); Ignition uses 0644 when omitted.', MODE_RANGE),
    ],
  },
  Directory: {
    goName: 'Directory',
    layer: 'base',
    doc: 'A directory.',
    fields: [...nodeFields('directory'), field('mode', '*int', 'Permission bits, usually written in octal (e.g. 0755); Ignition uses 0755 when omitted.', MODE_RANGE)],
  },
  Link: {
    goName: 'Link',
    layer: 'base',
    doc: 'A symbolic or hard link.',
    snippets: [
      { label: 'symbolic link', description: 'A symlink to another path.', body: { path: '${1:/etc/localtime}', target: '${2:../usr/share/zoneinfo/UTC}' } },
    ],
    fields: [
      ...nodeFields('link'),
      field('hard', '*bool', 'Create a hard link instead of a symbolic link.', { default: false }),
      field('target', 'string', 'Where the link points.', { ...until('0.3'), required: true }),
      field('target', '*string', 'Where the link points (needed unless the link is being removed with overwrite).', since('0.4')),
    ],
  },
  NodeUser: {
    goName: 'NodeUser',
    layer: 'base',
    doc: 'Owner of a file, directory or link.',
    fields: [
      field('id', '*int', 'Numeric user ID. Use either `id` or `name`.'),
      field('name', '*string', 'User name, resolved in the target system. Use either `id` or `name`.'),
    ],
  },
  NodeGroup: {
    goName: 'NodeGroup',
    layer: 'base',
    doc: 'Group of a file, directory or link.',
    fields: [
      field('id', '*int', 'Numeric group ID. Use either `id` or `name`.'),
      field('name', '*string', 'Group name, resolved in the target system. Use either `id` or `name`.'),
    ],
  },
  Tree: {
    goName: 'Tree',
    layer: 'base',
    doc: 'A local directory tree to copy into the config.',
    fields: [
      sugar('group', 'NodeGroup', 'Group of every created file, directory and link.', since('0.7')),
      sugar('local', 'string', 'Directory under `--files-dir` whose contents are copied.', { required: true }),
      sugar('path', '*string', 'Where the tree goes in the target system; defaults to `/`.'),
      sugar('user', 'NodeUser', 'Owner of every created file, directory and link.', since('0.7')),
      sugar('file_mode', '*int', 'Mode of the created files; by default 0755 for executable local files and 0644 otherwise.', since('0.7')),
      sugar('dir_mode', '*int', 'Mode of the created directories (default 0755).', since('0.7')),
    ],
  },

  // ---- systemd -----------------------------------------------------------------------------
  Systemd: {
    goName: 'Systemd',
    layer: 'base',
    doc: 'systemd units.',
    fields: [
      field('units', '[]Unit', 'Units to write, enable, disable or mask.'),
      sugar('quadlets', '[]Quadlet', 'Podman quadlet files (containers, volumes, networks, …); Butane writes them under /etc/containers/systemd.', since('0.8-exp')),
    ],
  },
  Unit: {
    goName: 'Unit',
    layer: 'base',
    doc: 'A systemd unit.',
    snippets: [
      { label: 'enabled service', description: 'A service unit written and enabled.', body: { name: '${1:app}.service', enabled: true, contents: '[Unit]\nDescription=${2}\n\n[Service]\nExecStart=${3}\n\n[Install]\nWantedBy=multi-user.target\n' } },
      { label: 'drop-in', description: 'A drop-in for an existing unit.', body: { name: '${1:unit}.service', dropins: [{ name: '${2:override}.conf', contents: '[Service]\n${3}\n' }] } },
    ],
    fields: [
      field('contents', '*string', 'Full text of the unit file, written to /etc/systemd/system/<name>.'),
      sugar('contents_local', '*string', 'File under `--files-dir` holding the unit text, instead of `contents`.', since('0.5')),
      field('dropins', '[]Dropin', 'Drop-in files for the unit, written to <name>.d/.'),
      field('enabled', '*bool', 'Enable (true) or disable (false) the unit according to its [Install] section; left alone when omitted.'),
      field('mask', '*bool', 'Mask the unit (link it to /dev/null).', { default: false }),
      field('name', 'string', 'Unit file name with its type suffix, e.g. `app.service`.', { required: true, pattern: UNIT_NAME_PATTERN }),
    ],
  },
  Dropin: {
    goName: 'Dropin',
    layer: 'base',
    doc: 'A systemd drop-in file.',
    fields: [
      field('contents', '*string', 'Full text of the drop-in file (usually a section header such as [Service] and the settings to override).'),
      sugar('contents_local', '*string', 'File under `--files-dir` holding the drop-in text, instead of `contents`.', since('0.5')),
      field('name', 'string', 'Drop-in file name; must end in `.conf`.', { required: true, pattern: '\\.conf$' }),
    ],
  },
  Quadlet: {
    goName: 'Quadlet',
    layer: 'base',
    doc: 'A Podman quadlet file.',
    fields: [
      sugar('contents', '*string', 'The quadlet file text.'),
      sugar('contents_local', '*string', 'File under `--files-dir` holding the quadlet text, instead of `contents`.'),
      sugar('name', 'string', 'Quadlet file name with its type suffix, e.g. `web.container`.', { required: true, pattern: QUADLET_NAME_PATTERN }),
      sugar('rootful', 'bool', 'Install for the system (rootful Podman) instead of for users.', { default: false }),
      sugar('dropins', '[]Dropin', 'Drop-in files for the quadlet.'),
    ],
  },
};

function nodeFields(what: string) {
  return [
    field('group', 'NodeGroup', `Group of the ${what}; root when omitted.`),
    field('overwrite', '*bool', `Replace an existing node at \`path\`; otherwise an existing ${what} that does not match fails provisioning.`),
    field('path', 'string', `Absolute path of the ${what} in the target system.`, { required: true }),
    field('user', 'NodeUser', `Owner of the ${what}; root when omitted.`),
  ];
}

function raidLevels() {
  return [
    { value: 'linear', doc: 'Concatenate the devices.' },
    { value: 'raid0', doc: 'Stripe without redundancy (also `0`, `stripe`).' },
    { value: '0', doc: 'Same as raid0.' },
    { value: 'stripe', doc: 'Same as raid0.' },
    { value: 'raid1', doc: 'Mirror (also `1`, `mirror`).' },
    { value: '1', doc: 'Same as raid1.' },
    { value: 'mirror', doc: 'Same as raid1.' },
    { value: 'raid4', doc: 'Striping with a dedicated parity device.' },
    { value: '4', doc: 'Same as raid4.' },
    { value: 'raid5', doc: 'Striping with distributed parity.' },
    { value: '5', doc: 'Same as raid5.' },
    { value: 'raid6', doc: 'Striping with double distributed parity.' },
    { value: '6', doc: 'Same as raid6.' },
    { value: 'raid10', doc: 'Striped mirrors.' },
    { value: '10', doc: 'Same as raid10.' },
  ];
}

function filesystemFormats() {
  return [
    { value: 'ext4', doc: 'ext4.' },
    { value: 'btrfs', doc: 'Btrfs.' },
    { value: 'xfs', doc: 'XFS.' },
    { value: 'vfat', doc: 'FAT (e.g. for an EFI system partition).' },
    { value: 'swap', doc: 'Swap space.' },
    { value: 'none', doc: 'No filesystem: wipe an existing one.', gate: { since: '0.4' } },
  ];
}

function clevisPins() {
  return [
    { value: 'tpm2', doc: 'TPM 2.0 pin.' },
    { value: 'tang', doc: 'Tang pin.' },
    { value: 'sss', doc: 'Shamir secret sharing over other pins.' },
  ];
}
