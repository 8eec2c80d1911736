import type { Result } from '../../../../shared/contract/result';
import { ApiError, transport } from '../../api/client';

// The organiser's side of "Meja hadir" (channels served by electron/web/meja.ts and core.meja).
// Mirrors shared/contract/meja.ts of the desk-listener branch until that lands in main.

export interface StatusMeja {
  kegiatanId: number | null;
  judul: string | null;
  aktif: boolean;
  alamat: string[];
  port: number | null;
  kode: string | null;
  qr: string | null;
  kedaluwarsa: string | null;
  jumlahMeja: number;
}

export interface SesiMeja {
  id: number;
  kegiatanId: number;
  nama: string;
  operator: string;
  alamatKlien: string;
  dipasangAt: string;
  terakhirAt: string;
  jumlahPindai: number;
  aktif: boolean;
  berakhirAt: string | null;
  alasanBerakhir: 'dicabut' | 'dimatikan' | 'kegiatan-selesai' | 'diganti' | 'keluar' | null;
}

/** What a paired desk knows about itself (the host fills in its session). */
export interface InfoMeja {
  sesiId: number;
  kegiatanId: number;
  judul: string;
  tanggal: string;
  tempat: string;
  meja: string;
  operator: string;
  kampanye: { id: number; judul: string }[];
}

interface KanalMeja {
  'meja.info': [Record<string, never>, InfoMeja];
  'meja.aktifkan': [{ kegiatanId: number; aktif: boolean }, StatusMeja];
  'meja.kodeBaru': [{ kegiatanId: number }, StatusMeja];
  'meja.status': [Record<string, never>, StatusMeja];
  'meja.sesi.list': [{ kegiatanId: number }, SesiMeja[]];
  'meja.sesi.cabut': [{ sesiId: number }, SesiMeja];
}

const invoke = transport.invoke as unknown as (channel: string, input: unknown) => Promise<Result<unknown>>;

export async function panggilMeja<C extends keyof KanalMeja>(channel: C, input: KanalMeja[C][0]): Promise<KanalMeja[C][1]> {
  const r = (await invoke(channel, input)) as Result<KanalMeja[C][1]>;
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}

/**
 * Which device this page runs on. A paired desk's listener fills `meja.info` from its session
 * cookie; without a session it answers 401 (show the pairing form). The organiser's own app has no
 * desk session: there the call is refused otherwise (its input lacks the session) or unknown.
 */
export async function kenaliPerangkat(): Promise<{ jenis: 'meja'; info: InfoMeja } | { jenis: 'belum-dipasang' } | { jenis: 'penyelenggara' }> {
  const r = (await invoke('meja.info', {})) as Result<InfoMeja>;
  if (r.ok) return { jenis: 'meja', info: r.value };
  if (r.error.code === 'TIDAK_BERWENANG') return { jenis: 'belum-dipasang' };
  return { jenis: 'penyelenggara' };
}
