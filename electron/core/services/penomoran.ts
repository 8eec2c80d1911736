import type { JenisRegistry } from '../../../shared/dokumen/jenis/registry';
import {
  type NomorSurat,
  type SkemaNomor,
  type SkemaNomorInput,
  type StatusNomor,
} from '../../../shared/contract/dokumen';
import { AppError, type FieldError } from '../../../shared/contract/result';
import { formatTanggal, isValidIsoDate } from '../../../shared/domain/tanggal';
import type { Db } from '../db/open';
import type { NomorFilter, NomorRepository } from '../db/repositories/nomor';
import { formatNomor, normalizeNomor, unknownTokens } from '../documents/format-nomor';
import { writeTableXlsx } from '../sheets/write-table';
import { found } from './found';

export interface AmbilNomor {
  /** ISO date of the letter: its year picks the counter. */
  tanggal: string;
  /** Subject line written in the register. */
  hal: string;
  /** The profile's unit code, used when the scheme has no unit of its own. */
  unitKode: string | null;
  /** `dipakai` when the document is recorded in the same step; `dipesan` to build it first. */
  status?: 'dipakai' | 'dipesan';
  /** Reserved by the app for the document it is building now, not by the clerk. */
  sementara?: boolean;
}

export interface NomorManual {
  nomor: string;
  tanggal: string;
  hal: string;
  /** The office the number belongs to (recorded in the register); '' or absent when unknown. */
  unit?: string | null;
}

/** The document a register number is about to be printed in (see PenomoranService.checkFor). */
export interface NomorUntuk {
  jenis: string;
  /** ISO date of the document. */
  tanggal: string;
  /** The profile's unit code, used when the scheme has no unit of its own. */
  unitKode: string | null;
}

const STATUS_LABEL: Record<StatusNomor, string> = { dipesan: 'Dipesan', dipakai: 'Dipakai', batal: 'Batal' };

/**
 * The outgoing-letter register (buku agenda surat keluar): counters per series, unit and year, with
 * no duplicates and no silent gaps. Every number the counter gives stays in the register; voiding
 * marks it. Only a manual number that was reserved and never used can be released (deleted).
 */
export class PenomoranService {
  constructor(
    private readonly db: Db,
    private readonly repo: NomorRepository,
    /** The document types: their labels, and their numbering until the clerk saves a scheme. */
    private readonly jenis: JenisRegistry,
    /** Whether the classification list (Pengaturan → Penomoran) holds a code: a scheme's code must be one of them. */
    private readonly klasifikasiAda: (kode: string) => boolean = () => true,
  ) {}

  /** The scheme of a type: saved, else the type's default; an unknown type is refused, never numbered like another. */
  skema(jenis: string): SkemaNomor {
    const def = this.jenis.get(jenis);
    return this.repo.skema(jenis) ?? { jenis, ...def.penomoran };
  }

  skemaList(): SkemaNomor[] {
    return this.jenis.ids.map((j) => this.skema(j));
  }

  /** A register line may name a type this build no longer has (kept from an older version): its id is shown then. */
  private jenisLabel(jenis: string): string {
    return this.jenis.ada(jenis) ? this.jenis.get(jenis).label : jenis;
  }

  saveSkema(jenis: string, data: SkemaNomorInput): SkemaNomor {
    return this.db.transaction(() => {
      const errors: FieldError[] = [];
      const unknown = unknownTokens(data.pola);
      if (unknown.length)
        errors.push({ field: 'pola', message: `Pola nomor memuat ${unknown.join(', ')} yang tidak dikenal. Yang tersedia: {kode}, {urut}, {unit}, {tahun}, {bulan}, {bulan_romawi}.` });
      if (!data.pola.includes('{tahun}'))
        errors.push({ field: 'pola', message: 'Pola nomor harus memuat {tahun}: nomor urut dimulai lagi dari 1 setiap tahun, tanpa tahun nomornya akan berulang.' });
      if (data.pola.includes('{kode}') && data.kode === '')
        errors.push({ field: 'kode', message: 'Pola memakai {kode}, jadi kode klasifikasi wajib diisi (misalnya 800 untuk kepegawaian).' });
      // Refused rather than saved with an override: a typo here is printed on every letter of the year
      // and cannot be taken back from the register; adding the code to the list is one step and keeps
      // the list the one source the numbering and the archive agree on.
      if (data.kode !== '' && !this.klasifikasiAda(data.kode))
        errors.push({
          field: 'kode',
          message: `Kode klasifikasi ${data.kode} tidak ada di daftar kode klasifikasi (Pengaturan → Penomoran → Kode klasifikasi). Pilih kode dari daftar, atau tambahkan kode ${data.kode} ke daftar lebih dulu.`,
        });
      const clash = this.clashingSeries(jenis, data);
      if (clash)
        errors.push({
          field: 'seri',
          message: `Skema ini menghasilkan nomor yang sama dengan seri "${clash.seri}" (${this.jenisLabel(clash.jenis)}). Bedakan pola, kode atau kode unitnya, atau pakai seri yang sama.`,
        });
      if (errors.length) throw new AppError('VALIDASI', 'Skema penomoran belum benar. Periksa isian yang ditandai.', errors);
      this.repo.saveSkema(jenis, data);
      return this.skema(jenis);
    })();
  }

