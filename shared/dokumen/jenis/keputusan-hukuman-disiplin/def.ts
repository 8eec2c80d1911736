import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { formatTanggal } from '../../../domain/tanggal';
import { items, punctuate, titleCase } from '../../bagian';
import { SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { LAYOUT } from '../../layout';
import type { Block } from '../../model';
import {
  barisIdentitas,
  CONTOH_TERLAPOR,
  identitas,
  namaBerkasNip,
  nipTampil,
  rapikanTeks,
  SANKSI_MORAL_PILIHAN,
  TAUTAN_KASUS,
  tautanKasus,
  TINGKAT_HUKDIS,
  UPAYA_ADMINISTRATIF,
} from '../kasus-umum';
import { kepalaKeputusan, LABEL_MEMPERHATIKAN_MM, pejabatKeputusan, ttdKeputusan } from '../keputusan';
import { diktumLabel } from '../sk-satgas/def';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';


/**
 * One decree per employee. Every legal number in it (the sanction and its duration, the effective
 * date, the objection period) is data filled from the case's frozen rule set, never a constant.
 */
export const KeputusanHukdisSchema = z.object({
  ...tautanKasus,
  ...identitas,
  tingkat: z.enum(TINGKAT_HUKDIS).default('sedang'),
  /** The sanction as the rule set names it, durations filled: "pemotongan tunjangan kinerja sebesar 25% … selama 6 (enam) bulan". */
  hukuman: z.string().trim().min(3, 'Jenis hukuman disiplin wajib diisi.').max(400),
  /** KEDUA: the consequence (the rule set's `akibat`, with {durasi}, {mulai}, {selesai} filled). */
  akibat: z.string().trim().min(3, 'Akibat hukuman (Diktum KEDUA) wajib diisi.').max(1500),
  /** What the person did, continuing "telah …" ("mengunggah foto bersama bakal calon …"). */
  perbuatan: z.string().trim().min(5, 'Perbuatan yang dilakukan wajib diisi.').max(2000),
  tanggalPelanggaran: tanggalIso('Tanggal pelanggaran'),
  /** The article broken: "Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021 …". */
  pasal: z.string().trim().min(5, 'Pasal yang dilanggar wajib diisi.').max(600),
  /** From the rule set's `mulai-hukuman` rule: "hari kerja ke-15 (lima belas)". */
  mulaiBerlaku: z.string().trim().min(3, 'Saat mulai berlakunya hukuman wajib diisi.').max(200),
  /** From the rule set's `masa-keberatan` rule: "15 (lima belas) hari kerja". */
  masaKeberatan: z.string().trim().min(3, 'Masa pengajuan keberatan wajib diisi.').max(200),
  upaya: z.enum(UPAYA_ADMINISTRATIF).default('keberatan'),
  kepadaUpaya: z.string().trim().min(3, 'Sebutkan kepada siapa keberatan atau banding diajukan.').max(300),
  sanksiMoral: z.enum(SANKSI_MORAL_PILIHAN).default('tidak ada'),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof KeputusanHukdisSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof KeputusanHukdisSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    kasusId: null,
    terlaporId: null,
    ...CONTOH_TERLAPOR,
    tingkat: 'sedang',
    hukuman: 'pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan',
    akibat:
      'Tunjangan kinerja Saudara dipotong sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan, terhitung mulai tanggal berlakunya hukuman disiplin ini sampai dengan berakhirnya jangka waktu tersebut.',
    perbuatan: `mengunggah foto bersama bakal calon ${d.kepala} ${d.nama} dengan simbol tangan dukungan di akun media sosial pribadinya`,
    tanggalPelanggaran: `${tahun}-09-14`,
    pasal: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
    mulaiBerlaku: 'hari kerja ke-15 (lima belas)',
    masaKeberatan: '15 (lima belas) hari kerja',
    upaya: 'keberatan',
    kepadaUpaya: 'atasan Pejabat yang Berwenang Menghukum',
    sanksiMoral: 'terbuka',
    tembusan: [
      'Kepala Kantor Regional Badan Kepegawaian Negara',
      `Inspektur Daerah ${wilayah}`,
      `Kepala ${CONTOH_TERLAPOR.unitKerja} ${wilayah}`,
      `Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia ${wilayah}`,
      'Pegawai yang bersangkutan untuk arsip kepegawaian',
    ],
  };
}

const TINGKAT_LABEL: Record<Data['tingkat'], string> = { ringan: 'Ringan', sedang: 'Sedang', berat: 'Berat' };

/** Keputusan penjatuhan hukuman disiplin (PP 94/2021; format-dokumen.md, disiplin.md). */
export const keputusanHukumanDisiplin: JenisDef<typeof KeputusanHukdisSchema, 'keputusan-hukuman-disiplin'> = {
  jenis: 'keputusan-hukuman-disiplin',
  label: 'Keputusan Penjatuhan Hukuman Disiplin',
  keterangan: 'Keputusan penjatuhan hukuman disiplin bagi satu pegawai, dengan akibat hukuman, saat berlaku, dan hak mengajukan keberatan.',
  kodeFile: 'SK-HUKDIS',
  kategori: 'penetapan',
  schema: KeputusanHukdisSchema,
  teksBawaan,
  penomoran: { pola: '{kode}/Kep.{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'keputusan' },
  formulir,
  terbawa: TAUTAN_KASUS,
  slots: [
    { key: 'tentang', label: 'Tentang (judul keputusan)', kind: 'paragraf' },
    { key: 'menimbang', label: 'Menimbang (satu butir per baris)', kind: 'daftar' },
    { key: 'mengingat', label: 'Dasar hukum: Mengingat dan Memperhatikan (satu per baris)', kind: 'dasar-hukum' },
    { key: 'mengingatMoral', label: 'Dasar hukum tambahan bila ada sanksi moral (satu per baris)', kind: 'dasar-hukum' },
    { key: 'kesatu', label: 'Diktum KESATU: kalimat sebelum identitas', kind: 'paragraf' },
    { key: 'kesatuAkhir', label: 'Diktum KESATU: kalimat sesudah identitas', kind: 'paragraf' },
    { key: 'kedua', label: 'Diktum KEDUA: akibat hukuman', kind: 'paragraf' },
    { key: 'berlaku', label: 'Diktum: saat berlakunya hukuman', kind: 'paragraf' },
    { key: 'moral', label: 'Diktum: sanksi moral (bila diputuskan)', kind: 'paragraf' },
    { key: 'keberatan', label: 'Diktum: keberatan atau banding', kind: 'paragraf' },
    { key: 'penyampaian', label: 'Diktum: penyampaian keputusan', kind: 'paragraf' },
    { key: 'penutup', label: 'Diktum terakhir', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'pejabat', description: 'Pejabat yang menetapkan', example: 'Bupati Sukamaju' },
    { key: 'nama', description: 'Nama pegawai', example: CONTOH_TERLAPOR.nama },
    { key: 'nip', description: 'NIP pegawai', example: '19900101 201503 1 001' },
    { key: 'pangkat', description: 'Pangkat/golongan pegawai', example: CONTOH_TERLAPOR.pangkat },
    { key: 'jabatan', description: 'Jabatan pegawai', example: CONTOH_TERLAPOR.jabatan },
    { key: 'unit_kerja', description: 'Unit kerja pegawai', example: CONTOH_TERLAPOR.unitKerja },
    { key: 'perbuatan', description: 'Perbuatan yang dilakukan', example: 'mengunggah foto bersama bakal calon …' },
    { key: 'tanggal_pelanggaran', description: 'Tanggal pelanggaran', example: '14 September 2026' },
    { key: 'pasal', description: 'Pasal yang dilanggar', example: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021' },
    { key: 'tingkat', description: 'Tingkat hukuman (ringan, sedang, berat)', example: 'sedang' },
    { key: 'hukuman', description: 'Jenis hukuman', example: 'pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan' },
    { key: 'akibat', description: 'Akibat hukuman dari perangkat aturan kasus', example: 'Tunjangan kinerja Saudara dipotong …' },
    { key: 'mulai_berlaku', description: 'Saat hukuman mulai berlaku', example: 'hari kerja ke-15 (lima belas)' },
    { key: 'masa_keberatan', description: 'Masa pengajuan keberatan', example: '15 (lima belas) hari kerja' },
    { key: 'upaya', description: 'Upaya administratif: keberatan atau banding administratif', example: 'keberatan' },
    { key: 'kepada_upaya', description: 'Kepada siapa keberatan atau banding diajukan', example: 'atasan Pejabat yang Berwenang Menghukum' },
    { key: 'sanksi_moral', description: 'Sanksi moral: tertutup atau terbuka', example: 'terbuka' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: true,
  hal: (d) => `Keputusan penjatuhan hukuman disiplin tingkat ${d.tingkat} atas nama ${d.nama}${d.nip ? ` (NIP ${d.nip})` : ''}`,
  pegawaiIds: () => [],
  namaBerkas: namaBerkasNip('SK-HUKDIS'),
  build(d: Data, ctx) {
    const pejabat = pejabatKeputusan(ctx);
    const moral = d.sanksiMoral !== 'tidak ada';
    const v = {
      pejabat: titleCase(pejabat),
      nama: d.nama,
      nip: nipTampil(d.nip),
      pangkat: d.pangkat || '-',
      jabatan: d.jabatan,
      unit_kerja: d.unitKerja,
      perbuatan: d.perbuatan,
      tanggal_pelanggaran: formatTanggal(d.tanggalPelanggaran),
      pasal: d.pasal,
      tingkat: d.tingkat,
      hukuman: d.hukuman,
      akibat: d.akibat,
      mulai_berlaku: d.mulaiBerlaku,
      masa_keberatan: d.masaKeberatan,
      upaya: d.upaya,
      kepada_upaya: d.kepadaUpaya,
      sanksi_moral: moral ? d.sanksiMoral : '',
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const para = (slot: string) => rapikanTeks(items(t[slot] ?? '', { ...v, tingkat: TINGKAT_LABEL[d.tingkat].toLowerCase() }, 'paragraf').join(' '));
    const tentang = items(t.tentang ?? '', { ...v, tingkat: TINGKAT_LABEL[d.tingkat] }, 'paragraf').join(' ').toUpperCase();
    // the frame every decree shares; the moral sanction's legal bases join only when one is decided
    const kepala = kepalaKeputusan(ctx, {
      tentang,
      menimbang: items(t.menimbang ?? '', { ...v, tingkat: d.tingkat }),
      dasar: [...items(t.mengingat ?? '', v, 'dasar-hukum'), ...(moral ? items(t.mengingatMoral ?? '', v, 'dasar-hukum') : [])],
    });
    const labelMm = kepala.memperhatikan ? LABEL_MEMPERHATIKAN_MM : LAYOUT.diktumLabelMm;
    const isiMm = labelMm + LAYOUT.colonMm;
    const diktumTeks = [para('kedua'), para('berlaku'), ...(moral ? [para('moral')] : []), para('keberatan'), para('penyampaian'), para('penutup')].filter(Boolean);
    const blocks: Block[] = [
      ...kepala.blocks,
      { kind: 'diktum', label: diktumLabel(1), content: para('kesatu') },
      // a paragraph between: tables that touch are drawn as one, and the identity table has its own grid
      { kind: 'paragraf', text: '', afterPt: 0 },
      barisIdentitas(d, { indentMm: isiMm, labelWidthMm: 42 }),
      { kind: 'paragraf', text: para('kesatuAkhir'), align: 'justify', indentMm: isiMm, beforePt: 4 },
      ...diktumTeks.map((text, i): Block => ({ kind: 'diktum', label: diktumLabel(i + 2), content: text })),
      { kind: 'spasi', lines: 1 },
      ttdKeputusan(ctx),
      ...(d.tembusan.length
        ? [
            { kind: 'spasi', lines: 1 } as const,
            { kind: 'paragraf', text: 'Tembusan Keputusan ini disampaikan kepada Yth.:', afterPt: 2 } as const,
            { kind: 'daftar', marker: 'angka', align: 'left', items: punctuate(d.tembusan).map((text) => ({ text })) } as const,
          ]
        : []),
    ];
    const aligned = blocks.map((b) => (b.kind === 'diktum' ? { ...b, labelWidthMm: labelMm } : b));
    return { setup: ctx.setup, title: `Keputusan ${ctx.nomor}`, blocks: aligned, pageNumbers: true };
  },
};
