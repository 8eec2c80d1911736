import type { JenisDokumenInfo, TeksVersi } from '../../../shared/contract/dokumen';
import { AppError } from '../../../shared/contract/result';
import { skemaJson, type JenisRegistry } from '../../../shared/dokumen/jenis/registry';
import { periksaKodeDasarHukum } from '../../../shared/dokumen/dasar-hukum';
import { checkTeks, sameTeks, slotParts, type Teks } from '../../../shared/dokumen/teks';
import type { Db } from '../db/open';
import type { TeksRepository } from '../db/repositories/teks';
import { found } from './found';

const CATATAN_BAWAAN = 'Teks bawaan Netra';

/**
 * Versions of the editable texts per document type. Version 1 is the shipped default, added on
 * first use; each save adds the next version. Versions are never changed, so an archived document
 * can always be rebuilt with the text it was made with.
 */
export class TeksService {
  constructor(
    private readonly db: Db,
    private readonly repo: TeksRepository,
    /** The document types: slots, placeholders and version 1 of each type's texts. */
    private readonly registry: JenisRegistry,
    /** Whether the registry holds demo data: then forms start from the example data. */
    private readonly demo: () => boolean = () => false,
    /** Whether the legal-bases list holds a code (texts cite legal bases by code). */
    private readonly kodeDasarHukumAda: (kode: string) => boolean = () => true,
  ) {}

  /** Every problem of a set of texts: slots, placeholders, and codes of legal bases the list does not hold. */
  problems(jenis: string, teks: Teks) {
    const def = this.registry.get(jenis);
    return [...checkTeks(teks, def.slots, def.placeholders), ...periksaKodeDasarHukum(teks, def.slots, this.kodeDasarHukumAda)];
  }

  /** Labels of the document types whose current texts cite the legal basis `kode`. */
  citing(kode: string): string[] {
    const k = kode.trim().toUpperCase();
    return this.registry.daftar
      .filter((def) => {
        const { teks } = this.latest(def.jenis);
        return def.slots.some((s) => s.kind === 'dasar-hukum' && slotParts(teks[s.key] ?? '', s.kind).some((l) => l.replace(/[;.]+$/, '').trim().toUpperCase() === k));
      })
      .map((def) => def.label);
  }

  /** The document types with their slots, placeholders, data schema (JSON Schema) and example data. */
  jenisInfo(): JenisDokumenInfo[] {
    const mulaiDariContoh = this.demo();
    return this.registry.daftar.map((def) => ({
      jenis: def.jenis,
      label: def.label,
      keterangan: def.keterangan,
      slots: [...def.slots],
      placeholders: [...def.placeholders],
      dataSchema: skemaJson(def),
      contoh: def.contoh,
      mulaiDariContoh,
    }));
  }

  latest(jenis: string): TeksVersi {
    this.seed(jenis);
    return this.repo.latest(jenis)!;
  }

  get(jenis: string, versi: number): TeksVersi {
    this.seed(jenis);
    return found(this.repo.get(jenis, versi), () => `Teks ${this.registry.get(jenis).label} versi ${versi} tidak ditemukan.`);
  }

  /** Newest first. */
  versions(jenis: string): TeksVersi[] {
    this.seed(jenis);
    return this.repo.versions(jenis);
  }

  /**
   * Saves the texts as the next version after checking every slot and placeholder; refused with
   * one message per problem, against its slot. Texts equal to the latest version add nothing.
   */
  simpan(jenis: string, teks: Teks, catatan = ''): TeksVersi {
    const def = this.registry.get(jenis);
    const clean = Object.fromEntries(Object.entries(teks).map(([k, v]) => [k, v.replace(/\r\n?/g, '\n')]));
    const problems = this.problems(jenis, clean);
    if (problems.length)
      throw new AppError(
        'VALIDASI',
        `Teks ${def.label} belum dapat disimpan: ${problems.map((p) => p.message).join(' ')}`,
        problems.map((p) => ({ field: p.slot, message: p.message })),
      );
    return this.db
      .transaction(() => {
        const latest = this.latest(jenis);
        if (sameTeks(latest.teks, clean)) return latest;
        const versi = this.repo.maxVersi(jenis) + 1;
        this.repo.insert(jenis, versi, clean, catatan.trim());
        return this.repo.get(jenis, versi)!;
      })
      .immediate();
  }

  private seed(jenis: string): void {
    if (this.repo.maxVersi(jenis) === 0) this.repo.insertIfAbsent(jenis, 1, this.registry.get(jenis).teksBawaan, CATATAN_BAWAAN);
  }
}
