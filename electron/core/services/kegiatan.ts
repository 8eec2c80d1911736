import fs from 'node:fs';
import path from 'node:path';
import { AturanPesertaSchema, type AturanPeserta, type FotoKegiatan, type Kegiatan, type KegiatanInput, type KegiatanRingkas, type PesertaKegiatan } from '../../../shared/contract/kegiatan';
import { AppError } from '../../../shared/contract/result';
import { JENIS_KEGIATAN_BAWAAN } from '../../../shared/domain/kegiatan';
import type { Db } from '../db/open';
import type { KegiatanRepository, KegiatanRow, PesertaFilter } from '../db/repositories/kegiatan';
import type { PengaturanRepository } from '../db/repositories/pengaturan';
import { snapshotTamu, type PesertaSnapshotRepository } from '../db/repositories/peserta-snapshot';
import type { FileStore } from '../files';
import { writeNewFileAtomic } from '../fs-atomic';
import { sha256Hex } from '../hash';
import { readFotoImage } from '../documents/foto-image';
import { found } from './found';

const KUNCI_JENIS = 'kegiatan.jenis';
/** The Surat Undangan's addressee list holds at most this many lines (its schema's limit). */
const MAKS_TUJUAN = 500;
export const FOTO_DIR = 'foto';

export type JenisKegiatan = { kode: string; label: string };

