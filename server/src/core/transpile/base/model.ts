// The shape of the base Butane types as the automatic translation needs it: which fields exist,
// which are pointers (translated only when set) and which are plain values (always translated,
// zero value when absent), and which nested types they hold. Fields the automatic translation
// skips (inline, local, *_local, with_mount_unit, trees, quadlets) are left out here and handled
// by the section translators.
import type { BaseVersion } from './index';
import { hasGate } from './versions';

/**
 * 'ptr'  pointer scalar: copied when set.
 * 'str' / 'int'  plain scalar: always copied (zero value when absent).
 * 'list'  list of scalars; 'list:T' list of struct T; 'struct:T' nested struct T.
 */
export type FieldKind = 'ptr' | 'str' | 'int' | 'list' | `list:${string}` | `struct:${string}`;

export interface ModelField {
  yaml: string;
  json: string;
  kind: FieldKind;
}

/** Butane's snake_case key to Ignition's camelCase one (`size_mib` → `sizeMiB`). */
export function camelKey(yamlKey: string): string {
  let key = yamlKey;
  if (key.endsWith('_mib')) key = key.slice(0, -'_mib'.length) + 'MiB';
  return key.replace(/_([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/_/g, '');
}

type Spec = [string, FieldKind][];

const STRUCTS: Record<string, Spec> = {
  Ignition: [['config', 'struct:IgnitionConfig'], ['proxy', 'struct:Proxy'], ['security', 'struct:Security'], ['timeouts', 'struct:Timeouts']],
  IgnitionConfig: [['merge', 'list:Resource'], ['replace', 'struct:Resource']],
  Proxy: [['http_proxy', 'ptr'], ['https_proxy', 'ptr'], ['no_proxy', 'list']],
  Security: [['tls', 'struct:TLS']],
  TLS: [['certificate_authorities', 'list:Resource']],
  Timeouts: [['http_response_headers', 'ptr'], ['http_total', 'ptr']],
  Resource: [['verification', 'struct:Verification'], ['http_headers', 'list:HTTPHeader'], ['source', 'ptr'], ['compression', 'ptr']],
  Verification: [['hash', 'ptr']],
  // base 0.1's certificate authority reference: a plain (always translated) source
  CaReference: [['source', 'str'], ['verification', 'struct:Verification']],
  HTTPHeader: [['name', 'str'], ['value', 'ptr']],
  KernelArguments: [['should_exist', 'list'], ['should_not_exist', 'list']],
  Passwd: [['groups', 'list:PasswdGroup'], ['users', 'list:PasswdUser']],
  PasswdGroup: [['gid', 'ptr'], ['name', 'str'], ['password_hash', 'ptr'], ['should_exist', 'ptr'], ['system', 'ptr']],
  PasswdUser: [
    ['gecos', 'ptr'], ['groups', 'list'], ['home_dir', 'ptr'], ['name', 'str'], ['no_create_home', 'ptr'],
    ['no_log_init', 'ptr'], ['no_user_group', 'ptr'], ['password_hash', 'ptr'], ['primary_group', 'ptr'],
    ['shell', 'ptr'], ['should_exist', 'ptr'], ['ssh_authorized_keys', 'list'], ['system', 'ptr'], ['uid', 'ptr'],
  ],
  Storage: [
    ['directories', 'list:Directory'], ['disks', 'list:Disk'], ['files', 'list:File'], ['filesystems', 'list:Filesystem'],
    ['links', 'list:Link'], ['luks', 'list:Luks'], ['raid', 'list:Raid'],
  ],
  NodeUser: [['id', 'ptr'], ['name', 'ptr']],
  NodeGroup: [['id', 'ptr'], ['name', 'ptr']],
  Directory: [['group', 'struct:NodeGroup'], ['user', 'struct:NodeUser'], ['overwrite', 'ptr'], ['path', 'str'], ['mode', 'ptr']],
  File: [
    ['group', 'struct:NodeGroup'], ['user', 'struct:NodeUser'], ['append', 'list:Resource'], ['contents', 'struct:Resource'],
    ['overwrite', 'ptr'], ['path', 'str'], ['mode', 'ptr'],
  ],
  Link: [['group', 'struct:NodeGroup'], ['user', 'struct:NodeUser'], ['target', 'ptr'], ['hard', 'ptr'], ['overwrite', 'ptr'], ['path', 'str']],
  Disk: [['device', 'str'], ['partitions', 'list:Partition'], ['wipe_table', 'ptr']],
  Partition: [
    ['guid', 'ptr'], ['label', 'ptr'], ['number', 'int'], ['resize', 'ptr'], ['should_exist', 'ptr'], ['size_mib', 'ptr'],
    ['start_mib', 'ptr'], ['type_guid', 'ptr'], ['wipe_partition_entry', 'ptr'],
  ],
  Filesystem: [
    ['device', 'str'], ['format', 'ptr'], ['label', 'ptr'], ['mount_options', 'list'], ['options', 'list'], ['path', 'ptr'],
    ['uuid', 'ptr'], ['wipe_filesystem', 'ptr'],
  ],
  Luks: [
    ['cex', 'struct:Cex'], ['clevis', 'struct:Clevis'], ['device', 'ptr'], ['discard', 'ptr'], ['key_file', 'struct:Resource'],
    ['label', 'ptr'], ['name', 'str'], ['open_options', 'list'], ['options', 'list'], ['uuid', 'ptr'], ['wipe_volume', 'ptr'],
  ],
  Cex: [['enabled', 'ptr']],
  Clevis: [['custom', 'struct:ClevisCustom'], ['tang', 'list:Tang'], ['threshold', 'ptr'], ['tpm2', 'ptr']],
  ClevisCustom: [['config', 'ptr'], ['needs_network', 'ptr'], ['pin', 'ptr']],
  Tang: [['thumbprint', 'ptr'], ['url', 'str'], ['advertisement', 'ptr']],
  Raid: [['devices', 'list'], ['level', 'ptr'], ['name', 'str'], ['options', 'list'], ['spares', 'ptr']],
  Systemd: [['units', 'list:Unit']],
  Unit: [['contents', 'ptr'], ['dropins', 'list:Dropin'], ['enabled', 'ptr'], ['mask', 'ptr'], ['name', 'str']],
  Dropin: [['contents', 'ptr'], ['name', 'str']],
};

/** Plain (non-pointer) string fields of older versions that later became pointers. */
function versionedKind(base: BaseVersion, type: string, key: string, kind: FieldKind): FieldKind {
  if (!hasGate(base, 'sizedDataUrls') && type === 'TLS' && key === 'certificate_authorities') return 'list:CaReference';
  if (!hasGate(base, 'pointerLinkTargetAndRaidLevel')) {
    if ((type === 'Link' && key === 'target') || (type === 'Raid' && key === 'level')) return 'str';
    // base 0.3's clevis custom pin and config are plain strings
    if (type === 'ClevisCustom' && (key === 'config' || key === 'pin')) return 'str';
  }
  return kind;
}

const cache = new Map<string, ModelField[]>();

export function structFields(base: BaseVersion, type: string): ModelField[] {
  const cacheKey = base + ':' + type;
  let fields = cache.get(cacheKey);
  if (!fields) {
    const spec = STRUCTS[type];
    if (!spec) throw new Error(`base model: unknown type ${type}`);
    fields = spec.map(([yaml, kind]) => ({ yaml, json: camelKey(yaml), kind: versionedKind(base, type, yaml, kind) }));
    cache.set(cacheKey, fields);
  }
  return fields;
}

const byKeyCache = new Map<string, Map<string, ModelField>>();

/** structFields by yaml key. */
export function structFieldsByKey(base: BaseVersion, type: string): Map<string, ModelField> {
  const cacheKey = base + ':' + type;
  let fields = byKeyCache.get(cacheKey);
  if (!fields) {
    fields = new Map(structFields(base, type).map((f) => [f.yaml, f]));
    byKeyCache.set(cacheKey, fields);
  }
  return fields;
}

/**
 * Types the reference translates with a hand-written translator: their own translation is recorded
 * whenever anything inside was translated (instead of when the value is non-zero).
 */
export function hasCustomTranslator(base: BaseVersion, type: string): boolean {
  switch (type) {
    case 'Ignition':
    case 'Resource':
    case 'File':
    case 'Directory':
    case 'Link':
      return true;
    case 'PasswdUser':
    case 'Unit':
    case 'Dropin':
      return hasGate(base, 'localUnitsAndKeys');
    default:
      return false;
  }
}
