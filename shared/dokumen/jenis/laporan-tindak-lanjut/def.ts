import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { formatNip } from '../../../domain/nip';
import { formatTanggal } from '../../../domain/tanggal';
import { kepalaSurat, paragraphs, signature, tembusan, titleCase } from '../../bagian';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { textWidthMm, type Block, type Text } from '../../model';
import { CONTOH_TERLAPOR, TAUTAN_KASUS, tautanKasus } from '../kasus-umum';
import { SURAT_KELUAR } from '../penomoran';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

/** One reported person a line: "Nama | NIP | Jabatan, unit kerja | tindak lanjut" (what the case fills in). */
export function bacaBarisTerlapor(line: string): { nama: string; nip: string; jabatan: string; tindakLanjut: string } {
  const [nama = '', nip = '', jabatan = '', ...rest] = line.split('|').map((s) => s.trim());
  return { nama, nip, jabatan, tindakLanjut: rest.join(' | ') };
}

// a line carries name, NIP, post and the whole follow-up (a decree's number and date, or the reason)
const barisTerlapor = z.string().trim().min(1, 'Baris ini kosong: isi atau hapus barisnya.').max(1000, 'Baris ini lebih dari 1000 karakter: persingkat.');

/** The follow-up report to BKN and Bawaslu: the recommendation, and for each person what was done. */
export const LaporanTindakLanjutSchema = z.object({
  ...tautanKasus,
  hal: z.string().trim().min(3, 'Hal wajib diisi.').max(200),
  sifat: z.enum(['Biasa', 'Penting', 'Segera', 'Sangat Segera']).default('Penting'),
  kepada: z.array(barisDaftar).min(1, 'Sebutkan paling sedikit satu tujuan laporan.').max(10),
  /** "Rekomendasi Badan Pengawas Pemilihan Umum Kabupaten Sukamaju". */
  rekomendasi: z.string().trim().min(5, 'Sebutkan rekomendasi yang ditindaklanjuti.').max(300),
  nomorRekomendasi: z.string().trim().min(1, 'Nomor rekomendasi wajib diisi.').max(200),
  tanggalRekomendasi: tanggalIso('Tanggal rekomendasi'),
  perihal: z.string().trim().max(500).default(''),
  /** One person a line: "Nama | NIP | Jabatan, unit kerja | tindak lanjut". */
  terlapor: z.array(barisTerlapor).min(1, 'Sebutkan paling sedikit satu terlapor dan tindak lanjutnya.').max(500),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof LaporanTindakLanjutSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof LaporanTindakLanjutSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    kasusId: null,
    terlaporId: null,
    hal: 'Laporan Tindak Lanjut Rekomendasi Pelanggaran Netralitas ASN',
    sifat: 'Penting',
    kepada: ['Kepala Badan Kepegawaian Negara', `Ketua Badan Pengawas Pemilihan Umum ${wilayah}`],
    rekomendasi: `Rekomendasi Badan Pengawas Pemilihan Umum ${wilayah}`,
    nomorRekomendasi: `123/PP.01.02/K.JT-12/10/${tahun}`,
    tanggalRekomendasi: `${tahun}-10-05`,
    perihal: `Penerusan pelanggaran netralitas Aparatur Sipil Negara pada ${namaPemilihan(d, tahun)}`,
    terlapor: [
      `${CONTOH_TERLAPOR.nama} | ${CONTOH_TERLAPOR.nip} | ${CONTOH_TERLAPOR.jabatan}, ${CONTOH_TERLAPOR.unitKerja} | Dijatuhi hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan dengan Keputusan ${d.kepala} ${d.nama} Nomor 800/Kep.0012/BKPSDM/${tahun} tanggal 23 November ${tahun}`,
      `Sri Wahyuni, S.Pd. | 198705172010012003 | Guru Ahli Muda, Dinas Pendidikan | Tidak terbukti: yang bersangkutan tidak hadir dalam kegiatan kampanye sebagaimana dilaporkan (hasil pemeriksaan tanggal 12 November ${tahun})`,
    ],
    tembusan: [`Sekretaris Daerah ${wilayah}`, 'Kepala Kantor Regional Badan Kepegawaian Negara'],
  };
}

export const laporanTindakLanjut: JenisDef<typeof LaporanTindakLanjutSchema, 'laporan-tindak-lanjut'> = {
  jenis: 'laporan-tindak-lanjut',
  label: 'Laporan Tindak Lanjut Rekomendasi',
  keterangan: 'Laporan tindak lanjut rekomendasi pelanggaran netralitas kepada BKN dan Bawaslu: setiap terlapor dengan hukumannya atau alasan tidak dijatuhi hukuman.',
  kodeFile: 'LTL',
  kategori: 'korespondensi',
  schema: LaporanTindakLanjutSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  terbawa: TAUTAN_KASUS,
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'rekomendasi', description: 'Rekomendasi yang ditindaklanjuti', example: 'Rekomendasi Badan Pengawas Pemilihan Umum Kabupaten Sukamaju' },
    { key: 'nomor_rekomendasi', description: 'Nomor rekomendasi', example: '123/PP.01.02/K.JT-12/10/2026' },
    { key: 'tanggal_rekomendasi', description: 'Tanggal rekomendasi', example: '5 Oktober 2026' },
    { key: 'perihal', description: 'Perihal rekomendasi (dengan kata "perihal" bila diisi)', example: ' perihal Penerusan pelanggaran netralitas ASN' },
    { key: 'jumlah', description: 'Jumlah terlapor', example: '2' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: true,
  hal: (d) => d.hal,
  pegawaiIds: () => [],
  tujuan: (d) => d.kepada,
  build(d: Data, ctx) {
    const v = {
      rekomendasi: d.rekomendasi,
      nomor_rekomendasi: d.nomorRekomendasi,
      tanggal_rekomendasi: formatTanggal(d.tanggalRekomendasi),
      perihal: d.perihal ? ` perihal ${d.perihal}` : '',
      jumlah: String(d.terlapor.length),
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const kepada = d.kepada.length === 1 ? d.kepada[0]! : d.kepada.map((k, i) => `${i + 1}. ${k}`).join('\n');
    const lebar = textWidthMm(ctx.setup);
    const rows = d.terlapor.map((line, i): Text[] => {
      const r = bacaBarisTerlapor(line);
      const nama: Text = r.nip ? [{ text: r.nama }, { text: `\nNIP.\u00a0${formatNip(r.nip).replace(/ /g, '\u00a0')}` }] : r.nama;
      return [`${i + 1}.`, nama, r.jabatan, r.tindakLanjut];
    });
    const blocks: Block[] = [
      ...kepalaSurat(ctx, { sifat: d.sifat, lampiran: '-', hal: d.hal, kepada }),
      ...paragraphs(ctx.teks.pembuka ?? '', v),
      {
        kind: 'tabel',
        fontSizePt: 10,
        columns: [
          { header: 'NO.', widthMm: 10, align: 'center' },
          { header: 'NAMA / NIP', widthMm: 45 },
          { header: 'JABATAN / UNIT KERJA', widthMm: 40 },
          { header: 'TINDAK LANJUT', widthMm: lebar - 10 - 45 - 40 },
        ],
        rows,
      },
      { kind: 'spasi', lines: 1 },
      ...paragraphs(ctx.teks.penutup ?? '', v),
      { kind: 'spasi', lines: 1 },
      signature([], ctx.tandaTangan, ctx.penandatangan, ctx.kategori),
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: d.hal, blocks, pageNumbers: true };
  },
};
