// Ignition fields a MachineConfig may not use, per openshift version (paths inside spec.config).
import { FieldFilters } from '../../flow/field-filters';
import { MSG } from '../messages';
import { OPENSHIFT_GATES } from '../versions';

const USER_FIELDS = ['gecos', 'groups', 'homeDir', 'noCreateHome', 'noLogInit', 'noUserGroup', 'primaryGroup', 'shell', 'shouldExist', 'system', 'uid'];

export function openshiftFilters(minor: number): FieldFilters {
  const refused: Record<string, string> = {};
  if (minor >= OPENSHIFT_GATES.formatNoneCheck) refused.kernelArguments = MSG.kernelArgumentSupport;
  refused['passwd.groups'] = MSG.groupSupport;
  const userFields = [...USER_FIELDS];
  if (minor <= OPENSHIFT_GATES.lastRefusingPasswordHash) userFields.push('passwordHash');
  for (const f of userFields) refused[`passwd.users.${f}`] = MSG.userFieldSupport;
  refused['storage.directories'] = MSG.directorySupport;
  refused['storage.files.append'] = MSG.fileAppendSupport;
  const filters: FieldFilters = { refused };
  if (minor <= OPENSHIFT_GATES.lastWithoutAutoCompression) {
    refused['storage.files.contents.compression'] = MSG.fileCompressionSupport;
    // Desugaring writes compression: "" itself; only a real setting is refused.
    filters.ignoreZero = ['storage.files.contents.compression'];
  }
  refused['storage.files.contents.httpHeaders'] = MSG.fileHeaderSupport;
  refused['storage.links'] = MSG.linkSupport;
  return filters;
}
