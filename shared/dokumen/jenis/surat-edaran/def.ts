import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { formatTanggal } from '../../../domain/tanggal';
import { items, kop, paragraphs, rincian, signature, tembusan, titleCase } from '../../bagian';
import { susunDasarHukum } from '../../dasar-hukum';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import type { Block, ListItem } from '../../model';
import type { JenisDef } from '../types';
import { SURAT_KELUAR } from '../penomoran';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

const baris = barisDaftar;

export const SuratEdaranSchema = z.object({
  tentang: z.string().trim().min(5, 'Isi "Tentang" wajib diisi.').max(300),
  pemilihan: z.string().trim().min(5, 'Nama pemilihan wajib diisi.').max(200),
  tanggalPemungutan: tanggalIso('Tanggal pemungutan suara'),
  kepada: z.array(baris).min(1, 'Sebutkan paling sedikit satu tujuan surat.').max(30),
  /** "di Lingkungan Pemerintah Kabupaten Sukamaju" under the addressees; empty for none. */
  lingkungan: z.string().trim().max(200).default(''),
  tembusan: z.array(baris).max(20).default([]),
});
type Data = z.output<typeof SuratEdaranSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof SuratEdaranSchema> {
  return {
    tentang: `Netralitas Aparatur Sipil Negara pada ${namaPemilihan(d, tahun)}`,
    pemilihan: namaPemilihan(d, tahun),
    tanggalPemungutan: `${tahun}-11-25`,
    kepada: ['Sekretaris Daerah', 'Asisten Sekretaris Daerah', 'Kepala Perangkat Daerah', 'Camat', 'Lurah'],
    lingkungan: `di Lingkungan ${d.pemerintah}`,
    tembusan: ['Kepala Badan Kepegawaian Negara', `Ketua Bawaslu ${wilayahDari(d.pemerintah)}`],
  };
}

const SECTIONS: { slot: string; judul: string }[] = [
  { slot: 'latarBelakang', judul: 'Latar Belakang' },
  { slot: 'maksudTujuan', judul: 'Maksud dan Tujuan' },
  { slot: 'ruangLingkup', judul: 'Ruang Lingkup' },
];

