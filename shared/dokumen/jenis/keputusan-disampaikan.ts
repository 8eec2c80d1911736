/**
 * The decree a summons to receive it and the receipt of it both name: which decree, its number, date
 * and subject. One fragment so the two documents of the delivery stage validate, fill and print it alike.
 */
import { z } from 'zod';
import { tanggalIso } from '../../contract/schemas';
import { formatTanggal } from '../../domain/tanggal';
import type { Daerah } from '../daerah';
import type { FieldOf } from './formulir';
import { CONTOH_TERLAPOR } from './kasus-umum';
import type { Placeholder } from '../teks';

export const keputusanDisampaikan = {
  /** "Keputusan Bupati Sukamaju". */
  keputusan: z.string().trim().min(5, 'Sebutkan keputusan yang disampaikan.').max(300),
  nomorKeputusan: z.string().trim().min(1, 'Nomor keputusan wajib diisi.').max(100),
  tanggalKeputusan: tanggalIso('Tanggal keputusan'),
  tentangKeputusan: z.string().trim().min(5, 'Isi "tentang" keputusan wajib diisi.').max(400),
};
interface KeputusanDisampaikan {
  keputusan: string;
  nomorKeputusan: string;
  tanggalKeputusan: string;
  tentangKeputusan: string;
}

export const isianKeputusanDisampaikan: readonly FieldOf<KeputusanDisampaikan>[] = [
  { kind: 'teks', key: 'keputusan', label: 'Keputusan', required: true, lebar: 2, placeholder: 'Keputusan Bupati Sukamaju' },
  { kind: 'teks', key: 'nomorKeputusan', label: 'Nomor', required: true },
  { kind: 'tanggal', key: 'tanggalKeputusan', label: 'Tanggal', required: true },
  { kind: 'paragraf', key: 'tentangKeputusan', label: 'Tentang', required: true },
];

export const contohKeputusanDisampaikan = (d: Daerah, tahun: number): KeputusanDisampaikan => ({
  keputusan: `Keputusan ${d.kepala} ${d.nama}`,
  nomorKeputusan: `800/Kep.0012/BKPSDM/${tahun}`,
  tanggalKeputusan: `${tahun}-11-23`,
  tentangKeputusan: `Penjatuhan Hukuman Disiplin Tingkat Sedang atas nama ${CONTOH_TERLAPOR.nama}`,
});

export const PLACEHOLDER_KEPUTUSAN: readonly Placeholder[] = [
  { key: 'keputusan', description: 'Keputusan yang disampaikan', example: 'Keputusan Bupati Sukamaju' },
  { key: 'nomor_keputusan', description: 'Nomor keputusan', example: '800/Kep.0012/BKPSDM/2026' },
  { key: 'tanggal_keputusan', description: 'Tanggal keputusan', example: '23 November 2026' },
  { key: 'tentang_keputusan', description: 'Tentang', example: 'Penjatuhan Hukuman Disiplin Tingkat Sedang' },
];

/** The template values {keputusan}, {nomor_keputusan}, {tanggal_keputusan}, {tentang_keputusan}. */
export const nilaiKeputusan = (d: KeputusanDisampaikan) => ({
  keputusan: d.keputusan,
  nomor_keputusan: d.nomorKeputusan,
  tanggal_keputusan: formatTanggal(d.tanggalKeputusan),
  tentang_keputusan: d.tentangKeputusan,
});
