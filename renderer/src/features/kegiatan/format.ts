import { STATUS_HADIR_LABEL, type StatusHadir, type StatusKegiatan } from '../../../../shared/domain/kegiatan';
import { formatHariTanggal } from '../../../../shared/domain/tanggal';
import type { KegiatanRingkas } from '../../../../shared/contract/kegiatan';

export const STATUS_KEGIATAN_LABEL: Record<StatusKegiatan, string> = {
  draf: 'Draf',
  ditetapkan: 'Peserta ditetapkan',
  selesai: 'Selesai',
};

export { STATUS_HADIR_LABEL };

/** `Senin, 17 Agustus 2026 · 07.30 WIB`. */
export function waktuKegiatan(k: Pick<KegiatanRingkas, 'tanggal' | 'jam'> & { zonaWaktu?: string; jamSelesai?: string | null }): string {
  const jam = k.jamSelesai ? `${k.jam}–${k.jamSelesai}` : k.jam;
  return `${formatHariTanggal(k.tanggal)} · ${jam} ${k.zonaWaktu ?? 'WIB'}`;
}

/** `07.42` from an ISO timestamp, in local time (what the desk banner says too). */
export function pukulDari(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
}

/** `17/08 07.42`: a short local date and time for lists. */
export function waktuSingkat(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')} ${pukulDari(iso)}`;
}

/** `45,5%` (one decimal, Indonesian comma). */
export const persen = (n: number): string => `${n.toLocaleString('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 0 })}%`;

/** The badge class of an attendance state (hadir green, terlambat amber, reasons grey-blue, tanpa keterangan red). */
export function kelasHadir(s: StatusHadir | null): string {
  if (s === null) return 'badge-hadir-belum';
  if (s === 'hadir') return 'badge-hadir-hadir';
  if (s === 'terlambat') return 'badge-hadir-terlambat';
  if (s === 'tanpa-keterangan') return 'badge-hadir-tk';
  return 'badge-hadir-alasan';
}
