import { z } from 'zod';
import { JENIS_DOKUMEN, type JenisDokumen, type JenisDokumenInfo, type TeksVersi } from '../../../shared/contract/dokumen';
import { AppError } from '../../../shared/contract/result';
import type { JenisDef } from '../../../shared/dokumen/jenis/types';
import { periksaKodeDasarHukum } from '../../../shared/dokumen/dasar-hukum';
import { checkTeks, sameTeks, slotParts, type Teks } from '../../../shared/dokumen/teks';
import type { Db } from '../db/open';
import type { TeksRepository } from '../db/repositories/teks';
import { found } from './found';

/** What the text service needs of a document type (tests pass small stand-ins). */
export type JenisTeks = Pick<JenisDef, 'jenis' | 'label' | 'keterangan' | 'slots' | 'placeholders' | 'schema' | 'contoh'>;

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
    private readonly registry: Readonly<Record<JenisDokumen, JenisTeks>>,
    private readonly bawaan: Readonly<Record<JenisDokumen, Teks>>,
    /** Whether the legal-bases list holds a code (texts cite legal bases by code). */
    private readonly kodeDasarHukumAda: (kode: string) => boolean = () => true,
  ) {}

  /** Every problem of a set of texts: slots, placeholders, and codes of legal bases the list does not hold. */
  problems(jenis: JenisDokumen, teks: Teks) {
    const def = this.registry[jenis];
    return [...checkTeks(teks, def.slots, def.placeholders), ...periksaKodeDasarHukum(teks, def.slots, this.kodeDasarHukumAda)];
  }

  /** Labels of the document types whose current texts cite the legal basis `kode`. */
  citing(kode: string): string[] {
    const k = kode.trim().toUpperCase();
    return JENIS_DOKUMEN.filter((jenis) => {
      const { teks } = this.latest(jenis);
      return this.registry[jenis].slots.some((s) => s.kind === 'dasar-hukum' && slotParts(teks[s.key] ?? '', s.kind).some((l) => l.replace(/[;.]+$/, '').trim().toUpperCase() === k));
    }).map((jenis) => this.registry[jenis].label);
  }

  /** The document types with their slots, placeholders, data schema (JSON Schema) and example data. */
  jenisInfo(): JenisDokumenInfo[] {
    return JENIS_DOKUMEN.map((jenis) => {
      const def = this.registry[jenis];
      return {
        jenis,
        label: def.label,
        keterangan: def.keterangan,
        slots: def.slots,
        placeholders: def.placeholders,
        dataSchema: z.toJSONSchema(def.schema, { io: 'input', unrepresentable: 'any' }),
        contoh: def.contoh,
      };
    });
  }

  latest(jenis: JenisDokumen): TeksVersi {
    this.seed(jenis);
    return this.repo.latest(jenis)!;
  }

  get(jenis: JenisDokumen, versi: number): TeksVersi {
    this.seed(jenis);
    return found(this.repo.get(jenis, versi), () => `Teks ${this.registry[jenis].label} versi ${versi} tidak ditemukan.`);
  }

  /** Newest first. */
  versions(jenis: JenisDokumen): TeksVersi[] {
    this.seed(jenis);
    return this.repo.versions(jenis);
  }

  /**
   * Saves the texts as the next version after checking every slot and placeholder; refused with
   * one message per problem, against its slot. Texts equal to the latest version add nothing.
   */
  simpan(jenis: JenisDokumen, teks: Teks, catatan = ''): TeksVersi {
    const def = this.registry[jenis];
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

  private seed(jenis: JenisDokumen): void {
    if (this.repo.maxVersi(jenis) === 0) this.repo.insertIfAbsent(jenis, 1, this.bawaan[jenis], CATATAN_BAWAAN);
  }
}