  /**
   * Takes the next number of the scheme's series for the unit (the scheme's, else `unitKode`; one
   * shared counter when the pattern prints no unit) and the year of `tanggal`, atomically:
   * BEGIN IMMEDIATE holds the write lock from reading the counter to inserting the row, so two
   * windows or processes never get the same number. `within` runs inside the same transaction
   * (e.g. to record the document); if it throws, the number is not taken.
   */
  take(jenis: string, opts: AmbilNomor, within?: (nomor: NomorSurat) => void): NomorSurat {
    const skema = this.skema(jenis);
    const unit = skema.unit || opts.unitKode || '';
    checkTanggal(opts.tanggal);
    if (skema.pola.includes('{unit}') && unit === '')
      throw new AppError(
        'VALIDASI',
        `Kode unit untuk nomor ${this.jenisLabel(jenis)} belum diisi. Isi "Kode unit" di profil instansi (misalnya BKPSDM) atau di skema penomoran.`,
      );
    const tahun = Number(opts.tanggal.slice(0, 4));
    const counter = counterUnit(skema, opts.unitKode);
    return this.db
      .transaction(() => {
        let urut = this.repo.maxUrut(skema.seri, counter, tahun);
        let nomor: string;
        // a clerk may already have typed the next number by hand: it stays theirs, the counter moves on
        do nomor = formatNomor(skema.pola, { kode: skema.kode, urut: ++urut, padding: skema.padding, unit, tanggal: opts.tanggal });
        while (this.repo.findByNomor(nomor));
        const id = this.repo.insert({ seri: skema.seri, unit: counter, tahun, urut, nomor, jenis, status: opts.status ?? 'dipakai', tanggal: opts.tanggal, hal: opts.hal, sementara: opts.sementara });
        const taken = this.get(id);
        within?.(taken);
        return taken;
      })
      .immediate();
  }

  /** A number set aside before the document is made (status dipesan). */
  reserve(jenis: string, opts: Omit<AmbilNomor, 'status'>): NomorSurat {
    return this.take(jenis, { ...opts, status: 'dipesan' });
  }

  /**
   * At start-up: a number the app reserved for a document and never used means the app stopped
   * mid-build (closed, crashed, power cut). It is voided with that reason, so the register shows
   * why the number was skipped; a number the clerk reserved stays reserved.
   */
  voidInterrupted(now: Date = new Date()): number {
    // Older than ten minutes: a build in another window or process right now takes milliseconds.
    const cutoff = new Date(now.getTime() - 10 * 60_000).toISOString();
    return this.repo.voidInterrupted('Pembuatan dokumen terhenti (aplikasi tertutup atau mati listrik) sebelum dokumen tersimpan.', cutoff);
  }

  /** A number typed by the clerk; refused when the register already holds it in any status. */
  manual(jenis: string, input: NomorManual, status: 'dipesan' | 'dipakai' = 'dipesan'): NomorSurat {
    const nomor = normalizeNomor(input.nomor);
    if (nomor === '') throw new AppError('VALIDASI', 'Nomor wajib diisi.', [{ field: 'nomor', message: 'Nomor wajib diisi.' }]);
    checkTanggal(input.tanggal);
    const seri = this.skema(jenis).seri;
    return this.db
      .transaction(() => {
        const existing = this.repo.findByNomor(nomor);
        if (existing) {
          const message = `Nomor ${nomor} sudah tercatat di buku agenda (${registerNote(existing)}). Pakai nomor lain.`;
          throw new AppError('DUPLIKAT', message, [{ field: 'nomor', message }]);
        }
        const tahun = Number(input.tanggal.slice(0, 4));
        const unit = input.unit?.trim() ?? '';
        return this.get(this.repo.insert({ seri, unit, tahun, urut: null, nomor, jenis, status, tanggal: input.tanggal, hal: input.hal }));
      })
      .immediate();
  }

