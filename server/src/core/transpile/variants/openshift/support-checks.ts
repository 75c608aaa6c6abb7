// What RHCOS and the Machine Config Operator cannot apply, checked on the final Ignition config
// of a MachineConfig. "json" paths under spec.config.
import { ReportEntry } from '../../../types';
import { goIntHasBitsOutside, isGoInt } from '../../../util/go-int';
import { errorAt } from '../../flow/report';
import { MSG } from '../messages';
import { OPENSHIFT_GATES } from '../versions';
import { Obj, list, obj } from '../decoded';
import { goUrlScheme } from './url-scheme';

const CONFIG: (string | number)[] = ['spec', 'config'];

export function checkRhcosSupport(ignition: Obj): ReportEntry[] {
  const out: ReportEntry[] = [];
  list(obj(ignition.storage).filesystems).forEach((fs, i) => {
    // RHCOS does not ship mkfs.btrfs.
    if (obj(fs).format === 'btrfs') {
      out.push(errorAt('json', [...CONFIG, 'storage', 'filesystems', i, 'format'], MSG.btrfsSupport, 'butane.openshift-btrfs'));
    }
  });
  return out;
}

export function checkMcoSupport(ignition: Obj, minor: number): ReportEntry[] {
  const out: ReportEntry[] = [];
  const storage = obj(ignition.storage);
  if (minor >= OPENSHIFT_GATES.formatNoneCheck) {
    list(storage.filesystems).forEach((fs, i) => {
      if (obj(fs).format === 'none') {
        out.push(errorAt('json', [...CONFIG, 'storage', 'filesystems', i, 'format'], MSG.filesystemNoneSupport, 'butane.openshift-format-none'));
      }
    });
  }
  list(storage.files).forEach((f, i) => {
    const file = obj(f);
    const source = obj(file.contents).source;
    if (typeof source === 'string') {
      const scheme = goUrlScheme(source);
      if (scheme !== undefined && scheme !== 'data') {
        out.push(errorAt('json', [...CONFIG, 'storage', 'files', i, 'contents', 'source'], MSG.fileSchemeSupport, 'butane.openshift-file-source'));
      }
    }
    if (minor >= OPENSHIFT_GATES.specialModeCheck && isGoInt(file.mode) && goIntHasBitsOutside(file.mode, 0o777)) {
      out.push(errorAt('json', [...CONFIG, 'storage', 'files', i, 'mode'], MSG.fileSpecialModeSupport, 'butane.openshift-special-mode'));
    }
  });
  list(obj(ignition.passwd).users).forEach((u, i) => {
    if ((obj(u).name ?? '') !== 'core') {
      out.push(errorAt('json', [...CONFIG, 'passwd', 'users', i, 'name'], MSG.userNameSupport, 'butane.openshift-user-name'));
    }
  });
  return out;
}
