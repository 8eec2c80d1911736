import { useCallback, useEffect, useRef, useState } from 'react';
import type { HasilPindaiKegiatan } from '../../../../shared/contract/kegiatan';
import type { AppErrorData } from '../../../../shared/contract/result';
import { AntrianPindai, pompa, type EntriPindai } from './antrian';
import { kirimKegiatan } from './api';
import { catatJawab, catatKirim } from './ukur';

/** One line of the desk's recent scans. */
export interface RiwayatItem {
  entri: EntriPindai;
  keadaan: 'menunggu' | 'terjawab' | 'ditolak';
  hasil: HasilPindaiKegiatan | null;
  galat: string | null;
  /** Undone from this desk (the reversal's reason). */
  dibatalkan: string | null;
}

const RIWAYAT_MAKS = 40;
const ULANG_MS = 2000;
/**
 * An answer normally comes within tens of ms: the "waiting" state is drawn only if it takes longer
 * than this, so the page does not re-render while the request is out (on a slow desk laptop that
 * render delayed the answer's own handling by ~10 ms).
 */
const TAMPIL_MENUNGGU_MS = 150;

const kunci = (kegiatanId: number) => ({ antrian: `netra.meja.antrian.${kegiatanId}`, riwayat: `netra.meja.riwayat.${kegiatanId}` });

function bacaRiwayat(key: string): RiwayatItem[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(v) ? (v as RiwayatItem[]) : [];
  } catch {
    return [];
  }
}

export interface MejaAntrian {
  riwayat: RiwayatItem[];
  /** Entries on this device not yet answered by the core. */
  menunggu: number;
  /** The connection is down (the last send could not reach the core). */
  terputus: boolean;
  /** The desk session ended (revoked, event closed, Meja hadir off): nothing more can be sent. */
  sesiBerakhir: AppErrorData | null;
  /** The scan the banner shows: the newest one made at this desk. */
  terakhir: RiwayatItem | null;
  catat: (e: EntriPindai) => void;
  tandaiBatal: (nonce: string, alasan: string) => void;
}

/**
 * The desk's outbox and its recent list. Every entry is stored on the device first, then sent in
 * order; while the core cannot be reached the entries wait (and new ones queue behind them), and a
 * retry runs every 2 s and when the browser reports it is online again.
 */