  /**
   * Gives back a manual number that was reserved but never used (e.g. the document build failed),
   * so the clerk can type it again. Numbers from the counter are never deleted: they are voided
   * with a reason (see `void`), so the counter never reuses them and the register has no silent gaps.
   * Returns the line as it was before it was deleted.
   */
  release(id: number): NomorSurat {
    return this.db.transaction(() => {
      const n = this.get(id);
      if (!n.manual)
        throw new AppError(
          'VALIDASI',
          `Nomor ${n.nomor} diambil dari penghitung buku agenda dan tidak dapat dilepas: nomor dari penghitung tetap tercatat. Batalkan nomornya dengan alasan bila tidak jadi dipakai.`,
        );
      if (n.status === 'batal')
        throw new AppError('VALIDASI', `Nomor ${n.nomor} sudah dibatalkan (${n.alasanBatal}) dan tetap tercatat di buku agenda; nomor ini tidak dapat dilepas.`);
      if (n.status !== 'dipesan' || n.dokumenId !== null)
        throw new AppError(
          'VALIDASI',
          `Nomor ${n.nomor} sudah dipakai untuk ${n.hal} (${formatTanggal(n.tanggal)}) dan tidak dapat dilepas. Batalkan nomornya dengan alasan bila dokumennya ditarik.`,
        );
      if (!this.repo.deleteUnusedManual(id)) throw new AppError('INTERNAL', `Nomor ${n.nomor} tidak dapat dilepas dari buku agenda.`);
      return n;
    })();
  }

  /**
   * Marks a reserved number as used by an archived document, and writes the document's date and
   * subject on the register line, so the agenda book shows what the number was finally used for.
   * Call inside the transaction that records the document (after checkFor).
   */
  use(nomorId: number, dokumenId: number, doc: { tanggal: string; hal: string; tujuan?: string }): NomorSurat {
    return this.db.transaction(() => {
      this.usable(nomorId, dokumenId);
      this.repo.markUsed(nomorId, dokumenId, { ...doc, tujuan: doc.tujuan ?? '' });
      return this.get(nomorId);
    })();
  }

  /**
   * The register line if its number may be printed in this document: usable (see `usable`), of the
   * series of the document type's scheme, of the year of the document's date, and, for a number
   * from the counter, of the unit the document is numbered for (the scheme's unit, else the profile's).
   */
  checkFor(nomorId: number, doc: NomorUntuk): NomorSurat {
    checkTanggal(doc.tanggal);
    const n = this.usable(nomorId);
    const skema = this.skema(doc.jenis);
    const label = this.jenisLabel(doc.jenis);
    const tahun = Number(doc.tanggal.slice(0, 4));
    const untuk = n.jenis ? ` (dipesan untuk ${this.jenisLabel(n.jenis)})` : '';
    if (n.seri !== skema.seri)
      throw new AppError(
        'VALIDASI',
        `Nomor ${n.nomor} termasuk seri "${n.seri}"${untuk}, sedangkan ${label} dinomori dengan seri "${skema.seri}". Pilih nomor dari seri ${label}.`,
      );
    if (n.tahun !== tahun)
      throw new AppError(
        'VALIDASI',
        `Nomor ${n.nomor} adalah nomor tahun ${n.tahun}, sedangkan dokumen ini bertanggal ${formatTanggal(doc.tanggal)} (tahun ${tahun}). Pilih nomor tahun ${tahun} atau sesuaikan tanggalnya.`,
      );
    if (!n.manual) {
      const unit = this.repo.unitOf(nomorId) ?? '';
      const expected = counterUnit(skema, doc.unitKode);
      if (unit !== expected)
        throw new AppError(
          'VALIDASI',
          `Nomor ${n.nomor} adalah nomor ${unitName(unit)}, sedangkan dokumen ini dinomori untuk ${unitName(expected)}. Pilih nomor yang dipesan untuk ${unitName(expected)}.`,
        );
    }
    return n;
  }

  /**
   * The register line if a document may carry its number: not voided, and not already the number
   * of another archived document (`dokumenId`: the document it is for, when it exists already).
   */
  usable(nomorId: number, dokumenId: number | null = null): NomorSurat {
    const n = this.get(nomorId);
    if (n.status === 'batal')
      throw new AppError('VALIDASI', `Nomor ${n.nomor} sudah dibatalkan (${n.alasanBatal}) dan tidak dapat dipakai. Pilih nomor lain.`);
    if (n.dokumenId !== null && n.dokumenId !== dokumenId)
      throw new AppError('VALIDASI', `Nomor ${n.nomor} sudah dipakai untuk dokumen lain (${n.hal}, ${formatTanggal(n.tanggal)}). Pilih nomor lain.`);
    return n;
  }

