// Printed by `butane-ts --version`. The compatibility target is stated so users can compare.
export const VERSION_TEXT = 'butane-ts 0.1.0 (compatible with Butane v0.29.0)';
