// Files, directories, links and units the base layer generates itself (trees, quadlets, mount
// units): the node tracker over the output, and every field path of a generated node (the
// reference records the generating source path for all of them, set or not).
import { Path } from '../../types';
import { Obj } from './translator';

const NODE_PATHS: Path[] = [['group', 'id'], ['group', 'name'], ['group'], ['overwrite'], ['path'], ['user', 'id'], ['user', 'name'], ['user']];

/** Every field path of an Ignition node of that kind, including unset ones. */
export const NODE_FIELD_PATHS: Record<'files' | 'directories' | 'links' | 'units', Path[]> = {
  files: [
    ...NODE_PATHS,
    ['append'],
    ['contents', 'compression'],
    ['contents', 'httpHeaders'],
    ['contents', 'source'],
    ['contents', 'verification', 'hash'],
    ['contents', 'verification'],
    ['contents'],
    ['mode'],
  ],
  directories: [...NODE_PATHS, ['mode']],
  links: [...NODE_PATHS, ['hard'], ['target']],
  units: [['contents'], ['dropins'], ['enabled'], ['mask'], ['name']],
};

type NodeKind = 'files' | 'directories' | 'links';

/** Index of the output's storage files/directories/links by path, for adding generated nodes. */
export class NodeTracker {
  private readonly maps: Record<NodeKind, Map<string, number>> = {
    files: new Map(),
    directories: new Map(),
    links: new Map(),
  };

  constructor(private readonly config: Obj) {
    for (const kind of ['files', 'directories', 'links'] as const) {
      this.list(kind, false)?.forEach((node, i) => {
        const p = (node as Obj)?.path;
        this.maps[kind].set(typeof p === 'string' ? p : '', i);
      });
    }
  }

  private list(kind: NodeKind, create: boolean): Obj[] | undefined {
    let storage = this.config.storage as Obj | undefined;
    if (!storage) {
      if (!create) return undefined;
      storage = this.config.storage = {};
    }
    let list = storage[kind] as Obj[] | undefined;
    if (!list && create) list = storage[kind] = [];
    return list;
  }

  exists(path: string): boolean {
    return this.maps.files.has(path) || this.maps.directories.has(path) || this.maps.links.has(path);
  }

  get(kind: NodeKind, path: string): { index: number; node: Obj } | undefined {
    const i = this.maps[kind].get(path);
    if (i === undefined) return undefined;
    return { index: i, node: this.list(kind, false)![i] };
  }

  add(kind: NodeKind, node: Obj): { index: number; node: Obj } {
    const list = this.list(kind, true)!;
    const index = list.length;
    list.push(node);
    this.maps[kind].set(String(node.path), index);
    return { index, node };
  }
}

/** A generated node: path plus the owner given to a tree (only set ids/names). */
export function newNode(path: string, user?: Obj, group?: Obj): Obj {
  const node: Obj = { path };
  const owner = (o: Obj | undefined): Obj => {
    const out: Obj = {};
    if (o?.id !== undefined && o.id !== null) out.id = o.id;
    if (o?.name !== undefined && o.name !== null) out.name = o.name;
    return out;
  };
  const u = owner(user);
  const g = owner(group);
  if (Object.keys(u).length > 0) node.user = u;
  if (Object.keys(g).length > 0) node.group = g;
  return node;
}

export function notEmpty(v: unknown): v is string {
  return typeof v === 'string' && v !== '';
}
