import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/result';
import { MENIT_KODE_MEJA, type AlasanBerakhir, type InfoMeja, type PasangMeja, type SesiMeja, type StatusMeja } from '../../../shared/contract/meja';
import type { Db } from '../db/open';
import type { KegiatanMeja, MejaRepository } from '../db/repositories/meja';

/**
 * The office-network listener, started and stopped by the service as Meja hadir turns on and off.
 * The hosts (web host, Electron main) provide it; without one (the CLI) Meja hadir cannot be turned on.
 */
export interface JaringanMeja {
  /** Starts the listener (or keeps the running one); resolves with its port and the desk page's addresses. */
  buka(): Promise<{ port: number; alamat: string[] }>;
  tutup(): Promise<void>;
  /** The desk addresses now (an interface may come up after the listener started); null while closed. */
  alamat?(): string[] | null;
}

/** A live desk session, as the office-network host forces it onto every call. */
export interface SesiAktif {
  id: number;
  kegiatanId: number;
  nama: string;
  operator: string;
  /** Added to the times this desk sends: its clock was measured against this one when it paired. */
  selisihJamMs: number;
}

/** A desk clock further off than this is not corrected but left to the core's own checks (a date typed wrong by a day). */
const MAKS_SELISIH_MS = 12 * 3_600_000;
export type CekSesi = { ok: true; sesi: SesiAktif } | { ok: false; message: string };

/** Wrong codes from one desk address within a minute before that address must wait. */
export const MAKS_SALAH_PER_MENIT = 5;
/** Wrong codes against one code (from anywhere) before the code is void: at most 20 guesses of 10^6 per code. */
export const MAKS_SALAH_PER_KODE = 20;
const MENIT = 60_000;
/** Last-seen is written at most this often per session (every counted scan writes it anyway). */
const JEDA_DILIHAT_MS = 5_000;

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

interface KodeAktif {
  kegiatanId: number;
  kode: string;
  kedaluwarsa: number;
  salah: number;
}

/**
 * Meja hadir: one event at a time is open to desks on the office network. One event, because the
 * pairing code, the desk address and the listener are the organiser's one screen at the door; a
 * second event at once would need its own code and list, and a desk paired for the wrong one could
 * scan people into it. Pairing codes live in memory only (a restart needs a new one); sessions are
 * rows (token hash only), so desks keep working across a restart of the organiser's Netra.
 */
export class MejaService {
  private kode: KodeAktif | null = null;
  private readonly salah = new Map<string, number[]>();
  private readonly dilihat = new Map<number, number>();
  private jaringan: JaringanMeja | null = null;
  private pendengar: { port: number; alamat: string[] } | null = null;
  /** aktifkan/kodeBaru/off run one at a time: two organisers' clicks cannot both pass the one-event check. */
  private antre: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly repo: MejaRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The host's listener. Set once by the web host or Electron main; the CLI has none. */
  setJaringan(j: JaringanMeja | null): void {
    this.jaringan = j;
  }

  /**
   * At start-up: an event left with Meja hadir on gets its listener back, so paired desks carry on
   * after the organiser's Netra restarted. A closed event, or a port that cannot be opened, turns it off.
   */
  async pulihkan(): Promise<StatusMeja> {
    return this.serial(async () => {
      for (const k of this.repo.aktif()) if (k.status === 'selesai') this.akhiriKegiatan(k.id, 'kegiatan-selesai');
      const k = this.repo.aktif()[0];
      if (k && this.jaringan) {
        try {
          this.pendengar = await this.jaringan.buka();
        } catch (e) {
          this.matikan(k.id, 'dimatikan');
          throw e;
        }
      }
      return this.status();
    });
  }