export const suratEdaran: JenisDef<typeof SuratEdaranSchema, 'surat-edaran'> = {
  jenis: 'surat-edaran',
  label: 'Surat Edaran',
  keterangan: 'Edaran netralitas ASN dari kepala daerah atau Sekretaris Daerah kepada seluruh kepala perangkat daerah.',
  kodeFile: 'SE',
  /** Permendagri 1/2023 category (the default; Pengaturan → Kertas & huruf may set another). */
  kategori: 'penetapan',
  schema: SuratEdaranSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  slots: [
    { key: 'latarBelakang', label: 'Latar belakang', kind: 'paragraf' },
    { key: 'maksudTujuan', label: 'Maksud dan tujuan', kind: 'paragraf' },
    { key: 'ruangLingkup', label: 'Ruang lingkup', kind: 'paragraf' },
    { key: 'dasar', label: 'Dasar (satu per baris: kode dari daftar Dasar hukum, atau kutipan lengkap)', kind: 'dasar-hukum' },
    { key: 'isiPembuka', label: 'Kalimat pembuka isi edaran (diakhiri "dilarang:")', kind: 'paragraf' },
    { key: 'larangan', label: 'Larangan, lanjutan kalimat pembuka (satu per baris)', kind: 'daftar' },
    { key: 'arahan', label: 'Arahan dan sanksi, masing-masing butir tersendiri (satu per baris)', kind: 'daftar' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
    {
      key: 'letakYth',
      label: 'Letak alamat tujuan (Yth.)',
      kind: 'pilihan',
      // (verify) against the Permendagri 1/2023 annex; regional formats differ
      pilihan: [
        { value: 'sesudah-judul', label: 'Di bawah judul SURAT EDARAN / NOMOR / TENTANG' },
        { value: 'sebelum-judul', label: 'Di atas judul SURAT EDARAN / NOMOR / TENTANG' },
      ],
    },
  ],
  placeholders: [
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
    { key: 'kepala_daerah', description: 'Sebutan kepala daerah dari profil instansi', example: 'Bupati Sukamaju' },
    { key: 'pemilihan', description: 'Nama pemilihan', example: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026' },
    { key: 'tanggal_pemungutan', description: 'Tanggal pemungutan suara', example: '25 November 2026' },
    { key: 'tahun', description: 'Tahun surat', example: '2026' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: true,
  hal: (d) => `Surat Edaran tentang ${d.tentang}`,
  pegawaiIds: () => [],
  tujuan: (d) => d.kepada,
  build(d: Data, ctx) {
    const pemerintahDaerah = titleCase(ctx.profil.pemerintah);
    const kepalaDaerah = titleCase(ctx.profil.kepalaDaerah);
    const v = {
      pemerintah_daerah: pemerintahDaerah,
      kepala_daerah: kepalaDaerah,
      pemilihan: d.pemilihan,
      tanggal_pemungutan: formatTanggal(d.tanggalPemungutan),
      tahun: ctx.tanggal.slice(0, 4),
    };
    const t = ctx.teks;
    const dasar = susunDasarHukum(items(t.dasar ?? '', v, 'dasar-hukum'), ctx.dasarHukum, { wilayah: wilayahDari(ctx.profil.pemerintah) });
    const sections: ListItem[] = [
      ...SECTIONS.map(({ slot, judul }) => ({ text: judul, paragraphs: items(t[slot] ?? '', v, 'paragraf') })),
      {
        text: 'Dasar',
        // regulations by hierarchy then date, then what is not a regulation (the SKB) with all its numbers
        children: { marker: 'huruf' as const, items: rincian([...dasar.mengingat, ...dasar.memperhatikan].map((b) => b.teks), { penghubung: null, hurufKecil: false }).map((s) => ({ text: s })) },
      },
      {
        // the prohibitions are one list continuing "… dilarang:"; each applies, so "; dan" before the last
        text: 'Isi Edaran',
        paragraphs: items(t.isiPembuka ?? '', v, 'paragraf'),
        children: { marker: 'huruf' as const, items: rincian(items(t.larangan ?? '', v), { penghubung: 'dan', hurufKecil: true }).map((s) => ({ text: s })) },
      },
      // instructions and sanctions are points of their own, not items of the prohibitions
      ...items(t.arahan ?? '', v).map((s) => ({ text: s })),
    ];
    const kepada: Block[] = [
      { kind: 'paragraf', text: 'Yth.', afterPt: 0 },
      { kind: 'daftar', marker: d.kepada.length > 1 ? 'angka' : 'strip', items: d.kepada.map((k) => ({ text: k })), indentMm: 0 },
      ...(d.lingkungan ? [{ kind: 'paragraf', text: d.lingkungan } as const] : []),
    ];
    const judul: Block[] = [
      { kind: 'paragraf', text: [{ text: 'SURAT EDARAN', bold: true }], align: 'center', afterPt: 0 },
      { kind: 'paragraf', text: `NOMOR ${ctx.nomor}`, align: 'center', afterPt: 0 },
      { kind: 'spasi', lines: 1 },
      { kind: 'paragraf', text: 'TENTANG', align: 'center', afterPt: 0 },
      { kind: 'paragraf', text: d.tentang.toUpperCase(), align: 'center', indentMm: 10, afterPt: 0 },
    ];
    // Where the addressees stand is a template setting (letakYth): regional formats differ.
    const sebelum = t.letakYth === 'sebelum-judul';
    const blocks: Block[] = [
      kop(ctx.profil),
      { kind: 'spasi', lines: 1 },
      ...(sebelum ? [...kepada, { kind: 'spasi', lines: 1 } as const, ...judul] : [...judul, { kind: 'spasi', lines: 1 } as const, ...kepada]),
      { kind: 'spasi', lines: 1 },
      { kind: 'daftar', marker: 'angka', items: sections, align: 'justify' },
      ...paragraphs(t.penutup ?? '', v, { beforePt: 6 }),
      { kind: 'spasi', lines: 1 },
      signature([`Dikeluarkan di ${ctx.profil.kota}`, `pada tanggal ${formatTanggal(ctx.tanggal)}`], ctx.tandaTangan, ctx.penandatangan, ctx.kategori),
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Surat Edaran ${ctx.nomor}`, blocks, pageNumbers: true };
  },
};
