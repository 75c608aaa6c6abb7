// What each variant targets, as shown beside `variant:` values.
export const VARIANT_TITLES: Record<string, string> = {
  fcos: 'Fedora CoreOS',
  flatcar: 'Flatcar Container Linux',
  openshift: 'OpenShift nodes (RHCOS); produces a MachineConfig unless --raw',
  r4e: 'RHEL for Edge',
  fiot: 'Fedora IoT',
};