  status(): StatusMeja {
    const k = this.repo.aktif().find((x) => x.status !== 'selesai') ?? null;
    const kode = k && this.kode && this.kode.kegiatanId === k.id && this.kode.kedaluwarsa > this.now().getTime() ? this.kode : null;
    const alamat = k && this.pendengar ? (this.jaringan?.alamat?.() ?? this.pendengar.alamat) : [];
    return {
      kegiatanId: k?.id ?? null,
      judul: k?.judul ?? null,
      aktif: k !== null,
      alamat,
      port: k && this.pendengar ? this.pendengar.port : null,
      kode: kode?.kode ?? null,
      qr: kode && alamat[0] ? `${alamat[0]}?kode=${kode.kode}` : null,
      kedaluwarsa: kode ? new Date(kode.kedaluwarsa).toISOString() : null,
      jumlahMeja: k ? this.repo.jumlahAktif(k.id) : 0,
    };
  }

  aktifkan(kegiatanId: number, aktif: boolean): Promise<StatusMeja> {
    return this.serial(async () => {
      const k = this.kegiatan(kegiatanId);
      if (!aktif) {
        if (k.mejaAktif) this.matikan(k.id, 'dimatikan');
        if (this.repo.aktif().length === 0) await this.tutupJaringan();
        return this.status();
      }
      if (k.status === 'selesai') throw new AppError('VALIDASI', `Kegiatan "${k.judul}" sudah ditutup: meja hadir tidak dapat dinyalakan lagi.`);
      const lain = this.repo.aktif().find((x) => x.id !== k.id);
      if (lain)
        throw new AppError(
          'VALIDASI',
          `Meja hadir sedang menyala untuk kegiatan "${lain.judul}". Matikan dulu di sana (sesi mejanya akan berakhir), lalu nyalakan untuk kegiatan ini.`,
        );
      if (!this.jaringan)
        throw new AppError('VALIDASI', 'Meja hadir hanya dapat dinyalakan dari aplikasi Netra atau "npm run web", bukan dari baris perintah.');
      // The listener first: when the port cannot be opened nothing is recorded as on.
      this.pendengar = await this.jaringan.buka();
      this.repo.setAktif(k.id, true);
      if (!this.kode || this.kode.kegiatanId !== k.id || this.kode.kedaluwarsa <= this.now().getTime()) this.buatKode(k.id);
      return this.status();
    });
  }

  kodeBaru(kegiatanId: number): Promise<StatusMeja> {
    return this.serial(async () => {
      const k = this.kegiatan(kegiatanId);
      if (!k.mejaAktif || k.status === 'selesai') throw new AppError('VALIDASI', `Meja hadir belum menyala untuk kegiatan "${k.judul}": nyalakan dulu.`);
      this.buatKode(k.id);
      return this.status();
    });
  }

  sesiList(kegiatanId: number): SesiMeja[] {
    this.kegiatan(kegiatanId);
    return this.repo.list(kegiatanId);
  }

  /** Takes effect at once: the desk's next request looks its session up and finds it ended. */
  cabut(sesiId: number): SesiMeja {
    const s = this.repo.get(sesiId);
    if (!s) throw new AppError('TIDAK_DITEMUKAN', `Sesi meja dengan id ${sesiId} tidak ditemukan.`);
    this.repo.akhiri(s.id, 'dicabut', this.iso());
    return this.repo.get(s.id)!;
  }

  info(sesiId: number): InfoMeja {
    const s = this.repo.get(sesiId);
    if (!s) throw new AppError('TIDAK_DITEMUKAN', `Sesi meja dengan id ${sesiId} tidak ditemukan.`);
    const k = this.kegiatan(s.kegiatanId);
    return {
      sesiId: s.id,
      kegiatanId: k.id,
      judul: k.judul,
      tanggal: k.tanggal,
      tempat: k.tempat,
      meja: s.nama,
      operator: s.operator,
      kampanye: this.repo.kampanyeKegiatan(k.id),
    };
  }

