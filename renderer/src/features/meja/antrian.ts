import type { CaraCatat, StatusHadir } from '../../../../shared/domain/kegiatan';
import type { AppErrorData } from '../../../../shared/contract/result';

/** One entry as the desk saw it: kept on the device until the core has answered it. */
export interface EntriPindai {
  nonce: string;
  kegiatanId: number;
  masukan: string;
  pesertaId: number | null;
  status: StatusHadir | null;
  meja: string;
  operator: string;
  /** ISO time the desk saw it (not when it reached the core). */
  waktu: string;
  cara: CaraCatat;
}

/** The part of `Storage` the queue uses (localStorage in the page, a Map in tests). */
export interface Penyimpan {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The desk's outbox, in the order scanned. Every entry is written to storage before it is sent,
 * so a dropped connection, a reload or a closed tab loses nothing; the core counts a nonce once, so
 * sending an entry again after a lost answer is safe.
 */
export class AntrianPindai {
  constructor(
    private readonly store: Penyimpan,
    private readonly key: string,
  ) {}

  list(): EntriPindai[] {
    try {
      const raw = this.store.getItem(this.key);
      const v: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(v) ? (v as EntriPindai[]) : [];
    } catch {
      return [];
    }
  }

  get jumlah(): number {
    return this.list().length;
  }

  /** Throws when storage is full or refused: the caller must then tell the clerk, never drop it. */
  tambah(e: EntriPindai): void {
    this.store.setItem(this.key, JSON.stringify([...this.list(), e]));
  }

  hapus(nonce: string): void {
    this.store.setItem(this.key, JSON.stringify(this.list().filter((e) => e.nonce !== nonce)));
  }
}

/** How a failed send is handled: wait and send again, stop (session over), or give up on this entry. */
export function sikapGalat(e: AppErrorData): 'ulangi' | 'berhenti' | 'tolak' {
  if (e.code === 'TERPUTUS' || e.code === 'INTERNAL' || e.code === 'DATABASE') return 'ulangi';
  if (e.code === 'TIDAK_BERWENANG') return 'berhenti';
  return 'tolak';
}

export type Kirim<T> = (e: EntriPindai) => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorData }>;

export interface HasilPompa<T> {
  terkirim: { entri: EntriPindai; value: T }[];
  ditolak: { entri: EntriPindai; error: AppErrorData }[];
  /** Why it stopped with entries left: the connection, or the session. */
  tertahan: { sikap: 'ulangi' | 'berhenti'; error: AppErrorData } | null;
}

/**
 * Sends the queue head first, one at a time, removing each entry only once the core answered it.
 * Stops at the first entry that cannot be sent now: later entries wait behind it, so the log keeps
 * the desk's order. `onEntri` is told about each answer as it arrives (the banner of a live scan).
 */
export async function pompa<T>(
  antrian: AntrianPindai,
  kirim: Kirim<T>,
  onEntri?: (r: { entri: EntriPindai; value: T } | { entri: EntriPindai; error: AppErrorData }) => void,
): Promise<HasilPompa<T>> {
  const out: HasilPompa<T> = { terkirim: [], ditolak: [], tertahan: null };
  for (;;) {
    const entri = antrian.list()[0];
    if (!entri) return out;
    const r = await kirim(entri);
    if (r.ok) {
      antrian.hapus(entri.nonce);
      out.terkirim.push({ entri, value: r.value });
      onEntri?.({ entri, value: r.value });
      continue;
    }
    const sikap = sikapGalat(r.error);
    if (sikap !== 'tolak') {
      out.tertahan = { sikap, error: r.error };
      return out;
    }
    antrian.hapus(entri.nonce);
    out.ditolak.push({ entri, error: r.error });
    onEntri?.({ entri, error: r.error });
  }
}
