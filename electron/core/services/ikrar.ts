import { formatNip } from '../../../shared/domain/nip';
/**
 * Pledge campaigns (kampanye ikrar): their forms (one per person, each with a keyed code), the
 * versioned pledge text, the return desk and the recaps. Returns go into an append-only log; an
 * undo is a reversal row; a resent nonce is answered with the first answer and counts nothing.
 */
import type { FormulirIkrar, HasilTerima, Kampanye, KampanyeInput, LogTerima, RekapIkrar, RekapIkrarBaris, TeksIkrarData, TeksIkrarVersi } from '../../../shared/contract/ikrar';
import { AturanPesertaSchema } from '../../../shared/contract/kegiatan';
import { AppError, type InstansiProfil } from '../../../shared/contract/index';
import { TEKS_IKRAR_BAWAAN, type TeksIkrarIsi } from '../../../shared/domain/ikrar';
import { bandingkanPejabat, type CaraCatat, type HasilPindai } from '../../../shared/domain/kegiatan';
import type { JenisJabatan } from '../../../shared/domain/pegawai';
import type { Db } from '../db/open';
import { toLog, type FormulirFilter, type IkrarRepository, type KampanyeRow, type LogRow, type SnapshotPeserta } from '../db/repositories/ikrar';
import type { KodeFormulirService } from '../kode-formulir-kunci';
import type { PesertaSnapshotRepository } from '../db/repositories/peserta-snapshot';

export interface IkrarDeps {
  db: Db;
  repo: IkrarRepository;
  /** Made on first use: the key file appears in the data folder only once a campaign needs it. */
  kode: () => KodeFormulirService;
  instansi: { list(): InstansiProfil[]; get(id: number): InstansiProfil };
  /** The registry's rule engine, shared with events. */
  snapshot: Pick<PesertaSnapshotRepository, 'select'>;
  now?: () => Date;
}

export interface TerimaInput {
  kampanyeId: number;
  masukan: string;
  meja: string;
  operator: string;
  nonce: string;
  waktu: string | null;
  cara: CaraCatat;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "07.42" in this computer's time, as the desk shows it. */
export const pukulDari = (iso: string) => {
  const d = new Date(iso);
  return `${pad(d.getHours())}.${pad(d.getMinutes())}`;
};

const JUDUL: Record<HasilPindai, string> = {
  tercatat: 'Formulir diterima',
  duplikat: 'Sudah diterima',
  'bukan-peserta': 'Tidak ada formulirnya',
  'kegiatan-lain': 'Formulir kampanye lain',
  'tidak-dikenal': 'Tidak dikenali',
  ditutup: 'Kampanye ditutup',
};

interface Klasifikasi {
  hasil: HasilPindai;
  formulir: FormulirIkrar | null;
  pesan: string;
  kampanyeLain: { id: number; judul: string } | null;
}

export class IkrarService {
  private readonly now: () => Date;
  constructor(private readonly d: IkrarDeps) {
    this.now = d.now ?? (() => new Date());
  }

  private get repo() {
    return this.d.repo;
  }

  // ---------- campaigns ----------