  /**
   * Pairs a desk with the code on the organiser's screen. The code works once (a fresh one is shown
   * for the next desk); wrong codes lock the desk's address for a minute after MAKS_SALAH_PER_MENIT,
   * and void the code after MAKS_SALAH_PER_KODE from anywhere. A desk paired again under the name of
   * a live session replaces it (the code proves the organiser let it in).
   */
  pasang(input: Omit<PasangMeja, 'jam'> & { jam?: string | null }, alamatKlien: string): { token: string; sesi: SesiMeja } {
    const t = this.now().getTime();
    if (this.salah.size > 1000) for (const [a, xs] of this.salah) if (!xs.some((x) => x > t - MENIT)) this.salah.delete(a);
    const recent = (this.salah.get(alamatKlien) ?? []).filter((x) => x > t - MENIT);
    this.salah.set(alamatKlien, recent);
    if (recent.length >= MAKS_SALAH_PER_MENIT) {
      const detik = Math.max(1, Math.ceil((recent[0]! + MENIT - t) / 1000));
      throw new AppError('DIKUNCI', `Terlalu banyak kode salah dari perangkat ini. Tunggu ${detik} detik, lalu masukkan kode yang tampil di layar penyelenggara.`);
    }
    const k = this.repo.aktif().find((x) => x.status !== 'selesai');
    if (!k) throw new AppError('VALIDASI', 'Meja hadir sedang tidak menyala. Minta penyelenggara menyalakannya di halaman kegiatan.');
    const live = this.kode && this.kode.kegiatanId === k.id && this.kode.kedaluwarsa > t ? this.kode : null;
    if (!live || !samaKode(live.kode, input.kode)) {
      recent.push(t);
      if (live && ++live.salah >= MAKS_SALAH_PER_KODE) this.kode = null;
      throw new AppError(
        'TIDAK_BERWENANG',
        live
          ? 'Kode pemasangan salah. Periksa 6 angka di layar penyelenggara (kode hanya berlaku sekali dan 10 menit).'
          : 'Kode pemasangan sudah tidak berlaku (sudah dipakai, kedaluwarsa, atau terlalu banyak percobaan salah). Minta penyelenggara menampilkan kode baru.',
      );
    }
    const token = crypto.randomBytes(32).toString('base64url');
    const now = this.iso();
    const id = this.db
      .transaction(() => {
        for (const old of this.repo.aktifBernama(k.id, input.nama)) this.repo.akhiri(old, 'diganti', now);
        // A phone's clock may run minutes off: measured now, the desk's scan times are put on this clock.
        const selisih = input.jam ? t - Date.parse(input.jam) : 0;
        const selisihJamMs = Number.isFinite(selisih) && Math.abs(selisih) <= MAKS_SELISIH_MS ? Math.round(selisih) : 0;
        return this.repo.insert({ kegiatanId: k.id, tokenHash: hash(token), nama: input.nama, operator: input.operator, alamatKlien, now, selisihJamMs });
      })
      .immediate();
    // Used: the next desk needs the next code.
    this.buatKode(k.id);
    return { token, sesi: this.repo.get(id)! };
  }

  /** The session a desk's cookie names, if it is still live; else why not, in words for the desk. */
  periksa(token: string | undefined): CekSesi {
    const belum = 'Meja ini belum dipasang atau sesinya tidak dikenal. Masukkan kode 6 angka dari layar penyelenggara.';
    if (!token || !TOKEN_RE.test(token)) return { ok: false, message: belum };
    const s = this.repo.byTokenHash(hash(token));
    if (!s) return { ok: false, message: belum };
    const k = this.repo.kegiatan(s.kegiatanId);
    if (s.aktif && k && k.status === 'selesai') this.akhiriKegiatan(k.id, 'kegiatan-selesai');
    else if (s.aktif && k && !k.mejaAktif) this.repo.akhiriSemua(k.id, 'dimatikan', this.iso());
    else if (s.aktif && k) return { ok: true, sesi: { id: s.id, kegiatanId: s.kegiatanId, nama: s.nama, operator: s.operator, selisihJamMs: this.repo.selisihJam(s.id) } };
    const now = this.repo.get(s.id)!;
    return { ok: false, message: pesanBerakhir(now.alasanBerakhir ?? 'dimatikan', now.nama, k?.judul ?? '') };
  }

  /** A request from a live session: last seen, and one more scan when `pindai` (a resend is not one). */
  catat(sesiId: number, pindai: boolean): void {
    const t = this.now().getTime();
    if (!pindai && (this.dilihat.get(sesiId) ?? 0) > t - JEDA_DILIHAT_MS) return;
    this.dilihat.set(sesiId, t);
    this.repo.tandaiDilihat(sesiId, new Date(t).toISOString(), pindai ? 1 : 0);
  }

