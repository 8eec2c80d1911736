import { z } from 'zod';
import { barisDaftar } from '../../../contract/schemas';
import { formatNip } from '../../../domain/nip';
import { formatTanggal } from '../../../domain/tanggal';
import { rincian, titleCase } from '../../bagian';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { textWidthMm, type Block } from '../../model';
import { AnggotaSchema, tabelAnggota } from '../anggota';
import { contohTerlapor, dugaanPelanggaran, identitasTerlapor, tautanKasus } from '../kasus-umum';
import { baris, kepalaKeputusan, pejabatKeputusan, rataLabel, salinanKeputusan, ttdKeputusan } from '../keputusan';
import { diktumLabel } from '../sk-satgas/def';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

export const KeputusanTimPemeriksaSchema = z.object({
  ...tautanKasus,
  ...identitasTerlapor,
  ...dugaanPelanggaran,
  /** What the case started from: "Rekomendasi Bawaslu Kabupaten Sukamaju Nomor … tanggal …". */
  dasarLaporan: z.string().trim().min(5, 'Sebutkan laporan atau rekomendasi yang menjadi dasar pemeriksaan.').max(600),
  /** The level of sanction the violation carries (a tim examines sedang and berat). */
  tingkat: z.enum(['sedang', 'berat']),
  anggota: z.array(AnggotaSchema).min(1, 'Isi paling sedikit satu anggota tim pemeriksa.').max(20),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof KeputusanTimPemeriksaSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof KeputusanTimPemeriksaSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    kasusId: null,
    terlaporId: null,
    ...contohTerlapor(namaPemilihan(d, tahun)),
    dasarLaporan: `Rekomendasi Badan Pengawas Pemilihan Umum ${wilayah} Nomor 123/PP.01.02/K.JT-11/11/${tahun} tanggal 20 November ${tahun}`,
    tingkat: 'sedang',
    anggota: [
      { pegawaiId: null, nama: 'Dra. Endang Susilowati, M.Pd.', nip: '197005121995032003', pangkat: 'Pembina Tingkat I (IV/b)', jabatan: 'Kepala Dinas Pendidikan', peran: 'Ketua' },
      { pegawaiId: null, nama: 'Agus Santoso, S.H.', nip: '197811032005011004', pangkat: 'Penata Tingkat I (III/d)', jabatan: 'Inspektur Pembantu Wilayah II', peran: 'Anggota' },
      { pegawaiId: null, nama: 'Maya Lestari, S.Psi.', nip: '198602142009022005', pangkat: 'Penata (III/c)', jabatan: 'Analis Sumber Daya Manusia Aparatur', peran: 'Anggota' },
    ],
    tembusan: [`Kepala Kantor Regional Badan Kepegawaian Negara`, `Inspektur Daerah ${wilayah}`, 'Yang bersangkutan'],
  };
}

const TINGKAT = { sedang: 'sedang', berat: 'berat' } as const;

