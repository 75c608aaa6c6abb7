// One description of the Ignition 3.x config types, with version gates on fields.
// Facts (Go field order, JSON names, kinds, omitempty, which spec has what) come from the
// types/schema.go files of Ignition v2.26.0; fields whose kind changed between versions appear
// once per kind with disjoint version ranges.
import { IgnitionVersion, MinorRange, inRange, minorOf } from './versions';

export type IgnType =
  /** `name` is the Go named type when it matters for validation (e.g. "Device"). */
  | { kind: 'string'; name?: string }
  | { kind: 'int' }
  | { kind: 'bool' }
  | { kind: 'pointer'; elem: IgnType }
  /** `name` is set for named slice types (e.g. "HTTPHeaders"). */
  | { kind: 'slice'; elem: IgnType; name?: string }
  | { kind: 'struct'; name: string };

export interface FieldSpec {
  /** JSON key (first part of the `json:` tag). */
  json: string;
  /** Go field name (used by Ignition's duplicate-check tables). */
  go: string;
  type: IgnType;
  omitempty: boolean;
  versions?: MinorRange;
}

/** An embedded (anonymous) struct member whose fields are flattened into the parent. */
interface EmbedSpec {
  embed: string;
}

type Member = FieldSpec | EmbedSpec;

export interface ResolvedField extends FieldSpec {
  /** Name of the embedded struct the field was promoted from, if any. */
  from?: string;
}

export interface ResolvedStruct {
  name: string;
  fields: ResolvedField[];
}

// Type shorthands.
const STR: IgnType = { kind: 'string' };
const INT: IgnType = { kind: 'int' };
const BOOL: IgnType = { kind: 'bool' };
const pStr: IgnType = { kind: 'pointer', elem: STR };
const pInt: IgnType = { kind: 'pointer', elem: INT };
const pBool: IgnType = { kind: 'pointer', elem: BOOL };
const named = (name: string): IgnType => ({ kind: 'struct', name });
const sliceOf = (elem: IgnType): IgnType => ({ kind: 'slice', elem });
const ptrTo = (elem: IgnType): IgnType => ({ kind: 'pointer', elem });
/** A list of a named string type, e.g. []SSHAuthorizedKey. */
const stringsOf = (name: string): IgnType => sliceOf({ kind: 'string', name });

function f(json: string, go: string, type: IgnType, versions?: MinorRange): FieldSpec {
  return { json, go, type, omitempty: true, versions };
}
/** A field without omitempty. */
function req(json: string, go: string, type: IgnType, versions?: MinorRange): FieldSpec {
  return { json, go, type, omitempty: false, versions };
}

const V30 = { to: 0 };
const FROM31 = { from: 1 };
const FROM32 = { from: 2 };
const UPTO32 = { to: 2 };
const FROM33 = { from: 3 };
const UPTO33 = { to: 3 };
const FROM34 = { from: 4 };
const FROM35 = { from: 5 };

/**
 * A resource field: 3.1 introduced the common Resource type; 3.0 used a separate struct per role
 * (FileContents, ConfigReference, CaReference).
 */
function resourceField(json: string, go: string, name30: string): FieldSpec[] {
  return [f(json, go, named(name30), V30), f(json, go, named('Resource'), FROM31)];
}
function resourceSlice(json: string, go: string, name30: string): FieldSpec[] {
  return [f(json, go, sliceOf(named(name30)), V30), f(json, go, sliceOf(named('Resource')), FROM31)];
}

