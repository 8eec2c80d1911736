import { z } from 'zod';
import { barisDaftar, Id } from '../../../contract/schemas';
import { formatNip } from '../../../domain/nip';
import { formatTanggal } from '../../../domain/tanggal';
import { namaPangkat } from '../../../domain/pangkat';
import { kop, paragraphs, signature, signatureLines, tembusan, tempatTanggal, titleCase } from '../../bagian';
import { SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import type { Block, ParagraphBlock, Text } from '../../model';
import { barisIdentitas, CONTOH_TERLAPOR, identitas, namaBerkasNip, nipTampil, rapikan } from '../kasus-umum';
import { SURAT_KELUAR } from '../penomoran';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

/**
 * Surat keterangan tidak sedang menjalani hukuman disiplin (asked for promotions and transfers). The
 * core makes it only from the sanction register (`hukuman.suratKeterangan`), which refuses a person
 * whose sanction is in force on the letter's date.
 */
export const SuratKeteranganHukdisSchema = z.object({
  pegawaiId: Id.nullable().default(null),
  ...identitas,
  /** What it is for: "usul kenaikan pangkat periode April 2027". */
  keperluan: z.string().trim().min(3, 'Keperluan surat keterangan wajib diisi.').max(300),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof SuratKeteranganHukdisSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof SuratKeteranganHukdisSchema> {
  return {
    pegawaiId: null,
    ...CONTOH_TERLAPOR,
    nama: 'Dewi Lestari, S.E.',
    nip: '198803122011012005',
    pangkat: 'Penata (III/c)',
    jabatan: 'Analis Keuangan Ahli Muda',
    unitKerja: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    keperluan: `usul kenaikan pangkat periode April ${tahun + 1}`,
    tembusan: [`Kepala Badan Pengelolaan Keuangan dan Aset Daerah ${wilayahDari(d.pemerintah)}`],
  };
}

export const suratKeteranganHukdis: JenisDef<typeof SuratKeteranganHukdisSchema, 'surat-keterangan-hukdis'> = {
  jenis: 'surat-keterangan-hukdis',
  label: 'Surat Keterangan Tidak Sedang Menjalani Hukuman Disiplin',
  keterangan: 'Surat keterangan dari register hukuman disiplin bahwa pegawai tidak sedang menjalani hukuman disiplin (untuk kenaikan pangkat, mutasi).',
  kodeFile: 'SKET-HUKDIS',
  kategori: 'korespondensi',
  schema: SuratKeteranganHukdisSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  terbawa: ['pegawaiId'],
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'isi', label: 'Keterangan', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'nama', description: 'Nama pegawai', example: 'Dewi Lestari, S.E.' },
    { key: 'nip', description: 'NIP pegawai', example: '19880312 201101 2 005' },
    { key: 'tanggal', description: 'Tanggal surat keterangan', example: '23 November 2026' },
    { key: 'keperluan', description: 'Keperluan', example: 'usul kenaikan pangkat periode April 2027' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => `Surat keterangan tidak sedang menjalani hukuman disiplin atas nama ${d.nama}`,
  pegawaiIds: (d) => (d.pegawaiId ? [d.pegawaiId] : []),
  namaBerkas: namaBerkasNip('SKET-HUKDIS'),
  build(d: Data, ctx) {
    const v = {
      nama: d.nama,
      nip: nipTampil(d.nip),
      tanggal: formatTanggal(ctx.tanggal),
      keperluan: d.keperluan,
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const p = ctx.penandatangan;
    const ttd = signatureLines(ctx.tandaTangan, p, ctx.kategori);
    const center = (text: Text, afterPt = 0): ParagraphBlock => ({ kind: 'paragraf', text, align: 'center', afterPt });
    const blocks: Block[] = [
      kop(ctx.profil),
      { kind: 'spasi', lines: 1 },
      center([{ text: 'SURAT KETERANGAN', bold: true, underline: true }]),
      center(`NOMOR ${ctx.nomor}`),
      { kind: 'spasi', lines: 1 },
      ...paragraphs(ctx.teks.pembuka ?? '', v).map(rapikan),
      {
        kind: 'rincian',
        labelWidthMm: 42,
        indentMm: 12.5,
        rows: [
          { label: 'Nama', value: ttd.nama },
          ...(p.nip ? [{ label: 'NIP', value: formatNip(p.nip) }] : []),
          ...(p.golongan ? [{ label: 'Pangkat/golongan', value: namaPangkat(p.golongan) ? `${namaPangkat(p.golongan)} (${p.golongan})` : p.golongan }] : []),
          { label: 'Jabatan', value: p.jabatan },
        ],
      },
      { kind: 'spasi', lines: 1 },
      { kind: 'paragraf', text: 'dengan ini menerangkan bahwa:', align: 'justify' },
      barisIdentitas(d, { indentMm: 12.5 }),
      { kind: 'spasi', lines: 1 },
      ...paragraphs(ctx.teks.isi ?? '', v).map(rapikan),
      ...paragraphs(ctx.teks.penutup ?? '', v).map(rapikan),
      { kind: 'spasi', lines: 1 },
      signature([tempatTanggal(ctx.profil, ctx.tanggal)], ctx.tandaTangan, ctx.penandatangan, ctx.kategori),
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Surat Keterangan ${ctx.nomor}`, blocks, pageNumbers: true };
  },
};
