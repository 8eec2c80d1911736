import crypto from 'node:crypto';
import type { AturanIsi, AturanKasus } from '../../../shared/contract/aturan-kasus';
import { KasusInputSchema, TerlaporInputSchema, type KasusInput, type TerlaporInput } from '../../../shared/contract/kasus';
import {
  KOLOM_KASUS_LABEL,
  KOLOM_KASUS_WAJIB,
  type ImporKasusLaporan,
  type ImporKasusPratinjau,
  type KasusImpor,
  type KeputusanImporKasus,
  type KolomKasus,
  type OrangRegistry,
  type PemetaanKasus,
  type PengaturanImporKasus,
  type TerlaporImpor,
} from '../../../shared/contract/kasus-impor';
import { AppError } from '../../../shared/contract/result';
import { namaLengkap } from '../../../shared/domain/nama';
import type { ImportIssue } from '../../../shared/domain/pegawai';
import { formatTanggal, isValidDate, todayIso, toIsoDate } from '../../../shared/domain/tanggal';
import type { AturanKasusRepository } from '../db/repositories/aturan-kasus';
import { dataVersion, type Db } from '../db/open';
import { detectKasusHeader, kolomHuruf, readKasusRows, type BarisKasus, type KasusHeader, type MasalahBaris } from '../sheets/kasus-rows';
import { readGrid, type Grid } from '../sheets/read';
import { writeRejectedRows } from '../sheets/rejected-rows';
import type { KasusService } from './kasus';

export interface BerkasImpor {
  path: string;
  /** Name shown in messages (the original file name). */
  label: string;
}

export interface OpsiImpor {
  mapping: PemetaanKasus | null;
  pengaturan: PengaturanImporKasus;
  keputusan: KeputusanImporKasus;
}

const MAX_ISSUES = 500;
/** Similar-name candidates are looked up for this many unmatched people (the review step pages through the rest by search). */
const MAX_KANDIDAT_ORANG = 300;
const MAX_PELANGGARAN = 20;

interface Dibaca {
  grid: Grid;
  header: KasusHeader;
  missing: KolomKasus[];
  rows: BarisKasus[];
  problems: MasalahBaris[];
  total: number;
}

/** A case the apply creates: what goes to KasusService, and what the preview shows. */
interface Rencana {
  tampil: KasusImpor;
  item: { data: KasusInput; terlapor: TerlaporInput[]; aturanId: number; asal: string } | null;
}

interface Plan {
  dibaca: Dibaca;
  kasus: Rencana[];
  issues: ImportIssue[];
  invalidRows: Set<number>;
  belumDitinjau: TerlaporImpor[];
  kunci: string;
}

interface OrangIndex {
  byId: Map<number, OrangRegistry>;
  byNip: Map<string, number>;
  /** Normalised name + birth date → id; null when two people share it (no match by name then). */
  byNamaLahir: Map<string, number | null>;
  /** Name tokens → ids, for similar-name candidates. */
  byToken: Map<string, number[]>;
  tokens: Map<number, string[]>;
}

/** "Drs. H. Budi Santoso, S.E., M.M." → "budi santoso" (titles off, letters only, lower case). */
export function kunciNama(nama: string): string {
  const tanpaBelakang = nama.split(',')[0] ?? '';
  const kata = tanpaBelakang.split(/\s+/).filter(Boolean);
  while (kata.length > 1 && /^[A-Za-z]{1,4}\.$/.test(kata[0]!)) kata.shift();
  return kata
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\s]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const normalTeks = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();
const kunciNomor = (s: string) => s.toUpperCase().replace(/\s+/g, '');

/** Birth date in a NIP's first eight digits (a mistyped NIP still carries it). */
function lahirDariNip(nip: string | null): string | null {
  if (!nip || nip.length !== 18) return null;
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  return y >= 1940 && isValidDate(y, m, d) ? toIsoDate(y, m, d) : null;
}