const STRUCTS: Record<string, Member[]> = {
  Config: [
    req('ignition', 'Ignition', named('Ignition')),
    f('kernelArguments', 'KernelArguments', named('KernelArguments'), FROM33),
    f('passwd', 'Passwd', named('Passwd')),
    f('storage', 'Storage', named('Storage')),
    f('systemd', 'Systemd', named('Systemd')),
  ],
  Ignition: [
    f('config', 'Config', named('IgnitionConfig')),
    f('proxy', 'Proxy', named('Proxy'), FROM31),
    f('security', 'Security', named('Security')),
    f('timeouts', 'Timeouts', named('Timeouts')),
    f('version', 'Version', STR, UPTO33),
    req('version', 'Version', STR, FROM34),
  ],
  IgnitionConfig: [...resourceSlice('merge', 'Merge', 'ConfigReference'), ...resourceField('replace', 'Replace', 'ConfigReference')],
  ConfigReference: [req('source', 'Source', pStr), f('verification', 'Verification', named('Verification'))],
  CaReference: [req('source', 'Source', STR), f('verification', 'Verification', named('Verification'))],
  FileContents: [
    f('compression', 'Compression', pStr),
    f('source', 'Source', pStr),
    f('verification', 'Verification', named('Verification')),
  ],
  Resource: [
    f('compression', 'Compression', pStr),
    f('httpHeaders', 'HTTPHeaders', { kind: 'slice', elem: named('HTTPHeader'), name: 'HTTPHeaders' }),
    f('source', 'Source', pStr),
    f('verification', 'Verification', named('Verification')),
  ],
  HTTPHeader: [req('name', 'Name', STR), f('value', 'Value', pStr)],
  Proxy: [f('httpProxy', 'HTTPProxy', pStr), f('httpsProxy', 'HTTPSProxy', pStr), f('noProxy', 'NoProxy', stringsOf('NoProxyItem'))],
  Security: [f('tls', 'TLS', named('TLS'))],
  TLS: [...resourceSlice('certificateAuthorities', 'CertificateAuthorities', 'CaReference')],
  Timeouts: [f('httpResponseHeaders', 'HTTPResponseHeaders', pInt), f('httpTotal', 'HTTPTotal', pInt)],
  Verification: [f('hash', 'Hash', pStr)],
  KernelArguments: [f('shouldExist', 'ShouldExist', stringsOf('KernelArgument')), f('shouldNotExist', 'ShouldNotExist', stringsOf('KernelArgument'))],
  Passwd: [f('groups', 'Groups', sliceOf(named('PasswdGroup'))), f('users', 'Users', sliceOf(named('PasswdUser')))],
  PasswdGroup: [
    f('gid', 'Gid', pInt),
    req('name', 'Name', STR),
    f('passwordHash', 'PasswordHash', pStr),
    f('shouldExist', 'ShouldExist', pBool, FROM32),
    f('system', 'System', pBool),
  ],
  PasswdUser: [
    f('gecos', 'Gecos', pStr),
    f('groups', 'Groups', stringsOf('Group')),
    f('homeDir', 'HomeDir', pStr),
    req('name', 'Name', STR),
    f('noCreateHome', 'NoCreateHome', pBool),
    f('noLogInit', 'NoLogInit', pBool),
    f('noUserGroup', 'NoUserGroup', pBool),
    f('passwordHash', 'PasswordHash', pStr),
    f('primaryGroup', 'PrimaryGroup', pStr),
    f('sshAuthorizedKeys', 'SSHAuthorizedKeys', stringsOf('SSHAuthorizedKey')),
    f('shell', 'Shell', pStr),
    f('shouldExist', 'ShouldExist', pBool, FROM32),
    f('system', 'System', pBool),
    f('uid', 'UID', pInt),
  ],
  Storage: [
    f('directories', 'Directories', sliceOf(named('Directory'))),
    f('disks', 'Disks', sliceOf(named('Disk'))),
    f('files', 'Files', sliceOf(named('File'))),
    f('filesystems', 'Filesystems', sliceOf(named('Filesystem'))),
    f('links', 'Links', sliceOf(named('Link'))),
    f('luks', 'Luks', sliceOf(named('Luks')), FROM32),
    f('raid', 'Raid', sliceOf(named('Raid'))),
  ],
  Node: [
    f('group', 'Group', named('NodeGroup')),
    f('overwrite', 'Overwrite', pBool),
    req('path', 'Path', STR),
    f('user', 'User', named('NodeUser')),
  ],
  NodeGroup: [f('id', 'ID', pInt), f('name', 'Name', pStr)],
  NodeUser: [f('id', 'ID', pInt), f('name', 'Name', pStr)],
  Directory: [{ embed: 'Node' }, { embed: 'DirectoryEmbedded1' }],
  DirectoryEmbedded1: [f('mode', 'Mode', pInt)],
  File: [{ embed: 'Node' }, { embed: 'FileEmbedded1' }],
  FileEmbedded1: [
    ...resourceSlice('append', 'Append', 'FileContents'),
    ...resourceField('contents', 'Contents', 'FileContents'),
    f('mode', 'Mode', pInt),
  ],
  Link: [{ embed: 'Node' }, { embed: 'LinkEmbedded1' }],
  LinkEmbedded1: [f('hard', 'Hard', pBool), req('target', 'Target', STR, UPTO32), f('target', 'Target', pStr, FROM33)],
  Disk: [req('device', 'Device', STR), f('partitions', 'Partitions', sliceOf(named('Partition'))), f('wipeTable', 'WipeTable', pBool)],
  Partition: [
    f('guid', 'GUID', pStr),
    f('label', 'Label', pStr),
    f('number', 'Number', INT),
    f('resize', 'Resize', pBool, FROM32),
    f('shouldExist', 'ShouldExist', pBool),
    f('sizeMiB', 'SizeMiB', pInt),
    f('startMiB', 'StartMiB', pInt),
    f('typeGuid', 'TypeGUID', pStr),
    f('wipePartitionEntry', 'WipePartitionEntry', pBool),
  ],
  Filesystem: [
    req('device', 'Device', STR),
    f('format', 'Format', pStr),
    f('label', 'Label', pStr),
    f('mountOptions', 'MountOptions', stringsOf('MountOption'), FROM31),
    f('options', 'Options', stringsOf('FilesystemOption')),
    f('path', 'Path', pStr),
    f('uuid', 'UUID', pStr),
    f('wipeFilesystem', 'WipeFilesystem', pBool),
  ],
  Luks: [
    f('cex', 'Cex', named('Cex'), FROM35),
    f('clevis', 'Clevis', ptrTo(named('Clevis')), UPTO32),
    f('clevis', 'Clevis', named('Clevis'), FROM33),
    f('device', 'Device', pStr),
    f('discard', 'Discard', pBool, FROM34),
    f('keyFile', 'KeyFile', named('Resource')),
    f('label', 'Label', pStr),
    req('name', 'Name', STR),
    f('openOptions', 'OpenOptions', stringsOf('OpenOption'), FROM34),
    f('options', 'Options', stringsOf('LuksOption')),
    f('uuid', 'UUID', pStr),
    f('wipeVolume', 'WipeVolume', pBool),
  ],
  Cex: [f('enabled', 'Enabled', pBool)],
  Clevis: [
    f('custom', 'Custom', ptrTo(named('Custom')), UPTO32),
    f('custom', 'Custom', named('ClevisCustom'), FROM33),
    f('tang', 'Tang', sliceOf(named('Tang'))),
    f('threshold', 'Threshold', pInt),
    f('tpm2', 'Tpm2', pBool),
  ],
  Custom: [req('config', 'Config', STR), f('needsNetwork', 'NeedsNetwork', pBool), req('pin', 'Pin', STR)],
  ClevisCustom: [f('config', 'Config', pStr), f('needsNetwork', 'NeedsNetwork', pBool), f('pin', 'Pin', pStr)],
  Tang: [
    f('advertisement', 'Advertisement', pStr, FROM34),
    f('thumbprint', 'Thumbprint', pStr),
    f('url', 'URL', STR),
  ],
  Raid: [
    req('devices', 'Devices', sliceOf({ kind: 'string', name: 'Device' }), UPTO32),
    f('devices', 'Devices', sliceOf({ kind: 'string', name: 'Device' }), FROM33),
    req('level', 'Level', STR, UPTO32),
    f('level', 'Level', pStr, FROM33),
    req('name', 'Name', STR),
    f('options', 'Options', stringsOf('RaidOption')),
    f('spares', 'Spares', pInt),
  ],
  Systemd: [f('units', 'Units', sliceOf(named('Unit')))],
  Unit: [
    f('contents', 'Contents', pStr),
    f('dropins', 'Dropins', sliceOf(named('Dropin'))),
    f('enabled', 'Enabled', pBool),
    f('mask', 'Mask', pBool),
    req('name', 'Name', STR),
  ],
  Dropin: [f('contents', 'Contents', pStr), req('name', 'Name', STR)],
};

