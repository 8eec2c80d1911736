import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { formatNip } from '../../../domain/nip';
import { formatTanggal } from '../../../domain/tanggal';
import { titleCase } from '../../bagian';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import type { Block } from '../../model';
import { contohTerlapor, dugaanPelanggaran, identitasTerlapor, tautanKasus } from '../kasus-umum';
import { baris, kepalaKeputusan, pejabatKeputusan, rataLabel, salinanKeputusan, ttdKeputusan } from '../keputusan';
import { diktumLabel } from '../sk-satgas/def';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

export const KeputusanPembebasanSementaraSchema = z.object({
  ...tautanKasus,
  ...identitasTerlapor,
  ...dugaanPelanggaran,
  /** What the case started from: "Rekomendasi Bawaslu Kabupaten Sukamaju Nomor … tanggal …". */
  dasarLaporan: z.string().trim().min(5, 'Sebutkan laporan atau rekomendasi yang menjadi dasar pemeriksaan.').max(600),
  /** From this date until the decision on the sanction. */
  sejak: tanggalIso('Tanggal mulai pembebasan sementara'),
  /** Who carries out the post's duties meanwhile ("Kepala Sekolah SD Negeri 2 Sidomulyo"); empty: not named. */
  pelaksanaTugas: z.string().trim().max(300).default(''),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof KeputusanPembebasanSementaraSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof KeputusanPembebasanSementaraSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    kasusId: null,
    terlaporId: null,
    ...contohTerlapor(namaPemilihan(d, tahun)),
    pasal: 'Pasal 5 huruf n angka 5 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
    dasarLaporan: `Rekomendasi Badan Pengawas Pemilihan Umum ${wilayah} Nomor 131/PP.01.02/K.JT-11/11/${tahun} tanggal 27 November ${tahun}`,
    sejak: `${tahun}-12-01`,
    pelaksanaTugas: 'Kepala Sekolah SD Negeri 2 Sidomulyo',
    tembusan: [`Kepala Dinas Pendidikan ${wilayah}`, `Inspektur Daerah ${wilayah}`, 'Yang bersangkutan'],
  };
}

export const keputusanPembebasanSementara: JenisDef<typeof KeputusanPembebasanSementaraSchema, 'keputusan-pembebasan-sementara'> = {
  jenis: 'keputusan-pembebasan-sementara',
  label: 'Keputusan Pembebasan Sementara dari Tugas Jabatan',
  keterangan: 'Keputusan pembebasan sementara dari tugas jabatan bagi pegawai yang diduga melakukan pelanggaran disiplin berat, sampai ditetapkannya keputusan hukuman.',
  kodeFile: 'SK-BEBAS',
  kategori: 'penetapan',
  schema: KeputusanPembebasanSementaraSchema,
  teksBawaan,
  penomoran: { pola: '{kode}/Kep.{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'keputusan' },
  formulir,
  terbawa: ['kasusId', 'terlaporId'],
  slots: [
    { key: 'tentang', label: 'Tentang', kind: 'paragraf' },
    { key: 'menimbang', label: 'Menimbang (satu butir per baris)', kind: 'daftar' },
    { key: 'mengingat', label: 'Dasar hukum: Mengingat dan Memperhatikan (satu per baris)', kind: 'dasar-hukum' },
    { key: 'kesatu', label: 'Diktum KESATU', kind: 'paragraf' },
    { key: 'hak', label: 'Diktum hak kepegawaian', kind: 'paragraf' },
    { key: 'pelaksana', label: 'Diktum pelaksana tugas (bila diisi)', kind: 'paragraf' },
    { key: 'diktumLain', label: 'Diktum berikutnya (satu diktum per baris)', kind: 'daftar' },
  ],
  placeholders: [
    { key: 'pejabat', description: 'Pejabat yang menetapkan', example: 'Bupati Sukamaju' },
    { key: 'nama', description: 'Nama yang dibebaskan sementara', example: 'Rudi Hartanto, S.Pd.' },
    { key: 'nip', description: 'NIP (berkelompok)', example: '19870315 201001 1 002' },
    { key: 'pangkat', description: 'Pangkat/golongan ruang', example: 'Penata Muda Tingkat I (III/b)' },
    { key: 'jabatan', description: 'Jabatan', example: 'Guru Ahli Pertama' },
    { key: 'unit_kerja', description: 'Unit kerja', example: 'SD Negeri 2 Sidomulyo' },
    { key: 'uraian', description: 'Uraian dugaan pelanggaran', example: 'menjadi anggota tim kampanye bakal pasangan calon' },
    { key: 'pasal', description: 'Pasal yang diduga dilanggar', example: 'Pasal 5 huruf n angka 5 Peraturan Pemerintah Nomor 94 Tahun 2021' },
    { key: 'dasar_laporan', description: 'Laporan atau rekomendasi yang menjadi dasar', example: 'Rekomendasi Bawaslu Kabupaten Sukamaju Nomor …' },
    { key: 'sejak', description: 'Tanggal mulai dibebaskan sementara', example: '1 Desember 2026' },
    { key: 'pelaksana_tugas', description: 'Pejabat yang melaksanakan tugas jabatan', example: 'Kepala Sekolah SD Negeri 2 Sidomulyo' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: true,
  hal: (d) => `Keputusan Pembebasan Sementara dari Tugas Jabatan a.n. ${d.nama}`,
  pegawaiIds: () => [],
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
      dasar_laporan: d.dasarLaporan,
      sejak: formatTanggal(d.sejak),
      pelaksana_tugas: d.pelaksanaTugas,
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const tentang = baris(t.tentang, v, 'paragraf').join(' ');
    const head = kepalaKeputusan(ctx, { tentang, menimbang: baris(t.menimbang, v), dasar: baris(t.mengingat, v, 'dasar-hukum') });
    const lain: string[] = [...baris(t.hak, v, 'paragraf'), ...(d.pelaksanaTugas ? baris(t.pelaksana, v, 'paragraf') : []), ...baris(t.diktumLain, v)];
    const blocks: Block[] = [
      ...head.blocks,
      { kind: 'diktum', label: diktumLabel(1), content: baris(t.kesatu, v, 'paragraf').join(' ') },
      ...lain.map((text, i): Block => ({ kind: 'diktum', label: diktumLabel(i + 2), content: text })),
      { kind: 'spasi', lines: 1 },
      ttdKeputusan(ctx),
      ...salinanKeputusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Keputusan ${ctx.nomor}`, blocks: rataLabel(blocks, head.memperhatikan), pageNumbers: true };
  },
};
