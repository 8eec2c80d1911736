import type { KasusRingkas, KegiatanRingkas } from '../../../../shared/contract/index';
import { TAHAP, type Lampu, type Tahap } from '../../../../shared/domain/kasus';

/** The case page's address (the Kasus screens own it): one click from the home screen to the case. */
export const tautanKasus = (kasusId: number): string => `#/kasus?id=${kasusId}`;

export const LAMPU_TEKS: Record<Lampu, string> = { aman: 'Sesuai jadwal', segera: 'Segera', lewat: 'Terlambat' };

/** Working days left, in words: `3 hari kerja lagi`, `hari ini`, `lewat 2 hari kerja`. */
export function sisaTeks(sisaHariKerja: number): string {
  if (sisaHariKerja === 0) return 'jatuh tempo hari ini';
  if (sisaHariKerja > 0) return `${sisaHariKerja} hari kerja lagi`;
  return `lewat ${-sisaHariKerja} hari kerja`;
}

/** Events from today on that are not closed, soonest first. */
export function kegiatanMendatang(rows: readonly KegiatanRingkas[], hariIni: string, max: number): KegiatanRingkas[] {
  return rows
    .filter((k) => k.tanggal >= hariIni && k.status !== 'selesai')
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.jam.localeCompare(b.jam) || a.id - b.id)
    .slice(0, max);
}

/** Open (not archived, not closed) cases counted by their stage, in the procedure's order; stages with none left out. */
export function kasusPerTahap(rows: readonly KasusRingkas[]): { tahap: Tahap; jumlah: number }[] {
  const n = new Map<Tahap, number>();
  for (const r of rows) if (!r.diarsipkan && r.tahap !== 'selesai') n.set(r.tahap, (n.get(r.tahap) ?? 0) + 1);
  return TAHAP.flatMap((tahap) => (n.get(tahap) ? [{ tahap, jumlah: n.get(tahap)! }] : []));
}