// Per version, then per struct name: the walk asks once per struct value, so no key string is built.
const cache = new Map<IgnitionVersion, Map<string, ResolvedStruct>>();

/** The fields of a struct in the given spec version, embedded structs flattened, in Go order. */
export function structFields(name: string, version: IgnitionVersion): ResolvedStruct {
  let byName = cache.get(version);
  if (!byName) cache.set(version, (byName = new Map()));
  const hit = byName.get(name);
  if (hit) return hit;
  const minor = minorOf(version);
  const fields: ResolvedField[] = [];
  const add = (structName: string, from?: string): void => {
    const members = STRUCTS[structName];
    if (!members) throw new Error(`Ignition model has no struct ${structName}`);
    for (const m of members) {
      if ('embed' in m) add(m.embed, m.embed);
      else if (inRange(minor, m.versions)) fields.push(from ? { ...m, from } : m);
    }
  };
  add(name);
  const resolved = { name, fields };
  byName.set(name, resolved);
  return resolved;
}

/** Every struct name of the model (for tests and schema generation). */
export function structNames(): string[] {
  return Object.keys(STRUCTS);
}

/** Which struct names exist in a version (reachable from Config). */
export function reachableStructs(version: IgnitionVersion): string[] {
  const seen = new Set<string>();
  const visit = (t: IgnType): void => {
    if (t.kind === 'pointer' || t.kind === 'slice') visit(t.elem);
    else if (t.kind === 'struct' && !seen.has(t.name)) {
      seen.add(t.name);
      for (const fld of structFields(t.name, version).fields) visit(fld.type);
    }
  };
  visit(named('Config'));
  return [...seen];
}

export const ROOT_TYPE: IgnType = named('Config');
