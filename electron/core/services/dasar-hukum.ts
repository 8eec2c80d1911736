import { DasarHukumInputSchema, JENIS_DASAR_HUKUM_INFO, type DasarHukum, type DasarHukumImpor, type DasarHukumInput } from '../../../shared/contract/dasar-hukum';
import { formatAngka } from '../../../shared/domain/terbilang';
import { AppError, type FieldError } from '../../../shared/contract/result';
import { bandingDasarHukum } from '../../../shared/dokumen/dasar-hukum';
import type { Db } from '../db/open';
import type { DasarHukumRepository } from '../db/repositories/dasar-hukum';
import { findDasarHukumHeader, readDasarHukumRows } from '../sheets/dasar-hukum-rows';
import { readGrid } from '../sheets/read';
import { found } from './found';

/** Problems listed in the rejection message; the rest are counted. */
const MAKS_MASALAH = 10;
/**
 * Entries one file may bring. A regency's citable list is tens to a few hundred; the checks of every
 * amendment chain grow with the square of the list, and run while the window waits (8,000 rows: 7 s).
 */
export const MAKS_BARIS_DASAR_HUKUM = 2000;

/** "Undang-Undang Nomor 23 Tahun 2014": how an entry is named in messages. */
export const namaDasarHukum = (d: Pick<DasarHukumInput, 'jenis' | 'sebutan' | 'nomor' | 'tahun'>) =>
  `${d.sebutan.trim() || JENIS_DASAR_HUKUM_INFO[d.jenis].sebutan} Nomor ${d.nomor}${/\bTahun\b/i.test(d.nomor) ? '' : ` Tahun ${d.tahun}`}`;

/**
 * The reusable list of legal bases. Document texts cite entries by their code, so an entry in use keeps
 * its code and is not deleted; amendment chains name other entries of the list.
 */
export class DasarHukumService {
  constructor(
    private readonly db: Db,
    private readonly repo: DasarHukumRepository,
    /** Labels of the document types whose current texts cite `kode`. */
    private readonly dipakaiTeks: (kode: string) => string[],
  ) {}

  /** By hierarchy, then date (older first): the order a decree cites them. */
  list(): DasarHukum[] {
    return this.repo.list().sort(bandingDasarHukum);
  }

  get(id: number): DasarHukum {
    return found(this.repo.get(id), () => `Dasar hukum dengan id ${id} tidak ditemukan di daftar (Pengaturan → Dasar hukum).`);
  }

  /** Adds (id null) or changes one entry; checks its code, date and amendment chain against the whole list. */
  save(id: number | null, input: DasarHukumInput): DasarHukum {
    const data = DasarHukumInputSchema.parse(input);
    return this.db
      .transaction(() => {
        const old = id === null ? null : this.get(id);
        const others = this.repo.list().filter((d) => d.id !== id);
        this.check(data, others, old);
        if (old && old.kode !== data.kode) this.renameReferences(old.kode, data.kode, others);
        const saved = old ? (this.repo.update(old.id, data), old.id) : this.repo.insert(data);
        return this.get(saved);
      })
      .immediate();
  }

  /** Refused while texts cite the entry or another entry names it as an amendment. */
  delete(id: number): void {
    this.db.transaction(() => {
      const d = this.get(id);
      const amended = this.repo.list().filter((x) => x.id !== id && x.diubahDengan.some((k) => k.toUpperCase() === d.kode.toUpperCase()));
      if (amended.length)
        throw new AppError(
          'VALIDASI',
          `${namaDasarHukum(d)} (${d.kode}) tercatat sebagai perubahan dari ${amended.map((a) => `${namaDasarHukum(a)} (${a.kode})`).join(', ')}. Hapus dulu dari kolom "Diubah dengan" di sana.`,
        );
      const teks = this.dipakaiTeks(d.kode);
      if (teks.length)
        throw new AppError('VALIDASI', `${namaDasarHukum(d)} (${d.kode}) masih dikutip di teks ${teks.join(', ')}. Hapus kodenya dari teks itu (Pengaturan → Teks dokumen) lebih dulu.`);
      this.repo.delete(id);
    })();
  }