const distinct = (xs: readonly string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = normalTeks(x);
    if (!x.trim() || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
const potong = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The reporter's text mapped onto the catalogue through the rule set's reporter categories: a part
 * (split at ; or a new line) that is a category, one of its spellings (`sebutan`), a catalogue code,
 * or contains a spelling, gives that category's codes. Unmapped parts are returned as written.
 */
export function petakanPelanggaran(isi: Pick<AturanIsi, 'kategoriPelapor' | 'pelanggaran'>, teks: string): { kode: string[]; belum: string[] } {
  const kode: string[] = [];
  const belum: string[] = [];
  const kodeKatalog = new Map(isi.pelanggaran.map((p) => [p.kode.toUpperCase(), p.kode]));
  const sebutan = isi.kategoriPelapor.map((k) => ({ k, kata: [k.kategori, ...k.sebutan].map(normalTeks).filter(Boolean) }));
  for (const bagian of teks.split(/[;\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const n = normalTeks(bagian);
    const langsung = kodeKatalog.get(bagian.toUpperCase());
    if (langsung) {
      kode.push(langsung);
      continue;
    }
    let cocok = sebutan.filter((s) => s.kata.includes(n));
    if (!cocok.length) cocok = sebutan.filter((s) => s.kata.some((w) => ` ${n} `.includes(` ${w} `)));
    if (!cocok.length) {
      const uraian = isi.pelanggaran.find((p) => normalTeks(p.uraian) === n);
      if (uraian) kode.push(uraian.kode);
      else belum.push(bagian);
      continue;
    }
    for (const c of cocok) kode.push(...c.k.pelanggaran);
  }
  return { kode: [...new Set(kode)], belum };
}

/**
 * Bulk intake of recommendation lists: the staff import's reading, header recognition, row messages,
 * rejected-rows file and all-or-nothing write, with cases and people instead of staff records. The
 * cases go through KasusService (its audit rows), in one transaction after a backup.
 */
export class KasusImporService {
  constructor(
    private readonly db: Db,
    private readonly kasus: KasusService,
    private readonly aturanRepo: AturanKasusRepository,
    private readonly beforeWrite: (label: string) => Promise<unknown> = async () => undefined,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async pratinjau(file: BerkasImpor, opsi: OpsiImpor): Promise<ImporKasusPratinjau> {
    const plan = this.rencana(await this.baca(file, opsi.mapping), file, opsi);
    const d = plan.dibaca;
    const tampil = plan.kasus.map((k) => k.tampil);
    const terlapor = tampil.flatMap((k) => (k.aturan ? k.terlapor : []));
    return {
      fileName: file.label,
      sheet: d.grid.sheet,
      headerRow: d.grid.rows[d.header.headerRowIndex]?.row ?? 1,
      headers: d.header.headers,
      mapping: d.header.mapping,
      missing: d.missing,
      totalRows: d.total,
      validRows: d.total - plan.invalidRows.size,
      invalidRows: plan.invalidRows.size,
      issues: plan.issues.slice(0, MAX_ISSUES),
      issueCount: plan.issues.length,
      kasus: tampil,
      terlaporCount: terlapor.length,
      cocokCount: terlapor.filter((t) => t.pegawai !== null).length,
      belumDitinjau: plan.belumDitinjau.length,
      kunci: plan.kunci,
    };
  }

  /** All or nothing: one transaction; invalid rows reject the file unless `skipInvalid`. */
  async terapkan(file: BerkasImpor, opsi: OpsiImpor & { kunci: string; skipInvalid: boolean }): Promise<ImporKasusLaporan> {
    const dibaca = await this.baca(file, opsi.mapping);
    const periksa = (plan: Plan) => {
      const missing = plan.dibaca.missing[0];
      if (missing) throw new AppError('IMPOR_DITOLAK', `Kolom untuk "${KOLOM_KASUS_LABEL[missing]}" belum dipilih pada pemetaan kolom berkas ${file.label}.`);
      if (plan.belumDitinjau.length) throw belumDitinjau(plan.belumDitinjau, file.label);
      if (plan.kunci !== opsi.kunci)
        throw new AppError(
          'IMPOR_DITOLAK',
          `Rencana impor ${file.label} tidak sama dengan pratinjau yang ditinjau (berkasnya, keputusannya atau data di Netra berubah sejak pratinjau). Tidak ada yang disimpan; buka pratinjau lagi.`,
        );
    };
    const versi = dataVersion(this.db);
    let plan = this.rencana(dibaca, file, opsi);
    const report: ImporKasusLaporan = { ok: false, kasusDibuat: 0, terlaporDibuat: 0, terlaporPegawai: 0, terlaporBelumDikenal: 0, dilewati: 0, kasus: [], errors: plan.issues };
    if (plan.dibaca.missing.length === 0 && ((plan.invalidRows.size > 0 && !opsi.skipInvalid) || plan.issues.some((i) => i.row === null))) return report;
    periksa(plan);
    const items = plan.kasus.flatMap((k) => (k.item ? [k.item] : []));
    if (items.length) await this.beforeWrite(file.label);
    const made = this.db
      .transaction(() => {
        // another connection wrote meanwhile (the job worker, another window): plan again under the write
        // lock, so what is written is what was checked against the data as it is now
        if (dataVersion(this.db) !== versi) {
          plan = this.rencana(dibaca, file, opsi);
          periksa(plan);
        }
        return this.kasus.buatBanyak(plan.kasus.flatMap((k) => (k.item ? [k.item] : [])));
      })
      .immediate();
    const dibuat = plan.kasus.filter((k) => k.item);
    report.ok = true;
    report.errors = plan.issues;
    report.dilewati = plan.invalidRows.size;
    report.kasusDibuat = made.length;
    report.kasus = made.map((m, i) => ({ ...m, nomorSurat: dibuat[i]!.tampil.nomorSurat, terlapor: dibuat[i]!.item!.terlapor.length }));
    for (const k of dibuat)
      for (const t of k.item!.terlapor) {
        report.terlaporDibuat++;
        if (t.jenis === 'pegawai') report.terlaporPegawai++;
        else report.terlaporBelumDikenal++;
      }
    return report;
  }

  /** The rows the import rejects, as an .xlsx with the original header and cells plus a column of problems. */
  async ditolak(file: BerkasImpor, opsi: OpsiImpor, outPath: string): Promise<number> {
    const plan = this.rencana(await this.baca(file, opsi.mapping), file, opsi);
    const messages = new Map<number, string[]>();
    for (const i of plan.issues) {
      if (i.row === null) continue;
      const list = messages.get(i.row) ?? [];
      list.push(i.column ? `Kolom ${i.column}${i.header ? ` (${i.header})` : ''}: ${i.message}` : i.message);
      messages.set(i.row, list);
    }
    return writeRejectedRows(outPath, plan.dibaca.header.headers, plan.dibaca.grid.rows.filter((r) => messages.has(r.row)), messages);
  }

  private async baca(file: BerkasImpor, mapping: PemetaanKasus | null): Promise<Dibaca> {
    const grid = await readGrid(file.path);
    grid.fileName = file.label;
    const header = detectKasusHeader(grid, mapping);
    const missing = KOLOM_KASUS_WAJIB.filter((k) => header.mapping[k] === undefined);
    if (missing.length) return { grid, header, missing, rows: [], problems: [], total: grid.rows.length - header.dataStartIndex };
    return { grid, header, missing, ...readKasusRows(grid, header) };
  }

  private indexOrang(): OrangIndex {
    const idx: OrangIndex = { byId: new Map(), byNip: new Map(), byNamaLahir: new Map(), byToken: new Map(), tokens: new Map() };
    const rows = this.db
      .prepare('SELECT p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.tanggal_lahir, p.jabatan, u.nama AS unit FROM pegawai p LEFT JOIN unit_kerja u ON u.id = p.unit_kerja_id ORDER BY p.id')
      .raw()
      .all() as [number, string | null, string, string | null, string | null, string | null, string | null, string | null][];
    for (const [id, nip, nama, gelarDepan, gelarBelakang, lahir, jabatan, unit] of rows) {
      idx.byId.set(id, { id, nama: namaLengkap({ nama, gelarDepan, gelarBelakang }), nip, jabatan, unitKerja: unit });
      if (nip) idx.byNip.set(nip, id);
      const kn = kunciNama(nama);
      const lahirNya = lahir ?? lahirDariNip(nip);
      if (kn && lahirNya) {
        const k = `${kn}|${lahirNya}`;
        idx.byNamaLahir.set(k, idx.byNamaLahir.has(k) ? null : id);
      }
      const tokens = kn.split(' ').filter((t) => t.length > 1);
      idx.tokens.set(id, tokens);
      for (const t of tokens) (idx.byToken.get(t) ?? idx.byToken.set(t, []).get(t)!).push(id);
    }
    return idx;
  }

  private kandidat(idx: OrangIndex, nama: string): OrangRegistry[] {
    const mine = [...new Set(kunciNama(nama).split(' ').filter((t) => t.length > 1))];
    if (!mine.length) return [];
    const score = new Map<number, number>();
    for (const t of mine) {
      const ids = idx.byToken.get(t);
      // a token thousands of people share ("muhammad", "siti") says little on its own
      if (!ids || ids.length > 2000) continue;
      for (const id of ids) score.set(id, (score.get(id) ?? 0) + 1);
    }
    return [...score.entries()]
      .map(([id, n]) => ({ id, s: n / Math.max(mine.length, idx.tokens.get(id)?.length ?? 1) }))
      .filter((x) => x.s >= 0.5)
      .sort((a, b) => b.s - a.s || a.id - b.id)
      .slice(0, 5)
      .map((x) => idx.byId.get(x.id)!);
  }

  private rencana(dibaca: Dibaca, file: BerkasImpor, opsi: OpsiImpor): Plan {
    const issues: ImportIssue[] = [];
    const invalidRows = new Set<number>();
    const m = dibaca.header.mapping;
    const issue = (row: number | null, kolom: KolomKasus | null, message: string) => {
      const col = kolom === null ? undefined : m[kolom];
      issues.push({ file: file.label, sheet: dibaca.grid.sheet, row, column: kolomHuruf(m, kolom), header: col === undefined ? null : dibaca.header.headers[col] || null, message });
      if (row !== null) invalidRows.add(row);
    };
    for (const p of dibaca.problems) issue(p.row, p.kolom, p.message);
    if (dibaca.missing.length) return { dibaca, kasus: [], issues, invalidRows, belumDitinjau: [], kunci: hash([]) };

    const hariIni = todayIso(this.now());
    const semuaAturan = this.aturanRepo.list();
    const berlaku = (tanggal: string) => semuaAturan.filter((a) => a.berlakuMulai <= tanggal && (a.berlakuSampai === null || a.berlakuSampai >= tanggal));
    const aturanById = new Map(semuaAturan.map((a) => [a.id, a]));
    const terdaftar = new Map<string, string>();
    for (const r of this.db.prepare("SELECT nomor_surat, tanggal_surat, nomor_register FROM kasus WHERE diarsipkan_at IS NULL AND nomor_surat <> ''").raw().iterate() as Iterable<[string, string | null, string]>)
      terdaftar.set(`${kunciNomor(r[0])}|${r[1] ?? ''}`, r[2]);
    const idx = this.indexOrang();

    // rows with the same number and date are one case; a row without a number is a case of its own
    const groups = new Map<string, BarisKasus[]>();
    for (const r of dibaca.rows) {
      const k = r.nomor ? `${kunciNomor(r.nomor)}|${r.tanggalSurat ?? ''}` : `baris-${r.row}`;
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
    }

    const kasus: Rencana[] = [];
    const belum: TerlaporImpor[] = [];
    let kandidatDicari = 0;
    for (const [kunci, rows] of groups) {
      const first = rows[0]!;
      const semua = (kolom: KolomKasus | null, message: string) => rows.forEach((r) => issue(r.row, kolom, message));
      const nomorSurat = first.nomor;
      const tanggalSurat = first.tanggalSurat;
      const tanggalKejadian = rows.reduce((min, r) => (r.tanggalKejadian! < min ? r.tanggalKejadian! : min), first.tanggalKejadian!);
      const tanggalDiterima = rows.find((r) => r.tanggalDiterima)?.tanggalDiterima ?? opsi.pengaturan.tanggalDiterima ?? hariIni;
      const sudah = nomorSurat ? terdaftar.get(kunci) : undefined;
      if (sudah) {
        semua('nomor', `rekomendasi nomor ${nomorSurat}${tanggalSurat ? ` tanggal ${formatTanggal(tanggalSurat)}` : ''} sudah tercatat sebagai kasus ${sudah}; baris ini tidak diimpor lagi.`);
        continue;
      }
      // the rule set: the one in force on the incident date, or the clerk's choice when none or several are
      const pilihan = berlaku(tanggalKejadian);
      const dipilih = opsi.keputusan.aturan[kunci];
      let aturan: AturanKasus | null = null;
      if (dipilih !== undefined) {
        aturan = aturanById.get(dipilih) ?? null;
        if (!aturan) semua('tanggalKejadian', `perangkat aturan yang dipilih (id ${dipilih}) tidak ada; pilih lagi.`);
      } else if (pilihan.length === 1) aturan = pilihan[0]!;
      else
        semua(
          'tanggalKejadian',
          pilihan.length === 0
            ? `tidak ada perangkat aturan yang berlaku pada tanggal kejadian ${formatTanggal(tanggalKejadian)}: pilih aturan untuk rekomendasi ini pada langkah tinjauan.`
            : `ada ${pilihan.length} perangkat aturan yang berlaku pada tanggal kejadian ${formatTanggal(tanggalKejadian)} (${pilihan.map((a) => a.nama).join('; ')}): pilih salah satu pada langkah tinjauan.`,
        );

      // people
      const terlapor: TerlaporImpor[] = [];
      const inputs: TerlaporInput[] = [];
      const pegawaiDipakai = new Map<number, number>();
      for (const r of rows) {
        const lahir = r.tanggalLahir ?? lahirDariNip(r.nip);
        let id: number | null = null;
        let cocok: TerlaporImpor['cocok'] = null;
        if (r.nip && idx.byNip.has(r.nip)) [id, cocok] = [idx.byNip.get(r.nip)!, 'nip'];
        else if (lahir) {
          const byName = idx.byNamaLahir.get(`${kunciNama(r.nama)}|${lahir}`);
          if (byName) [id, cocok] = [byName, 'nama-lahir'];
        }
        const kp = opsi.keputusan.orang[String(r.row)];
        let keputusan: TerlaporImpor['keputusan'] = null;
        if (kp && 'pegawaiId' in kp) {
          if (!idx.byId.has(kp.pegawaiId)) {
            issue(r.row, 'nama', `pegawai yang dipilih untuk ${r.nama} (id ${kp.pegawaiId}) tidak ada di data pegawai; pilih lagi.`);
            continue;
          }
          [id, cocok, keputusan] = [kp.pegawaiId, 'tautan', 'tautkan'];
        } else if (kp) [id, cocok, keputusan] = [null, null, 'belum-dikenal'];
        const t: TerlaporImpor = {
          baris: r.row,
          nama: r.nama,
          nip: r.nip,
          jabatan: r.jabatan,
          unitKerja: r.unitKerja,
          cocok,
          pegawai: id === null ? null : idx.byId.get(id)!,
          keputusan,
          kandidat: [],
        };
        if (id !== null) {
          const dup = pegawaiDipakai.get(id);
          if (dup !== undefined) {
            issue(r.row, 'nama', `${t.pegawai!.nama} sudah tercatat di baris ${dup} sebagai terlapor rekomendasi yang sama.`);
            continue;
          }
          pegawaiDipakai.set(id, r.row);
        } else if (keputusan === null) {
          if (kandidatDicari++ < MAX_KANDIDAT_ORANG) t.kandidat = this.kandidat(idx, r.nama);
          belum.push(t);
        }
        const keterangan = potong(
          [r.pelanggaran && `Dugaan pelanggaran: ${r.pelanggaran.replace(/\s+/g, ' ')}`, r.rekomendasi && `Rekomendasi: ${r.rekomendasi.replace(/\s+/g, ' ')}`, `Impor ${file.label} baris ${r.row}`].filter(Boolean).join('. '),
          1000,
        );
        const input =
          id !== null
            ? TerlaporInputSchema.safeParse({ jenis: 'pegawai', pegawaiId: id, keterangan })
            : TerlaporInputSchema.safeParse({ jenis: 'belum-dikenal', nama: r.nama, nip: r.nip, jabatan: r.jabatan, unitKerja: r.unitKerja, keterangan });
        if (!input.success) {
          for (const i of input.error.issues) issue(r.row, kolomTerlapor(String(i.path[0] ?? '')), i.message);
          continue;
        }
        terlapor.push(t);
        inputs.push(input.data);
      }

      // the case's own fields, from all its rows
      const teksPelanggaran = distinct(rows.map((r) => r.pelanggaran.replace(/\s+/g, ' ').trim()));
      const petaan = aturan ? teksPelanggaran.map((t) => petakanPelanggaran(aturan!.isi, t)) : [];
      const kode = [...new Set(petaan.flatMap((p) => p.kode))].slice(0, MAX_PELANGGARAN);
      const data = KasusInputSchema.safeParse({
        sumber: opsi.pengaturan.sumber,
        pelapor: opsi.pengaturan.pelapor,
        nomorSurat,
        tanggalSurat,
        tanggalDiterima,
        tanggalKejadian,
        lokasi: potong(distinct(rows.map((r) => r.lokasi)).join('; '), 500),
        kronologi: potong(distinct(rows.map((r) => r.kronologi)).join('\n\n'), 20_000),
        pemilihan: rows.find((r) => r.pemilihan)?.pemilihan ?? opsi.pengaturan.pemilihan,
        // the whole text of each person stays in their keterangan; the case's category is cut to its field
        kategoriPelapor: potong(teksPelanggaran.join('; '), 300),
        rekomendasi: potong(distinct(rows.map((r) => r.rekomendasi.replace(/\s+/g, ' ').trim())).join('; '), 2000),
        pelanggaran: kode,
      });
      if (!data.success) for (const i of data.error.issues) semua(kolomKasus(String(i.path[0] ?? '')), i.message);
      const tampil: KasusImpor = {
        kunci,
        baris: rows.map((r) => r.row),
        nomorSurat,
        tanggalSurat,
        tanggalDiterima,
        tanggalKejadian,
        pemilihan: data.success ? data.data.pemilihan : '',
        aturan: aturan ? { id: aturan.id, nama: aturan.nama } : null,
        aturanPilihan: aturan && dipilih === undefined ? [] : (pilihan.length ? pilihan : semuaAturan).map((a) => ({ id: a.id, nama: a.nama, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai })),
        kategoriPelapor: data.success ? data.data.kategoriPelapor : '',
        pelanggaran: kode.map((k) => ({ kode: k, uraian: aturan?.isi.pelanggaran.find((p) => p.kode === k)?.uraian ?? k })),
        belumDipetakan: [...new Set(petaan.flatMap((p) => p.belum))],
        rekomendasi: data.success ? data.data.rekomendasi : '',
        terlapor,
      };
      // rows with problems of their own are left out of `inputs`; a problem of the case marks all its rows
      const item =
        aturan !== null && data.success && inputs.length > 0
          ? { data: data.data, terlapor: inputs, aturanId: aturan.id, asal: `${file.label}${dibaca.grid.sheet ? `, lembar ${dibaca.grid.sheet}` : ''}, baris ${terlapor.map((t) => t.baris).join(', ')}` }
          : null;
      kasus.push({ tampil, item });
    }
    issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const kunciPlan = hash({ kasus: kasus.flatMap((k) => (k.item ? [k.item] : [])), belumDitinjau: belum.map((t) => t.baris), dilewati: [...invalidRows].sort((a, b) => a - b) });
    return { dibaca, kasus, issues, invalidRows, belumDitinjau: belum, kunci: kunciPlan };
  }
}

const hash = (v: unknown) => crypto.createHash('sha256').update(JSON.stringify(v)).digest('hex');

function kolomTerlapor(field: string): KolomKasus | null {
  const map: Record<string, KolomKasus> = { nama: 'nama', nip: 'nip', jabatan: 'jabatan', unitKerja: 'unitKerja', keterangan: 'pelanggaran' };
  return map[field] ?? null;
}

function kolomKasus(field: string): KolomKasus | null {
  const map: Record<string, KolomKasus> = {
    nomorSurat: 'nomor',
    tanggalSurat: 'tanggalSurat',
    tanggalDiterima: 'tanggalDiterima',
    tanggalKejadian: 'tanggalKejadian',
    lokasi: 'lokasi',
    kronologi: 'kronologi',
    pemilihan: 'pemilihan',
    kategoriPelapor: 'pelanggaran',
    rekomendasi: 'rekomendasi',
  };
  return map[field] ?? null;
}

function belumDitinjau(list: readonly TerlaporImpor[], label: string): AppError {
  const names = list.slice(0, 10).map((t) => `${t.nama} (baris ${t.baris})`);
  const more = list.length > 10 ? ` dan ${list.length - 10} lainnya` : '';
  return new AppError(
    'IMPOR_DITOLAK',
    `Berkas ${label} menyebut ${list.length} terlapor yang tidak ditemukan di data pegawai: ${names.join(', ')}${more}. ` +
      'Tinjau mereka lebih dulu: tautkan ke pegawai yang dimaksud, atau catat sebagai belum dikenali. Tidak ada yang disimpan.',
  );
}