  /** The desk ends its own session ("Keluar"). */
  keluar(sesiId: number): void {
    this.repo.akhiri(sesiId, 'keluar', this.iso());
  }

  /**
   * The event was closed (kegiatan.selesai): every desk session ends, Meja hadir turns off. Desk
   * requests also check the event's status themselves, so a closed event refuses desks even when
   * this is not called.
   */
  kegiatanSelesai(kegiatanId: number): void {
    this.akhiriKegiatan(kegiatanId, 'kegiatan-selesai');
  }

  /** True when the pledge campaign belongs to this event (what a desk may record returns for). */
  kampanyeMilik(kampanyeId: number, kegiatanId: number): boolean {
    return this.repo.kegiatanKampanye(kampanyeId) === kegiatanId;
  }

  /** True when the attendance entry belongs to this event (and, given a desk name, was recorded at that desk). */
  logMilik(logId: number, kegiatanId: number, meja?: string): boolean {
    const asal = this.repo.asalLog(logId);
    return asal !== null && asal.kegiatanId === kegiatanId && (meja === undefined || asal.meja === meja);
  }

  private akhiriKegiatan(kegiatanId: number, alasan: AlasanBerakhir): void {
    this.matikan(kegiatanId, alasan);
    // The flag may already be off (kegiatan.selesai clears it): what matters is that no event is left on.
    if (this.pendengar && this.repo.aktif().length === 0) void this.serial(() => this.tutupJaringan()).catch((e: unknown) => console.error(e));
  }

  private matikan(kegiatanId: number, alasan: AlasanBerakhir): void {
    const now = this.iso();
    this.db
      .transaction(() => {
        this.repo.akhiriSemua(kegiatanId, alasan, now);
        this.repo.setAktif(kegiatanId, false);
      })
      .immediate();
    if (this.kode?.kegiatanId === kegiatanId) this.kode = null;
  }

  private async tutupJaringan(): Promise<void> {
    if (this.repo.aktif().length > 0) return;
    this.pendengar = null;
    await this.jaringan?.tutup();
  }

  private buatKode(kegiatanId: number): void {
    this.kode = {
      kegiatanId,
      kode: String(crypto.randomInt(0, 1_000_000)).padStart(6, '0'),
      kedaluwarsa: this.now().getTime() + MENIT_KODE_MEJA * MENIT,
      salah: 0,
    };
  }

  private kegiatan(id: number): KegiatanMeja {
    const k = this.repo.kegiatan(id);
    if (!k) throw new AppError('TIDAK_DITEMUKAN', `Kegiatan dengan id ${id} tidak ditemukan.`);
    return k;
  }

  private iso(): string {
    return this.now().toISOString();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.antre.then(fn, fn);
    this.antre = run.catch(() => undefined);
    return run;
  }
}

/** Constant time, so the answer's timing says nothing about how many digits were right. */
function samaKode(a: string, b: string): boolean {
  return crypto.timingSafeEqual(Buffer.from(hash(a)), Buffer.from(hash(b)));
}

function pesanBerakhir(alasan: AlasanBerakhir, meja: string, judul: string): string {
  switch (alasan) {
    case 'dicabut':
      return `Sesi meja "${meja}" dicabut oleh penyelenggara. Minta kode baru untuk memasang meja ini lagi.`;
    case 'kegiatan-selesai':
      return `Kegiatan "${judul}" sudah ditutup: meja hadir tidak menerima pindaian lagi.`;
    case 'diganti':
      return `Perangkat lain dipasang dengan nama meja "${meja}"; sesi di perangkat ini berakhir. Pasang ulang dengan nama lain bila perlu.`;
    case 'keluar':
      return `Meja "${meja}" sudah keluar. Masukkan kode dari layar penyelenggara untuk memasangnya lagi.`;
    case 'dimatikan':
      return `Meja hadir sudah dimatikan oleh penyelenggara; sesi meja "${meja}" berakhir.`;
  }
}
