import type { UnitKerja } from '../../../shared/domain/pegawai';

export interface UnitNode {
  unit: UnitKerja;
  parent: UnitNode | null;
  children: UnitNode[];
  depth: number;
  /** Employees in this unit and every unit below it. */
  total: number;
  group: UnitGroup['key'];
}

export interface UnitGroup {
  key: 'pd' | 'vertikal' | 'lain';
  label: string;
  roots: UnitNode[];
}

export interface UnitTree {
  groups: UnitGroup[];
  byId: Map<number, UnitNode>;
  /** Every node, depth first in display order. */
  flat: UnitNode[];
}

const byName = (a: UnitNode, b: UnitNode) => a.unit.nama.localeCompare(b.unit.nama, 'id', { sensitivity: 'base' });

/** Builds the hierarchy from `unit.list`; perangkat daerah first, instansi vertikal grouped, then the rest. */
export function buildUnitTree(units: readonly UnitKerja[]): UnitTree {
  const byId = new Map<number, UnitNode>();
  for (const u of units) byId.set(u.id, { unit: u, parent: null, children: [], depth: 0, total: 0, group: 'lain' });
  const roots: UnitNode[] = [];
  for (const node of byId.values()) {
    const parent = node.unit.parentId !== null ? byId.get(node.unit.parentId) : undefined;
    if (parent && parent !== node) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
  }
  const flat: UnitNode[] = [];
  const seen = new Set<UnitNode>();
  const walk = (node: UnitNode, depth: number, group: UnitGroup['key']): number => {
    if (seen.has(node)) return 0; // guards against a cycle in bad data
    seen.add(node);
    node.depth = depth;
    node.group = group;
    node.children.sort(byName);
    flat.push(node);
    node.total = node.unit.jumlahPegawai;
    for (const c of node.children) node.total += walk(c, depth + 1, group);
    return node.total;
  };
  roots.sort(byName);
  const groups: UnitGroup[] = [
    { key: 'pd', label: 'Perangkat Daerah', roots: roots.filter((r) => r.unit.jenis === 'PERANGKAT_DAERAH') },
    { key: 'vertikal', label: 'Instansi Vertikal', roots: roots.filter((r) => r.unit.jenis === 'INSTANSI_VERTIKAL') },
    {
      key: 'lain',
      label: 'Unit lainnya',
      roots: roots.filter((r) => r.unit.jenis !== 'PERANGKAT_DAERAH' && r.unit.jenis !== 'INSTANSI_VERTIKAL'),
    },
  ];
  for (const g of groups) for (const r of g.roots) walk(r, 0, g.key);
  return { groups: groups.filter((g) => g.roots.length > 0), byId, flat };
}

/** `Dinas Pendidikan › Bidang Pembinaan SD`: the unit's ancestors then the unit. */
export function unitPath(node: UnitNode | undefined): string[] {
  const out: string[] = [];
  for (let n = node; n; n = n.parent ?? undefined) out.unshift(n.unit.nama);
  return out;
}

/** Ids of the node and all its descendants. */
export function subtreeIds(node: UnitNode): Set<number> {
  const out = new Set<number>();
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    out.add(n.unit.id);
    stack.push(...n.children);
  }
  return out;
}

export function unitLabel(u: Pick<UnitKerja, 'nama' | 'singkatan'>): string {
  return u.singkatan && u.singkatan !== u.nama ? `${u.nama} (${u.singkatan})` : u.nama;
}
