import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { normalisasiPukul } from '../../../domain/pukul';
import { formatHariTanggal } from '../../../domain/tanggal';
import { angkaDenganTerbilang } from '../../../domain/terbilang';
import { kepalaLampiranSurat, kepalaSurat, paragraphs, signature, tembusan, titleCase } from '../../bagian';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { textWidthMm, type Block } from '../../model';
import type { JenisDef } from '../types';
import { SURAT_KELUAR } from '../penomoran';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

const baris = barisDaftar;
// "7:30", "0730" and "7.30" are read as 07.30 (the form normalises too, when the field is left).
const pukul = z.string().transform(normalisasiPukul).pipe(z.string().regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Pukul ditulis seperti 08.00.'));

export const SuratUndanganSchema = z.object({
  hal: z.string().trim().min(3, 'Hal wajib diisi.').max(200),
  sifat: z.enum(['Biasa', 'Penting', 'Segera', 'Sangat Segera']).default('Biasa'),
  /** One addressee is written in the letter; two or more go to a list in the lampiran. */
  kepada: z.array(baris).min(1, 'Sebutkan paling sedikit satu yang diundang.').max(500),
  acara: z.string().trim().min(3, 'Acara wajib diisi.').max(300),
  // The opening text names it ({pemilihan}): left empty the letter read "pada , Pemerintah …".
  pemilihan: z.string().trim().min(5, 'Nama pemilihan wajib diisi.').max(200),
  tanggalKegiatan: tanggalIso('Tanggal kegiatan'),
  pukulMulai: pukul,
  /** Empty: "s.d. selesai". */
  pukulSelesai: pukul.or(z.literal('')).default(''),
  zonaWaktu: z.enum(['WIB', 'WITA', 'WIT']).default('WIB'),
  tempat: z.string().trim().min(3, 'Tempat wajib diisi.').max(300),
  pakaian: z.string().trim().max(200).default(''),
  catatan: z.string().trim().max(500).default(''),
  tembusan: z.array(baris).max(20).default([]),
});
type Data = z.output<typeof SuratUndanganSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof SuratUndanganSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    hal: 'Undangan Apel Ikrar Netralitas ASN',
    sifat: 'Penting',
    kepada: ['Kepala Dinas Pendidikan', 'Kepala Dinas Kesehatan', 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', 'Para Camat'],
    acara: 'Apel Ikrar Netralitas Aparatur Sipil Negara',
    pemilihan: namaPemilihan(d, tahun),
    tanggalKegiatan: `${tahun}-12-07`,
    pukulMulai: '07.30',
    pukulSelesai: '',
    zonaWaktu: 'WIB',
    tempat: `Halaman Kantor ${d.kepala} ${d.nama}`,
    pakaian: 'Pakaian Dinas Harian (PDH) Khaki',
    catatan: 'Setiap perangkat daerah mengirimkan seluruh pegawai ASN untuk menandatangani pakta integritas netralitas.',
    tembusan: [`${d.kepala} ${d.nama} (sebagai laporan)`, `Sekretaris Daerah ${wilayah}`],
  };
}

const jam = (s: string) => s.replace(':', '.');
export const pukulText = (d: Pick<Data, 'pukulMulai' | 'pukulSelesai' | 'zonaWaktu'>) =>
  `${jam(d.pukulMulai)} ${d.zonaWaktu} s.d. ${d.pukulSelesai ? `${jam(d.pukulSelesai)} ${d.zonaWaktu}` : 'selesai'}`;

export const suratUndangan: JenisDef<typeof SuratUndanganSchema, 'surat-undangan'> = {
  jenis: 'surat-undangan',
  label: 'Surat Undangan',
  keterangan: 'Undangan sosialisasi netralitas atau apel ikrar netralitas, untuk satu tujuan atau daftar tujuan di lampiran.',
  kodeFile: 'UND',
  /** Permendagri 1/2023 category (the default; Pengaturan → Kertas & huruf may set another). */
  kategori: 'korespondensi',
  schema: SuratUndanganSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'acara', description: 'Nama acara', example: 'Apel Ikrar Netralitas ASN' },
    { key: 'pemilihan', description: 'Nama pemilihan', example: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026' },
    { key: 'hari_tanggal', description: 'Hari dan tanggal kegiatan', example: 'Senin, 7 Desember 2026' },
    { key: 'pukul', description: 'Waktu kegiatan', example: '08.00 WIB s.d. selesai' },
    { key: 'tempat', description: 'Tempat kegiatan', example: 'Halaman Kantor Bupati Sukamaju' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
    { key: 'tahun', description: 'Tahun surat', example: '2026' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => d.hal,
  pegawaiIds: () => [],
  tujuan: (d) => d.kepada,
  build(d: Data, ctx) {
    const v = {
      acara: d.acara,
      pemilihan: d.pemilihan,
      hari_tanggal: formatHariTanggal(d.tanggalKegiatan),
      pukul: pukulText(d),
      tempat: d.tempat,
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
      tahun: ctx.tanggal.slice(0, 4),
    };
    const banyak = d.kepada.length > 1;
    const ttd = signature([], ctx.tandaTangan, ctx.penandatangan, ctx.kategori);
    const blocks: Block[] = [
      ...kepalaSurat(ctx, { sifat: d.sifat, lampiran: banyak ? `${angkaDenganTerbilang(1)} berkas` : '-', hal: d.hal, kepada: banyak ? 'Daftar Terlampir' : d.kepada[0]! }),
      ...paragraphs(ctx.teks.pembuka ?? '', v),
      {
        kind: 'rincian',
        labelWidthMm: 32,
        indentMm: 12.5,
        rows: [
          { label: 'hari/tanggal', value: v.hari_tanggal },
          { label: 'pukul', value: v.pukul },
          { label: 'tempat', value: d.tempat },
          { label: 'acara', value: d.acara },
          ...(d.pakaian ? [{ label: 'pakaian', value: d.pakaian }] : []),
          ...(d.catatan ? [{ label: 'catatan', value: d.catatan }] : []),
        ],
      },
      { kind: 'spasi', lines: 1 },
      ...paragraphs(ctx.teks.penutup ?? '', v),
      { kind: 'spasi', lines: 1 },
      ttd,
      ...tembusan(d.tembusan),
    ];
    if (banyak)
      blocks.push(
        ...kepalaLampiranSurat(ctx),
        { kind: 'paragraf', text: [{ text: 'DAFTAR UNDANGAN', bold: true }], align: 'center' },
        {
          kind: 'tabel',
          columns: [
            { header: 'NO.', widthMm: 12, align: 'center' },
            { header: 'YANG DIUNDANG', widthMm: textWidthMm(ctx.setup) - 12 },
          ],
          rows: d.kepada.map((k, i) => [`${i + 1}.`, k]),
        },
        { kind: 'spasi', lines: 1 },
        { ...ttd },
      );
    return { setup: ctx.setup, title: d.hal, blocks, pageNumbers: true };
  },
};
