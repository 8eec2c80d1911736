import fs from 'node:fs';
import { AturanInputSchema, FIELD_TUMPANG_TINDIH, FORMAT_BERKAS_ATURAN, type AturanInput, type AturanKasus, type AturanVersi, type VersiAturan } from '../../../shared/contract/aturan-kasus';
import { AppError, type FieldError } from '../../../shared/contract/result';
import { formatTanggal } from '../../../shared/domain/tanggal';
import type { Db } from '../db/open';
import type { AturanKasusRepository } from '../db/repositories/aturan-kasus';
import type { FileStore } from '../files';
import { found } from './found';

/** A rule set is tens of kilobytes; a file far larger is not one (and is not read into memory). */
export const MAKS_BYTES_BERKAS_ATURAN = 2 * 1024 * 1024;
const MAKS_MASALAH = 10;

const periode = (a: Pick<AturanInput, 'berlakuMulai' | 'berlakuSampai'>) =>
  `${formatTanggal(a.berlakuMulai)} sampai ${a.berlakuSampai ? formatTanggal(a.berlakuSampai) : 'sekarang'}`;

const bertumpang = (a: Pick<AturanInput, 'berlakuMulai' | 'berlakuSampai'>, b: Pick<AturanInput, 'berlakuMulai' | 'berlakuSampai'>) =>
  a.berlakuMulai <= (b.berlakuSampai ?? '9999-12-31') && b.berlakuMulai <= (a.berlakuSampai ?? '9999-12-31');

/**
 * Where a schema complaint sits, the way a clerk finds it in the file: `isi.tenggat[3] (penyampaian).jumlah`.
 * Array items name their kode (or kategori, jenis) when they have one.
 */
export function jalurIsian(pathParts: readonly PropertyKey[], data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const p of pathParts) {
    if (typeof p === 'number') {
      node = Array.isArray(node) ? node[p] : undefined;
      const item = node as Record<string, unknown> | undefined;
      const nama = item && typeof item === 'object' ? (item.kode ?? item.kategori ?? item.jenis ?? (item.jenjang && item.tingkat ? `${String(item.jenjang)}/${String(item.tingkat)}` : undefined)) : undefined;
      out += `[${p}]${typeof nama === 'string' && nama ? ` (${nama})` : ''}`;
    } else {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(p)] : undefined;
      out += `${out ? '.' : ''}${String(p)}`;
    }
  }
  return out || '(seluruh isi)';
}

/** Content compared for "did anything change" (key order of the stored JSON does not matter after parsing). */
const inti = (a: AturanInput) => AturanInputSchema.parse({ kode: a.kode, nama: a.nama, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai, sumber: a.sumber, isi: a.isi });
const sama = (a: AturanInput, b: AturanInput) => JSON.stringify(inti(a)) === JSON.stringify(inti(b));

/**
 * Versioned rule sets of the disciplinary procedure (catalogue, reporter categories, sanctions and
 * their durations, deadline rules, deciding officials, routes for people outside the registry), each
 * with a validity period. Every save is a new version; a case froze its own copy at intake, so an
 * edit never changes a case already registered. The shipped sets are edited like any other.
 */
export class AturanKasusService {
  constructor(
    private readonly db: Db,
    private readonly repo: AturanKasusRepository,
    private readonly files: FileStore,
    private readonly now: () => Date = () => new Date(),
    /** A verified backup before an import writes: the set's previous content lives on in it. */
    private readonly sebelumImpor: (label: string) => Promise<unknown> = async () => undefined,
  ) {}

  list(): AturanKasus[] {
    return this.repo.list();
  }

  get(id: number): AturanKasus {
    return found(this.repo.get(id), () => `Perangkat aturan kasus dengan id ${id} tidak ditemukan (Pengaturan → Aturan kasus).`);
  }

  riwayat(id: number): VersiAturan[] {
    this.get(id);
    return this.repo.riwayat(id);
  }

  versi(id: number, versi: number): AturanVersi {
    const a = this.get(id);
    return found(this.repo.versi(id, versi), () => `Versi ${versi} perangkat aturan ${a.kode} tidak ada (versi terakhir: ${a.versi}).`);
  }

  /** The sets in force on an incident date, start and end inclusive. */
  berlaku(tanggal: string): AturanKasus[] {
    return this.repo.berlaku(tanggal);
  }

  simpan(id: number | null, input: AturanInput, izinkanTumpangTindih = false): AturanKasus {
    const data = AturanInputSchema.parse(input);
    return this.db.transaction(() => this.tulis(id, data, izinkanTumpangTindih).aturan).immediate();
  }

  /** Reads a set from a .json file: a new set, or a new version of the set with its kode. */
  async impor(file: { path: string; label: string }, izinkanTumpangTindih = false): Promise<{ aturan: AturanKasus; baru: boolean }> {
    const data = bacaBerkasAturan(file);
    const ada = this.repo.byKode(data.kode);
    if (!ada || !sama(ada, data)) await this.sebelumImpor(`aturan kasus dari ${file.label}`);
    return this.db
      .transaction(() => {
        const ada = this.repo.byKode(data.kode);
        return this.tulis(ada?.id ?? null, data, izinkanTumpangTindih, file.label);
      })
      .immediate();
  }

