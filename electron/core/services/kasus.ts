import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AturanIsi } from '../../../shared/contract/aturan-kasus';
import type {
  AuditKasus,
  BuktiKasus,
  Kasus,
  KasusInput,
  KasusRingkas,
  PejabatKasus,
  TahapMaju,
  TahapRecord,
  TanyaJawab,
  TenggatKasus,
  Terlapor,
  TerlaporInput,
} from '../../../shared/contract/kasus';
import type { KasusQuerySchema } from '../../../shared/contract/kasus';
import { AppError } from '../../../shared/contract/result';
import type { Libur } from '../../../shared/domain/hari-kerja';
import { JENIS_LUAR_LABEL, TAHAP, TAHAP_LABEL, TITIK_LABEL, SATUAN_LABEL, type Lampu, type Tahap, type TingkatHukuman } from '../../../shared/domain/kasus';
import {
  akhirHukuman,
  hitungTenggat,
  hukumanUntuk,
  jenjangDari,
  lampuTerburuk,
  langgarJarak,
  lengkapiTitik,
  pejabatBerwenang,
  tingkatTertinggi,
  type KeadaanProsedur,
  type TanggalTitik,
} from '../../../shared/domain/prosedur-kasus';
import { formatTanggal, todayIso } from '../../../shared/domain/tanggal';
import type { z } from 'zod';
import type { ArsipRepository } from '../db/repositories/arsip';
import type { AturanKasusRepository } from '../db/repositories/aturan-kasus';
import { parseIsi } from '../db/repositories/aturan-kasus';
import type { AturanBeku, KasusRepository, KasusRow, TahapRow, TerlaporBaru, TerlaporRow } from '../db/repositories/kasus';
import type { LiburRepository } from '../db/repositories/libur';
import type { PengaturanRepository } from '../db/repositories/pengaturan';
import type { PesertaSnapshotRepository, SnapshotPeserta } from '../db/repositories/peserta-snapshot';

import type { Db } from '../db/open';
import type { FileStore } from '../files';
import { writeNewFileAtomic } from '../fs-atomic';
import { sha256Hex } from '../hash';

type KasusQuery = z.output<typeof KasusQuerySchema>;

const KUNCI_PENGATURAN = 'kasus.pengaturan';
/** Evidence files above this are refused (a screen recording belongs in the office's file share, not the database folder). */
const BUKTI_MAKS_BYTES = 100 * 1024 * 1024;

/** What the files' first bytes say they are (the name's extension is not trusted). */
function jenisBerkas(bytes: Uint8Array, nama: string): { jenis: BuktiKasus['jenis']; mime: string; ext: string } {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return { jenis: 'gambar', mime: 'image/png', ext: 'png' };
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return { jenis: 'gambar', mime: 'image/jpeg', ext: 'jpg' };
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) return { jenis: 'gambar', mime: 'image/gif', ext: 'gif' };
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45 && b(10) === 0x42 && b(11) === 0x50) return { jenis: 'gambar', mime: 'image/webp', ext: 'webp' };
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return { jenis: 'pdf', mime: 'application/pdf', ext: 'pdf' };
  let ext = (path.extname(nama).slice(1).toLowerCase().match(/^[a-z0-9]{1,8}$/) ?? ['bin'])[0];
  // a name claiming a kind the bytes would have shown (or an office file that is not a zip) lies:
  // kept by that extension, the app's "open" would hand the bytes to that kind's program
  const zip = b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04;
  if (['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp'].includes(ext) || (['docx', 'xlsx', 'pptx'].includes(ext) && !zip)) ext = 'bin';
  return { jenis: 'lainnya', mime: 'application/octet-stream', ext };
}

const urutTahap = (t: Tahap) => TAHAP.indexOf(t);

/**
 * Cases and the procedure per reported person. Every write runs in one IMMEDIATE transaction with
 * its audit rows; the legal numbers come from the case's frozen rule set, the holidays from the
 * live table (a holiday added later moves pending deadlines, as it does on paper).
 */