  /**
   * Reads a legal-bases table (xlsx or CSV) and merges it into the list: an entry whose code is listed
   * gets the file's values, new codes are added. All or nothing: one bad row rejects the whole file.
   */
  async import(file: { path: string; label: string }): Promise<DasarHukumImpor> {
    const grid = await readGrid(file.path);
    const header = findDasarHukumHeader(grid);
    if (!header)
      throw new AppError(
        'IMPOR_DITOLAK',
        `Berkas "${file.label}" tidak memuat baris judul kolom "Kode", "Jenis", "Nomor", "Tahun" dan "Tentang". Tambahkan judul kolom itu di atas daftar dasar hukum (kolom "Sebutan", "Tanggal", "LN", "TLN", "Diubah dengan" dan "Periksa" boleh ada).`,
      );
    const { rows, problems } = readDasarHukumRows(grid, header);
    const reject = (list: { row: number; column: string; message: string }[]) => {
      const listed = list.slice(0, MAKS_MASALAH).map((p) => `baris ${p.row} kolom ${p.column}: ${p.message.replace(/\.+$/, '')}`);
      const more = list.length > MAKS_MASALAH ? `; dan ${list.length - MAKS_MASALAH} masalah lain` : '';
      return new AppError('IMPOR_DITOLAK', `Berkas "${file.label}" ditolak, tidak ada dasar hukum yang diimpor. Perbaiki lalu impor lagi: ${listed.join('; ')}${more}.`);
    };
    if (problems.length) throw reject(problems);
    if (rows.length > MAKS_BARIS_DASAR_HUKUM)
      throw new AppError(
        'IMPOR_DITOLAK',
        `Berkas "${file.label}" memuat ${formatAngka(rows.length)} dasar hukum; sekali impor paling banyak ${formatAngka(MAKS_BARIS_DASAR_HUKUM)}. Tidak ada yang diimpor. Bagi berkasnya, atau sisakan peraturan yang dikutip naskah.`,
      );
    if (rows.length === 0) throw new AppError('IMPOR_DITOLAK', `Berkas "${file.label}" tidak memuat dasar hukum di bawah baris judul kolom (baris ${header.row}).`);
    return this.db
      .transaction(() => {
        const existing = new Map(this.repo.list().map((d) => [d.kode.toUpperCase(), d]));
        const fromFile = new Map(rows.map((r) => [r.kode.toUpperCase(), r]));
        // every entry as it will be, so a chain may name an entry further down the same file
        const after = [...existing.values()].filter((d) => !fromFile.has(d.kode.toUpperCase())).map((d) => d as DasarHukumInput);
        // one map for the whole file: a list per row made a 8,000-row file take 20 s on the main process
        const all = byKodeOf([...after, ...rows]);
        const cellProblems: { row: number; column: string; message: string }[] = [];
        for (const r of rows) {
          const errs = problemsIn(r, all);
          for (const e of errs) cellProblems.push({ row: r.row, column: e.field === 'diubahDengan' ? 'Diubah dengan' : e.field === 'tanggal' ? 'Tanggal' : 'Kode', message: e.message });
        }
        if (cellProblems.length) throw reject(cellProblems);
        for (const r of rows) {
          const { row: _row, ...data } = r;
          const old = existing.get(r.kode.toUpperCase());
          if (old) this.repo.update(old.id, { ...data, kode: old.kode });
          else this.repo.insert(data);
        }
        return { daftar: this.list(), jumlah: rows.length };
      })
      .immediate();
  }

  private check(data: DasarHukumInput, others: readonly DasarHukumInput[], old: DasarHukum | null): void {
    const errors = problemsOf(data, others);
    if (old && old.kode.toUpperCase() !== data.kode.toUpperCase()) {
      const teks = this.dipakaiTeks(old.kode);
      if (teks.length)
        errors.push({ field: 'kode', message: `Kode ${old.kode} dikutip di teks ${teks.join(', ')}; kode tidak dapat diganti selama teks itu memakainya.` });
    }
    if (errors.length) throw new AppError('VALIDASI', `Dasar hukum belum dapat disimpan: ${errors.map((e) => e.message).join(' ')}`, errors);
  }

  /** A renamed entry stays the amendment of the entries that named it. */
  private renameReferences(from: string, to: string, others: readonly DasarHukum[]): void {
    for (const d of others)
      if (d.diubahDengan.some((k) => k.toUpperCase() === from.toUpperCase()))
        this.repo.update(d.id, { ...d, diubahDengan: d.diubahDengan.map((k) => (k.toUpperCase() === from.toUpperCase() ? to : k)) });
  }
}

/** The problems of one entry against the rest of the list: code taken, date outside its year, a chain that names nothing, itself or goes round. */
export function problemsOf(data: DasarHukumInput, others: readonly DasarHukumInput[]): FieldError[] {
  return problemsIn(data, byKodeOf(others));
}

const byKodeOf = (list: readonly DasarHukumInput[]) => new Map(list.map((d) => [d.kode.toUpperCase(), d]));

/** problemsOf against a list by upper-cased code that may hold `data` itself (it is then not "taken"). */
function problemsIn(data: DasarHukumInput, byKode: ReadonlyMap<string, DasarHukumInput>): FieldError[] {
  const errors: FieldError[] = [];
  const key = data.kode.toUpperCase();
  const taken = byKode.get(key);
  if (taken && taken !== data) errors.push({ field: 'kode', message: `Kode ${data.kode} sudah dipakai untuk ${namaDasarHukum(taken)}. Pakai kode lain.` });
  if (data.tanggal && Number(data.tanggal.slice(0, 4)) !== data.tahun)
    errors.push({ field: 'tanggal', message: `Tanggal penetapan (${data.tanggal.slice(0, 4)}) tidak sama dengan tahun nomornya (${data.tahun}).` });
  const seen = new Set<string>();
  for (const k of data.diubahDengan) {
    const ku = k.toUpperCase();
    if (ku === key) errors.push({ field: 'diubahDengan', message: `${data.kode} tidak dapat menjadi perubahan dirinya sendiri.` });
    else if (seen.has(ku)) errors.push({ field: 'diubahDengan', message: `Perubahan ${k} tertulis dua kali.` });
    else if (!byKode.has(ku)) errors.push({ field: 'diubahDengan', message: `Perubahan ${k} tidak ada di daftar dasar hukum. Tambahkan dulu peraturan perubahannya sebagai baris sendiri.` });
    seen.add(ku);
  }
  // a chain that leads back to this entry (A diubah dengan B, B diubah dengan A)
  const stack = [...data.diubahDengan.map((k) => k.toUpperCase())];
  const visited = new Set<string>();
  while (stack.length) {
    const k = stack.pop()!;
    if (visited.has(k)) continue;
    visited.add(k);
    const d = byKode.get(k);
    if (!d || d === data) continue;
    if (d.diubahDengan.some((x) => x.toUpperCase() === key)) {
      errors.push({ field: 'diubahDengan', message: `Rantai perubahan melingkar: ${d.kode} tercatat diubah dengan ${data.kode}.` });
      break;
    }
    stack.push(...d.diubahDengan.map((x) => x.toUpperCase()));
  }
  return errors;
}