  /** Voids a reserved or used number with its reason. It stays in the register and is never given again. */
  void(id: number, alasan: string): NomorSurat {
    const reason = alasan.trim();
    if (reason.length < 3) throw new AppError('VALIDASI', 'Alasan pembatalan wajib diisi.', [{ field: 'alasan', message: 'Alasan pembatalan wajib diisi.' }]);
    return this.db.transaction(() => {
      const n = this.get(id);
      if (n.status === 'batal') throw new AppError('VALIDASI', `Nomor ${n.nomor} sudah dibatalkan sebelumnya (${n.alasanBatal}).`);
      this.repo.markVoid(id, reason);
      return this.get(id);
    })();
  }

  get(id: number): NomorSurat {
    return found(this.repo.get(id), () => `Nomor dengan id ${id} tidak ditemukan di buku agenda.`);
  }

  list(filter: NomorFilter): NomorSurat[] {
    return this.repo.list(filter);
  }

  /** Writes the register of one year to an xlsx file (atomically); returns the number of rows. */
  exportXlsx(filePath: string, tahun: number): Promise<number> {
    const rows = this.repo.ofYear(tahun).map((n, i) => [
      i + 1,
      n.nomor,
      formatTanggal(n.tanggal),
      n.hal,
      n.tujuan,
      n.jenis ? this.jenisLabel(n.jenis) : '',
      STATUS_LABEL[n.status],
      keterangan(n),
    ]);
    return writeTableXlsx(filePath, {
      sheetName: `Buku Agenda ${tahun}`,
      title: ['BUKU AGENDA SURAT KELUAR', `TAHUN ${tahun}`],
      columns: [
        { header: 'No', width: 6, kind: 'integer' },
        { header: 'Nomor', width: 30, kind: 'text' },
        { header: 'Tanggal', width: 18, kind: 'text' },
        { header: 'Hal', width: 50, kind: 'text' },
        { header: 'Tujuan', width: 36, kind: 'text' },
        { header: 'Jenis', width: 18, kind: 'text' },
        { header: 'Status', width: 10, kind: 'text' },
        { header: 'Keterangan', width: 40, kind: 'text' },
      ],
      rows,
      landscape: true,
      freezeColumns: 2,
    });
  }

  static exportFileName(tahun: number): string {
    return `Buku-Agenda-Surat-Keluar_${tahun}.xlsx`;
  }

  /** Another series whose scheme would print the same numbers (same pattern, code and unit). */
  private clashingSeries(jenis: string, data: SkemaNomorInput): SkemaNomor | null {
    const sample = (s: SkemaNomorInput) => formatNomor(s.pola, { kode: s.kode, urut: 1, padding: s.padding, unit: s.unit || '\u0000', tanggal: '2000-01-01' });
    const mine = sample(data);
    return this.skemaList().find((s) => s.jenis !== jenis && s.seri !== data.seri && sample(s) === mine) ?? null;
  }
}

/**
 * The unit whose counter a scheme's numbers come from: the scheme's own unit, else the profile's.
 * A pattern that does not print the unit gives numbers that differ only by the counter, so all
 * units share one counter ('') there; otherwise two units would print the same number.
 */
function counterUnit(skema: SkemaNomor, unitKode: string | null): string {
  return skema.pola.includes('{unit}') ? skema.unit || unitKode || '' : '';
}

const unitName = (unit: string) => (unit ? `unit ${unit}` : 'penghitung bersama (tanpa kode unit)');

function checkTanggal(tanggal: string): void {
  if (!isValidIsoDate(tanggal))
    throw new AppError('VALIDASI', `Tanggal "${tanggal}" tidak valid; tulis sebagai TTTT-BB-HH.`, [{ field: 'tanggal', message: 'Tanggal tidak valid.' }]);
}

/** "dipakai untuk Undangan Sosialisasi, 12 Maret 2026" — what the register says about a number. */
function registerNote(n: NomorSurat): string {
  const tanggal = formatTanggal(n.tanggal);
  if (n.status === 'batal') return `dibatalkan: ${n.alasanBatal}, ${tanggal}`;
  return `${n.status} untuk ${n.hal}, ${tanggal}`;
}

function keterangan(n: NomorSurat): string {
  const parts: string[] = [];
  if (n.status === 'batal') parts.push(`Dibatalkan: ${n.alasanBatal}`);
  if (n.status === 'dipesan') parts.push('Belum dipakai');
  if (n.manual) parts.push('Nomor diketik manual');
  return parts.join('; ');
}