  private toKampanye(r: KampanyeRow): Kampanye {
    return {
      id: r.id,
      judul: r.judul,
      pemilihan: r.pemilihan,
      kegiatanId: r.kegiatan_id,
      kegiatanJudul: r.kegiatan_judul,
      peserta: r.aturan_peserta ? AturanPesertaSchema.parse(JSON.parse(r.aturan_peserta)) : null,
      tempat: r.tempat,
      tanggal: r.tanggal,
      meterai: r.meterai === 1,
      penyelenggaraId: r.penyelenggara_id,
      teksVersi: r.teks_versi,
      dicetakAt: r.dicetak_at,
      jumlah: this.repo.jumlah(r.id),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  private row(id: number): KampanyeRow {
    const r = this.repo.kampanye(id);
    if (!r) throw new AppError('TIDAK_DITEMUKAN', `Kampanye ikrar nomor ${id} tidak ditemukan.`);
    return r;
  }

  list(kegiatanId: number | null): Kampanye[] {
    return this.repo.kampanyeList(kegiatanId).map((r) => this.toKampanye(r));
  }

  get(id: number): Kampanye {
    return this.toKampanye(this.row(id));
  }

  private checkRefs(d: KampanyeInput): void {
    if (d.kegiatanId !== null && !this.repo.kegiatanAda(d.kegiatanId))
      throw new AppError('VALIDASI', `Kegiatan nomor ${d.kegiatanId} tidak ditemukan.`, [{ field: 'kegiatanId', message: 'Kegiatan tidak ditemukan.' }]);
    if (d.penyelenggaraId !== null) this.d.instansi.get(d.penyelenggaraId);
  }

  /** Creates the campaign and its forms (one per participant) in one transaction. */
  create(d: KampanyeInput): Kampanye {
    this.checkRefs(d);
    const id = this.d.db.transaction(() => {
      const id = this.repo.insertKampanye(d, this.now().toISOString());
      this.sync(id);
      return id;
    }).immediate();
    return this.get(id);
  }

  update(id: number, d: KampanyeInput): Kampanye {
    this.checkRefs(d);
    this.d.db.transaction(() => {
      const before = this.row(id);
      if (before.dicetak_at !== null && before.kegiatan_id !== d.kegiatanId)
        throw new AppError('VALIDASI', 'Formulir kampanye ini sudah dicetak: kegiatannya tidak dapat diganti lagi. Buat kampanye baru untuk kegiatan lain.', [{ field: 'kegiatanId', message: 'Formulir sudah dicetak.' }]);
      this.repo.updateKampanye(id, d, this.now().toISOString());
      this.sync(id);
    }).immediate();
    return this.get(id);
  }

  perbarui(id: number): { ditambah: number; dihapus: number; kampanye: Kampanye } {
    const r = this.d.db.transaction(() => this.sync(id)).immediate();
    return { ...r, kampanye: this.get(id) };
  }

  /**
   * Forms = participants: one form per person of the event (or of the rules). Before the first
   * print, forms of people no longer listed are dropped; after it, forms are only added, marked.
   */
  private sync(id: number): { ditambah: number; dihapus: number } {
    const k = this.row(id);
    const people: SnapshotPeserta[] =
      k.kegiatan_id !== null
        ? this.repo.pesertaKegiatan(k.kegiatan_id)
        : k.aturan_peserta
          ? this.d.snapshot.select(AturanPesertaSchema.parse(JSON.parse(k.aturan_peserta))).map((p) => ({ ...p, pesertaId: null }))
          : [];
    const existing = this.repo.formulirKunci(id);
    const pesertaIds = new Set(people.map((p) => p.pesertaId).filter((x): x is number => x !== null));
    const pegawaiIds = new Set(people.map((p) => p.pegawaiId).filter((x): x is number => x !== null));
    let dihapus = 0;
    const kept = existing.filter((f) => {
      const listed = (f.peserta_id !== null && pesertaIds.has(f.peserta_id)) || (f.pegawai_id !== null && pegawaiIds.has(f.pegawai_id));
      if (listed || k.dicetak_at !== null) return true;
      if (this.repo.deleteFormulir(f.id)) {
        dihapus++;
        return false;
      }
      return true;
    });
    const havePeserta = new Set(kept.map((f) => f.peserta_id).filter((x) => x !== null));
    const havePegawai = new Set(kept.map((f) => f.pegawai_id).filter((x) => x !== null));
    const now = this.now().toISOString();
    const ditambahAt = k.dicetak_at !== null ? now : null;
    let next = this.repo.nextFormulirId();
    let ditambah = 0;
    const kode = people.length ? this.d.kode() : null;
    for (const p of people) {
      if ((p.pesertaId !== null && havePeserta.has(p.pesertaId)) || (p.pegawaiId !== null && havePegawai.has(p.pegawaiId))) continue;
      this.repo.insertFormulir(next, id, p, kode!.buat({ kampanyeId: id, formulirId: next }), now, ditambahAt);
      if (p.pegawaiId !== null) havePegawai.add(p.pegawaiId);
      next++;
      ditambah++;
    }
    if (ditambah || dihapus) this.reorder(id);
    return { ditambah, dihapus };
  }

  /** Print order inside each perangkat daerah: head first, then eselon, jabatan, rank, name. */
  private reorder(id: number): void {
    const rows = this.repo.urutanInput(id);
    const key = (r: (typeof rows)[number]) => ({ eselon: r.eselon, jenisJabatan: r.jenis_jabatan as JenisJabatan | null, golonganUrutan: r.golongan_urutan, nama: r.nama });
    rows.sort((a, b) => bandingkanPejabat(key(a), key(b)) || a.id - b.id);
    this.repo.setUrutan(rows.map((r, i) => [r.id, i + 1]));
  }

  formulirList(kampanyeId: number, f: FormulirFilter, offset: number, limit: number): { total: number; rows: FormulirIkrar[] } {
    this.row(kampanyeId);
    return this.repo.formulirList(kampanyeId, f, offset, limit);
  }

  formulirIter(kampanyeId: number, f: FormulirFilter): Generator<FormulirIkrar> {
    return this.repo.formulirIter(kampanyeId, f);
  }

  // ---------- what the documents need ----------

  profil(k: Kampanye): InstansiProfil | null {
    if (k.penyelenggaraId !== null) return this.d.instansi.get(k.penyelenggaraId);
    const all = this.d.instansi.list();
    return all.find((p) => p.jenisKop === 'dinas') ?? all[0] ?? null;
  }

  /** The text this campaign prints with: the version recorded at its first print, else the one in force. */
  teksUntuk(k: Kampanye): { versi: number; teks: TeksIkrarIsi } {
    if (k.teksVersi !== null) {
      const t = this.repo.teks(k.teksVersi);
      if (t) return { versi: t.versi, teks: t.isi };
    }
    return this.teksBerlaku(true);
  }

  /** Records the text version and the time of the first print (later prints keep both). */
  tandaiDicetak(k: Kampanye, versi: number): void {
    this.repo.markDicetak(k.id, versi, this.now().toISOString());
  }

  // ---------- pledge text ----------

  /** The version in force; with `store`, the default is stored as version 1 when none exists (a print must name a version). */
  private teksBerlaku(store: boolean): { versi: number; teks: TeksIkrarIsi } {
    const t = this.repo.teks(null);
    if (t) return { versi: t.versi, teks: t.isi };
    if (!store) return { versi: 1, teks: structuredClone(TEKS_IKRAR_BAWAAN) };
    const versi = this.repo.insertTeks(TEKS_IKRAR_BAWAAN, this.now().toISOString());
    return { versi, teks: structuredClone(TEKS_IKRAR_BAWAAN) };
  }

  teksGet(versi: number | null): TeksIkrarVersi {
    if (versi === null) {
      const t = this.repo.teks(null);
      return t ? { versi: t.versi, teks: t.isi, createdAt: t.created_at } : { versi: 1, teks: structuredClone(TEKS_IKRAR_BAWAAN), createdAt: null };
    }
    const t = this.repo.teks(versi);
    if (!t) {
      if (versi === 1 && this.repo.teks(null) === null) return { versi: 1, teks: structuredClone(TEKS_IKRAR_BAWAAN), createdAt: null };
      throw new AppError('TIDAK_DITEMUKAN', `Teks ikrar versi ${versi} tidak ada.`);
    }
    return { versi: t.versi, teks: t.isi, createdAt: t.created_at };
  }

  teksList(): { versi: number; createdAt: string }[] {
    return this.repo.teksList();
  }

  teksSave(teks: TeksIkrarData): TeksIkrarVersi {
    return this.d.db.transaction((): TeksIkrarVersi => {
      const now = this.now().toISOString();
      const same = (a: TeksIkrarIsi, b: TeksIkrarIsi) => JSON.stringify(a) === JSON.stringify(b);
      let current = this.repo.teks(null);
      // The default becomes version 1 first, so campaigns printed before any edit keep their wording.
      if (!current) {
        this.repo.insertTeks(TEKS_IKRAR_BAWAAN, now);
        current = this.repo.teks(null)!;
      }
      if (same(current.isi, teks)) return { versi: current.versi, teks: current.isi, createdAt: current.created_at };
      const versi = this.repo.insertTeks(teks, now);
      return { versi, teks, createdAt: now };
    }).immediate();
  }

  // ---------- returns ----------

  private klasifikasi(kampanyeId: number, masukan: string): Klasifikasi {
    const compact = masukan.replace(/[\s.-]+/g, '');
    const none = { formulir: null, kampanyeLain: null };
    if (/^\d{16}$|^\d{18}$/.test(compact)) {
      const label = compact.length === 18 ? 'NIP' : 'NIK';
      const [f] = this.repo.formulirByNomor(kampanyeId, compact);
      if (f) return { hasil: 'tercatat', formulir: f, pesan: '', kampanyeLain: null };
      const pegawai = this.repo.pegawaiByNip(compact);
      if (pegawai) return { ...none, hasil: 'bukan-peserta', pesan: `${pegawai.nama} (${label} ${compact}) tidak punya formulir di kampanye ini.` };
      return { ...none, hasil: 'tidak-dikenal', pesan: `${label} ${compact} tidak ada di daftar formulir kampanye ini maupun di data pegawai.` };
    }
    const r = this.d.kode().baca(masukan);
    if (!r.ok) return { ...none, hasil: 'tidak-dikenal', pesan: r.pesan };
    if (r.kampanyeId !== kampanyeId) {
      const lain = this.repo.kampanye(r.kampanyeId);
      return {
        ...none,
        hasil: 'kegiatan-lain',
        kampanyeLain: lain ? { id: lain.id, judul: lain.judul } : null,
        pesan: lain ? `Formulir ini milik kampanye "${lain.judul}", bukan kampanye ini.` : `Formulir ini milik kampanye nomor ${r.kampanyeId}, yang tidak ada di data ini.`,
      };
    }
    const f = this.repo.formulir(r.formulirId);
    if (!f || f.kampanyeId !== kampanyeId) return { ...none, hasil: 'tidak-dikenal', pesan: `Formulir nomor ${r.formulirId} tidak ada di kampanye ini.` };
    if (f.dihapus) return { ...none, hasil: 'tidak-dikenal', pesan: `Formulir ${f.nama} sudah dikeluarkan dari kampanye ini.` };
    return { hasil: 'tercatat', formulir: f, pesan: '', kampanyeLain: null };
  }

  private siapa = (f: FormulirIkrar) => `${f.nama}${f.nip ? ` (NIP ${formatNip(f.nip)})` : ''}, ${f.unitInduk}`;

  /** The answer a log entry stands for (a resent nonce gets this again). */
  private jawaban(log: LogRow, ulangan: boolean): HasilTerima {
    const base = { logId: log.id, ulangan, sebelumnya: null, kampanyeLain: null };
    const f = log.formulir_id !== null ? this.repo.formulir(log.formulir_id) : null;
    if (log.hasil === 'tercatat' && f) return { ...base, hasil: 'tercatat', judul: JUDUL.tercatat, pesan: `${this.siapa(f)}: formulir ikrar diterima.`, formulir: f };
    if (log.hasil === 'duplikat' && f) {
      const first = this.repo.tercatatSebelum(f.id, log.id);
      const sebelumnya = first ? { waktu: first.waktu, meja: first.meja } : null;
      const kapan = sebelumnya ? ` pukul ${pukulDari(sebelumnya.waktu)} di ${sebelumnya.meja}` : '';
      return { ...base, hasil: 'duplikat', judul: `Sudah diterima${kapan}`, pesan: `Formulir ${this.siapa(f)} sudah diterima${kapan}; tidak dihitung lagi.`, formulir: f, sebelumnya };
    }
    const k = this.klasifikasi(log.kampanye_id, log.masukan);
    const hasil = log.hasil === 'batal' ? 'tidak-dikenal' : log.hasil;
    return { ...base, hasil, judul: JUDUL[hasil], pesan: k.hasil === hasil ? k.pesan : JUDUL[hasil], formulir: f, kampanyeLain: k.kampanyeLain };
  }

  terima(i: TerimaInput): HasilTerima {
    const masukan = i.masukan.trim();
    if (!masukan) throw new AppError('VALIDASI', 'Pindai kode QR formulir atau ketik NIP.', [{ field: 'masukan', message: 'Masukan kosong.' }]);
    return this.d.db.transaction((): HasilTerima => {
      const prior = this.repo.logByNonce(i.nonce);
      if (prior) {
        if (prior.kampanye_id !== i.kampanyeId) throw new AppError('VALIDASI', 'Nonce ini sudah dipakai untuk kampanye lain.', [{ field: 'nonce', message: 'Nonce sudah dipakai.' }]);
        // A resend names the same form (however it is typed): another form under this nonce would never be recorded.
        if (prior.hasil === 'batal' || (this.klasifikasi(i.kampanyeId, masukan).formulir?.id ?? null) !== prior.formulir_id)
          throw new AppError('VALIDASI', 'Nonce ini sudah dipakai untuk pemindaian lain: meja harus membuat nonce baru untuk setiap pemindaian.', [{ field: 'nonce', message: 'Nonce dipakai ulang.' }]);
        return this.jawaban(prior, true);
      }
      this.row(i.kampanyeId);
      const k = this.klasifikasi(i.kampanyeId, masukan);
      let hasil = k.hasil;
      if (hasil === 'tercatat' && k.formulir?.kembali) hasil = 'duplikat';
      const waktu = i.waktu ? new Date(i.waktu).toISOString() : this.now().toISOString();
      const logId = this.repo.insertLog(
        { kampanye_id: i.kampanyeId, formulir_id: k.formulir?.id ?? null, hasil, masukan: masukan.slice(0, 200), cara: i.cara, waktu, meja: i.meja, operator: i.operator, nonce: i.nonce, membatalkan_id: null, alasan: null },
        this.now().toISOString(),
      );
      if (hasil === 'tercatat') this.repo.setKembali(k.formulir!.id, logId);
      if (hasil === 'tercatat' || hasil === 'duplikat') return this.jawaban(this.repo.log(logId)!, false);
      return { hasil, judul: JUDUL[hasil], pesan: k.pesan, formulir: k.formulir, kampanyeLain: k.kampanyeLain, sebelumnya: null, logId, ulangan: false };
    }).immediate();
  }

  batal(i: { kampanyeId: number; logId: number; alasan: string; meja: string; operator: string; nonce: string }): LogTerima {
    return this.d.db.transaction((): LogTerima => {
      const prior = this.repo.logByNonce(i.nonce);
      if (prior) {
        if (prior.hasil !== 'batal' || prior.membatalkan_id !== i.logId || prior.kampanye_id !== i.kampanyeId) throw new AppError('VALIDASI', 'Nonce ini sudah dipakai untuk catatan lain.', [{ field: 'nonce', message: 'Nonce sudah dipakai.' }]);
        return this.logEntry(prior);
      }
      const target = this.repo.log(i.logId);
      if (!target || target.kampanye_id !== i.kampanyeId) throw new AppError('TIDAK_DITEMUKAN', `Catatan penerimaan nomor ${i.logId} tidak ada di kampanye ini.`);
      if (target.hasil !== 'tercatat') throw new AppError('VALIDASI', 'Hanya penerimaan formulir yang tercatat yang dapat dibatalkan.');
      if (this.repo.isReversed(target.id)) throw new AppError('VALIDASI', 'Penerimaan ini sudah dibatalkan sebelumnya.');
      const now = this.now().toISOString();
      const id = this.repo.insertLog(
        { kampanye_id: i.kampanyeId, formulir_id: target.formulir_id, hasil: 'batal', masukan: '', cara: 'ketik', waktu: now, meja: i.meja, operator: i.operator, nonce: i.nonce, membatalkan_id: target.id, alasan: i.alasan },
        now,
      );
      if (target.formulir_id !== null) this.repo.setKembali(target.formulir_id, null);
      return this.logEntry(this.repo.log(id)!);
    }).immediate();
  }

  private logEntry(r: LogRow): LogTerima {
    const f = r.formulir_id !== null ? this.repo.formulir(r.formulir_id) : null;
    return toLog(r, f?.nama ?? null, f?.unitInduk ?? null, this.repo.isReversed(r.id));
  }

  logList(kampanyeId: number, offset: number, limit: number) {
    this.row(kampanyeId);
    return this.repo.logList(kampanyeId, offset, limit);
  }

  // ---------- recap ----------

  rekap(id: number): RekapIkrar {
    const kampanye = this.get(id);
    return { kampanye, ...perUnit(this.repo.jumlahPerUnit(id)) };
  }

  /** An event's forms over all its campaigns (none yet: empty, not an error). */
  rekapKegiatan(kegiatanId: number): { kampanye: number; baris: RekapIkrarBaris[]; total: RekapIkrarBaris } {
    if (!this.repo.kegiatanAda(kegiatanId)) throw new AppError('TIDAK_DITEMUKAN', `Kegiatan nomor ${kegiatanId} tidak ditemukan.`);
    return { kampanye: this.repo.kampanyeList(kegiatanId).length, ...perUnit(this.repo.jumlahPerUnitKegiatan(kegiatanId)) };
  }
}

const persen = (kembali: number, formulir: number) => (formulir ? Math.round((kembali / formulir) * 1000) / 10 : 0);

function perUnit(rows: ReturnType<IkrarRepository['jumlahPerUnit']>): { baris: RekapIkrarBaris[]; total: RekapIkrarBaris } {
  const baris: RekapIkrarBaris[] = rows.map((r) => ({
    unit: r.unit,
    unitIndukId: r.unitIndukId,
    jumlah: { formulir: r.formulir, kembali: r.kembali, belum: r.belum },
    persenKembali: persen(r.kembali, r.formulir),
  }));
  const j = baris.reduce((a, b) => ({ formulir: a.formulir + b.jumlah.formulir, kembali: a.kembali + b.jumlah.kembali, belum: a.belum + b.jumlah.belum }), { formulir: 0, kembali: 0, belum: 0 });
  return { baris, total: { unit: 'Jumlah', unitIndukId: null, jumlah: j, persenKembali: persen(j.kembali, j.formulir) } };
}