export const keputusanTimPemeriksa: JenisDef<typeof KeputusanTimPemeriksaSchema, 'keputusan-tim-pemeriksa'> = {
  jenis: 'keputusan-tim-pemeriksa',
  label: 'Keputusan Pembentukan Tim Pemeriksa',
  keterangan: 'Keputusan pembentukan tim pemeriksa atas dugaan pelanggaran disiplin tingkat sedang atau berat, dengan susunan tim di lampiran.',
  kodeFile: 'SK-TIM',
  kategori: 'penetapan',
  schema: KeputusanTimPemeriksaSchema,
  teksBawaan,
  penomoran: { pola: '{kode}/Kep.{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'keputusan' },
  formulir,
  terbawa: ['kasusId', 'terlaporId'],
  slots: [
    { key: 'tentang', label: 'Tentang', kind: 'paragraf' },
    { key: 'menimbang', label: 'Menimbang (satu butir per baris)', kind: 'daftar' },
    { key: 'mengingat', label: 'Dasar hukum: Mengingat dan Memperhatikan (satu per baris)', kind: 'dasar-hukum' },
    { key: 'kesatu', label: 'Diktum KESATU', kind: 'paragraf' },
    { key: 'tugasPembuka', label: 'Diktum KEDUA: kalimat pembuka', kind: 'paragraf' },
    { key: 'tugas', label: 'Diktum KEDUA: tugas (satu per baris)', kind: 'daftar' },
    { key: 'diktumLain', label: 'Diktum berikutnya (satu diktum per baris)', kind: 'daftar' },
  ],
  placeholders: [
    { key: 'pejabat', description: 'Pejabat yang menetapkan', example: 'Bupati Sukamaju' },
    { key: 'nama', description: 'Nama yang diperiksa', example: 'Rudi Hartanto, S.Pd.' },
    { key: 'nip', description: 'NIP yang diperiksa (berkelompok)', example: '19870315 201001 1 002' },
    { key: 'pangkat', description: 'Pangkat/golongan ruang yang diperiksa', example: 'Penata Muda Tingkat I (III/b)' },
    { key: 'jabatan', description: 'Jabatan yang diperiksa', example: 'Guru Ahli Pertama' },
    { key: 'unit_kerja', description: 'Unit kerja yang diperiksa', example: 'SD Negeri 2 Sidomulyo' },
    { key: 'uraian', description: 'Uraian dugaan pelanggaran', example: 'mengunggah foto bersama bakal pasangan calon di media sosial' },
    { key: 'pasal', description: 'Pasal yang diduga dilanggar', example: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021' },
    { key: 'tingkat', description: 'Tingkat ancaman hukuman disiplin', example: 'sedang' },
    { key: 'dasar_laporan', description: 'Laporan atau rekomendasi yang menjadi dasar', example: 'Rekomendasi Bawaslu Kabupaten Sukamaju Nomor …' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: true,
  hal: (d) => `Keputusan Pembentukan Tim Pemeriksa a.n. ${d.nama}`,
  pegawaiIds: (d) => d.anggota.flatMap((a) => (a.pegawaiId ? [a.pegawaiId] : [])),
  build(d: Data, ctx) {
    const pejabat = pejabatKeputusan(ctx);
    const v = {
      pejabat: titleCase(pejabat),
      nama: d.nama,
      nip: d.nip ? formatNip(d.nip) : '-',
      pangkat: d.pangkat || '-',
      jabatan: d.jabatan,
      unit_kerja: d.unitKerja || '-',
      uraian: d.uraian,
      pasal: d.pasal,
      tingkat: TINGKAT[d.tingkat],
      dasar_laporan: d.dasarLaporan,
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const tentang = baris(t.tentang, v, 'paragraf').join(' ');
    const head = kepalaKeputusan(ctx, { tentang, menimbang: baris(t.menimbang, v), dasar: baris(t.mengingat, v, 'dasar-hukum') });
    const ttd = ttdKeputusan(ctx);
    const width = textWidthMm(ctx.setup);
    const center = (text: string): Block => ({ kind: 'paragraf', text: [{ text, bold: true }], align: 'center', afterPt: 0 });
    const blocks: Block[] = [
      ...head.blocks,
      { kind: 'diktum', label: diktumLabel(1), content: baris(t.kesatu, v, 'paragraf').join(' ') },
      {
        kind: 'diktum',
        label: diktumLabel(2),
        content: { lead: baris(t.tugasPembuka, v, 'paragraf').join(' '), marker: 'huruf', items: rincian(baris(t.tugas, v), { penghubung: 'dan', hurufKecil: true }) },
      },
      ...baris(t.diktumLain, v).map((text, i): Block => ({ kind: 'diktum', label: diktumLabel(i + 3), content: text })),
      { kind: 'spasi', lines: 1 },
      ttd,
      ...salinanKeputusan(d.tembusan),
      { kind: 'halaman-baru' },
      {
        kind: 'kepala-lampiran',
        rows: [
          { label: 'LAMPIRAN', value: `KEPUTUSAN ${pejabat}` },
          { label: 'NOMOR', value: ctx.nomor },
          { label: 'TANGGAL', value: formatTanggal(ctx.tanggal) },
          { label: 'TENTANG', value: tentang.toUpperCase() },
        ],
      },
      { kind: 'spasi', lines: 1 },
      center('SUSUNAN TIM PEMERIKSA'),
      { kind: 'paragraf', text: [{ text: `ATAS DUGAAN PELANGGARAN DISIPLIN SAUDARA ${d.nama.toUpperCase()}`, bold: true }], align: 'center', afterPt: 8 },
      tabelAnggota(d.anggota, width),
      { kind: 'spasi', lines: 1 },
      { ...ttd, tempatTanggal: [] },
    ];
    return { setup: ctx.setup, title: `Keputusan ${ctx.nomor}`, blocks: rataLabel(blocks, head.memperhatikan), pageNumbers: true };
  },
};