export class KasusService {
  constructor(
    private readonly db: Db,
    private readonly repo: KasusRepository,
    private readonly aturanRepo: AturanKasusRepository,
    private readonly liburRepo: LiburRepository,
    private readonly snapshot: PesertaSnapshotRepository,
    private readonly arsip: ArsipRepository,
    private readonly settings: PengaturanRepository,
    private readonly files: FileStore,
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One token per evidence file and name: a case screen refreshed every few seconds must not grow the file table. */
  private readonly buktiToken = new Map<string, string>();

  private stamp(): string {
    return this.now().toISOString();
  }

  private hariIni(): string {
    return todayIso(this.now());
  }

  pengaturan(): { ambangSegera: number; petugas: string } {
    const s = this.settings.get<{ ambangSegera: number; petugas: string }>(KUNCI_PENGATURAN);
    return { ambangSegera: s?.ambangSegera ?? 3, petugas: s?.petugas ?? '' };
  }

  simpanPengaturan(p: { ambangSegera: number; petugas: string }): { ambangSegera: number; petugas: string } {
    this.settings.set(KUNCI_PENGATURAN, p);
    return this.pengaturan();
  }

  /** Who the audit trail names: the clerk set in the procedure settings, else the computer's user. */
  private oleh(): string {
    const p = this.pengaturan().petugas;
    if (p) return p;
    try {
      return os.userInfo().username || 'petugas';
    } catch {
      return 'petugas';
    }
  }

  private libur(): Libur {
    return this.liburRepo.tanggalSet();
  }

  // ---------- reading ----------

  private row(id: number): KasusRow {
    const r = this.repo.get(id);
    if (!r) throw new AppError('TIDAK_DITEMUKAN', `Kasus dengan id ${id} tidak ada.`);
    return r;
  }

  private terlaporRow(id: number): TerlaporRow {
    const r = this.repo.terlaporById(id);
    if (!r) throw new AppError('TIDAK_DITEMUKAN', `Terlapor dengan id ${id} tidak ada.`);
    return r;
  }

  /** The case's frozen rule set, checked again by its schema; `json` when the caller read many at once. */
  private beku(k: KasusRow, json?: string): AturanBeku {
    const nama = `Salinan aturan pada kasus ${k.nomor_register}`;
    let b: AturanBeku;
    try {
      b = JSON.parse(json ?? this.repo.beku([k.aturan_beku_id]).get(k.aturan_beku_id) ?? 'null') as AturanBeku;
    } catch {
      b = { isi: null } as unknown as AturanBeku;
    }
    return { ...b, isi: parseIsi(JSON.stringify(b.isi ?? null), nama) };
  }

  private titik(k: KasusRow, rows: readonly TahapRow[]): TanggalTitik {
    const t: TanggalTitik = { diterima: k.tanggal_diterima };
    for (const r of rows) {
      const d = JSON.parse(r.data) as TahapMaju;
      switch (d.tahap) {
        case 'panggilan-1':
        case 'panggilan-2':
          t[d.tahap] = r.tanggal;
          t[d.tahap === 'panggilan-1' ? 'periksa-1' : 'periksa-2'] = d.tanggalPeriksa;
          break;
        case 'penyampaian':
          t.penyampaian = d.tanggalDiterima;
          break;
        case 'verifikasi':
        case 'pemeriksaan':
        case 'lhp':
        case 'keputusan':
        case 'pencatatan':
        case 'tindak-lanjut':
          t[d.tahap] = r.tanggal;
          break;
        default:
          break;
      }
    }
    return t;
  }

  private tingkatDiputus(isi: AturanIsi, t: TerlaporRow): TingkatHukuman | null {
    if (t.hukuman) return isi.hukuman.find((h) => h.kode === t.hukuman)?.tingkat ?? null;
    return t.sanksi_moral ? 'moral' : null;
  }

  private keadaan(k: KasusRow, isi: AturanIsi, t: TerlaporRow, rows: readonly TahapRow[]): KeadaanProsedur {
    return { titik: this.titik(k, rows), hasil: t.hasil, tingkat: this.tingkatDiputus(isi, t), berakhir: t.tahap === 'selesai' || t.diarsipkan_at !== null || k.diarsipkan_at !== null };
  }

  private terlapor(k: KasusRow, isi: AturanIsi, t: TerlaporRow, rows: readonly TahapRow[], libur: Libur, hariIni: string, ambang: number): Terlapor {
    const tenggat = hitungTenggat(isi, this.keadaan(k, isi, t, rows), hariIni, ambang, libur);
    const archived = t.diarsipkan_at !== null || k.diarsipkan_at !== null;
    return {
      id: t.id,
      kasusId: t.kasus_id,
      jenis: t.jenis,
      luarJenis: t.luar_jenis,
      pegawaiId: t.pegawai_id,
      nama: t.nama,
      nip: t.nip,
      pangkat: t.pangkat,
      golongan: t.golongan,
      jabatan: t.jabatan,
      jenisJabatan: t.jenis_jabatan,
      eselon: t.eselon,
      statusKepegawaian: t.status_kepegawaian,
      unitKerja: t.unit_kerja,
      unitInduk: t.unit_induk,
      instansi: t.instansi,
      keterangan: t.keterangan,
      tahap: t.tahap,
      berikutnya: archived ? [] : (isi.alur[t.tahap] ?? []),
      hasil: t.hasil,
      hukuman: t.hukuman,
      sanksiMoral: t.sanksi_moral,
      atasan: this.repo.parseAtasan(t),
      tim: JSON.parse(t.tim) as PejabatKasus[],
      dibebaskanSejak: t.dibebaskan_sejak,
      hukumanMulai: t.hukuman_mulai,
      hukumanSelesai: t.hukuman_selesai,
      riwayat: rows.map((r) => this.tahapRecord(r)),
      tenggat,
      lampu: archived ? null : lampuTerburuk(tenggat),
      diarsipkan: t.diarsipkan_at ? { at: t.diarsipkan_at, alasan: t.diarsipkan_alasan ?? '' } : null,
    };
  }

  private tahapRecord(r: TahapRow): TahapRecord {
    return { id: r.id, terlaporId: r.terlapor_id, tahap: r.tahap, tanggal: r.tanggal, data: JSON.parse(r.data) as TahapRecord['data'], createdAt: r.created_at, updatedAt: r.updated_at };
  }

  private bukti(kasusId: number): BuktiKasus[] {
    return this.repo.bukti(kasusId).map((b) => ({
      id: b.id,
      kasusId: b.kasus_id,
      namaBerkas: b.nama_berkas,
      jenis: b.mime.startsWith('image/') ? 'gambar' : b.mime === 'application/pdf' ? 'pdf' : 'lainnya',
      mime: b.mime,
      sha256: b.sha256,
      bytes: b.bytes,
      keterangan: b.keterangan,
      file: this.tokenBukti(b.path, b.nama_berkas),
      createdAt: b.created_at,
    }));
  }

  private tokenBukti(rel: string, nama: string): string {
    const key = `${rel}\0${nama}`;
    let token = this.buktiToken.get(key);
    if (!token) this.buktiToken.set(key, (token = this.files.register(path.join(this.dataDir, ...rel.split('/')), nama)));
    return token;
  }

  get(id: number): Kasus {
    const k = this.row(id);
    const beku = this.beku(k);
    const libur = this.libur();
    const hariIni = this.hariIni();
    const { ambangSegera } = this.pengaturan();
    // grouped once: filtering every step per person is quadratic (10,000 people: 1.7 s per open)
    const perTerlapor = new Map<number, TahapRow[]>();
    for (const r of this.repo.tahapKasus(id)) (perTerlapor.get(r.terlapor_id) ?? perTerlapor.set(r.terlapor_id, []).get(r.terlapor_id)!).push(r);
    const terlapor = this.repo.terlapor(id).map((t) =>
      this.terlapor(
        k,
        beku.isi,
        t,
        perTerlapor.get(t.id) ?? [],
        libur,
        hariIni,
        ambangSegera,
      ),
    );
    return {
      ...this.ringkasDasar(k),
      tanggalSurat: k.tanggal_surat,
      lokasi: k.lokasi,
      kronologi: k.kronologi,
      rekomendasi: k.rekomendasi,
      pelanggaran: this.repo.pelanggaran(id),
      aturan: { id: k.aturan_id, kode: beku.kode, nama: beku.nama, versi: beku.versi, berlakuMulai: beku.berlakuMulai, berlakuSampai: beku.berlakuSampai, isi: beku.isi },
      terlapor,
      bukti: this.bukti(id),
      dokumen: this.arsip.byKasus(id),
      diarsipkanAlasan: k.diarsipkan_alasan,
      createdAt: k.created_at,
      updatedAt: k.updated_at,
    };
  }

  private ringkasDasar(k: KasusRow) {
    return {
      id: k.id,
      nomorRegister: k.nomor_register,
      sumber: k.sumber,
      pelapor: k.pelapor,
      nomorSurat: k.nomor_surat,
      tanggalDiterima: k.tanggal_diterima,
      tanggalKejadian: k.tanggal_kejadian,
      kategoriPelapor: k.kategori_pelapor,
      pemilihan: k.pemilihan,
      diarsipkan: k.diarsipkan_at !== null,
    };
  }

  /** The frozen rule sets of many cases, read and parsed once per distinct set (a list page shares one or two). */
  private isiPer(kasus: readonly KasusRow[]): (k: KasusRow) => AturanIsi {
    const json = this.repo.beku(kasus.map((k) => k.aturan_beku_id));
    const parsed = new Map<number, AturanIsi>();
    return (k) => {
      let isi = parsed.get(k.aturan_beku_id);
      if (!isi) parsed.set(k.aturan_beku_id, (isi = this.beku(k, json.get(k.aturan_beku_id)).isi));
      return isi;
    };
  }

  /** The list rows of many cases at once (one query per table, deadlines computed in memory). */
  private ringkas(ids: readonly number[]): KasusRingkas[] {
    if (ids.length === 0) return [];
    const { kasus, terlapor, tahap } = this.repo.ringkas(ids);
    const libur = this.libur();
    const hariIni = this.hariIni();
    const { ambangSegera } = this.pengaturan();
    const perTerlapor = new Map<number, TahapRow[]>();
    for (const r of tahap) (perTerlapor.get(r.terlapor_id) ?? perTerlapor.set(r.terlapor_id, []).get(r.terlapor_id)!).push(r);
    const perKasus = new Map<number, TerlaporRow[]>();
    for (const t of terlapor) (perKasus.get(t.kasus_id) ?? perKasus.set(t.kasus_id, []).get(t.kasus_id)!).push(t);
    const isiOf = this.isiPer(kasus);
    const byId = new Map(
      kasus.map((k) => {
        const isi = isiOf(k);
        const people = perKasus.get(k.id) ?? [];
        const aktif = people.filter((t) => t.diarsipkan_at === null);
        let berikut: KasusRingkas['tenggatBerikut'] = null;
        const lampus: { lampu: Lampu | null }[] = [];
        for (const t of aktif) {
          if (k.diarsipkan_at !== null) break;
          const list = hitungTenggat(isi, this.keadaan(k, isi, t, perTerlapor.get(t.id) ?? []), hariIni, ambangSegera, libur).filter((x) => x.lampu !== null);
          lampus.push(...list);
          const first = list[0];
          if (first && (!berikut || first.tanggal < berikut.tanggal)) berikut = { label: first.label, tanggal: first.tanggal, nama: t.nama };
        }
        const tahapMin = aktif.reduce<Tahap>((m, t) => (urutTahap(t.tahap) < urutTahap(m) ? t.tahap : m), aktif.length ? 'selesai' : 'diterima');
        return [k.id, { ...this.ringkasDasar(k), terlapor: people.map((t) => t.nama), tahap: tahapMin, lampu: lampuTerburuk(lampus), tenggatBerikut: berikut } satisfies KasusRingkas] as const;
      }),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  list(q: KasusQuery): { total: number; rows: KasusRingkas[] } {
    const ids = this.repo.cari(q);
    if (q.tahap === null && q.lampu === null) return { total: ids.length, rows: this.ringkas(ids.slice(q.offset, q.offset + q.limit)) };
    const all = this.ringkas(ids).filter((r) => (q.tahap === null || r.tahap === q.tahap) && (q.lampu === null || r.lampu === q.lampu));
    return { total: all.length, rows: all.slice(q.offset, q.offset + q.limit) };
  }

  /** Overdue and due-soon deadlines across open cases, most urgent (earliest) first. */
  tenggat(limit: number): TenggatKasus[] {
    const ids = this.repo.idTerbuka();
    if (ids.length === 0) return [];
    const { kasus, terlapor, tahap } = this.repo.ringkas(ids);
    const libur = this.libur();
    const hariIni = this.hariIni();
    const { ambangSegera } = this.pengaturan();
    const kById = new Map(kasus.map((k) => [k.id, k]));
    const isiOf = this.isiPer(kasus);
    // grouped once: a filter per person was quadratic (78 s at 20,000 cases in the bench)
    const perTerlapor = new Map<number, TahapRow[]>();
    for (const r of tahap) (perTerlapor.get(r.terlapor_id) ?? perTerlapor.set(r.terlapor_id, []).get(r.terlapor_id)!).push(r);
    const out: TenggatKasus[] = [];
    for (const t of terlapor) {
      const k = kById.get(t.kasus_id);
      if (!k || t.diarsipkan_at !== null) continue;
      const isi = isiOf(k);
      const rows = perTerlapor.get(t.id) ?? [];
      for (const x of hitungTenggat(isi, this.keadaan(k, isi, t, rows), hariIni, ambangSegera, libur)) {
        if (x.lampu === 'lewat' || x.lampu === 'segera')
          out.push({ kasusId: k.id, terlaporId: t.id, nomorRegister: k.nomor_register, nama: t.nama, tahap: t.tahap, label: x.label, tanggal: x.tanggal, lampu: x.lampu, sisaHariKerja: x.sisaHariKerja });
      }
    }
    return out.sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.kasusId - b.kasusId).slice(0, limit);
  }

  audit(kasusId: number, offset: number, limit: number): AuditKasus[] {
    this.row(kasusId);
    return this.repo.auditList(kasusId, offset, limit);
  }

  // ---------- intake ----------

  /** The set in force on the incident date, or the one the clerk picked. */
  private pilihAturan(tanggalKejadian: string, aturanId: number | null): { id: number; beku: AturanBeku } {
    if (aturanId !== null) {
      const a = this.aturanRepo.get(aturanId);
      if (!a) throw new AppError('TIDAK_DITEMUKAN', `Perangkat aturan dengan id ${aturanId} tidak ada.`, [{ field: 'aturanId', message: 'Perangkat aturan tidak ada.' }]);
      return { id: a.id, beku: { kode: a.kode, nama: a.nama, versi: a.versi, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai, isi: a.isi } };
    }
    const list = this.aturanRepo.berlaku(tanggalKejadian);
    if (list.length !== 1) {
      const semua = list.length === 0 ? this.aturanRepo.list() : list;
      throw new AppError(
        'ATURAN_PILIH',
        list.length === 0
          ? `Tidak ada perangkat aturan yang berlaku pada tanggal kejadian ${formatTanggal(tanggalKejadian)}. Pilih aturan yang dipakai untuk kasus ini.`
          : `Ada ${list.length} perangkat aturan yang berlaku pada tanggal kejadian ${formatTanggal(tanggalKejadian)}: ${list.map((a) => a.nama).join('; ')}. Pilih salah satu.`,
        semua.map((a) => ({ field: 'aturanId', message: `${a.id}: ${a.nama} (${formatTanggal(a.berlakuMulai)} s.d. ${a.berlakuSampai ? formatTanggal(a.berlakuSampai) : 'sekarang'})` })),
      );
    }
    const a = list[0]!;
    return { id: a.id, beku: { kode: a.kode, nama: a.nama, versi: a.versi, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai, isi: a.isi } };
  }

  private periksaPelanggaran(isi: AturanIsi, kode: readonly string[]): void {
    const dikenal = new Set(isi.pelanggaran.map((p) => p.kode));
    kode.forEach((k, i) => {
      if (!dikenal.has(k)) throw new AppError('VALIDASI', `Jenis pelanggaran "${k}" tidak ada di katalog aturan yang dipakai kasus ini.`, [{ field: `pelanggaran.${i}`, message: 'Tidak ada di katalog.' }]);
    });
  }

  private terlaporBaru(t: TerlaporInput): TerlaporBaru {
    if (t.jenis === 'pegawai') return { ...this.dariRegistry(t.pegawaiId), keterangan: t.keterangan };
    if (t.jenis === 'belum-dikenal')
      return { jenis: 'belum-dikenal', luarJenis: null, pegawaiId: null, nama: t.nama, nip: t.nip, status: null, golongan: null, pangkat: null, jabatan: t.jabatan, jenisJabatan: null, eselon: null, unitKerja: t.unitKerja, unitInduk: t.unitKerja, unitIndukId: null, instansi: '', keterangan: t.keterangan };
    return { jenis: 'luar', luarJenis: t.luarJenis, pegawaiId: null, nama: t.nama, nip: null, status: null, golongan: null, pangkat: null, jabatan: t.jabatan, jenisJabatan: null, eselon: null, unitKerja: '', unitInduk: t.instansi, unitIndukId: null, instansi: t.instansi, keterangan: t.keterangan };
  }

  private dariRegistry(pegawaiId: number): Omit<TerlaporBaru, 'keterangan'> {
    const s = this.snapshot.byIds([pegawaiId])[0];
    if (!s) throw new AppError('TIDAK_DITEMUKAN', `Pegawai dengan id ${pegawaiId} tidak ada di data pegawai.`, [{ field: 'pegawaiId', message: 'Pegawai tidak ada.' }]);
    return this.snapshotBaru(pegawaiId, s);
  }

  private snapshotBaru(pegawaiId: number, s: SnapshotPeserta): Omit<TerlaporBaru, 'keterangan'> {
    return {
      jenis: 'pegawai',
      luarJenis: null,
      pegawaiId,
      nama: s.nama,
      nip: s.nip ?? s.nik,
      status: s.status,
      golongan: s.golongan,
      pangkat: s.pangkat,
      jabatan: s.jabatan ?? '',
      jenisJabatan: s.jenisJabatan,
      eselon: s.eselon,
      unitKerja: s.unitKerja ?? '',
      unitInduk: s.unitInduk,
      unitIndukId: s.unitIndukId,
      instansi: '',
    };
  }

  buat(input: { data: KasusInput; terlapor: TerlaporInput[]; aturanId: number | null }): Kasus {
    const id = this.db
      .transaction(() => {
        const { id: aturanId, beku } = this.pilihAturan(input.data.tanggalKejadian, input.aturanId);
        this.periksaPelanggaran(beku.isi, input.data.pelanggaran);
        const now = this.stamp();
        const oleh = this.oleh();
        const kasusId = this.repo.insert(input.data, this.repo.nomorBerikut(Number(input.data.tanggalDiterima.slice(0, 4))), aturanId, this.repo.bekuId(JSON.stringify(beku)), now);
        this.repo.audit(kasusId, null, now, oleh, 'buat', 'aturan', null, `${beku.kode} v${beku.versi}`);
        input.terlapor.forEach((t, i) => this.tambahTerlapor(kasusId, this.terlaporBaru(t), i, input.data.tanggalDiterima, now, oleh));
        return kasusId;
      })
      .immediate();
    return this.get(id);
  }

  /**
   * Many cases in one transaction (a recommendation list), each with the same rows and audit rows as
   * `buat`, plus an `impor` row naming where it came from. The rule set of each is given (the caller
   * picked it by incident date, or the clerk did). Registry snapshots are read once for all people.
   * Joins the caller's transaction when there is one (a savepoint), so a failure anywhere writes nothing.
   */
  buatBanyak(items: readonly { data: KasusInput; terlapor: readonly TerlaporInput[]; aturanId: number; asal?: string }[]): { id: number; nomorRegister: string }[] {
    return this.db
      .transaction(() => {
        const now = this.stamp();
        const oleh = this.oleh();
        const aturan = new Map<number, { id: number; beku: AturanBeku; bekuId: number }>();
        const ids = [...new Set(items.flatMap((it) => it.terlapor.flatMap((t) => (t.jenis === 'pegawai' ? [t.pegawaiId] : []))))];
        const snap = new Map<number, Omit<TerlaporBaru, 'keterangan'>>();
        for (let i = 0; i < ids.length; i += 5000) for (const s of this.snapshot.byIds(ids.slice(i, i + 5000))) if (s.pegawaiId !== null) snap.set(s.pegawaiId, this.snapshotBaru(s.pegawaiId, s));
        const nomor = new Map<number, number>();
        const out: { id: number; nomorRegister: string }[] = [];
        for (const it of items) {
          let a = aturan.get(it.aturanId);
          if (!a) {
            const p = this.pilihAturan(it.data.tanggalKejadian, it.aturanId);
            aturan.set(it.aturanId, (a = { ...p, bekuId: this.repo.bekuId(JSON.stringify(p.beku)) }));
          }
          this.periksaPelanggaran(a.beku.isi, it.data.pelanggaran);
          const tahun = Number(it.data.tanggalDiterima.slice(0, 4));
          const n = nomor.get(tahun) ?? Number(this.repo.nomorBerikut(tahun).split('/')[0]);
          nomor.set(tahun, n + 1);
          const nomorRegister = `${String(n).padStart(3, '0')}/KASUS/${tahun}`;
          const kasusId = this.repo.insert(it.data, nomorRegister, a.id, a.bekuId, now);
          this.repo.audit(kasusId, null, now, oleh, 'buat', 'aturan', null, `${a.beku.kode} v${a.beku.versi}`);
          if (it.asal) this.repo.audit(kasusId, null, now, oleh, 'impor', 'berkas', null, it.asal);
          const seen = new Set<number>();
          it.terlapor.forEach((t, i) => {
            let baru: TerlaporBaru;
            if (t.jenis === 'pegawai') {
              const s = snap.get(t.pegawaiId);
              if (!s) throw new AppError('TIDAK_DITEMUKAN', `Pegawai dengan id ${t.pegawaiId} tidak ada di data pegawai.`, [{ field: 'pegawaiId', message: 'Pegawai tidak ada.' }]);
              if (seen.has(t.pegawaiId)) throw new AppError('DUPLIKAT', `${s.nama} tercatat dua kali sebagai terlapor pada rekomendasi ${it.data.nomorSurat || nomorRegister}.`);
              seen.add(t.pegawaiId);
              baru = { ...s, keterangan: t.keterangan };
            } else baru = this.terlaporBaru(t);
            const tid = this.repo.insertTerlapor(kasusId, baru, i, now);
            this.repo.insertTahap(kasusId, tid, 'diterima', it.data.tanggalDiterima, { tahap: 'diterima' }, now);
            this.repo.audit(kasusId, tid, now, oleh, 'tambah-terlapor', 'terlapor', null, { jenis: baru.jenis, nama: baru.nama, nip: baru.nip });
          });
          out.push({ id: kasusId, nomorRegister });
        }
        return out;
      })
      .immediate();
  }

  private tambahTerlapor(kasusId: number, t: TerlaporBaru, urutan: number, tanggalDiterima: string, now: string, oleh: string): number {
    if (t.pegawaiId !== null && this.repo.terlapor(kasusId).some((x) => x.pegawai_id === t.pegawaiId && x.diarsipkan_at === null))
      throw new AppError('DUPLIKAT', `${t.nama} sudah tercatat sebagai terlapor di kasus ini.`);
    const id = this.repo.insertTerlapor(kasusId, t, urutan, now);
    this.repo.insertTahap(kasusId, id, 'diterima', tanggalDiterima, { tahap: 'diterima' }, now);
    this.repo.audit(kasusId, id, now, oleh, 'tambah-terlapor', 'terlapor', null, { jenis: t.jenis, nama: t.nama, nip: t.nip });
    return id;
  }

  ubah(id: number, data: KasusInput): Kasus {
    this.db
      .transaction(() => {
        const k = this.row(id);
        this.bolehUbah(k);
        const beku = this.beku(k);
        this.periksaPelanggaran(beku.isi, data.pelanggaran);
        // the incident date picked the rule set: a date outside its period would mean another set applies
        if (data.tanggalKejadian < beku.berlakuMulai || (beku.berlakuSampai !== null && data.tanggalKejadian > beku.berlakuSampai))
          throw new AppError('VALIDASI', `Tanggal kejadian ${formatTanggal(data.tanggalKejadian)} di luar masa berlaku aturan kasus ini (${beku.nama}). Catat sebagai kasus baru bila aturannya lain.`, [
            { field: 'tanggalKejadian', message: 'Di luar masa berlaku aturan kasus.' },
          ]);
        const first = this.repo.tahapKasus(id).find((r) => r.tahap !== 'diterima');
        if (first && data.tanggalDiterima > first.tanggal)
          throw new AppError('VALIDASI', `Tanggal diterima tidak boleh sesudah tahap pertama yang tercatat (${TAHAP_LABEL[first.tahap]}, ${formatTanggal(first.tanggal)}).`, [{ field: 'tanggalDiterima', message: 'Sesudah tahap berikutnya.' }]);
        const now = this.stamp();
        const oleh = this.oleh();
        const lama = this.inputDari(k);
        const baru: Record<string, unknown> = { ...data };
        for (const key of Object.keys(baru)) {
          const a = JSON.stringify((lama as Record<string, unknown>)[key]);
          const b = JSON.stringify(baru[key]);
          if (a !== b) this.repo.audit(id, null, now, oleh, 'ubah', key, (lama as Record<string, unknown>)[key] ?? null, baru[key] ?? null);
        }
        this.repo.update(id, data, now);
        // the intake stage of each person carries the receipt date
        if (data.tanggalDiterima !== k.tanggal_diterima) for (const r of this.repo.tahapKasus(id)) if (r.tahap === 'diterima') this.repo.updateTahap(r.id, data.tanggalDiterima, { tahap: 'diterima' }, now);
      })
      .immediate();
    return this.get(id);
  }

  private inputDari(k: KasusRow): KasusInput {
    return {
      sumber: k.sumber,
      pelapor: k.pelapor,
      nomorSurat: k.nomor_surat,
      tanggalSurat: k.tanggal_surat,
      tanggalDiterima: k.tanggal_diterima,
      tanggalKejadian: k.tanggal_kejadian,
      lokasi: k.lokasi,
      kronologi: k.kronologi,
      pemilihan: k.pemilihan,
      kategoriPelapor: k.kategori_pelapor,
      rekomendasi: k.rekomendasi,
      pelanggaran: this.repo.pelanggaran(k.id),
    };
  }

  private bolehUbah(k: KasusRow): void {
    if (k.diarsipkan_at) throw new AppError('DIARSIPKAN', `Kasus ${k.nomor_register} diarsipkan (${k.diarsipkan_alasan ?? ''}): pulihkan dulu untuk mengubahnya.`);
  }

  /** A person archived out of a case is read-only, as `maju` already treats them. */
  private bolehUbahTerlapor(t: TerlaporRow): void {
    if (t.diarsipkan_at) throw new AppError('DIARSIPKAN', `${t.nama} diarsipkan dari kasus ini (${t.diarsipkan_alasan ?? ''}): catatannya tidak diubah lagi.`);
  }

  arsipkan(id: number, alasan: string): Kasus {
    this.db
      .transaction(() => {
        const k = this.row(id);
        if (k.diarsipkan_at) throw new AppError('DIARSIPKAN', `Kasus ${k.nomor_register} sudah diarsipkan.`);
        for (const t of this.repo.terlapor(id)) if (t.diarsipkan_at === null) this.jagaArsipHukuman(k, t);
        const now = this.stamp();
        this.repo.arsip(id, now, alasan, now);
        this.repo.audit(id, null, now, this.oleh(), 'arsipkan', 'status', 'aktif', `diarsipkan: ${alasan}`);
      })
      .immediate();
    return this.get(id);
  }

  pulihkan(id: number): Kasus {
    this.db
      .transaction(() => {
        const k = this.row(id);
        if (!k.diarsipkan_at) throw new AppError('VALIDASI', `Kasus ${k.nomor_register} tidak diarsipkan.`);
        const now = this.stamp();
        this.repo.arsip(id, null, null, now);
        this.repo.audit(id, null, now, this.oleh(), 'pulihkan', 'status', `diarsipkan: ${k.diarsipkan_alasan ?? ''}`, 'aktif');
      })
      .immediate();
    return this.get(id);
  }

  terlaporTambah(kasusId: number, t: TerlaporInput): Kasus {
    this.db
      .transaction(() => {
        const k = this.row(kasusId);
        this.bolehUbah(k);
        this.tambahTerlapor(kasusId, this.terlaporBaru(t), this.repo.terlapor(kasusId).length, k.tanggal_diterima, this.stamp(), this.oleh());
        this.repo.touch(kasusId, this.stamp());
      })
      .immediate();
    return this.get(kasusId);
  }

  /** A person recorded as not yet identified becomes the registry's person (their snapshot is taken now). */
  tautkan(terlaporId: number, pegawaiId: number): Kasus {
    const t0 = this.terlaporRow(terlaporId);
    this.db
      .transaction(() => {
        const t = this.terlaporRow(terlaporId);
        const k = this.row(t.kasus_id);
        this.bolehUbah(k);
        if (t.jenis !== 'belum-dikenal') throw new AppError('VALIDASI', `${t.nama} bukan terlapor yang belum dikenali: hanya terlapor seperti itu yang ditautkan ke data pegawai.`);
        if (this.repo.terlapor(k.id).some((x) => x.pegawai_id === pegawaiId && x.diarsipkan_at === null)) throw new AppError('DUPLIKAT', 'Pegawai itu sudah tercatat sebagai terlapor di kasus ini.');
        const baru = this.dariRegistry(pegawaiId);
        const now = this.stamp();
        this.repo.tautkan(terlaporId, { ...baru, keterangan: t.keterangan }, now);
        this.repo.audit(k.id, terlaporId, now, this.oleh(), 'tautkan', 'terlapor', { jenis: t.jenis, nama: t.nama, nip: t.nip }, { jenis: 'pegawai', pegawaiId, nama: baru.nama, nip: baru.nip });
      })
      .immediate();
    return this.get(t0.kasus_id);
  }

  terlaporArsipkan(terlaporId: number, alasan: string): Kasus {
    const t0 = this.terlaporRow(terlaporId);
    this.db
      .transaction(() => {
        const t = this.terlaporRow(terlaporId);
        this.bolehUbah(this.row(t.kasus_id));
        if (t.diarsipkan_at) throw new AppError('DIARSIPKAN', `${t.nama} sudah diarsipkan dari kasus ini.`);
        this.jagaArsipHukuman(this.row(t.kasus_id), t);
        const now = this.stamp();
        this.repo.setTerlapor(terlaporId, 'diarsipkan_at', now, now);
        this.repo.setTerlapor(terlaporId, 'diarsipkan_alasan', alasan, now);
        this.repo.audit(t.kasus_id, terlaporId, now, this.oleh(), 'arsipkan-terlapor', 'status', 'aktif', `diarsipkan: ${alasan}`);
      })
      .immediate();
    return this.get(t0.kasus_id);
  }

  /**
   * The sanction register leaves archived cases and people out: archiving one whose disciplinary
   * sanction is decided and not over (not yet delivered, not yet started, running, or permanent)
   * would clear it from the register and let a surat keterangan tidak sedang menjalani hukuman
   * disiplin be issued. Refused; a wrong decision is corrected first (before delivery).
   */
  private jagaArsipHukuman(k: KasusRow, t: TerlaporRow): void {
    if (t.hasil !== 'hukuman' || t.hukuman === null) return;
    const tetap = this.beku(k).isi.hukuman.find((h) => h.kode === t.hukuman)?.tetap ?? false;
    const selesai = t.hukuman_mulai !== null && !tetap && (t.hukuman_selesai === null || t.hukuman_selesai < this.hariIni());
    if (selesai) return;
    throw new AppError(
      'TAHAP_DITOLAK',
      `${t.nama} sudah diputus dijatuhi hukuman disiplin yang belum selesai: kasus dan terlapornya tidak dapat diarsipkan, karena register hukuman dan surat keterangan hukuman disiplin membacanya. Bila keputusan itu salah catat, koreksi tahap Keputusan lebih dulu.`,
    );
  }

  private setJson(terlaporId: number, kolom: 'atasan' | 'tim' | 'dibebaskan_sejak', nilai: string | null, aksi: string): Kasus {
    const t0 = this.terlaporRow(terlaporId);
    this.db
      .transaction(() => {
        const t = this.terlaporRow(terlaporId);
        this.bolehUbah(this.row(t.kasus_id));
        if (t.diarsipkan_at) throw new AppError('DIARSIPKAN', `${t.nama} diarsipkan dari kasus ini.`);
        const lama = t[kolom];
        if (lama === nilai) return;
        const now = this.stamp();
        this.repo.setTerlapor(terlaporId, kolom, nilai, now);
        this.repo.audit(t.kasus_id, terlaporId, now, this.oleh(), aksi, kolom, lama, nilai);
      })
      .immediate();
    return this.get(t0.kasus_id);
  }

  atasan(terlaporId: number, atasan: PejabatKasus | null): Kasus {
    return this.setJson(terlaporId, 'atasan', atasan ? JSON.stringify(atasan) : null, 'atasan');
  }

  tim(terlaporId: number, tim: PejabatKasus[]): Kasus {
    return this.setJson(terlaporId, 'tim', JSON.stringify(tim), 'tim-pemeriksa');
  }

  bebaskan(terlaporId: number, sejak: string | null): Kasus {
    const t = this.terlaporRow(terlaporId);
    if (sejak !== null && t.jenis !== 'pegawai') throw new AppError('VALIDASI', `Pembebasan sementara dari tugas jabatan hanya bagi pegawai yang tercatat di data pegawai.`);
    return this.setJson(terlaporId, 'dibebaskan_sejak', sejak, 'pembebasan-sementara');
  }

  // ---------- the procedure ----------

  /** Who decides a sanction of this code for this person (the table's row); `pejabat` null when the table has none. */
  pejabat(terlaporId: number, kodeHukuman: string): { pejabat: string | null; label: string; alasan: string } {
    const t = this.terlaporRow(terlaporId);
    const isi = this.beku(this.row(t.kasus_id)).isi;
    const h = isi.hukuman.find((x) => x.kode === kodeHukuman);
    const tingkat: TingkatHukuman | null = kodeHukuman === 'moral' ? 'moral' : (h?.tingkat ?? null);
    if (!tingkat) throw new AppError('VALIDASI', `Hukuman "${kodeHukuman}" tidak ada di aturan kasus ini.`);
    const p = pejabatBerwenang(isi, jenjangDari(t.status_kepegawaian, t.jenis_jabatan, t.eselon), tingkat);
    return p
      ? { pejabat: p.pejabat, label: p.label, alasan: p.alasan }
      : { pejabat: null, label: 'Belum diatur', alasan: `Tabel pejabat yang berwenang tidak punya baris untuk jabatan ini dan tingkat ${tingkat}: tetapkan pejabatnya dengan catatan.` };
  }

  maju(terlaporId: number, tanggal: string, data: TahapMaju): Kasus {
    const t0 = this.terlaporRow(terlaporId);
    this.db
      .transaction(() => {
        const t = this.terlaporRow(terlaporId);
        const k = this.row(t.kasus_id);
        this.bolehUbah(k);
        if (t.diarsipkan_at) throw new AppError('DIARSIPKAN', `${t.nama} diarsipkan dari kasus ini (${t.diarsipkan_alasan ?? ''}).`);
        const isi = this.beku(k).isi;
        const rows = this.repo.tahap(terlaporId);
        const boleh = isi.alur[t.tahap] ?? [];
        if (!boleh.includes(data.tahap))
          throw new AppError(
            'TAHAP_DITOLAK',
            boleh.length
              ? `Dari tahap "${TAHAP_LABEL[t.tahap]}" tidak dapat langsung ke "${TAHAP_LABEL[data.tahap]}". Tahap berikutnya yang boleh: ${boleh.map((b) => TAHAP_LABEL[b]).join(', ')}.`
              : `Tahap "${TAHAP_LABEL[t.tahap]}" adalah akhir prosedur: tidak ada tahap sesudahnya.`,
            [{ field: 'data.tahap', message: 'Tahap tidak boleh sekarang.' }],
          );
        const terakhir = rows.reduce((m, r) => (r.tanggal > m ? r.tanggal : m), k.tanggal_diterima);
        if (tanggal < terakhir) throw new AppError('VALIDASI', `Tanggal ${formatTanggal(tanggal)} lebih awal dari tahap sebelumnya (${formatTanggal(terakhir)}).`, [{ field: 'tanggal', message: 'Lebih awal dari tahap sebelumnya.' }]);
        this.jaga(k, isi, t, rows, tanggal, data);
        const now = this.stamp();
        const tahapId = this.repo.insertTahap(k.id, terlaporId, data.tahap, tanggal, data, now);
        this.repo.setTerlapor(terlaporId, 'tahap', data.tahap, now);
        this.repo.audit(k.id, terlaporId, now, this.oleh(), 'tahap', 'tahap', t.tahap, { tahap: data.tahap, tanggal, id: tahapId });
        this.efek(k, isi, terlaporId, now);
        this.repo.touch(k.id, now);
      })
      .immediate();
    return this.get(t0.kasus_id);
  }

  /** Correct a recorded step; the guard of its kind is checked again over the corrected dates. */
  ubahTahap(tahapId: number, tanggal: string, data: TahapMaju, alasan: string): Kasus {
    const r0 = this.repo.tahapById(tahapId);
    if (!r0) throw new AppError('TIDAK_DITEMUKAN', `Tahap dengan id ${tahapId} tidak ada.`);
    this.db
      .transaction(() => {
        const r = this.repo.tahapById(tahapId)!;
        if (r.tahap !== data.tahap) throw new AppError('VALIDASI', `Data yang dikirim untuk tahap "${TAHAP_LABEL[data.tahap]}", padahal yang diubah tahap "${TAHAP_LABEL[r.tahap]}".`, [{ field: 'data.tahap', message: 'Tahap tidak cocok.' }]);
        const t = this.terlaporRow(r.terlapor_id);
        const k = this.row(r.kasus_id);
        this.bolehUbah(k);
        this.bolehUbahTerlapor(t);
        const isi = this.beku(k).isi;
        const rows = this.repo.tahap(t.id);
        const i = rows.findIndex((x) => x.id === tahapId);
        const sebelum = rows.slice(0, i);
        const sesudah = rows.slice(i + 1);
        const min = sebelum.reduce((m, x) => (x.tanggal > m ? x.tanggal : m), k.tanggal_diterima);
        const max = sesudah.reduce<string | null>((m, x) => (m === null || x.tanggal < m ? x.tanggal : m), null);
        if (tanggal < min || (max !== null && tanggal > max))
          throw new AppError('VALIDASI', `Tanggal ${formatTanggal(tanggal)} harus di antara tahap sebelum dan sesudahnya (${formatTanggal(min)}${max ? ` s.d. ${formatTanggal(max)}` : ''}).`, [{ field: 'tanggal', message: 'Di luar urutan tahap.' }]);
        // the guard sees the person as they were just before this step, plus the steps after it for distance rules
        this.jaga(k, isi, { ...t, tahap: sebelum[sebelum.length - 1]?.tahap ?? 'diterima' }, sebelum, tanggal, data, sesudah);
        const now = this.stamp();
        this.repo.updateTahap(tahapId, tanggal, data, now);
        this.repo.audit(k.id, t.id, now, this.oleh(), 'ubah-tahap', TAHAP_LABEL[r.tahap], { tanggal: r.tanggal, data: JSON.parse(r.data) as unknown }, { tanggal, data, alasan });
        this.efek(k, isi, t.id, now);
        this.jagaSesudah(k, isi, t.id, i);
        this.repo.touch(k.id, now);
      })
      .immediate();
    return this.get(r0.kasus_id);
  }

  /**
   * The steps after a corrected one were accepted over the old record: each one's guard runs again
   * over the corrected records (as the person stood just before it), and a failure refuses the correction.
   */
  private jagaSesudah(k: KasusRow, isi: AturanIsi, terlaporId: number, dari: number): void {
    const t = this.terlaporRow(terlaporId);
    const rows = this.repo.tahap(terlaporId);
    for (let j = dari + 1; j < rows.length; j++) {
      const s = rows[j]!;
      const sebelum = rows.slice(0, j);
      const kep = [...sebelum].reverse().find((x) => x.tahap === 'keputusan');
      const d = kep ? (JSON.parse(kep.data) as Extract<TahapMaju, { tahap: 'keputusan' }>) : null;
      const pada: TerlaporRow = {
        ...t,
        tahap: sebelum[sebelum.length - 1]?.tahap ?? 'diterima',
        hasil: d?.hasil ?? null,
        hukuman: d?.hasil === 'hukuman' ? d.hukuman : null,
        sanksi_moral: d?.hasil === 'hukuman' ? d.sanksiMoral : null,
      };
      try {
        this.jaga(k, isi, pada, sebelum, s.tanggal, JSON.parse(s.data) as TahapMaju, rows.slice(j + 1));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        throw new AppError('TAHAP_DITOLAK', `Koreksi ditolak: tahap "${TAHAP_LABEL[s.tahap]}" (${formatTanggal(s.tanggal)}) yang sudah tercatat tidak sah lagi sesudah koreksi ini. ${e.message}`, e.fields);
      }
    }
  }

  /** The columns a person's stage records decide (outcome, sanction, its start and end), recomputed from the records. */
  private efek(k: KasusRow, isi: AturanIsi, terlaporId: number, now: string): void {
    const t = this.terlaporRow(terlaporId);
    const rows = this.repo.tahap(terlaporId);
    const keputusan = [...rows].reverse().find((r) => r.tahap === 'keputusan');
    const d = keputusan ? (JSON.parse(keputusan.data) as Extract<TahapMaju, { tahap: 'keputusan' }>) : null;
    const set = (kolom: 'hasil' | 'hukuman' | 'sanksi_moral' | 'hukuman_mulai' | 'hukuman_selesai', nilai: string | null) => {
      if (t[kolom] !== nilai) this.repo.setTerlapor(terlaporId, kolom, nilai, now);
    };
    set('hasil', d?.hasil ?? null);
    set('hukuman', d?.hasil === 'hukuman' ? d.hukuman : null);
    set('sanksi_moral', d?.hasil === 'hukuman' ? d.sanksiMoral : null);
    const h = d?.hasil === 'hukuman' && d.hukuman ? isi.hukuman.find((x) => x.kode === d.hukuman) : undefined;
    const libur = this.libur();
    const titik = lengkapiTitik(isi, { titik: this.titik(k, rows), hasil: d?.hasil ?? null, tingkat: h?.tingkat ?? null, berakhir: false }, libur);
    const mulai = h && titik.penyampaian ? (titik['mulai-hukuman'] ?? titik.penyampaian) : null;
    set('hukuman_mulai', mulai);
    set('hukuman_selesai', h && mulai ? akhirHukuman(h, mulai, libur) : null);
  }

  private jaga(k: KasusRow, isi: AturanIsi, t: TerlaporRow, rows: readonly TahapRow[], tanggal: string, data: TahapMaju, sesudah: readonly TahapRow[] = []): void {
    const libur = this.libur();
    const punya = (tahap: Tahap) => rows.some((r) => r.tahap === tahap);
    const terakhir = (tahap: Tahap) => [...rows].reverse().find((r) => r.tahap === tahap);
    const tolak = (message: string, field = 'data') => {
      throw new AppError('TAHAP_DITOLAK', message, [{ field, message }]);
    };
    const butuhPegawai = () => {
      if (t.jenis === 'belum-dikenal') tolak(`${t.nama} belum dikenali: tautkan ke data pegawai dulu sebelum dipanggil atau diputus.`);
      if (t.jenis === 'luar') tolak(`${t.nama} tidak termasuk pegawai instansi ini (${t.luar_jenis ? JENIS_LUAR_LABEL[t.luar_jenis] : 'di luar data pegawai'}): teruskan ke pihak yang berwenang melalui tahap Keputusan dengan hasil "diteruskan".`);
    };
    const jarak = (tambahan: TanggalTitik) => {
      const titik = { ...this.titik(k, [...rows, ...sesudah]), ...tambahan };
      const x = langgarJarak(isi, titik, libur);
      if (x)
        tolak(
          `${TITIK_LABEL[x.tenggat.ke][0]!.toUpperCase()}${TITIK_LABEL[x.tenggat.ke].slice(1)} (${formatTanggal(x.tanggal)}) terlalu dekat: menurut aturan "${x.tenggat.label}", paling cepat ${formatTanggal(x.palingCepat)} (${x.tenggat.jumlah} ${SATUAN_LABEL[x.tenggat.satuan]} sesudah ${TITIK_LABEL[x.tenggat.dari]}).`,
          x.tenggat.ke.startsWith('periksa') ? 'data.tanggalPeriksa' : 'tanggal',
        );
    };
    switch (data.tahap) {
      case 'verifikasi':
        return;
      case 'panggilan-1':
        butuhPegawai();
        return jarak({ 'panggilan-1': tanggal, 'periksa-1': data.tanggalPeriksa });
      case 'panggilan-2': {
        butuhPegawai();
        const p1 = terakhir('panggilan-1');
        if (!p1) tolak('Panggilan II hanya sesudah Panggilan I.');
        const periksa = terakhir('pemeriksaan');
        if (periksa && (JSON.parse(periksa.data) as { hadir: boolean }).hadir) tolak(`${t.nama} sudah diperiksa: Panggilan II hanya bila tidak hadir pada panggilan pertama.`);
        const periksa1 = (JSON.parse(p1!.data) as { tanggalPeriksa: string }).tanggalPeriksa;
        if (tanggal <= periksa1) tolak(`Panggilan II dibuat sesudah tanggal pemeriksaan menurut Panggilan I (${formatTanggal(periksa1)}) lewat tanpa kehadiran.`, 'tanggal');
        return jarak({ 'panggilan-2': tanggal, 'periksa-2': data.tanggalPeriksa });
      }
      case 'pemeriksaan': {
        butuhPegawai();
        if (!punya('panggilan-1')) tolak('Pemeriksaan dilakukan sesudah Surat Panggilan.');
        const level = tingkatTertinggi(isi, this.repo.pelanggaran(k.id));
        const tim = JSON.parse(t.tim) as unknown[];
        if (data.hadir && level && level !== 'ringan' && tim.length === 0)
          tolak(`Dugaan pelanggaran tingkat ${level} diperiksa oleh tim pemeriksa: bentuk tim pemeriksa dulu (atasan langsung, unsur pengawasan, unsur kepegawaian).`);
        return;
      }
      case 'lhp': {
        const periksa = terakhir('pemeriksaan');
        if (!periksa) tolak('Laporan hasil pemeriksaan dibuat sesudah pemeriksaan.');
        const hadir = (JSON.parse(periksa!.data) as { hadir: boolean }).hadir;
        // absent at both summons: decided on the evidence at hand
        if (!hadir && !punya('panggilan-2')) tolak(`${t.nama} tidak hadir pada Panggilan I: kirim Panggilan II dulu. Bila tetap tidak hadir, hukuman diputus berdasarkan bukti yang ada.`);
        if (data.terbukti && !data.usulanHukuman && !data.usulanSanksiMoral) tolak('Pelanggaran terbukti: isi usulan hukuman.', 'data.usulanHukuman');
        if (!data.terbukti && (data.usulanHukuman || data.usulanSanksiMoral)) tolak('Pelanggaran tidak terbukti: usulan hukuman dikosongkan.', 'data.usulanHukuman');
        if (data.usulanHukuman && !hukumanUntuk(isi, data.usulanHukuman, t.status_kepegawaian)) tolak(`Hukuman "${data.usulanHukuman}" tidak ada di aturan kasus ini atau tidak berlaku bagi ${t.status_kepegawaian ?? 'terlapor'}.`, 'data.usulanHukuman');
        return;
      }
      case 'keputusan': {
        if (t.jenis === 'luar' && data.hasil !== 'diteruskan' && data.hasil !== 'dihentikan') tolak(`${t.nama} di luar data pegawai: keputusannya "diteruskan" ke pihak yang berwenang, atau "dihentikan" dengan alasan.`, 'data.hasil');
        if (data.hasil === 'diteruskan' && t.jenis !== 'luar') tolak('Hasil "diteruskan" hanya bagi terlapor di luar data pegawai.', 'data.hasil');
        if ((data.hasil === 'tidak-terbukti' || data.hasil === 'dihentikan') && !data.alasan) tolak('Tuliskan alasannya.', 'data.alasan');
        if (data.hasil === 'hukuman' || data.hasil === 'tidak-terbukti') {
          butuhPegawai();
          if (!punya('lhp')) tolak('Keputusan hukuman atau tidak terbukti diambil sesudah laporan hasil pemeriksaan.');
        }
        if (data.hasil === 'hukuman') {
          if (!data.hukuman && !data.sanksiMoral) tolak('Pilih hukuman disiplin dan/atau sanksi moral.', 'data.hukuman');
          if (data.hukuman && !hukumanUntuk(isi, data.hukuman, t.status_kepegawaian)) tolak(`Hukuman "${data.hukuman}" tidak ada di aturan kasus ini atau tidak berlaku bagi ${t.status_kepegawaian ?? 'terlapor'}.`, 'data.hukuman');
        } else if (data.hukuman || data.sanksiMoral) tolak('Hukuman hanya diisi bila hasilnya "dijatuhi hukuman".', 'data.hukuman');
        return;
      }
      case 'penyampaian': {
        if (t.hasil !== 'hukuman') tolak('Penyampaian hanya untuk keputusan yang menjatuhkan hukuman.');
        const kep = terakhir('keputusan')!;
        if (data.tanggalDiterima < kep.tanggal) tolak(`Tanggal diterima tidak boleh sebelum tanggal keputusan (${formatTanggal(kep.tanggal)}).`, 'data.tanggalDiterima');
        if (data.tanggalDiterima < tanggal && data.cara === 'langsung') tolak('Bila diserahkan langsung, tanggal diterima sama dengan atau sesudah tanggal penyampaian.', 'data.tanggalDiterima');
        return;
      }
      case 'keberatan':
        return;
      case 'pencatatan': {
        if (t.hasil !== 'hukuman') tolak('Pencatatan di SIASN / I\u2019DIS untuk keputusan hukuman.');
        const keberatan = terakhir('keberatan');
        const diajukan = keberatan ? (JSON.parse(keberatan.data) as { diajukan: boolean }).diajukan : false;
        const titik = lengkapiTitik(isi, { titik: this.titik(k, rows), hasil: t.hasil, tingkat: this.tingkatDiputus(isi, t), berakhir: false }, libur);
        const akhir = titik['akhir-keberatan'];
        if (!diajukan && akhir && tanggal <= akhir) tolak(`Masa keberatan berakhir ${formatTanggal(akhir)}: pencatatan sesudah tanggal itu, atau catat dulu keberatan yang diajukan.`, 'tanggal');
        return;
      }
      case 'tindak-lanjut':
        if (t.hasil === 'hukuman' && !punya('pencatatan')) tolak('Keputusan hukuman disampaikan dan dicatat dulu sebelum tindak lanjutnya dilaporkan.');
        return;
      case 'selesai':
        // checked on the records, not on the stage before: the flow is editable data and may allow more
        if (!punya('keputusan')) tolak(`${t.nama} belum diputus: kasus seorang terlapor selesai sesudah tahap Keputusan (hukuman, tidak terbukti, dihentikan dengan alasan, atau diteruskan).`);
        if (t.hasil === 'hukuman' && (!punya('pencatatan') || !punya('tindak-lanjut'))) tolak('Keputusan hukuman disampaikan, dicatat dan dilaporkan dulu sebelum kasus selesai.');
        return;
    }
  }

  /**
   * Before a document is saved: the case and person its data names (`kasusId`, `terlaporId`, read by
   * the case's document list and the sanction register) must exist and belong together, so a hand-made
   * request cannot file a letter under another case or another case's person.
   */
  syaratDokumen(data: Record<string, unknown>): void {
    const { kasusId, terlaporId } = data;
    if (kasusId === undefined && terlaporId === undefined) return;
    const tolak = (field: string, message: string) => {
      throw new AppError('VALIDASI', message, [{ field: `data.${field}`, message }]);
    };
    if (kasusId !== null && kasusId !== undefined && (typeof kasusId !== 'number' || !this.repo.get(kasusId))) tolak('kasusId', `Kasus dengan id ${String(kasusId)} tidak ada: buat dokumen ini dari halaman kasusnya.`);
    if (terlaporId === null || terlaporId === undefined) return;
    const t = typeof terlaporId === 'number' ? this.repo.terlaporById(terlaporId) : undefined;
    if (!t) return tolak('terlaporId', `Terlapor dengan id ${String(terlaporId)} tidak ada: buat dokumen ini dari halaman kasusnya.`);
    if (t.kasus_id !== kasusId) tolak('terlaporId', `${t.nama} bukan terlapor kasus ${typeof kasusId === 'number' ? this.repo.get(kasusId)!.nomor_register : 'ini'}: buat dokumen ini dari halaman kasus ${this.row(t.kasus_id).nomor_register}.`);
  }

  // ---------- examination pairs ----------

  pemeriksaan(terlaporId: number): { pasangan: TanyaJawab[]; updatedAt: string | null } {
    this.terlaporRow(terlaporId);
    return this.repo.pemeriksaan(terlaporId);
  }

  simpanPemeriksaan(terlaporId: number, pasangan: TanyaJawab[]): { pasangan: TanyaJawab[]; updatedAt: string } {
    return this.db
      .transaction(() => {
        const t = this.terlaporRow(terlaporId);
        this.bolehUbah(this.row(t.kasus_id));
        this.bolehUbahTerlapor(t);
        const lama = this.repo.pemeriksaan(terlaporId).pasangan;
        const now = this.stamp();
        if (JSON.stringify(lama) !== JSON.stringify(pasangan)) {
          this.repo.simpanPemeriksaan(terlaporId, pasangan, now);
          // the pairs themselves can be long: the trail keeps the count and which pairs changed
          const diubah = pasangan.flatMap((p, i) => (JSON.stringify(p) !== JSON.stringify(lama[i]) ? [i + 1] : []));
          this.repo.audit(t.kasus_id, terlaporId, now, this.oleh(), 'pemeriksaan', 'tanya-jawab', `${lama.length} pasang`, `${pasangan.length} pasang; diubah: ${diubah.join(', ') || '-'}`);
        }
        return { pasangan, updatedAt: now };
      })
      .immediate();
  }

  // ---------- evidence ----------

  buktiTambah(kasusId: number, token: string, namaBerkas: string, keterangan: string): Kasus {
    const src = this.files.resolve(token);
    const st = fs.statSync(src.path);
    if (st.size > BUKTI_MAKS_BYTES) throw new AppError('VALIDASI', `Berkas "${namaBerkas}" ${Math.round(st.size / 1048576)} MB: bukti paling besar ${BUKTI_MAKS_BYTES / 1048576} MB.`);
    // an empty file proves nothing: usually a failed download or a cloud placeholder not yet synced
    if (st.size === 0) throw new AppError('VALIDASI', `Berkas "${namaBerkas}" kosong (0 byte): periksa berkas aslinya lalu tambahkan lagi.`, [{ field: 'file', message: 'Berkas kosong.' }]);
    const bytes = fs.readFileSync(src.path);
    const jenis = jenisBerkas(bytes, namaBerkas);
    const sha = sha256Hex(bytes);
    const rel = `bukti/${sha}.${jenis.ext}`;
    const target = path.join(this.dataDir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // stored once by content; a second case citing the same screenshot shares the file
    writeNewFileAtomic(target, bytes);
    this.db
      .transaction(() => {
        this.bolehUbah(this.row(kasusId));
        if (this.repo.bukti(kasusId).some((b) => b.sha256 === sha)) throw new AppError('DUPLIKAT', `Berkas "${namaBerkas}" sudah ada di bukti kasus ini.`);
        const now = this.stamp();
        const id = this.repo.insertBukti(kasusId, { namaBerkas, mime: jenis.mime, sha256: sha, bytes: bytes.byteLength, path: rel, keterangan }, now);
        this.repo.audit(kasusId, null, now, this.oleh(), 'tambah-bukti', 'bukti', null, { id, namaBerkas, sha256: sha });
      })
      .immediate();
    return this.get(kasusId);
  }

  buktiArsipkan(buktiId: number, alasan: string): Kasus {
    const b = this.repo.buktiById(buktiId);
    if (!b) throw new AppError('TIDAK_DITEMUKAN', `Bukti dengan id ${buktiId} tidak ada.`);
    this.db
      .transaction(() => {
        this.bolehUbah(this.row(b.kasus_id));
        if (this.repo.buktiById(buktiId)!.diarsipkan_at) throw new AppError('DIARSIPKAN', `Bukti "${b.nama_berkas}" sudah diarsipkan.`);
        const now = this.stamp();
        this.repo.arsipBukti(buktiId, alasan, now);
        this.repo.audit(b.kasus_id, null, now, this.oleh(), 'arsipkan-bukti', 'bukti', { id: buktiId, namaBerkas: b.nama_berkas }, `diarsipkan: ${alasan}`);
      })
      .immediate();
    return this.get(b.kasus_id);
  }
}
