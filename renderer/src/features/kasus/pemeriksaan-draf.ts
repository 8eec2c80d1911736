import type { TanyaJawab } from '../../../../shared/contract/kasus';

/**
 * The examination typed during the hearing must never be lost: every keystroke goes into a local
 * draft (localStorage) at once, the server gets it a moment later (debounced), and the draft is
 * dropped only when the server has confirmed exactly what was typed last. A failed save keeps the
 * draft and tries again by itself, sooner at first, then at most once a minute.
 */

export interface DrafPemeriksaan {
  pasangan: TanyaJawab[];
  /** When it was last typed (ISO). */
  diketik: string;
  /** The server's `updatedAt` the typing started from (to tell when someone else saved since). */
  dasar: string | null;
}

/** What can hold the draft: window.localStorage in the app, a Map in the tests. */
export interface PenyimpanLokal {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const kunciDraf = (terlaporId: number): string => `netra.pemeriksaan.${terlaporId}`;

const isPasangan = (v: unknown): v is TanyaJawab[] =>
  Array.isArray(v) && v.every((p) => typeof p === 'object' && p !== null && typeof (p as TanyaJawab).pertanyaan === 'string' && typeof (p as TanyaJawab).jawaban === 'string');

export function bacaDraf(store: PenyimpanLokal, terlaporId: number): DrafPemeriksaan | null {
  try {
    const raw = store.getItem(kunciDraf(terlaporId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<DrafPemeriksaan>;
    if (!isPasangan(v.pasangan) || typeof v.diketik !== 'string') return null;
    return { pasangan: v.pasangan, diketik: v.diketik, dasar: typeof v.dasar === 'string' ? v.dasar : null };
  } catch {
    return null;
  }
}

/** False when the browser refuses (storage full or off): the editor then says the draft is not kept. */
export function tulisDraf(store: PenyimpanLokal, terlaporId: number, d: DrafPemeriksaan): boolean {
  try {
    store.setItem(kunciDraf(terlaporId), JSON.stringify(d));
    return true;
  } catch {
    return false;
  }
}

export function hapusDraf(store: PenyimpanLokal, terlaporId: number): void {
  try {
    store.removeItem(kunciDraf(terlaporId));
  } catch {
    /* nothing to drop */
  }
}

export const samaPasangan = (a: readonly TanyaJawab[], b: readonly TanyaJawab[]): boolean =>
  a.length === b.length && a.every((p, i) => p.pertanyaan === b[i]!.pertanyaan && p.jawaban === b[i]!.jawaban);

/**
 * What the editor opens with: the server's pairs, or a local draft that was never confirmed
 * (restored, and saved again). `bentrok`: the server was saved after the draft's base (another
 * computer), so the clerk is told and may take the server's version instead.
 */
export function pilihAwal(
  server: { pasangan: TanyaJawab[]; updatedAt: string | null },
  draf: DrafPemeriksaan | null,
): { pasangan: TanyaJawab[]; dipulihkan: DrafPemeriksaan | null; bentrok: boolean } {
  if (!draf || samaPasangan(draf.pasangan, server.pasangan)) return { pasangan: server.pasangan, dipulihkan: null, bentrok: false };
  const bentrok = server.updatedAt !== null && server.updatedAt !== draf.dasar;
  return { pasangan: draf.pasangan, dipulihkan: draf, bentrok };
}

/** Empty pairs at the end are scaffolding (the next question not typed yet): the BAP does not get them. */
export function untukDisimpan(pasangan: readonly TanyaJawab[]): TanyaJawab[] {
  let n = pasangan.length;
  while (n > 0 && !pasangan[n - 1]!.pertanyaan.trim() && !pasangan[n - 1]!.jawaban.trim()) n--;
  return pasangan.slice(0, n).map((p) => ({ pertanyaan: p.pertanyaan, jawaban: p.jawaban }));
}

export type StatusSimpan =
  | { jenis: 'tersimpan'; pada: string | null }
  | { jenis: 'menunggu' }
  | { jenis: 'menyimpan' }
  | { jenis: 'gagal'; pesan: string; ulangDalamDetik: number };

/** Waits before the automatic retries after a failed save (seconds); the last one repeats. */
export const JEDA_ULANG = [3, 10, 30, 60] as const;

interface Opsi<T> {
  simpan: (v: T) => Promise<{ updatedAt: string }>;
  sama: (a: T, b: T) => boolean;
  onStatus: (s: StatusSimpan) => void;
  /** Called after the server confirmed `v` and nothing newer was typed meanwhile. */
  onTerkonfirmasi: (v: T, updatedAt: string) => void;
  pesanGalat: (e: unknown) => string;
  /** Debounce after the last change, ms. */
  jeda: number;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (h: unknown) => void };
}

/**
 * Debounced save with one request in flight at a time: changes typed during a save are saved right
 * after it; a failure is retried automatically (JEDA_ULANG) or at once with `cobaLagi()`.
 */
export class SimpanOtomatis<T> {
  private terbaru: T | null = null;
  private tersimpan: T | null;
  private jalan: Promise<void> | null = null;
  private timer: unknown = null;
  private gagalKe = 0;
  private mati = false;
  private pada: string | null;
  private readonly t: NonNullable<Opsi<T>['timers']>;

  constructor(
    awal: T | null,
    awalPada: string | null,
    private readonly o: Opsi<T>,
  ) {
    this.tersimpan = awal;
    this.pada = awalPada;
    this.t = o.timers ?? { set: (fn, ms) => window.setTimeout(fn, ms), clear: (h) => window.clearTimeout(h as number) };
  }

  /** True while something typed is not confirmed by the server. */
  get kotor(): boolean {
    return this.terbaru !== null && (this.tersimpan === null || !this.o.sama(this.terbaru, this.tersimpan));
  }

  ubah(v: T): void {
    this.terbaru = v;
    if (!this.kotor) {
      this.batalTimer();
      if (!this.jalan) this.o.onStatus({ jenis: 'tersimpan', pada: this.pada });
      return;
    }
    if (this.gagalKe > 0) return; // a retry is already scheduled; it takes the newest text
    this.o.onStatus({ jenis: 'menunggu' });
    this.jadwal(this.o.jeda);
  }

  /** Save now (blur, leaving the page, unmount). */
  flush(): Promise<void> {
    this.batalTimer();
    return this.jalankan();
  }

  cobaLagi(): Promise<void> {
    this.gagalKe = 0;
    return this.flush();
  }

  /** Stops timers; a save in flight still finishes (what it carries is in the draft anyway). */
  hentikan(): void {
    this.mati = true;
    this.batalTimer();
  }

  private batalTimer(): void {
    if (this.timer !== null) this.t.clear(this.timer);
    this.timer = null;
  }

  private jadwal(ms: number): void {
    this.batalTimer();
    if (this.mati) return;
    this.timer = this.t.set(() => {
      this.timer = null;
      void this.jalankan();
    }, ms);
  }

  /** One loop at a time: a save in flight keeps going while newer text waits, so joining it is enough. */
  private jalankan(): Promise<void> {
    if (this.jalan) return this.jalan;
    if (!this.kotor) return Promise.resolve();
    this.batalTimer();
    this.jalan = this.putaran().finally(() => {
      this.jalan = null;
    });
    return this.jalan;
  }

  private async putaran(): Promise<void> {
    while (this.kotor) {
      const v = this.terbaru as T;
      this.o.onStatus({ jenis: 'menyimpan' });
      try {
        const r = await this.o.simpan(v);
        this.tersimpan = v;
        this.pada = r.updatedAt;
        this.gagalKe = 0;
        if (!this.kotor) {
          this.o.onTerkonfirmasi(v, r.updatedAt);
          this.o.onStatus({ jenis: 'tersimpan', pada: r.updatedAt });
        }
      } catch (e) {
        const detik = JEDA_ULANG[Math.min(this.gagalKe, JEDA_ULANG.length - 1)]!;
        this.gagalKe++;
        this.o.onStatus({ jenis: 'gagal', pesan: this.o.pesanGalat(e), ulangDalamDetik: detik });
        this.jadwal(detik * 1000);
        return;
      }
    }
  }
}
