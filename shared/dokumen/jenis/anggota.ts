import { z } from 'zod';
import { formatNip } from '../../domain/nip';
import type { TableBlock } from '../model';

/**
 * One staff member named in a document (a team of an SK, later attendance lists, summoned staff):
 * picked from Pegawai (pegawaiId set) or typed. The form field kind 'anggota' edits a list of these.
 */
export const AnggotaSchema = z.object({
  pegawaiId: z.number().int().positive().nullable().default(null),
  nama: z.string().trim().min(1, 'Nama anggota wajib diisi.').max(200),
  nip: z.string().trim().max(30).default(''),
  jabatan: z.string().trim().min(1, 'Jabatan anggota wajib diisi.').max(300),
  /** Pangkat/golongan as printed ("Pembina (IV/a)"): the examiners of a berita acara show it; empty where not used. */
  pangkat: z.string().trim().max(120).default(''),
  /** Role in the team: Ketua, Sekretaris, Anggota … */
  peran: z.string().trim().min(1, 'Kedudukan dalam tim wajib diisi.').max(100),
});
export type AnggotaInput = z.input<typeof AnggotaSchema>;
/** A row as the form holds it: every field present. */
export type Anggota = z.output<typeof AnggotaSchema>;

/** A decree's lampiran table of a team (Satgas, tim pemeriksa): No., name with NIP, jabatan, role; `widthMm` is the text width. */
export function tabelAnggota(anggota: readonly Pick<Anggota, 'nama' | 'nip' | 'jabatan' | 'peran'>[], widthMm: number): TableBlock {
  return {
    kind: 'tabel',
    fontSizePt: 11,
    columns: [
      { header: 'NO.', widthMm: 11, align: 'center' },
      { header: 'NAMA / NIP', widthMm: 62 },
      { header: 'JABATAN', widthMm: widthMm - 11 - 62 - 34 },
      { header: 'KEDUDUKAN DALAM TIM', widthMm: 34, align: 'center' },
    ],
    rows: anggota.map((a, i) => [`${i + 1}.`, a.nip ? [{ text: a.nama }, { text: `\nNIP. ${formatNip(a.nip)}` }] : a.nama, a.jabatan, a.peran]),
  };
}