/** Events and their participant lists. Attendance itself is KehadiranService's. */
export class KegiatanService {
  constructor(
    private readonly db: Db,
    private readonly repo: KegiatanRepository,
    private readonly snapshot: PesertaSnapshotRepository,
    private readonly settings: PengaturanRepository,
    private readonly files: FileStore,
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private stamp(): string {
    return this.now().toISOString();
  }

  jenisList(): JenisKegiatan[] {
    return this.settings.get<JenisKegiatan[]>(KUNCI_JENIS) ?? JENIS_KEGIATAN_BAWAAN.map((j) => ({ ...j }));
  }

  /** Kinds in use by an event cannot be dropped from the list (their events would show a bare code). */
  jenisSave(daftar: JenisKegiatan[]): JenisKegiatan[] {
    const kode = new Set<string>();
    daftar.forEach((j, i) => {
      if (kode.has(j.kode)) throw new AppError('VALIDASI', `Kode jenis "${j.kode}" muncul dua kali.`, [{ field: `daftar.${i}.kode`, message: 'Kode ganda.' }]);
      kode.add(j.kode);
    });
    for (const row of this.repo.list('')) {
      if (!kode.has(row.jenis)) throw new AppError('VALIDASI', `Jenis "${row.jenis}" dipakai kegiatan "${row.judul}" (${row.tanggal}) dan tidak dapat dihapus dari daftar.`);
    }
    this.settings.set(KUNCI_JENIS, daftar);
    return this.jenisList();
  }

  private checkJenis(jenis: string): void {
    const list = this.jenisList();
    if (!list.some((j) => j.kode === jenis))
      throw new AppError('VALIDASI', `Jenis kegiatan "${jenis}" tidak dikenal. Pilih salah satu: ${list.map((j) => j.kode).join(', ')}.`, [{ field: 'jenis', message: 'Jenis tidak dikenal.' }]);
  }

  list(teks: string): KegiatanRingkas[] {
    return this.repo.list(teks).map((r) => ({
      id: r.id,
      judul: r.judul,
      jenis: r.jenis,
      tanggal: r.tanggal,
      jam: r.jam,
      tempat: r.tempat,
      status: r.status,
      jumlah: this.repo.jumlah(r.id),
    }));
  }

  row(id: number): KegiatanRow {
    return found(this.repo.get(id), () => `Kegiatan dengan id ${id} tidak ditemukan.`);
  }

  get(id: number): Kegiatan {
    const r = this.row(id);
    return {
      id: r.id,
      judul: r.judul,
      jenis: r.jenis,
      tanggal: r.tanggal,
      jam: r.jam,
      batasTerlambat: r.batas_terlambat,
      jamSelesai: r.jam_selesai,
      zonaWaktu: r.zona_waktu,
      tempat: r.tempat,
      mode: r.mode,
      tautan: r.tautan,
      penyelenggaraId: r.penyelenggara_id,
      penandatanganId: r.penandatangan_id,
      pemilihan: r.pemilihan,
      narasumber: JSON.parse(r.narasumber) as Kegiatan['narasumber'],
      catatan: r.catatan,
      peserta: AturanPesertaSchema.parse(JSON.parse(r.aturan_peserta)),
      status: r.status,
      pesertaDitetapkanAt: r.peserta_ditetapkan_at,
      mejaAktif: r.meja_aktif === 1,
      jumlah: this.repo.jumlah(r.id),
      foto: this.repo.fotoList(r.id).map((f) => this.foto(f)),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  private checkInput(d: KegiatanInput): void {
    this.checkJenis(d.jenis);
    if (d.mode !== 'luring' && !d.tautan) throw new AppError('VALIDASI', 'Kegiatan daring atau hybrid perlu tautan rapat.', [{ field: 'tautan', message: 'Tautan wajib diisi.' }]);
    if (d.batasTerlambat && d.batasTerlambat < d.jam)
      throw new AppError('VALIDASI', `Batas terlambat (${d.batasTerlambat}) lebih awal daripada jam mulai (${d.jam}).`, [{ field: 'batasTerlambat', message: 'Lebih awal dari jam mulai.' }]);
    if (d.jamSelesai && d.jamSelesai <= d.jam)
      throw new AppError('VALIDASI', `Jam selesai (${d.jamSelesai}) tidak setelah jam mulai (${d.jam}).`, [{ field: 'jamSelesai', message: 'Tidak setelah jam mulai.' }]);
  }

  create(d: KegiatanInput): Kegiatan {
    this.checkInput(d);
    return this.db.transaction(() => {
      const now = this.stamp();
      const id = this.repo.insert(d, now);
      this.applyRule(id, d.peserta, now);
      return this.get(id);
    }).immediate();
  }

  update(id: number, d: KegiatanInput): Kegiatan {
    this.checkInput(d);
    return this.db.transaction(() => {
      const row = this.row(id);
      if (row.status === 'selesai') throw new AppError('VALIDASI', `Kegiatan "${row.judul}" sudah selesai dan tidak dapat diubah.`);
      const oldRule = JSON.stringify(AturanPesertaSchema.parse(JSON.parse(row.aturan_peserta)));
      const ruleChanged = oldRule !== JSON.stringify(d.peserta);
      if (ruleChanged && row.status !== 'draf')
        throw new AppError(
          'VALIDASI',
          'Daftar peserta sudah ditetapkan: aturannya tidak dapat diubah lagi. Tambahkan atau keluarkan peserta satu per satu di tab Peserta.',
          [{ field: 'peserta', message: 'Daftar sudah ditetapkan.' }],
        );
      const now = this.stamp();
      this.repo.update(id, d, now);
      if (row.status === 'draf') this.applyRule(id, d.peserta, now);
      return this.get(id);
    }).immediate();
  }

  /**
   * While the list is a draft it follows its rule: rule rows are refreshed from the registry, new
   * matches added, rows that no longer match removed (unless something was logged for them). Rows
   * added by hand and guests stay.
   */
  private applyRule(id: number, aturan: AturanPeserta, now: string): void {
    const wanted = aturan.unit.length || aturan.status.length || aturan.jenisJabatan.length || aturan.eselon.length || aturan.golongan.length || aturan.golonganDari || aturan.golonganSampai
      ? this.snapshot.select(aturan)
      : [];
    const existing = new Map(this.repo.aturanRows(id).map((r) => [r.pegawaiId, r]));
    const listed = this.repo.pegawaiIds(id);
    for (const s of wanted) {
      const row = existing.get(s.pegawaiId!);
      if (row) {
        this.repo.refreshPeserta(row.id, s, now);
        existing.delete(s.pegawaiId!);
        continue;
      }
      if (listed.has(s.pegawaiId!)) continue; // added by hand already
      this.repo.insertPeserta(id, s, 'aturan', now, null);
    }
    for (const gone of existing.values()) {
      if (gone.dicatat) this.repo.markDihapus(gone.id, 'Tidak lagi memenuhi aturan peserta.', now);
      else this.repo.deletePeserta(gone.id);
    }
  }

  /**
   * A draft list brought up to the registry of this moment (its rule applied again). Called right
   * before the list is closed, however it is closed (by hand, by the first entry at a desk, by
   * closing the event), so the snapshot is who matched then, not when the event was last saved.
   */
  segarkanDraf(id: number, now: string): void {
    const row = this.row(id);
    if (row.status === 'draf') this.applyRule(id, AturanPesertaSchema.parse(JSON.parse(row.aturan_peserta)), now);
  }

  /**
   * The same where the list is closed on the way (the first scan or bulk marking at the door,
   * closing the event): a rule that no longer reads (a unit renamed or removed since) must not stop
   * check-in, so the list then stays as last saved. A savepoint keeps a refused refresh from
   * leaving anything half done.
   */
  segarkanDrafLunak(id: number, now: string): void {
    try {
      this.db.transaction(() => this.segarkanDraf(id, now))();
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }

  pratinjau(aturan: AturanPeserta): { jumlah: number; perUnit: { unit: string; jumlah: number }[] } {
    const rows = this.snapshot.select(aturan);
    const per = new Map<string, number>();
    for (const r of rows) per.set(r.unitInduk, (per.get(r.unitInduk) ?? 0) + 1);
    return { jumlah: rows.length, perUnit: [...per].map(([unit, jumlah]) => ({ unit, jumlah })) };
  }

  peserta(f: PesertaFilter): { total: number; rows: PesertaKegiatan[] } {
    this.row(f.kegiatanId);
    return this.repo.listPeserta(f);
  }

  private openForChanges(id: number): KegiatanRow {
    const row = this.row(id);
    if (row.status === 'selesai') throw new AppError('VALIDASI', `Kegiatan "${row.judul}" sudah selesai: daftar pesertanya tidak dapat diubah.`);
    return row;
  }

  /** By hand: people already listed are counted, not duplicated; after the list is closed each addition is marked with its time. */
  tambah(kegiatanId: number, pegawaiIds: readonly number[]): { ditambah: number; sudahAda: number } {
    return this.db.transaction(() => {
      const row = this.openForChanges(kegiatanId);
      const unik = [...new Set(pegawaiIds)];
      const people = this.snapshot.byIds(unik);
      if (people.length !== unik.length) {
        const known = new Set(people.map((p) => p.pegawaiId));
        const missing = unik.filter((i) => !known.has(i));
        throw new AppError('TIDAK_DITEMUKAN', `Pegawai dengan id ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''} tidak ada di daftar pegawai.`);
      }
      const now = this.stamp();
      const ditambahAt = row.status === 'draf' ? null : now;
      let ditambah = 0;
      let sudahAda = 0;
      // One read of who is listed: a whole office added by hand is one pass, not a look-up per person.
      const listed = this.repo.pegawaiIds(kegiatanId);
      for (const s of people) {
        const ada = listed.has(s.pegawaiId!) ? this.repo.pesertaByPegawai(kegiatanId, s.pegawaiId!) : null;
        if (ada && !ada.dihapus) sudahAda++;
        else if (ada) {
          this.repo.restore(ada.id, now);
          ditambah++;
        } else {
          this.repo.insertPeserta(kegiatanId, s, 'manual', now, ditambahAt);
          ditambah++;
        }
      }
      return { ditambah, sudahAda };
    }).immediate();
  }

  tamu(kegiatanId: number, t: { nama: string; jabatan: string; instansi: string; nik: string | null }): PesertaKegiatan {
    return this.db.transaction(() => {
      const row = this.openForChanges(kegiatanId);
      const now = this.stamp();
      const id = this.repo.insertPeserta(kegiatanId, snapshotTamu(t), 'tamu', now, row.status === 'draf' ? null : now);
      const { dihapus: _, ...peserta } = this.repo.getPeserta(id)!;
      return peserta;
    }).immediate();
  }

  hapus(kegiatanId: number, pesertaId: number, alasan: string): { id: number } {
    return this.db.transaction(() => {
      const row = this.openForChanges(kegiatanId);
      const p = this.repo.getPeserta(pesertaId);
      if (!p || p.kegiatanId !== kegiatanId || p.dihapus) throw new AppError('TIDAK_DITEMUKAN', `Peserta dengan id ${pesertaId} tidak ada di kegiatan ini.`);
      const now = this.stamp();
      if (row.status === 'draf' && !this.repo.hasLog(pesertaId)) this.repo.deletePeserta(pesertaId);
      else {
        if (alasan.length < 3)
          throw new AppError('VALIDASI', `Daftar peserta sudah ditetapkan: sebutkan alasan ${p.nama} dikeluarkan.`, [{ field: 'alasan', message: 'Alasan wajib diisi.' }]);
        this.repo.markDihapus(pesertaId, alasan, now);
      }
      return { id: pesertaId };
    }).immediate();
  }

  /** Takes the snapshot: the rule no longer applies, later additions are marked. */
  tetapkan(kegiatanId: number): Kegiatan {
    this.db.transaction(() => {
      const row = this.openForChanges(kegiatanId);
      if (row.status === 'draf') {
        this.segarkanDraf(kegiatanId, this.stamp());
        this.repo.tetapkan(kegiatanId, this.stamp());
      }
    }).immediate();
    return this.get(kegiatanId);
  }

  selesai(kegiatanId: number): Kegiatan {
    this.db.transaction(() => {
      const row = this.row(kegiatanId);
      if (row.status === 'draf') {
        this.segarkanDrafLunak(kegiatanId, this.stamp());
        this.repo.tetapkan(kegiatanId, this.stamp());
      }
      this.repo.setStatus(kegiatanId, 'selesai', this.stamp());
      this.repo.setMeja(kegiatanId, false);
    }).immediate();
    return this.get(kegiatanId);
  }

  /** The data of a Surat Undangan for this event: addressed per unit (its head) or to every participant by name. */
  undangan(kegiatanId: number, tujuan: 'unit' | 'peserta' = 'unit'): Record<string, unknown> {
    const k = this.get(kegiatanId);
    const peserta = this.repo.allPeserta(kegiatanId);
    const kepada: string[] = [];
    const seen = new Set<string>();
    for (const p of peserta) {
      const line =
        tujuan === 'peserta'
          ? [p.nama, p.jabatan, p.tamu ? p.unitInduk : (p.unitKerja ?? p.unitInduk)].filter(Boolean).join(', ')
          : p.tamu
            ? p.jabatan
              ? `${p.jabatan}${p.jabatan.toLocaleLowerCase('id').includes(p.unitInduk.toLocaleLowerCase('id')) ? '' : ` ${p.unitInduk}`}`
              : p.nama
            : `Kepala ${p.unitInduk}`;
      const key = line.toLocaleLowerCase('id');
      if (tujuan === 'peserta' || !seen.has(key)) {
        seen.add(key);
        kepada.push(line.slice(0, 300));
      }
    }
    // Never a silently shortened list: the clerk chooses the other way of addressing it.
    if (kepada.length > MAKS_TUJUAN)
      throw new AppError(
        'VALIDASI',
        tujuan === 'peserta'
          ? `Kegiatan ini punya ${kepada.length} peserta; surat undangan memuat paling banyak ${MAKS_TUJUAN} nama. Undang per perangkat daerah (kepala unit), lalu lampirkan daftar hadir.`
          : `Kegiatan ini mengundang ${kepada.length} unit dan instansi; surat undangan memuat paling banyak ${MAKS_TUJUAN} tujuan. Buat undangan terpisah per kelompok.`,
      );
    return {
      hal: `Undangan ${k.judul}`.slice(0, 200),
      sifat: 'Penting',
      kepada,
      acara: k.judul,
      pemilihan: k.pemilihan,
      tanggalKegiatan: k.tanggal,
      pukulMulai: k.jam,
      pukulSelesai: k.jamSelesai ?? '',
      zonaWaktu: k.zonaWaktu,
      tempat: k.tempat,
      pakaian: '',
      catatan: k.mode === 'luring' ? '' : `Tautan: ${k.tautan ?? ''}`,
      tembusan: [],
    };
  }

  // --- photos ---

  private fotoPath(sha256: string, ext: string): string {
    return path.join(this.dataDir, FOTO_DIR, `${sha256}.${ext}`);
  }

  /** One download token per photo file for the life of the core: every kegiatan.get (the rekap polls it) would otherwise register a new one. */
  private readonly fotoToken = new Map<string, string>();

  private foto(f: { id: number; sha256: string; ekstensi: string; keterangan: string; lebar: number; tinggi: number }): FotoKegiatan {
    const file = this.fotoPath(f.sha256, f.ekstensi);
    let token = this.fotoToken.get(file);
    if (!token) this.fotoToken.set(file, (token = this.files.register(file)));
    return { id: f.id, sha256: f.sha256, keterangan: f.keterangan, file: token, lebar: f.lebar, tinggi: f.tinggi };
  }

  /** The bytes are checked as an image and kept once per sha256 under foto/ (an event cannot hold the same photo twice). */
  tambahFoto(kegiatanId: number, token: string, keterangan: string): FotoKegiatan {
    const src = this.files.resolve(token);
    const bytes = fs.readFileSync(src.path);
    const img = readFotoImage(bytes, src.name);
    const sha = sha256Hex(bytes);
    const target = this.fotoPath(sha, img.type);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeNewFileAtomic(target, bytes);
    return this.db.transaction(() => {
      this.row(kegiatanId);
      const ada = this.repo.fotoBySha(kegiatanId, sha);
      if (ada) throw new AppError('DUPLIKAT', `Foto "${src.name}" sudah ada di kegiatan ini.`);
      const id = this.repo.insertFoto({ kegiatanId, sha256: sha, ekstensi: img.type, lebar: img.widthPx, tinggi: img.heightPx, keterangan }, this.stamp());
      return this.foto({ id, sha256: sha, ekstensi: img.type, keterangan, lebar: img.widthPx, tinggi: img.heightPx });
    }).immediate();
  }

  hapusFoto(kegiatanId: number, fotoId: number): { id: number } {
    const f = this.repo.fotoList(kegiatanId).find((x) => x.id === fotoId);
    if (!f) throw new AppError('TIDAK_DITEMUKAN', `Foto dengan id ${fotoId} tidak ada di kegiatan ini.`);
    this.repo.deleteFoto(fotoId);
    // The bytes go once no event uses them (backups keep their own copy of the data folder's database only).
    if (this.repo.fotoShaUses(f.sha256) === 0) fs.rmSync(this.fotoPath(f.sha256, f.ekstensi), { force: true });
    return { id: fotoId };
  }

  /** Photo files for the report, in order. */
  fotoFiles(kegiatanId: number): { path: string; keterangan: string; lebar: number; tinggi: number }[] {
    return this.repo.fotoList(kegiatanId).map((f) => ({ path: this.fotoPath(f.sha256, f.ekstensi), keterangan: f.keterangan, lebar: f.lebar, tinggi: f.tinggi }));
  }

  allPeserta(kegiatanId: number, unitIndukId: number | null = null): PesertaKegiatan[] {
    this.row(kegiatanId);
    return this.repo.allPeserta(kegiatanId, unitIndukId);
  }
}
