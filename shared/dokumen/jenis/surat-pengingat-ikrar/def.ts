import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { formatTanggal } from '../../../domain/tanggal';
import { kepalaLampiranSurat, kepalaSurat, paragraphs, signature, tembusan, titleCase } from '../../bagian';
import { angkaDenganTerbilang } from '../../../domain/terbilang';
import { namaPemilihan, SUKAMAJU, type Daerah } from '../../daerah';
import { textWidthMm, type Block } from '../../model';
import type { JenisDef } from '../types';
import { SURAT_KELUAR } from '../penomoran';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

/** "Dinas Pendidikan: 12 dari 340" → the unit, its missing forms and its forms; other wording is kept as the unit's name. */
export function bacaBarisUnit(line: string): { nama: string; belum: number | null; formulir: number | null } {
  const m = /^(.*\S)\s*[:—–]\s*(\d+)(?:\s*(?:dari|\/)\s*(\d+))?\s*(?:formulir)?\s*$/i.exec(line.trim());
  if (!m) return { nama: line.trim(), belum: null, formulir: null };
  return { nama: m[1]!, belum: Number(m[2]), formulir: m[3] !== undefined ? Number(m[3]) : null };
}

/** The data the campaign's recap prefills (`ikrar.pengingat`). */
export const SuratPengingatIkrarSchema = z.object({
  hal: z.string().trim().min(3, 'Hal wajib diisi.').max(200),
  sifat: z.enum(['Biasa', 'Penting', 'Segera', 'Sangat Segera']).default('Segera'),
  kepada: z.string().trim().min(3, 'Tujuan surat wajib diisi.').max(300).default('Kepala Perangkat Daerah (daftar terlampir)'),
  pemilihan: z.string().trim().min(5, 'Nama pemilihan wajib diisi.').max(200),
  kegiatan: z.string().trim().min(3, 'Nama kegiatan wajib diisi.').max(300),
  tanggalIkrar: tanggalIso('Tanggal ikrar'),
  batasTanggal: tanggalIso('Batas pengembalian'),
  tempatPengembalian: z.string().trim().min(3, 'Sebutkan kepada siapa formulir diserahkan.').max(300),
  /** One unit a line: "Dinas Pendidikan: 12 dari 340". */
  unit: z.array(barisDaftar).min(1, 'Sebutkan paling sedikit satu perangkat daerah.').max(500),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof SuratPengingatIkrarSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof SuratPengingatIkrarSchema> {
  return {
    hal: 'Pengembalian Formulir Pakta Integritas Netralitas ASN',
    sifat: 'Segera',
    kepada: 'Kepala Perangkat Daerah (daftar terlampir)',
    pemilihan: namaPemilihan(d, tahun),
    kegiatan: 'Apel Ikrar Netralitas Aparatur Sipil Negara',
    tanggalIkrar: `${tahun}-12-07`,
    batasTanggal: `${tahun}-12-14`,
    tempatPengembalian: 'Badan Kesatuan Bangsa dan Politik',
    unit: ['Dinas Pendidikan: 42 dari 1210', 'Dinas Kesehatan: 17 dari 640', 'Badan Kesatuan Bangsa dan Politik: 5 dari 38'],
    tembusan: [`${d.kepala} ${d.nama} (sebagai laporan)`],
  };
}

const angka = (n: number) => n.toLocaleString('id-ID');

export const suratPengingatIkrar: JenisDef<typeof SuratPengingatIkrarSchema, 'surat-pengingat-ikrar'> = {
  jenis: 'surat-pengingat-ikrar',
  label: 'Surat Pengingat Ikrar',
  keterangan: 'Pengingat kepada perangkat daerah yang formulir pakta integritas pegawainya belum kembali, dengan jumlahnya di lampiran.',
  kodeFile: 'PGI',
  kategori: 'korespondensi',
  schema: SuratPengingatIkrarSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'pemilihan', description: 'Nama pemilihan', example: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026' },
    { key: 'kegiatan', description: 'Kegiatan atau kampanye ikrar', example: 'Apel Ikrar Netralitas ASN' },
    { key: 'tanggal_ikrar', description: 'Tanggal ikrar', example: '7 Desember 2026' },
    { key: 'batas_tanggal', description: 'Batas pengembalian formulir', example: '14 Desember 2026' },
    { key: 'tempat_pengembalian', description: 'Kepada siapa formulir diserahkan', example: 'Badan Kesatuan Bangsa dan Politik' },
    { key: 'jumlah_belum', description: 'Jumlah formulir yang belum kembali (dari lampiran)', example: '64' },
    { key: 'jumlah_unit', description: 'Jumlah perangkat daerah di lampiran', example: '3' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => d.hal,
  pegawaiIds: () => [],
  tujuan: (d) => [d.kepada],
  build(d: Data, ctx) {
    const units = d.unit.map(bacaBarisUnit);
    const belum = units.reduce((n, u) => n + (u.belum ?? 0), 0);
    const v = {
      pemilihan: d.pemilihan,
      kegiatan: d.kegiatan,
      tanggal_ikrar: formatTanggal(d.tanggalIkrar),
      batas_tanggal: formatTanggal(d.batasTanggal),
      tempat_pengembalian: d.tempatPengembalian,
      jumlah_belum: angka(belum),
      jumlah_unit: angka(units.length),
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const ttd = signature([], ctx.tandaTangan, ctx.penandatangan, ctx.kategori);
    const w = textWidthMm(ctx.setup);
    const blocks: Block[] = [
      ...kepalaSurat(ctx, { sifat: d.sifat, lampiran: `${angkaDenganTerbilang(1)} berkas`, hal: d.hal, kepada: d.kepada }),
      ...paragraphs(ctx.teks.pembuka ?? '', v),
      ...paragraphs(ctx.teks.penutup ?? '', v),
      { kind: 'spasi', lines: 1 },
      ttd,
      ...tembusan(d.tembusan),
      ...kepalaLampiranSurat(ctx),
      { kind: 'paragraf', text: [{ text: 'PERANGKAT DAERAH YANG FORMULIR PAKTA INTEGRITASNYA BELUM LENGKAP', bold: true }], align: 'center' },
      {
        kind: 'tabel',
        columns: [
          { header: 'NO.', widthMm: 12, align: 'center' },
          { header: 'PERANGKAT DAERAH', widthMm: w - 12 - 60 },
          { header: 'JUMLAH FORMULIR', widthMm: 30, align: 'center' },
          { header: 'BELUM KEMBALI', widthMm: 30, align: 'center' },
        ],
        rows: [
          ...units.map((u, i) => [`${i + 1}.`, u.nama, u.formulir !== null ? angka(u.formulir) : '-', u.belum !== null ? angka(u.belum) : '-']),
          ['', [{ text: 'JUMLAH', bold: true }], angka(units.reduce((n, u) => n + (u.formulir ?? 0), 0)), [{ text: angka(belum), bold: true }]],
        ],
      },
      { kind: 'spasi', lines: 1 },
      { ...ttd },
    ];
    return { setup: ctx.setup, title: d.hal, blocks, pageNumbers: true };
  },
};
