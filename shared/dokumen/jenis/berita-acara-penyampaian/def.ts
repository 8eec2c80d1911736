import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { BULAN, formatTanggal, hariDari } from '../../../domain/tanggal';
import { terbilang } from '../../../domain/terbilang';
import { kop, paragraphs, penandaKolom, signature, signatureLines, tandaTanganKolom, tembusan, titleCase } from '../../bagian';
import { SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { textWidthMm, type Block, type ParagraphBlock, type Text } from '../../model';
import { barisIdentitas, CARA_PENYAMPAIAN, CONTOH_TERLAPOR, identitas, namaBerkasNip, nipTampil, rapikan, TAUTAN_KASUS, tautanKasus } from '../kasus-umum';
import { contohKeputusanDisampaikan, keputusanDisampaikan, nilaiKeputusan, PLACEHOLDER_KEPUTUSAN } from '../keputusan-disampaikan';
import { SURAT_KELUAR } from '../penomoran';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

const tanggalBoleh = (label: string) => tanggalIso(label).or(z.literal('')).default('');

/**
 * The receipt of a decree of sanction: handed over in a closed meeting and signed by both, or, when
 * the person did not come, sent to the last known address with the date it was received.
 */
export const BeritaAcaraPenyampaianSchema = z
  .object({
    ...tautanKasus,
    ...identitas,
    ...keputusanDisampaikan,
    cara: z.enum(CARA_PENYAMPAIAN).default('langsung'),
    /** When the person received it: the objection period and the sanction count from here. */
    tanggalDiterima: tanggalIso('Tanggal diterima'),
    /** Sent: the last known address and the day it was sent. */
    alamat: z.string().trim().max(500).default(''),
    tanggalDikirim: tanggalBoleh('Tanggal dikirim'),
    /** The summons the person did not answer ("800/0031/BKPSDM/2026 tanggal 24 November 2026"). */
    panggilan: z.string().trim().max(300).default(''),
    tembusan: z.array(barisDaftar).max(20).default([]),
  })
  .refine((d) => d.cara === 'langsung' || d.alamat !== '', { message: 'Tulis alamat terakhir yang diketahui, ke mana keputusan dikirim.', path: ['alamat'] })
  .refine((d) => d.cara === 'langsung' || d.tanggalDikirim !== '', { message: 'Tulis tanggal keputusan dikirim.', path: ['tanggalDikirim'] });
type Data = z.output<typeof BeritaAcaraPenyampaianSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof BeritaAcaraPenyampaianSchema> {
  return {
    kasusId: null,
    terlaporId: null,
    ...CONTOH_TERLAPOR,
    ...contohKeputusanDisampaikan(d, tahun),
    cara: 'langsung',
    tanggalDiterima: `${tahun}-11-23`,
    // used only when the decree is sent (cara "dikirim"): the person did not come
    alamat: `Jalan Melati Nomor 5, ${d.nama}`,
    tanggalDikirim: `${tahun}-11-24`,
    panggilan: `Nomor 800/0031/BKPSDM/${tahun} tanggal 20 November ${tahun}`,
    tembusan: [`Kepala ${CONTOH_TERLAPOR.unitKerja} ${wilayahDari(d.pemerintah)}`],
  };
}

/** About how many printed lines these heading lines take in a column this wide (12 pt: about 2.3 mm a character). */
const barisKolom = (lines: readonly string[], lebarMm: number) => lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / Math.floor(lebarMm / 2.3))), 0);

