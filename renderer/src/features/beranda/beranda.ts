import type { BarisRekapKasus, KegiatanRingkas } from '../../../../shared/contract/index';
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

/** The recap by stage, for the home screen: people still in the procedure, in its order (closed ones left out). */
export function tahapBerjalan(baris: readonly BarisRekapKasus[]): { tahap: Tahap; jumlah: number }[] {
  const n = new Map(baris.map((b) => [b.kunci, b.jumlah]));
  return TAHAP.flatMap((tahap) => (tahap !== 'selesai' && n.get(tahap) ? [{ tahap, jumlah: n.get(tahap)! }] : []));
}
