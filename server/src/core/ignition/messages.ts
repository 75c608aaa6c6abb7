// The user-visible texts of Ignition's validation findings (shared/errors of Ignition v2.26.0),
// each with a stable report code.
import { goQuote } from './go/text';

export interface Finding {
  code: string;
  message: string;
}

const m = (code: string, message: string): Finding => ({ code: `ignition.${code}`, message });

export const IGN = {
  duplicate: m('duplicate', 'duplicate entry defined'),
  invalidVersion: m('invalid-version', "invalid config version (couldn't parse)"),
  unknownVersion: m('unknown-version', 'unsupported config version'),
  compressionInvalid: m('compression-invalid', 'invalid compression method'),
  fileUsedSymlink: m('file-used-symlink', 'file path includes link in config'),
  directoryUsedSymlink: m('directory-used-symlink', 'directory path includes link in config'),
  linkUsedSymlink: m('link-used-symlink', 'link path includes link in config'),
  linkTargetRequired: m('link-target-required', 'link target is required'),
  hardLinkToDirectory: m('hard-link-to-directory', 'hard link target is a directory'),
  hardLinkSpecifiesOwner: m('hard-link-specifies-owner', 'user/group ignored for hard link'),
  diskDeviceRequired: m('disk-device-required', 'disk device is required'),
  partitionNumbersCollide: m('partition-numbers-collide', 'partition numbers collide'),
  partitionsOverlap: m('partitions-overlap', 'partitions overlap'),
  overwriteAndNilSource: m('overwrite-and-nil-source', 'overwrite must be false if source is unspecified'),
  verificationAndNilSource: m('verification-and-nil-source', 'source must be specified if verification is specified'),
  filesystemInvalidFormat: m('filesystem-invalid-format', 'invalid filesystem format'),
  labelNeedsFormat: m('label-needs-format', 'filesystem must specify format if label is specified'),
  formatNilWithOthers: m(
    'format-nil-with-others',
    'format cannot be empty when path, label, uuid, wipeFilesystem, options, or mountOptions is specified',
  ),
  ext4LabelTooLong: m('ext4-label-too-long', 'filesystem labels cannot be longer than 16 characters when using ext4'),
  btrfsLabelTooLong: m('btrfs-label-too-long', 'filesystem labels cannot be longer than 256 characters when using btrfs'),
  xfsLabelTooLong: m('xfs-label-too-long', 'filesystem labels cannot be longer than 12 characters when using xfs'),
  swapLabelTooLong: m('swap-label-too-long', 'filesystem labels cannot be longer than 15 characters when using swap'),
  vfatLabelTooLong: m('vfat-label-too-long', 'filesystem labels cannot be longer than 11 characters when using vfat'),
  luksLabelTooLong: m('luks-label-too-long', 'luks device labels cannot be longer than 47 characters'),
  luksNameContainsSlash: m('luks-name-contains-slash', 'device names cannot contain slashes'),
  invalidLuksKeyFile: m('invalid-luks-key-file', 'invalid key-file source'),
  clevisPinRequired: m('clevis-pin-required', 'missing required custom clevis pin'),
  unknownClevisPin: m('unknown-clevis-pin', 'unsupported clevis pin'),
  clevisConfigRequired: m('clevis-config-required', 'missing required custom clevis config'),
  clevisCustomWithOthers: m('clevis-custom-with-others', 'cannot use custom clevis config with tpm2, tang, or threshold'),
  tangThumbprintRequired: m('tang-thumbprint-required', 'thumbprint is required'),
  invalidTangAdvertisement: m('invalid-tang-advertisement', 'advertisement is not valid JSON'),
  fileIllegalMode: m('file-illegal-mode', 'illegal file mode'),
  modeSpecialBits: m('mode-special-bits', 'setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0'),
  bothIdAndNameSet: m('both-id-and-name-set', 'cannot set both id and name'),
  labelTooLong: m('label-too-long', 'partition labels may not exceed 36 characters'),
  doesntMatchGuidRegex: m('doesnt-match-guid-regex', 'doesn\'t match the form "01234567-89AB-CDEF-EDCB-A98765432101"'),
  labelContainsColon: m('label-contains-colon', 'partition label will be truncated to text before the colon'),
  noPath: m('no-path', 'path not specified'),
  pathRelative: m('path-relative', 'path not absolute'),
  dirtyPath: m('dirty-path', 'path is not fully simplified'),
  partitionsOverwritten: m('partitions-overwritten', 'filesystem overwrites partitioned device'),
  filesystemImplicitWipe: m('filesystem-implicit-wipe', 'device matches disk with wipeTable enabled; filesystem will be wiped'),
  raidLevelRequired: m('raid-level-required', 'raid level is required'),
  sparesUnsupportedForLevel: m('spares-unsupported-for-level', 'spares unsupported for linear and raid0 arrays'),
  unrecognizedRaidLevel: m('unrecognized-raid-level', 'unrecognized raid level'),
  raidDevicesRequired: m('raid-devices-required', 'raid devices required'),
  shouldNotExistWithOthers: m('should-not-exist-with-others', 'shouldExist specified false with other options also specified'),
  zeroesWithShouldNotExist: m(
    'zeroes-with-should-not-exist',
    'shouldExist is false for a partition and other partition(s) has start or size 0',
  ),
  needLabelOrNumber: m('need-label-or-number', 'a partition number >= 1 or a label must be specified'),
  duplicateLabels: m('duplicate-labels', 'cannot use the same partition label twice'),
  invalidProxy: m('invalid-proxy', 'proxies must be http(s)'),
  insecureProxy: m('insecure-proxy', 'insecure plaintext HTTP proxy specified for HTTPS resources'),
  pathConflictsSystemd: m('path-conflicts-systemd', 'path conflicts with systemd unit or dropin'),
  cexWithClevis: m('cex-with-clevis', 'cannot use cex with clevis'),
  cexWithKeyFile: m('cex-with-key-file', 'cannot use key file with cex'),
  invalidSystemdExt: m('invalid-systemd-ext', 'invalid systemd unit extension'),
  invalidSystemdDropinExt: m('invalid-systemd-dropin-ext', 'invalid systemd drop-in extension'),
  sourceRequired: m('source-required', 'source is required'),
  invalidScheme: m('invalid-scheme', 'invalid url scheme'),
  invalidUrl: m('invalid-url', 'unable to parse url'),
  invalidHttpHeader: m('invalid-http-header', 'unable to parse HTTP header'),
  emptyHttpHeaderName: m('empty-http-header-name', "HTTP header name can't be empty"),
  unsupportedSchemeForHttpHeaders: m('unsupported-scheme-for-http-headers', 'cannot use HTTP headers with this source scheme'),
  hashMalformed: m('hash-malformed', 'malformed hash specifier'),
  hashWrongSize: m('hash-wrong-size', 'incorrect size for hash sum'),
  hashUnrecognized: m('hash-unrecognized', 'unrecognized hash function'),
  invalidS3Arn: m('invalid-s3-arn', 'invalid S3 ARN format'),
  invalidS3ObjectVersionId: m('invalid-s3-object-version-id', 'invalid S3 object VersionId'),
} as const;

/** A data: URL the dataurl library rejects; the message is the library's own text. */
export const invalidDataUrl = (message: string): Finding => m('invalid-data-url', message);

/** The arn package's parse error (cannot happen after its own IsARN check, kept for completeness). */
export const invalidArn = (message: string): Finding => m('invalid-arn', message);

/** Unit or drop-in contents the systemd unit reader rejects. */
export const invalidUnitContent = (detail: string): Finding => m('invalid-unit-content', `invalid unit content: ${detail}`);

export const noInstallSection = (unit: string): Finding =>
  m('no-install-section', `unit ${goQuote(unit)} is enabled, but has no install section so enable does nothing`);

export const noInstallSectionForTemplate = (template: string, instance: string): Finding =>
  m('no-install-section-for-template', `template unit ${goQuote(template)} for ${goQuote(instance)} doesn't have Install section`);