/** "Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam": a berita acara writes its date in words. */
export function tanggalTerbilang(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${hariDari(iso) ?? ''} tanggal ${terbilang(d)} bulan ${BULAN[m - 1]} tahun ${terbilang(y)}`.trim();
}

export const beritaAcaraPenyampaian: JenisDef<typeof BeritaAcaraPenyampaianSchema, 'berita-acara-penyampaian'> = {
  jenis: 'berita-acara-penyampaian',
  label: 'Berita Acara Penyampaian Keputusan',
  keterangan: 'Tanda terima keputusan hukuman disiplin: diserahkan dalam ruangan tertutup, atau dikirim ke alamat terakhir bila yang bersangkutan tidak hadir.',
  kodeFile: 'BA-SK',
  kategori: 'korespondensi',
  schema: BeritaAcaraPenyampaianSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  terbawa: TAUTAN_KASUS,
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'langsung', label: 'Penyampaian langsung', kind: 'paragraf' },
    { key: 'dikirim', label: 'Penyampaian lewat pos (tidak hadir)', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'hari_tanggal_terbilang', description: 'Hari dan tanggal berita acara, dengan huruf', example: 'Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam' },
    { key: 'pejabat', description: 'Nama dan jabatan yang menyerahkan', example: 'Siti Aminah, Kepala Badan …' },
    { key: 'nama', description: 'Nama pegawai', example: CONTOH_TERLAPOR.nama },
    { key: 'nip', description: 'NIP pegawai', example: '19900101 201503 1 001' },
    ...PLACEHOLDER_KEPUTUSAN,
    { key: 'tanggal_diterima', description: 'Tanggal diterima', example: '30 November 2026' },
    { key: 'tanggal_dikirim', description: 'Tanggal dikirim', example: '1 Desember 2026' },
    { key: 'alamat', description: 'Alamat terakhir yang diketahui', example: 'Jalan Melati Nomor 5, Sukamaju' },
    { key: 'panggilan', description: 'Surat panggilan yang tidak dipenuhi', example: 'Nomor 800/0031/BKPSDM/2026 tanggal 24 November 2026' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => `Berita acara penyampaian keputusan nomor ${d.nomorKeputusan} kepada ${d.nama}`,
  pegawaiIds: () => [],
  namaBerkas: namaBerkasNip('BA-SK'),
  build(d: Data, ctx) {
    const ttd = signatureLines(ctx.tandaTangan, ctx.penandatangan, ctx.kategori);
    const v = {
      hari_tanggal_terbilang: tanggalTerbilang(ctx.tanggal),
      pejabat: `${ttd.nama}, ${ctx.penandatangan.jabatan}`,
      nama: d.nama,
      nip: nipTampil(d.nip),
      ...nilaiKeputusan(d),
      tanggal_diterima: formatTanggal(d.tanggalDiterima),
      tanggal_dikirim: d.tanggalDikirim ? formatTanggal(d.tanggalDikirim) : '',
      alamat: d.alamat,
      panggilan: d.panggilan ? ` ${d.panggilan}` : '',
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const center = (text: Text, afterPt = 0): ParagraphBlock => ({ kind: 'paragraf', text, align: 'center', afterPt });
    // side by side, neither split from its heading by a page break: the person left, the official right
    const pejabatKolom = { heading: ttd.jabatan, signers: [{ nama: ttd.nama, lines: [ttd.pangkat, ttd.nip].filter((x): x is string => !!x) }] };
    const tandaTangan: Block[] =
      d.cara === 'langsung'
        ? [
            tandaTanganKolom([
              // blank heading lines so both names stand level: a long post wraps in its half-width column
              { heading: ['Yang menerima,', ...Array.from({ length: barisKolom(pejabatKolom.heading, textWidthMm(ctx.setup) / 2) }, () => '')], signers: [penandaKolom(d)] },
              { heading: ['Yang menyerahkan,', ...pejabatKolom.heading], signers: pejabatKolom.signers },
            ]),
          ]
        : [signature([], ctx.tandaTangan, ctx.penandatangan, ctx.kategori)];
    const blocks: Block[] = [
      kop(ctx.profil),
      { kind: 'spasi', lines: 1 },
      center([{ text: 'BERITA ACARA PENYAMPAIAN KEPUTUSAN', bold: true, underline: true }]),
      center(`NOMOR ${ctx.nomor}`),
      { kind: 'spasi', lines: 1 },
      ...paragraphs(t.pembuka ?? '', v).map(rapikan),
      barisIdentitas(d, { indentMm: 12.5 }),
      { kind: 'spasi', lines: 1 },
      ...paragraphs((d.cara === 'langsung' ? t.langsung : t.dikirim) ?? '', v).map(rapikan),
      ...paragraphs(t.penutup ?? '', v).map(rapikan),
      { kind: 'spasi', lines: 1 },
      ...tandaTangan,
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Berita Acara Penyampaian ${ctx.nomor}`, blocks, pageNumbers: true, kerahasiaan: 'RAHASIA' };
  },
};
