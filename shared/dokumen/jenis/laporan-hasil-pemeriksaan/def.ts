import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { formatTanggal } from '../../../domain/tanggal';
import { items, judulNaskah, kop, rincianIdentitas, signature, tembusan, tempatTanggal, titleCase } from '../../bagian';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { textWidthMm, type Block, type ParagraphBlock } from '../../model';
import { contohTerlapor, dugaanPelanggaran, identitasTerlapor, tautanKasus } from '../kasus-umum';
import { SURAT_KELUAR } from '../penomoran';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

const isi = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter.`).default('');

export const LaporanHasilPemeriksaanSchema = z.object({
  ...tautanKasus,
  /** The deciding official it is addressed to: "Bupati Sukamaju". */
  kepada: z.string().trim().min(3, 'Pejabat yang berwenang menghukum (tujuan laporan) wajib diisi.').max(300),
  ...identitasTerlapor,
  ...dugaanPelanggaran,
  tanggalPeriksa: tanggalIso('Tanggal pemeriksaan'),
  /** The findings table. */
  bentuk: isi(2000),
  waktu: isi(300),
  tempatKejadian: isi(300),
  memberatkan: isi(2000),
  meringankan: isi(2000),
  dampak: isi(2000),
  kesimpulan: z.enum(['terbukti', 'tidak-terbukti']),
  /** The proposed sanction as printed ("pemotongan tunjangan kinerja sebesar 25% selama 6 bulan"); empty when not proven. */
  usulanHukuman: isi(600),
  /** Who decides, with the reason ("Bupati Sukamaju selaku Pejabat Pembina Kepegawaian, karena …"). */
  pejabatBerwenang: z.string().trim().min(3, 'Pejabat yang berwenang menghukum wajib diisi.').max(600),
  /** The attached BAP, as named in the lampiran line. */
  lampiranBap: z.string().trim().max(300).default('Berita Acara Pemeriksaan'),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof LaporanHasilPemeriksaanSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof LaporanHasilPemeriksaanSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  const pemilihan = namaPemilihan(d, tahun);
  return {
    kasusId: null,
    terlaporId: null,
    kepada: `${d.kepala} ${d.nama}`,
    ...contohTerlapor(pemilihan),
    tanggalPeriksa: `${tahun}-12-14`,
    bentuk: 'Mengunggah foto bersama bakal pasangan calon disertai ajakan memilih melalui akun media sosial pribadi.',
    waktu: `2 November ${tahun}`,
    tempatKejadian: 'Media sosial (akun pribadi yang bersangkutan)',
    memberatkan: 'Unggahan dapat dilihat umum dan dibagikan ulang oleh pengguna lain.',
    meringankan: 'Mengakui perbuatannya, menghapus unggahan keesokan harinya, dan belum pernah dijatuhi hukuman disiplin.',
    dampak: `Menurunkan kepercayaan masyarakat terhadap netralitas Aparatur Sipil Negara di lingkungan ${d.pemerintah}.`,
    kesimpulan: 'terbukti',
    usulanHukuman: 'pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan',
    pejabatBerwenang: `${d.kepala} ${d.nama} selaku Pejabat Pembina Kepegawaian`,
    lampiranBap: `Berita Acara Pemeriksaan tanggal 14 Desember ${tahun}`,
    tembusan: [`Inspektur Daerah ${wilayah}`],
  };
}

const KOLOM_NO_MM = 12;
const KOLOM_HAL_MM = 52;

export const laporanHasilPemeriksaan: JenisDef<typeof LaporanHasilPemeriksaanSchema, 'laporan-hasil-pemeriksaan'> = {
  jenis: 'laporan-hasil-pemeriksaan',
  label: 'Laporan Hasil Pemeriksaan',
  keterangan: 'Laporan hasil pemeriksaan (rahasia) kepada pejabat yang berwenang menghukum: temuan, kesimpulan dan usul hukuman, dengan BAP terlampir.',
  kodeFile: 'LHP',
  kategori: 'korespondensi',
  schema: LaporanHasilPemeriksaanSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  terbawa: ['kasusId', 'terlaporId'],
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'temuan', label: 'Sebelum tabel hasil pemeriksaan', kind: 'paragraf' },
    { key: 'terbukti', label: 'Kesimpulan: terbukti', kind: 'paragraf' },
    { key: 'tidakTerbukti', label: 'Kesimpulan: tidak terbukti', kind: 'paragraf' },
    { key: 'berwenang', label: 'Pejabat yang berwenang menghukum', kind: 'paragraf' },
    { key: 'lampiran', label: 'Lampiran', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'nama', description: 'Nama yang diperiksa', example: 'Rudi Hartanto, S.Pd.' },
    { key: 'tanggal_periksa', description: 'Tanggal pemeriksaan', example: '14 Desember 2026' },
    { key: 'uraian', description: 'Uraian dugaan pelanggaran', example: 'mengunggah foto bersama bakal pasangan calon di media sosial' },
    { key: 'pasal', description: 'Pasal yang diduga dilanggar', example: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021' },
    { key: 'usulan_hukuman', description: 'Usul hukuman disiplin', example: 'pemotongan tunjangan kinerja sebesar 25% selama 6 bulan' },
    { key: 'pejabat_berwenang', description: 'Pejabat yang berwenang menghukum', example: 'Bupati Sukamaju selaku Pejabat Pembina Kepegawaian' },
    { key: 'lampiran_bap', description: 'Berita acara pemeriksaan yang dilampirkan', example: 'Berita Acara Pemeriksaan tanggal 14 Desember 2026' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => `Laporan Hasil Pemeriksaan a.n. ${d.nama}`,
  pegawaiIds: () => [],
  tujuan: (d) => [d.kepada],
  build(d: Data, ctx) {
    const v = {
      nama: d.nama,
      tanggal_periksa: formatTanggal(d.tanggalPeriksa),
      uraian: d.uraian,
      pasal: d.pasal,
      // left empty, a proven case shows {usulan_hukuman} rather than "berupa ."
      ...(d.usulanHukuman ? { usulan_hukuman: d.usulanHukuman } : {}),
      pejabat_berwenang: d.pejabatBerwenang,
      lampiran_bap: d.lampiranBap,
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const para = (slot: string, opts: Partial<ParagraphBlock> = {}): Block[] =>
      items(t[slot] ?? '', v, 'paragraf').map((text): Block => ({ kind: 'paragraf', text, align: 'justify', ...opts }));
    const w = textWidthMm(ctx.setup);
    const baris = (label: string, value: string) => [label, value.trim() || '-'];
    const blocks: Block[] = [
      kop(ctx.profil),
      ...judulNaskah('LAPORAN HASIL PEMERIKSAAN', ctx.nomor, { underline: true }),
      { kind: 'paragraf', text: `Yth. ${d.kepada}`, afterPt: 0 },
      { kind: 'paragraf', text: 'di', indentMm: 10, afterPt: 0 },
      { kind: 'paragraf', text: 'Tempat', indentMm: 20 },
      { kind: 'spasi', lines: 1 },
      ...para('pembuka', { keepWithNext: true }),
      rincianIdentitas(d, { indentMm: 12.5 }),
      { kind: 'spasi', lines: 1 },
      ...para('temuan', { keepWithNext: true }),
      {
        kind: 'tabel',
        columns: [
          { header: 'NO.', widthMm: KOLOM_NO_MM, align: 'center' },
          { header: 'HAL', widthMm: KOLOM_HAL_MM },
          { header: 'HASIL PEMERIKSAAN', widthMm: w - KOLOM_NO_MM - KOLOM_HAL_MM },
        ],
        rows: [
          baris('Bentuk pelanggaran', d.bentuk),
          baris('Waktu', d.waktu),
          baris('Tempat', d.tempatKejadian),
          baris('Faktor yang memberatkan', d.memberatkan),
          baris('Faktor yang meringankan', d.meringankan),
          baris('Dampak perbuatan', d.dampak),
        ].map((r, i) => [`${i + 1}.`, ...r]),
      },
      { kind: 'spasi', lines: 1 },
      ...para(d.kesimpulan === 'terbukti' ? 'terbukti' : 'tidakTerbukti'),
      ...para('berwenang'),
      ...(d.lampiranBap ? para('lampiran') : []),
      // the closing sentence goes to the next page with the signature, never the signature alone
      ...para('penutup', { keepWithNext: true, afterPt: 18 }),
      signature([tempatTanggal(ctx.profil, ctx.tanggal)], ctx.tandaTangan, ctx.penandatangan, ctx.kategori),
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Laporan Hasil Pemeriksaan ${d.nama}`, blocks, pageNumbers: true, kerahasiaan: 'RAHASIA' };
  },
};
