import { useCallback, useEffect, useRef, useState } from 'react';
import type { HasilPindaiKegiatan } from '../../../../shared/contract/kegiatan';
import type { AppErrorData } from '../../../../shared/contract/result';
import { AntrianPindai, pompa, type EntriPindai } from './antrian';
import { kirimKegiatan } from './api';
import { catatJawab } from './ukur';

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
          (e) => kirimKegiatan('kegiatan.hadir.pindai', e),
          (x) => {
            catatJawab(x.entri.nonce);
            const patch: Partial<RiwayatItem> =
              'value' in x ? { keadaan: 'terjawab', hasil: x.value, galat: null } : { keadaan: 'ditolak', galat: x.error.message };
            setRiwayat((list) => list.map((it) => (it.entri.nonce === x.entri.nonce ? { ...it, ...patch } : it)));
            setMenunggu(antrian.current.jumlah);
            setTerputus(false);
            dijawab.current?.({ entri: x.entri, keadaan: 'terjawab', hasil: null, galat: null, dibatalkan: null, ...patch });
          },
        );
        setMenunggu(antrian.current.jumlah);
        if (r.tertahan?.sikap === 'berhenti') setSesiBerakhir(r.tertahan.error);
        else if (r.tertahan) {
          setTerputus(true);
          retry.current = window.setTimeout(() => void jalankan(), ULANG_MS);
        }
      } while (lagi.current);
    } finally {
      berjalan.current = false;
    }
  }, []);

  useEffect(() => {
    // Entries left from before a reload or a lost connection go first.
    if (antrian.current.jumlah) void jalankan();
    const online = () => void jalankan();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      window.clearTimeout(retry.current);
    };
  }, [jalankan]);

  const catat = useCallback(
    (entri: EntriPindai) => {
      const item: RiwayatItem = { entri, keadaan: 'menunggu', hasil: null, galat: null, dibatalkan: null };
      setRiwayat((list) => [item, ...list].slice(0, RIWAYAT_MAKS));
      setTerakhirNonce(entri.nonce);
      try {
        antrian.current.tambah(entri);
      } catch {
        // Storage refused (full or blocked): say so on the line; it is still sent now.
        ubah(entri.nonce, { galat: 'Penyimpanan peramban penuh: pemindaian ini tidak tersimpan di perangkat, dikirim langsung.' });
        void kirimKegiatan('kegiatan.hadir.pindai', entri).then((r) =>
          ubah(entri.nonce, r.ok ? { keadaan: 'terjawab', hasil: r.value, galat: null } : { keadaan: 'ditolak', galat: r.error.message }),
        );
        return;
      }
      setMenunggu(antrian.current.jumlah);
      void jalankan();
    },
    [jalankan, ubah],
  );

  const tandaiBatal = useCallback((nonce: string, alasan: string) => ubah(nonce, { dibatalkan: alasan }), [ubah]);

  const terakhir = terakhirNonce ? (riwayat.find((r) => r.entri.nonce === terakhirNonce) ?? null) : null;
  return { riwayat, menunggu, terputus, sesiBerakhir, terakhir, catat, tandaiBatal };
}
