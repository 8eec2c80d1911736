import { z } from 'zod';
import { barisDaftar } from '../../../contract/schemas';
import { formatTanggal } from '../../../domain/tanggal';
import { terbilang } from '../../../domain/terbilang';
import { items, kop, penerbit, punctuate, rincian, signature, titleCase } from '../../bagian';
import { susunDasarHukum } from '../../dasar-hukum';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { textWidthMm, type Block, type DecreePartBlock, type ParagraphBlock, type Text } from '../../model';
import { AnggotaSchema, tabelAnggota } from '../anggota';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

export { AnggotaSchema };

export const SkSatgasSchema = z.object({
  tentang: z.string().trim().min(5, 'Isi "Tentang" wajib diisi.').max(300),
  pemilihan: z.string().trim().min(5, 'Nama pemilihan wajib diisi.').max(200),
  anggota: z.array(AnggotaSchema).min(1, 'Isi paling sedikit satu anggota Satuan Tugas.').max(300),
  bebanAnggaran: z.string().trim().min(5, 'Sumber anggaran wajib diisi.').max(300),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof SkSatgasSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof SkSatgasSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    tentang: `Pembentukan Satuan Tugas Pengawasan Netralitas Aparatur Sipil Negara pada ${namaPemilihan(d, tahun)}`,
    pemilihan: namaPemilihan(d, tahun),
    bebanAnggaran: `Anggaran Pendapatan dan Belanja Daerah ${wilayah} Tahun Anggaran ${tahun}`,
    // Example members: the form lets the clerk replace them with staff from the registry.
    anggota: [
      { pegawaiId: null, nama: 'Drs. Bambang Hartono, M.Si.', nip: '196805121994031007', jabatan: 'Sekretaris Daerah', peran: 'Ketua' },
      { pegawaiId: null, nama: 'Sri Rahayu, S.H., M.H.', nip: '197303141998032004', jabatan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', peran: 'Sekretaris' },
      { pegawaiId: null, nama: 'Ir. Agus Priyanto, M.T.', nip: '197010101997031005', jabatan: 'Inspektur Daerah', peran: 'Anggota' },
      { pegawaiId: null, nama: 'Hendra Kusuma, S.Sos.', nip: '197611222003121003', jabatan: 'Kepala Badan Kesatuan Bangsa dan Politik', peran: 'Anggota' },
    ],
    tembusan: ['Kepala Badan Kepegawaian Negara', `Ketua Bawaslu ${wilayah}`],
  };
}

/** Label column of a decree that has a Memperhatikan part (the word takes about 31 mm in Bookman Old Style 12). */
const LABEL_MEMPERHATIKAN_MM = 36;

/** KESATU, KEDUA, … KESEPULUH: the diktum labels are the ordinal in words, in capitals. */
export const diktumLabel = (n: number) => `KE${terbilang(n).toUpperCase().replace(/\s+/g, ' ')}`;

/** The official in whose name the decree is made: "BUPATI SUKAMAJU" (also when signed a.n., or by a Plt./Plh.). */
export const skSatgas: JenisDef<typeof SkSatgasSchema, 'sk-satgas'> = {
  jenis: 'sk-satgas',
  label: 'Keputusan Pembentukan Satgas Netralitas',
  keterangan: 'Keputusan pembentukan Satuan Tugas pengawasan netralitas ASN, dengan susunan anggota di lampiran.',
  kodeFile: 'SK-SATGAS',
  /** Permendagri 1/2023 category (the default; Pengaturan → Kertas & huruf may set another). */
  kategori: 'penetapan',
  schema: SkSatgasSchema,
  teksBawaan,
  // "Kep." keeps decree numbers apart from letter numbers of the same unit and year
  penomoran: { pola: '{kode}/Kep.{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'keputusan' },
  formulir,
  slots: [
    { key: 'menimbang', label: 'Menimbang (satu butir per baris)', kind: 'daftar' },
    // Kept under its old key so older text versions still build: one legal basis per line, a code from
    // the list (Pengaturan → Dasar hukum) or a citation typed in full; sorted into Mengingat and Memperhatikan.
    { key: 'mengingat', label: 'Dasar hukum: Mengingat dan Memperhatikan (satu per baris)', kind: 'dasar-hukum' },
    { key: 'kesatu', label: 'Diktum KESATU', kind: 'paragraf' },
    { key: 'tugasPembuka', label: 'Diktum KEDUA: kalimat pembuka', kind: 'paragraf' },
    { key: 'tugas', label: 'Diktum KEDUA: tugas (satu per baris)', kind: 'daftar' },
    { key: 'diktumLain', label: 'Diktum berikutnya (satu diktum per baris)', kind: 'daftar' },
  ],
  placeholders: [
    { key: 'pejabat', description: 'Pejabat yang menetapkan', example: 'Bupati Sukamaju' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
    { key: 'pemilihan', description: 'Nama pemilihan', example: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026' },
    { key: 'beban_anggaran', description: 'Sumber anggaran', example: 'Anggaran Pendapatan dan Belanja Daerah Kabupaten Sukamaju Tahun Anggaran 2026' },
    { key: 'tahun', description: 'Tahun keputusan', example: '2026' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: true,
  hal: (d) => `Keputusan tentang ${d.tentang}`,
  pegawaiIds: (d) => d.anggota.flatMap((a) => (a.pegawaiId ? [a.pegawaiId] : [])),
  build(d: Data, ctx) {
    // the office that decrees: the one signed for (a.n.) or held (Plt. …), else the signer's own
    const pejabat = penerbit(ctx.tandaTangan, ctx.penandatangan).toUpperCase();
    const v = {
      pejabat: titleCase(pejabat),
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
      pemilihan: d.pemilihan,
      beban_anggaran: d.bebanAnggaran,
      tahun: ctx.tanggal.slice(0, 4),
    };
    const t = ctx.teks;
    const judul = `KEPUTUSAN ${pejabat}`;
    const diktum: Block[] = [
      { kind: 'diktum', label: diktumLabel(1), content: items(t.kesatu ?? '', v, 'paragraf').join(' ') },
      {
        kind: 'diktum',
        label: diktumLabel(2),
        // the duties continue "mempunyai tugas:" and all apply: "; dan" before the last
        content: { lead: items(t.tugasPembuka ?? '', v, 'paragraf').join(' '), marker: 'huruf', items: rincian(items(t.tugas ?? '', v), { penghubung: 'dan', hurufKecil: true }) },
      },
      ...items(t.diktumLain ?? '', v).map((text, i): Block => ({ kind: 'diktum', label: diktumLabel(i + 3), content: text })),
    ];
    const ditetapkan = [`Ditetapkan di ${ctx.profil.kota}`, `pada tanggal ${formatTanggal(ctx.tanggal)}`];
    const ttd = signature(ditetapkan, ctx.tandaTangan, ctx.penandatangan, ctx.kategori);
    const center = (text: Text, afterPt = 0): ParagraphBlock => ({ kind: 'paragraf', text, align: 'center', afterPt });
    const width = textWidthMm(ctx.setup);
    const dasar = susunDasarHukum(items(t.mengingat ?? '', v, 'dasar-hukum'), ctx.dasarHukum, { wilayah: wilayahDari(ctx.profil.pemerintah) });
    // Konsiderans and dasar hukum end every item with ";" (UU 12/2011 Lampiran II): the preamble reads on to MEMUTUSKAN.
    // A part of one item is not lettered or numbered: "a." or "1." asks for a "b." or "2.".
    const isiBagian = (list: string[], marker: 'huruf' | 'angka'): DecreePartBlock['content'] => (list.length === 1 ? list[0]! : { marker, items: list });
    const dasarPart = (label: string, list: string[]): Block[] =>
      list.length === 0
        ? []
        : [
            { kind: 'spasi', lines: 1 },
            { kind: 'diktum', label, content: isiBagian(list, 'angka') } satisfies DecreePartBlock,
          ];
    const akhirTitikKoma = { penghubung: null, hurufKecil: false, akhir: ';' } as const;
    const blocks: Block[] = [
      kop(ctx.profil),
      { kind: 'spasi', lines: 1 },
      center([{ text: judul, bold: true }]),
      center(`NOMOR ${ctx.nomor}`),
      { kind: 'spasi', lines: 1 },
      center('TENTANG'),
      { ...center(d.tentang.toUpperCase()), indentMm: 8 },
      { kind: 'spasi', lines: 1 },
      center('DENGAN RAHMAT TUHAN YANG MAHA ESA'),
      { kind: 'spasi', lines: 1 },
      center(`${pejabat},`),
      { kind: 'spasi', lines: 1 },
      { kind: 'diktum', label: 'Menimbang', content: isiBagian(rincian(items(t.menimbang ?? '', v), akhirTitikKoma), 'huruf') },
      ...dasarPart('Mengingat', rincian(dasar.mengingat.map((b) => b.teks), akhirTitikKoma)),
      ...dasarPart('Memperhatikan', rincian(dasar.memperhatikan.map((b) => b.teks), akhirTitikKoma)),
      { kind: 'spasi', lines: 1 },
      center('MEMUTUSKAN:'),
      { kind: 'spasi', lines: 1 },
      { kind: 'diktum', label: 'Menetapkan', content: `KEPUTUSAN ${pejabat} TENTANG ${d.tentang.toUpperCase()}.` },
      ...diktum,
      { kind: 'spasi', lines: 1 },
      ttd,
      ...(d.tembusan.length
        ? [
            { kind: 'spasi', lines: 1 } as const,
            { kind: 'paragraf', text: 'Salinan Keputusan ini disampaikan kepada Yth.:', afterPt: 2 } as const,
            { kind: 'daftar', marker: 'angka', align: 'left', items: punctuate(d.tembusan).map((text) => ({ text })) } as const,
          ]
        : []),
      { kind: 'halaman-baru' },
      {
        kind: 'kepala-lampiran',
        rows: [
          { label: 'LAMPIRAN', value: judul },
          { label: 'NOMOR', value: ctx.nomor },
          { label: 'TANGGAL', value: formatTanggal(ctx.tanggal) },
          { label: 'TENTANG', value: d.tentang.toUpperCase() },
        ],
      },
      { kind: 'spasi', lines: 1 },
      center([{ text: 'SUSUNAN KEANGGOTAAN SATUAN TUGAS PENGAWASAN NETRALITAS APARATUR SIPIL NEGARA', bold: true }]),
      center([{ text: d.pemilihan.toUpperCase(), bold: true }], 8),
      tabelAnggota(d.anggota, width),
      { kind: 'spasi', lines: 1 },
      { ...ttd, tempatTanggal: [] },
    ];
    // "Memperhatikan" is wider than the usual label column: widen every part's labels alike so the colons align.
    const aligned = dasar.memperhatikan.length ? blocks.map((b) => (b.kind === 'diktum' ? { ...b, labelWidthMm: LABEL_MEMPERHATIKAN_MM } : b)) : blocks;
    return { setup: ctx.setup, title: `Keputusan ${ctx.nomor}`, blocks: aligned, pageNumbers: true };
  },
};
