import type { UnitKerja } from '../../../shared/domain/pegawai';
import { UnitNameExpander, unitSimilarity } from '../../../shared/domain/unit-nama';
import type { UnitAliasRepository } from '../db/repositories/unit-alias';
import type { UnitKerjaRepository } from '../db/repositories/unit-kerja';

export interface UnitCandidate {
  id: number;
  /** "Bidang Mutasi — BKPSDM": the unit with its parent, as the clerk tells two alike apart. */
  label: string;
  score: number;
}

/** Alias key of a unit name under a parent (a "Sekretariat" means a different unit in every office). */
export const aliasKey = (nameKey: string, parentId: number | null) => (parentId === null ? nameKey : `${parentId}/${nameKey}`);

/**
 * Resolves unit names from a sheet to registry units: equal after normalisation and abbreviation
 * expansion (of the name or of the unit's own singkatan), or through a confirmed alias. Never guesses:
 * a near match, or a name several units share, is only offered as a candidate.
 */
export class UnitMatcher {
  readonly expander: UnitNameExpander;
  private readonly units: UnitKerja[];
  private readonly byId = new Map<number, UnitKerja>();
  private readonly keysOf = new Map<number, string[]>();
  private readonly aliases = new Map<string, number>();
  private readonly children = new Map<number | null, UnitKerja[]>();

  constructor(units: UnitKerja[], aliasRepo: UnitAliasRepository) {
    this.expander = new UnitNameExpander(aliasRepo.singkatan());
    this.units = units;
    for (const u of units) {
      this.byId.set(u.id, u);
      const keys = [this.expander.key(u.nama)];
      if (u.singkatan) keys.push(this.expander.key(u.singkatan));
      this.keysOf.set(u.id, keys);
      const list = this.children.get(u.parentId) ?? [];
      list.push(u);
      this.children.set(u.parentId, list);
    }
    for (const a of aliasRepo.aliases()) if (this.byId.has(a.unitKerjaId)) this.aliases.set(a.kunci, a.unitKerjaId);
  }

  key(name: string): string {
    return this.expander.key(name);
  }

  get(id: number): UnitKerja | undefined {
    return this.byId.get(id);
  }

  label(id: number): string {
    const u = this.byId.get(id);
    if (!u) return '';
    const parent = u.parentId !== null ? this.byId.get(u.parentId) : undefined;
    return parent ? `${u.nama} — ${parent.nama}` : u.nama;
  }

  /** A top-level unit (perangkat daerah) of that name. */
  findTop(name: string): number | null {
    const k = this.key(name);
    const alias = this.aliases.get(aliasKey(k, null));
    if (alias !== undefined) return alias;
    return this.only((this.children.get(null) ?? []).filter((u) => this.keysOf.get(u.id)!.includes(k)));
  }

  /** A unit of that name inside the subtree of `parentId` (nearest level first). */
  findUnder(name: string, parentId: number): number | null {
    const k = this.key(name);
    const alias = this.aliases.get(aliasKey(k, parentId));
    if (alias !== undefined) return alias;
    let level = this.children.get(parentId) ?? [];
    while (level.length) {
      const hits = level.filter((u) => this.keysOf.get(u.id)!.includes(k));
      if (hits.length) return this.only(hits);
      level = level.flatMap((u) => this.children.get(u.id) ?? []);
    }
    return null;
  }

  /** A unit of that name anywhere, a top-level one first (a sheet without a perangkat daerah column). */
  findAnywhere(name: string): number | null {
    const top = this.findTop(name);
    if (top !== null) return top;
    const k = this.key(name);
    return this.only(this.units.filter((u) => this.keysOf.get(u.id)!.includes(k)));
  }

  /**
   * The one unit a name means, or null when it names none or several ("Sekretariat" of two offices,
   * "SD Negeri 1" of two kecamatan): several become a proposal the clerk decides, with those units as
   * candidates, instead of a silent pick of whichever came first.
   */
  private only(hits: readonly UnitKerja[]): number | null {
    return hits.length === 1 ? hits[0]!.id : null;
  }

  /** The closest existing units, best first; units under `parentId` are preferred. */
  candidates(name: string, parentId: number | null, limit = 3): UnitCandidate[] {
    const k = this.key(name);
    const inScope = parentId === null ? null : new Set(this.subtree(parentId));
    const scored: UnitCandidate[] = [];
    for (const u of this.units) {
      let score = Math.max(...this.keysOf.get(u.id)!.map((uk) => unitSimilarity(k, uk)));
      if (inScope && !inScope.has(u.id)) score *= 0.8;
      if (score >= 0.35) scored.push({ id: u.id, label: this.label(u.id), score: Math.round(score * 100) / 100 });
    }
    return scored.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
  }

  private subtree(id: number): number[] {
    const out: number[] = [];
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      out.push(cur);
      for (const c of this.children.get(cur) ?? []) stack.push(c.id);
    }
    return out;
  }
}

export function loadMatcher(units: UnitKerjaRepository, aliases: UnitAliasRepository): UnitMatcher {
  return new UnitMatcher(units.list(), aliases);
}
