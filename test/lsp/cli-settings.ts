// The editor settings equivalent to a CLI invocation's flags, or undefined for flags an editor
// cannot express (--raw changes only how the output is printed, not what is reported... but the
// corpus's --raw cases print a different report for openshift, so they are skipped).

export interface EditorSettings {
  filesDir: string;
  strict: boolean;
}

export function editorSettingsFor(args: string[]): EditorSettings | undefined {
  if (args.includes('--raw') || args.includes('-r')) return undefined;
  let filesDir = '';
  args.forEach((a, i) => {
    if (a === '-d' || a === '--files-dir') filesDir = args[i + 1];
    else if (a.startsWith('--files-dir=')) filesDir = a.slice('--files-dir='.length);
    else if (a.startsWith('-d') && a.length > 2) filesDir = a.slice(2);
  });
  return { filesDir, strict: args.includes('--strict') || args.includes('-s') };
}
