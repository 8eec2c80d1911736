import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { normalisasiPukul } from '../../../domain/pukul';
import { formatHariTanggal } from '../../../domain/tanggal';
import { kop, paragraphs, signature, tembusan, tempatTanggal, titleCase } from '../../bagian';
import { SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import type { Block, ParagraphBlock, Text } from '../../model';
import { barisIdentitas, CONTOH_TERLAPOR, identitas, namaBerkasNip, nipTampil, rapikan, TAUTAN_KASUS, tautanKasus, ZONA_WAKTU } from '../kasus-umum';
import { contohKeputusanDisampaikan, keputusanDisampaikan, nilaiKeputusan, PLACEHOLDER_KEPUTUSAN } from '../keputusan-disampaikan';
import { SURAT_KELUAR } from '../penomoran';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

const pukul = z.string().transform(normalisasiPukul).pipe(z.string().regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Pukul ditulis seperti 09.00.'));

/** The summons to receive a decree of sanction, in a closed meeting (RAHASIA). */
export const PanggilanPenyampaianSchema = z.object({
  ...tautanKasus,
  ...identitas,
  ...keputusanDisampaikan,
  tanggalPenyampaian: tanggalIso('Tanggal penyampaian'),
  pukul,
  zonaWaktu: z.enum(ZONA_WAKTU).default('WIB'),
  tempat: z.string().trim().min(3, 'Tempat penyampaian wajib diisi.').max(300),
  /** Whom the person reports to ("Kepala Badan Kepegawaian …"); empty: the signer. */
  menghadap: z.string().trim().max(300).default(''),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof PanggilanPenyampaianSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof PanggilanPenyampaianSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    kasusId: null,
    terlaporId: null,
    ...CONTOH_TERLAPOR,
    ...contohKeputusanDisampaikan(d, tahun),
    tanggalPenyampaian: `${tahun}-11-30`,
    pukul: '09.00',
    zonaWaktu: 'WIB',
    tempat: 'Ruang Rapat Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    menghadap: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    tembusan: [`Kepala ${CONTOH_TERLAPOR.unitKerja} ${wilayah}`],
  };
}

export const panggilanPenyampaian: JenisDef<typeof PanggilanPenyampaianSchema, 'panggilan-penyampaian'> = {
  jenis: 'panggilan-penyampaian',
  label: 'Panggilan Penyampaian Keputusan',
  keterangan: 'Panggilan kepada pegawai untuk menerima keputusan hukuman disiplin dalam ruangan tertutup.',
  kodeFile: 'PGL-SK',
  kategori: 'korespondensi',
  schema: PanggilanPenyampaianSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  terbawa: TAUTAN_KASUS,
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'maksud', label: 'Maksud panggilan', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'nama', description: 'Nama pegawai', example: CONTOH_TERLAPOR.nama },
    { key: 'nip', description: 'NIP pegawai', example: '19900101 201503 1 001' },
    ...PLACEHOLDER_KEPUTUSAN,
    { key: 'menghadap', description: 'Pejabat yang didatangi', example: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => `Panggilan penyampaian keputusan nomor ${d.nomorKeputusan} kepada ${d.nama}`,
  pegawaiIds: () => [],
  tujuan: (d) => [d.nama],
  namaBerkas: namaBerkasNip('PGL-SK'),
  build(d: Data, ctx) {
    const v = {
      nama: d.nama,
      nip: nipTampil(d.nip),
      ...nilaiKeputusan(d),
      menghadap: d.menghadap || ctx.penandatangan.jabatan,
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const center = (text: Text, afterPt = 0): ParagraphBlock => ({ kind: 'paragraf', text, align: 'center', afterPt });
    const blocks: Block[] = [
      kop(ctx.profil),
      { kind: 'spasi', lines: 1 },
      center([{ text: 'SURAT PANGGILAN', bold: true, underline: true }]),
      center(`NOMOR ${ctx.nomor}`),
      { kind: 'spasi', lines: 1 },
      ...paragraphs(t.pembuka ?? '', v).map(rapikan),
      barisIdentitas(d, { indentMm: 12.5 }),
      { kind: 'spasi', lines: 1 },
      { kind: 'paragraf', text: `untuk menghadap kepada ${v.menghadap} pada:`, align: 'justify' },
      {
        kind: 'rincian',
        labelWidthMm: 42,
        indentMm: 12.5,
        rows: [
          { label: 'hari/tanggal', value: formatHariTanggal(d.tanggalPenyampaian) },
          { label: 'pukul', value: `${d.pukul.replace(':', '.')} ${d.zonaWaktu}` },
          { label: 'tempat', value: d.tempat },
        ],
      },
      { kind: 'spasi', lines: 1 },
      ...paragraphs(t.maksud ?? '', v).map(rapikan),
      ...paragraphs(t.penutup ?? '', v).map(rapikan),
      { kind: 'spasi', lines: 1 },
      signature([tempatTanggal(ctx.profil, ctx.tanggal)], ctx.tandaTangan, ctx.penandatangan, ctx.kategori),
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Surat Panggilan ${ctx.nomor}`, blocks, pageNumbers: true, kerahasiaan: 'RAHASIA' };
  },
};