  /** The set as a .json file `impor` reads back (on another computer, or after editing by hand). */
  ekspor(id: number): { file: string; fileName: string } {
    const a = this.get(id);
    const isi = {
      format: FORMAT_BERKAS_ATURAN,
      versiFormat: 1,
      diekspor: this.now().toISOString(),
      versi: a.versi,
      aturan: { kode: a.kode, nama: a.nama, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai, sumber: a.sumber, isi: a.isi },
    };
    const out = this.files.outputPath(`Aturan_Kasus_${a.kode}_v${a.versi}.json`);
    fs.writeFileSync(out.path, `${JSON.stringify(isi, null, 2)}\n`);
    return { file: out.token, fileName: out.name };
  }

  private tulis(id: number | null, data: AturanInput, izinkanTumpangTindih: boolean, berkas?: string): { aturan: AturanKasus; baru: boolean } {
    const lama = id === null ? null : this.get(id);
    const where = berkas ? `Berkas "${berkas}" belum diimpor` : 'Perangkat aturan belum disimpan';
    const lain = this.repo.list().filter((a) => a.id !== id);
    const kembar = lain.find((a) => a.kode.toLowerCase() === data.kode.toLowerCase());
    if (kembar) throw new AppError('DUPLIKAT', `${where}: kode ${data.kode} sudah dipakai oleh "${kembar.nama}". Pakai kode lain.`, [{ field: 'kode', message: `Sudah dipakai oleh ${kembar.nama}.` }]);
    // asked once: an overlap the set already had (confirmed when it arose) is not asked again on every edit
    const tumpang = lain.filter((a) => bertumpang(a, data) && !(lama && bertumpang(a, lama)));
    if (tumpang.length && !izinkanTumpangTindih) {
      const daftar = tumpang.map((a) => `"${a.nama}" (${periode(a)})`).join(', ');
      throw new AppError(
        'VALIDASI',
        `${where}: masa berlakunya (${periode(data)}) bertumpang tindih dengan ${daftar}. Kasus yang tanggal kejadiannya di rentang itu akan ditanyakan perangkat aturan mana yang dipakai. Ubah tanggal berlakunya, atau simpan tetap bila tumpang tindih itu memang dimaksud.`,
        [{ field: FIELD_TUMPANG_TINDIH, message: daftar }],
      );
    }
    const now = this.now().toISOString();
    if (lama) {
      if (!sama(lama, data)) this.repo.update(lama.id, data, now);
      return { aturan: this.get(lama.id), baru: false };
    }
    return { aturan: this.get(this.repo.insert(data, now)), baru: true };
  }
}

/** A rule-set file, parsed and checked by AturanInputSchema; every problem names its place in the file. */
export function bacaBerkasAturan(file: { path: string; label: string }): AturanInput {
  const tolak = (pesan: string, fields?: FieldError[]) => new AppError('IMPOR_DITOLAK', `Berkas "${file.label}" ditolak, tidak ada yang diimpor: ${pesan}`, fields);
  let size: number;
  try {
    size = fs.statSync(file.path).size;
  } catch {
    throw new AppError('FILE', `Berkas "${file.label}" tidak dapat dibaca. Pilih berkasnya sekali lagi.`);
  }
  if (size > MAKS_BYTES_BERKAS_ATURAN) throw tolak(`ukurannya ${Math.round(size / 1024)} KB, padahal berkas perangkat aturan paling besar ${MAKS_BYTES_BERKAS_ATURAN / 1024 / 1024} MB.`);
  const text = fs.readFileSync(file.path, 'utf8').replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message)?.[1];
    const line = pos === undefined ? null : text.slice(0, Number(pos)).split('\n').length;
    throw tolak(`isinya bukan JSON yang sah${line ? ` (baris ${line})` : ''}. Pakai berkas hasil "Ekspor .json" dari Netra.`);
  }
  const body = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!body) throw tolak('isinya bukan satu perangkat aturan (objek JSON).');
  if (body.format !== undefined && body.format !== FORMAT_BERKAS_ATURAN) throw tolak(`formatnya "${String(body.format)}", bukan ${FORMAT_BERKAS_ATURAN}.`);
  const aturan = body.format === FORMAT_BERKAS_ATURAN ? body.aturan : body;
  const parsed = AturanInputSchema.safeParse(aturan);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ field: jalurIsian(i.path, aturan), message: i.message }));
    const listed = fields.slice(0, MAKS_MASALAH).map((f) => `${f.field}: ${f.message.replace(/\.+$/, '')}`);
    const more = fields.length > MAKS_MASALAH ? `; dan ${fields.length - MAKS_MASALAH} masalah lain` : '';
    throw tolak(`${listed.join('; ')}${more}.`, fields);
  }
  return parsed.data;
}