export function useMejaAntrian(kegiatanId: number, onTerjawab?: (item: RiwayatItem) => void): MejaAntrian {
  const keys = kunci(kegiatanId);
  const antrian = useRef(new AntrianPindai(localStorage, keys.antrian));
  const [riwayat, setRiwayat] = useState<RiwayatItem[]>(() => bacaRiwayat(keys.riwayat));
  const [menunggu, setMenunggu] = useState(() => antrian.current.jumlah);
  const [terputus, setTerputus] = useState(false);
  const [sesiBerakhir, setSesiBerakhir] = useState<AppErrorData | null>(null);
  const [terakhirNonce, setTerakhirNonce] = useState<string | null>(null);
  const berjalan = useRef(false);
  /** Entries not on screen yet (answer not in, TAMPIL_MENUNGGU_MS not over): nonce → timer. */
  const tertunda = useRef(new Map<string, number>());
  const terbaru = useRef<string | null>(null);
  const lagi = useRef(false);
  const retry = useRef(0);
  const dijawab = useRef(onTerjawab);
  useEffect(() => {
    dijawab.current = onTerjawab;
  }, [onTerjawab]);

  useEffect(() => {
    localStorage.setItem(keys.riwayat, JSON.stringify(riwayat));
  }, [riwayat, keys.riwayat]);

  const ubah = useCallback((nonce: string, patch: Partial<RiwayatItem>) => {
    setRiwayat((list) => list.map((r) => (r.entri.nonce === nonce ? { ...r, ...patch } : r)));
  }, []);

  /** Puts an entry on screen (the list, and the banner when it is the newest scan). */
  const tampilkan = useCallback((item: RiwayatItem) => {
    setRiwayat((list) => [item, ...list.filter((r) => r.entri.nonce !== item.entri.nonce)].slice(0, RIWAYAT_MAKS));
    if (item.entri.nonce === terbaru.current) setTerakhirNonce(item.entri.nonce);
  }, []);

  const tampilkanTertunda = useCallback(() => {
    const waiting = new Set(tertunda.current.keys());
    for (const t of tertunda.current.values()) window.clearTimeout(t);
    tertunda.current.clear();
    for (const entri of antrian.current.list()) if (waiting.has(entri.nonce)) tampilkan({ entri, keadaan: 'menunggu', hasil: null, galat: null, dibatalkan: null });
  }, [tampilkan]);

  const jalankan = useCallback(async () => {
    if (berjalan.current) {
      lagi.current = true;
      return;
    }
    berjalan.current = true;
    window.clearTimeout(retry.current);
    try {
      do {
        lagi.current = false;
        const r = await pompa<HasilPindaiKegiatan>(
          antrian.current,
          (e) => {
            catatKirim(e.nonce);
            return kirimKegiatan('kegiatan.hadir.pindai', e);
          },
          (x) => {
            catatJawab(x.entri.nonce);
            const patch: Partial<RiwayatItem> =
              'value' in x ? { keadaan: 'terjawab', hasil: x.value, galat: null } : { keadaan: 'ditolak', galat: x.error.message };
            const t = tertunda.current.get(x.entri.nonce);
            if (t !== undefined) {
              window.clearTimeout(t);
              tertunda.current.delete(x.entri.nonce);
              tampilkan({ entri: x.entri, keadaan: 'terjawab', hasil: null, galat: null, dibatalkan: null, ...patch });
            } else
              setRiwayat((list) =>
                list.some((it) => it.entri.nonce === x.entri.nonce)
                  ? list.map((it) => (it.entri.nonce === x.entri.nonce ? { ...it, ...patch } : it))
                  : [{ entri: x.entri, keadaan: 'terjawab' as const, hasil: null, galat: null, dibatalkan: null, ...patch }, ...list].slice(0, RIWAYAT_MAKS),
              );
            setMenunggu(antrian.current.jumlah);
            setTerputus(false);
            dijawab.current?.({ entri: x.entri, keadaan: 'terjawab', hasil: null, galat: null, dibatalkan: null, ...patch });
          },
        );
        setMenunggu(antrian.current.jumlah);
        // Held back (offline, session over): what waits goes on screen now, in scan order.
        if (r.tertahan) tampilkanTertunda();
        if (r.tertahan?.sikap === 'berhenti') setSesiBerakhir(r.tertahan.error);
        else if (r.tertahan) {
          setTerputus(true);
          retry.current = window.setTimeout(() => void jalankan(), ULANG_MS);
        }
      } while (lagi.current);
    } finally {
      berjalan.current = false;
    }
  }, [tampilkan, tampilkanTertunda]);

  useEffect(() => {
    // Entries left from before a reload or a lost connection go first, and are listed as waiting.
    const ada = new Set(bacaRiwayat(keys.riwayat).map((r) => r.entri.nonce));
    const hilang = antrian.current.list().filter((e) => !ada.has(e.nonce));
    if (hilang.length)
      setRiwayat((list) => [...hilang.reverse().map((entri) => ({ entri, keadaan: 'menunggu' as const, hasil: null, galat: null, dibatalkan: null })), ...list].slice(0, RIWAYAT_MAKS));
    if (antrian.current.jumlah) void jalankan();
    const online = () => void jalankan();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      window.clearTimeout(retry.current);
    };
  }, [jalankan, keys.riwayat]);

  const catat = useCallback(
    (entri: EntriPindai) => {
      const item: RiwayatItem = { entri, keadaan: 'menunggu', hasil: null, galat: null, dibatalkan: null };
      terbaru.current = entri.nonce;
      try {
        antrian.current.tambah(entri);
      } catch {
        // Storage refused (full or blocked): say so on the line; it is still sent now.
        tampilkan({ ...item, galat: 'Penyimpanan peramban penuh: pemindaian ini tidak tersimpan di perangkat, dikirim langsung.' });
        void kirimKegiatan('kegiatan.hadir.pindai', entri).then((r) =>
          ubah(entri.nonce, r.ok ? { keadaan: 'terjawab', hasil: r.value, galat: null } : { keadaan: 'ditolak', galat: r.error.message }),
        );
        return;
      }
      tertunda.current.set(
        entri.nonce,
        window.setTimeout(() => {
          tertunda.current.delete(entri.nonce);
          tampilkan(item);
          setMenunggu(antrian.current.jumlah);
        }, TAMPIL_MENUNGGU_MS),
      );
      void jalankan();
    },
    [jalankan, ubah, tampilkan],
  );

  const tandaiBatal = useCallback((nonce: string, alasan: string) => ubah(nonce, { dibatalkan: alasan }), [ubah]);

  const terakhir = terakhirNonce ? (riwayat.find((r) => r.entri.nonce === terakhirNonce) ?? null) : null;
  return { riwayat, menunggu, terputus, sesiBerakhir, terakhir, catat, tandaiBatal };
}
