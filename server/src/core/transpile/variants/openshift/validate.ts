// openshift source rules: metadata name and role label, kernel_type, and (4.19+) the CEX
// kernel argument. "yaml" paths.
import { ReportEntry } from '../../../types';
import { errorAt } from '../../flow/report';
import { MSG } from '../messages';
import { Obj, isTrue, list, obj, str } from '../decoded';

export const ROLE_LABEL_KEY = 'machineconfiguration.openshift.io/role';
const CEX_KERNEL_ARGUMENT = 'rd.luks.key=/etc/luks/cex.key';

/** Top-level rule of openshift 4.19+: a CEX-encrypted root needs the key kernel argument. */
export function validateOpenshiftTopLevel(config: Obj): ReportEntry[] {
  const out: ReportEntry[] = [];
  const kargs = list(obj(config.openshift).kernel_arguments);
  const missing = (): ReportEntry =>
    errorAt('yaml', ['openshift', 'kernel_arguments'], MSG.missingKernelArgumentCex, 'butane.openshift-cex-kernel-argument');
  if (isTrue(obj(obj(obj(config.boot_device).luks).cex).enabled) && !kargs.includes(CEX_KERNEL_ARGUMENT)) out.push(missing());
  const cexRoot = list(obj(config.storage).luks).some((l) => isTrue(obj(obj(l).cex).enabled) && obj(l).name === 'root');
  if (cexRoot && !kargs.includes(CEX_KERNEL_ARGUMENT)) out.push(missing());
  return out;
}

export function validateMetadata(config: Obj): ReportEntry[] {
  const out: ReportEntry[] = [];
  const metadata = obj(config.metadata);
  if ((str(metadata.name) ?? '') === '') {
    out.push(errorAt('yaml', ['metadata', 'name'], MSG.nameRequired, 'butane.openshift-name-required'));
  }
  if ((str(obj(metadata.labels)[ROLE_LABEL_KEY]) ?? '') === '') {
    out.push(errorAt('yaml', ['metadata', 'labels'], MSG.roleRequired, 'butane.openshift-role-required'));
  }
  return out;
}

export function validateOpenshiftSection(config: Obj): ReportEntry[] {
  const kernelType = obj(config.openshift).kernel_type;
  if (kernelType === undefined || kernelType === '' || kernelType === 'default' || kernelType === 'realtime') return [];
  return [errorAt('yaml', ['openshift', 'kernel_type'], MSG.invalidKernelType, 'butane.openshift-kernel-type')];
}
