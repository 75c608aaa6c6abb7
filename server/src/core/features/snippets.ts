// Snippets for common entries. The per-struct ones come from the authored model (the same ones the
// JSON Schemas offer as defaultSnippets); a few that span several fields or that the model does not
// carry live here. Bodies are rendered to block YAML at the cursor's indentation.
import { BASE_STRUCTS, FCOS_STRUCTS, OPENSHIFT_STRUCTS, Gate, Layer, ModelSnippet, ModelStruct } from '../../../../schemas/model';
import { gateOpen } from '../spec/model-view';
import { octalMode } from './file-mode';
import type { SpecContext } from './spec-context';
import type { IndentStyle } from './document-model';

export interface EditorSnippet {
  label: string;
  description: string;
  /** Adds keys to the mapping at the cursor (offered anywhere there) rather than filling a new entry. */
  addsSiblings: boolean;
  /** The snippet as YAML lines; the first line starts at the cursor, later ones at column `indent`. */
  render(indent: number, style: IndentStyle): string;
}

/** Snippets kept here: keyed by the struct whose entry (or mapping) they fill. */
interface ExtraSnippet extends ModelSnippet {
  layer: Layer;
  /** Keys that must be absent from the mapping (for snippets that add sibling keys). */
  absentKeys?: string[];
  /** Paths (YAML keys from the root) the variant must not refuse. */
  needs?: string[][];
}

const EXTRA_SNIPPETS: Record<string, ExtraSnippet[]> = {
  Directory: [
    {
      label: 'directory',
      description: 'A directory with its permissions.',
      body: { path: '/var/lib/${1:app}', mode: 0o755 },
      layer: 'base',
    },
  ],
  Storage: [
    {
      label: 'disk with a filesystem and mount unit',
      description: 'Partition a disk, format the partition and mount it on every boot.',
      body: {
        disks: [{ device: '/dev/${1:vdb}', wipe_table: false, partitions: [{ label: '${2:data}', number: 0 }] }],
        filesystems: [{ device: '/dev/disk/by-partlabel/${2:data}', format: '${3|xfs,ext4|}', path: '/var/${4:data}', with_mount_unit: true }],
      },
      gate: { since: '0.2' } as Gate<string>,
      layer: 'base',
      absentKeys: ['disks', 'filesystems'],
      needs: [
        ['storage', 'disks'],
        ['storage', 'filesystems'],
      ],
    },
  ],
};

function modelStructNamed(name: string): ModelStruct | undefined {
  return BASE_STRUCTS[name] ?? FCOS_STRUCTS[name] ?? OPENSHIFT_STRUCTS[name];
}

/**
 * Snippets for a mapping of struct `structName` in this version. `present` are keys the mapping
 * already has; `refused(path)` tells whether the variant always rejects a field.
 */
export function snippetsFor(
  ctx: SpecContext,
  structName: string,
  present: ReadonlySet<string>,
  refused: (keys: string[]) => boolean,
): EditorSnippet[] {
  const out: EditorSnippet[] = [];
  const st = modelStructNamed(structName);
  if (st) {
    for (const sn of st.snippets ?? []) {
      if (!gateOpen(ctx.entry, st.layer, sn.gate)) continue;
      out.push(toEditorSnippet(sn));
    }
  }
  for (const sn of EXTRA_SNIPPETS[structName] ?? []) {
    if (!gateOpen(ctx.entry, sn.layer, sn.gate)) continue;
    if (sn.absentKeys?.some((k) => present.has(k))) continue;
    if (sn.needs?.some((p) => refused(p))) continue;
    out.push(toEditorSnippet(sn));
  }
  return out;
}

function toEditorSnippet(sn: ModelSnippet): EditorSnippet {
  return {
    label: sn.label,
    description: sn.description,
    addsSiblings: (sn as ExtraSnippet).absentKeys !== undefined,
    render(indent: number, style: IndentStyle): string {
      const lines = mappingLines(sn.body as Record<string, unknown>, indent, style);
      lines[0] = lines[0].slice(indent);
      return lines.join('\n');
    },
  };
}

const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

function scalarText(key: string, value: unknown): string {
  if (typeof value === 'number') return key === 'mode' ? octalMode(value) : String(value);
  if (typeof value === 'boolean') return String(value);
  const s = String(value);
  // Snippet placeholders (${1:x}, ${1|a,b|}) are plain-safe YAML; anything YAML would misread is quoted.
  const ambiguous = s === '' || PLAIN_UNSAFE_START.test(s) || /: |\s#|\s$/.test(s) || /^(true|false|yes|no|on|off|null|~|[-+.0-9].*)$/i.test(s);
  return ambiguous ? JSON.stringify(s) : s;
}

/** Block YAML lines of a mapping, every line indented by `indent` spaces, nested per `style`. */
export function mappingLines(obj: Record<string, unknown>, indent: number, style: IndentStyle): string[] {
  const pad = ' '.repeat(indent);
  const dashPad = ' '.repeat(indent + (style.compactLists ? 0 : style.unit));
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (Array.isArray(value)) {
      out.push(`${pad}${key}:`);
      for (const item of value) {
        if (item !== null && typeof item === 'object') {
          const itemIndent = dashPad.length + 2;
          const sub = mappingLines(item as Record<string, unknown>, itemIndent, style);
          sub[0] = `${dashPad}- ${sub[0].slice(itemIndent)}`;
          out.push(...sub);
        } else {
          out.push(`${dashPad}- ${scalarText(key, item)}`);
        }
      }
    } else if (value !== null && typeof value === 'object') {
      out.push(`${pad}${key}:`, ...mappingLines(value as Record<string, unknown>, indent + style.unit, style));
    } else if (typeof value === 'string' && value.includes('\n')) {
      out.push(`${pad}${key}: |`);
      const body = value.endsWith('\n') ? value.slice(0, -1) : value;
      const textPad = ' '.repeat(indent + style.unit);
      for (const l of body.split('\n')) out.push(l === '' ? '' : `${textPad}${l}`);
    } else {
      out.push(`${pad}${key}: ${scalarText(key, value)}`);
    }
  }
  return out;
}
