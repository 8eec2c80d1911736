import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { formatTanggal } from '../../../domain/tanggal';
import { kop, paragraphs, penerbit, signature, tembusan, tempatTanggal, titleCase } from '../../bagian';
import { SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import type { Block, ParagraphBlock, Text } from '../../model';
import { barisIdentitas, CARA_SANKSI_MORAL, CONTOH_TERLAPOR, identitas, namaBerkasNip, nipTampil, rapikan, TAUTAN_KASUS, tautanKasus } from '../kasus-umum';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

/** The moral sanction of PP 42/2004: a written statement of the PPK, delivered in a closed meeting or announced openly. */
export const PernyataanSanksiMoralSchema = z.object({
  ...tautanKasus,
  ...identitas,
  cara: z.enum(CARA_SANKSI_MORAL).default('tertutup'),
  /** The breach of the code of ethics, continuing "telah …". */
  pelanggaran: z.string().trim().min(5, 'Pelanggaran kode etik wajib diisi.').max(2000),
  tanggalPelanggaran: tanggalIso('Tanggal pelanggaran'),
  /** The provision of the code of ethics broken (PP 42/2004 asks that the statement names it). */
  ketentuan: z.string().trim().min(5, 'Ketentuan kode etik yang dilanggar wajib diisi.').max(600),
  /** Where an open statement is announced ("apel pagi di lingkungan …"); empty for a closed one. */
  forum: z.string().trim().max(300).default(''),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof PernyataanSanksiMoralSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof PernyataanSanksiMoralSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    kasusId: null,
    terlaporId: null,
    ...CONTOH_TERLAPOR,
    cara: 'terbuka',
    pelanggaran: `mengunggah foto bersama bakal calon ${d.kepala} ${d.nama} dengan simbol tangan dukungan di akun media sosial pribadinya`,
    tanggalPelanggaran: `${tahun}-09-14`,
    ketentuan: 'kewajiban menjaga netralitas dalam etika bernegara sebagaimana diatur dalam Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil',
    forum: `apel pagi di lingkungan ${CONTOH_TERLAPOR.unitKerja} ${wilayah}`,
    tembusan: [`Inspektur Daerah ${wilayah}`, `Kepala ${CONTOH_TERLAPOR.unitKerja} ${wilayah}`, `Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia ${wilayah}`],
  };
}

export const pernyataanSanksiMoral: JenisDef<typeof PernyataanSanksiMoralSchema, 'pernyataan-sanksi-moral'> = {
  jenis: 'pernyataan-sanksi-moral',
  label: 'Pernyataan Sanksi Moral',
  keterangan: 'Sanksi moral atas pelanggaran kode etik (PP 42/2004): pernyataan secara tertutup atau terbuka oleh Pejabat Pembina Kepegawaian.',
  kodeFile: 'SANKSI-MORAL',
  kategori: 'korespondensi',
  schema: PernyataanSanksiMoralSchema,
  teksBawaan,
  penomoran: { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'surat-keluar' },
  formulir,
  terbawa: TAUTAN_KASUS,
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'isi', label: 'Pelanggaran dan sanksinya', kind: 'paragraf' },
    { key: 'tertutup', label: 'Penyampaian pernyataan secara tertutup', kind: 'paragraf' },
    { key: 'terbuka', label: 'Penyampaian pernyataan secara terbuka', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'pejabat', description: 'Pejabat Pembina Kepegawaian yang menyatakan', example: 'Bupati Sukamaju' },
    { key: 'nama', description: 'Nama pegawai', example: CONTOH_TERLAPOR.nama },
    { key: 'nip', description: 'NIP pegawai', example: '19900101 201503 1 001' },
    { key: 'pelanggaran', description: 'Pelanggaran kode etik', example: 'mengunggah foto bersama bakal calon …' },
    { key: 'tanggal_pelanggaran', description: 'Tanggal pelanggaran', example: '14 September 2026' },
    { key: 'ketentuan', description: 'Ketentuan kode etik yang dilanggar', example: 'Peraturan Pemerintah Nomor 42 Tahun 2004' },
    { key: 'cara', description: 'tertutup atau terbuka', example: 'terbuka' },
    { key: 'forum', description: 'Tempat pernyataan terbuka diumumkan', example: 'apel pagi di lingkungan Dinas Komunikasi dan Informatika' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: true,
  hal: (d) => `Pernyataan sanksi moral secara ${d.cara} atas nama ${d.nama}`,
  pegawaiIds: () => [],
  namaBerkas: namaBerkasNip('SANKSI-MORAL'),
  build(d: Data, ctx) {
    const pejabat = penerbit(ctx.tandaTangan, ctx.penandatangan);
    const v = {
      pejabat: titleCase(pejabat.toUpperCase()),
      nama: d.nama,
      nip: nipTampil(d.nip),
      pelanggaran: d.pelanggaran,
      tanggal_pelanggaran: formatTanggal(d.tanggalPelanggaran),
      ketentuan: d.ketentuan,
      cara: d.cara,
      // an open statement without a named forum still says where: the one the PPK sets
      forum: d.forum || 'forum yang ditetapkan oleh Pejabat Pembina Kepegawaian',
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const center = (text: Text, afterPt = 0): ParagraphBlock => ({ kind: 'paragraf', text, align: 'center', afterPt });
    const blocks: Block[] = [
      kop(ctx.profil),
      { kind: 'spasi', lines: 1 },
      center([{ text: 'PERNYATAAN SANKSI MORAL', bold: true, underline: true }]),
      center([{ text: `SECARA ${d.cara.toUpperCase()}`, bold: true }]),
      center(`NOMOR ${ctx.nomor}`),
      { kind: 'spasi', lines: 1 },
      ...paragraphs(t.pembuka ?? '', v).map(rapikan),
      barisIdentitas(d, { indentMm: 12.5 }),
      { kind: 'spasi', lines: 1 },
      ...paragraphs(t.isi ?? '', v).map(rapikan),
      ...paragraphs((d.cara === 'terbuka' ? t.terbuka : t.tertutup) ?? '', v).map(rapikan),
      ...paragraphs(t.penutup ?? '', v).map(rapikan),
      { kind: 'spasi', lines: 1 },
      signature([tempatTanggal(ctx.profil, ctx.tanggal)], ctx.tandaTangan, ctx.penandatangan, ctx.kategori),
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Pernyataan Sanksi Moral ${ctx.nomor}`, blocks, pageNumbers: true };
  },
};
