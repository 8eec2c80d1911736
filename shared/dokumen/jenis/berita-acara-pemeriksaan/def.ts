import { z } from 'zod';
import { tanggalIso } from '../../../contract/schemas';
import { TanyaJawabSchema } from '../../../contract/kasus';
import { normalisasiPukul } from '../../../domain/pukul';
import { BULAN, hariDari } from '../../../domain/tanggal';
import { terbilang } from '../../../domain/terbilang';
import { items, judulNaskah, kop, penandaKolom, rincianIdentitas, tandaTanganKolom, titleCase } from '../../bagian';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { textWidthMm, type Block, type ParagraphBlock, type Text } from '../../model';
import { AnggotaSchema } from '../anggota';
import { contohTerlapor, dugaanPelanggaran, identitasTerlapor, tautanKasus } from '../kasus-umum';
import { SURAT_KELUAR } from '../penomoran';
import { blokPemeriksa } from '../surat-panggilan/def';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

const pukul = z
  .string()
  .transform(normalisasiPukul)
  .pipe(z.string().regex(/^(([01]\d|2[0-3])[.:][0-5]\d)?$/, 'Pukul ditulis seperti 09.00, atau dikosongkan.'));

export const BeritaAcaraPemeriksaanSchema = z.object({
  ...tautanKasus,
  /** The day of the examination: "Pada hari ini …" spells it out. */
  tanggalPeriksa: tanggalIso('Tanggal pemeriksaan'),
  pukul: pukul.default(''),
  zonaWaktu: z.enum(['WIB', 'WITA', 'WIT']).default('WIB'),
  tempat: z.string().trim().min(3, 'Tempat pemeriksaan wajib diisi.').max(300),
  /** The examining official, or the members of the tim pemeriksa (the first leads). */
  pemeriksa: z.array(AnggotaSchema).min(1, 'Sebutkan pejabat pemeriksa atau anggota tim pemeriksa.').max(10),
  /** The tim's authority ("Keputusan Bupati Sukamaju Nomor … tentang Pembentukan Tim Pemeriksa"); empty: the direct superior's own. */
  dasarPemeriksaan: z.string().trim().max(600).default(''),
  ...identitasTerlapor,
  ...dugaanPelanggaran,
  /** The questions and answers, in order, numbered as printed. */
  pasangan: z.array(TanyaJawabSchema).min(1, 'Isi paling sedikit satu pertanyaan dan jawaban.').max(300),
  /** Whether the examinee signed; a refusal is noted on the berita acara. */
  tandaTanganTerperiksa: z.enum(['menandatangani', 'menolak']).default('menandatangani'),
  alasanMenolak: z.string().trim().max(1000).default(''),
});
type Data = z.output<typeof BeritaAcaraPemeriksaanSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof BeritaAcaraPemeriksaanSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  const pemilihan = namaPemilihan(d, tahun);
  return {
    kasusId: null,
    terlaporId: null,
    tanggalPeriksa: `${tahun}-12-14`,
    pukul: '09.00',
    zonaWaktu: 'WIB',
    tempat: `Ruang Rapat Dinas Pendidikan ${wilayah}`,
    pemeriksa: [
      { pegawaiId: null, nama: 'Dra. Endang Susilowati, M.Pd.', nip: '197005121995032003', pangkat: 'Pembina Tingkat I (IV/b)', jabatan: 'Kepala Dinas Pendidikan', peran: 'Ketua' },
      { pegawaiId: null, nama: 'Agus Santoso, S.H.', nip: '197811032005011004', pangkat: 'Penata Tingkat I (III/d)', jabatan: 'Inspektur Pembantu Wilayah II', peran: 'Anggota' },
      { pegawaiId: null, nama: 'Maya Lestari, S.Psi.', nip: '198602142009022005', pangkat: 'Penata (III/c)', jabatan: 'Analis Sumber Daya Manusia Aparatur', peran: 'Anggota' },
    ],
    dasarPemeriksaan: `Keputusan ${d.kepala} ${d.nama} tentang Pembentukan Tim Pemeriksa atas Dugaan Pelanggaran Disiplin`,
    ...contohTerlapor(pemilihan),
    pasangan: [
      { pertanyaan: 'Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia memberikan keterangan dengan sebenarnya?', jawaban: 'Ya, saya dalam keadaan sehat dan bersedia memberikan keterangan dengan sebenarnya.' },
      { pertanyaan: 'Apakah Saudara mengetahui alasan Saudara diperiksa hari ini?', jawaban: `Ya, sehubungan dengan unggahan saya di media sosial pada masa tahapan ${pemilihan}.` },
      { pertanyaan: 'Jelaskan apa yang Saudara unggah, kapan, dan melalui akun apa.', jawaban: 'Saya mengunggah foto bersama salah satu bakal pasangan calon beserta tulisan ajakan memilih melalui akun pribadi saya pada tanggal 2 November. Unggahan itu sudah saya hapus keesokan harinya.' },
      { pertanyaan: 'Apakah Saudara mengetahui bahwa perbuatan tersebut dilarang bagi Pegawai Negeri Sipil?', jawaban: 'Saya mengetahuinya setelah ada teguran dari kepala sekolah. Saya menyesal dan berjanji tidak mengulanginya.' },
    ],
    tandaTanganTerperiksa: 'menandatangani',
    alasanMenolak: '',
  };
}

/** "Pada hari ini Senin, tanggal empat belas, bulan Desember, tahun dua ribu dua puluh enam": the parts in words. */
export function tanggalDalamKata(iso: string): { hari: string; tanggal: string; bulan: string; tahun: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { hari: hariDari(iso) ?? '', tanggal: terbilang(d), bulan: BULAN[m - 1] ?? '', tahun: terbilang(y) };
}

const INDENT_MM = 12.5;
/** About how many characters of 12 pt text fit in a millimetre of column, and lines in a page body. */
const CHARS_PER_MM = 0.45;
const LINES_PER_PAGE = 50;

/** A row may break across pages only when it would take more than about a third of a page (a long answer). */
function panjang(texts: readonly string[], widthsMm: readonly number[]): boolean {
  const lines = Math.max(...texts.map((t, i) => Math.ceil(t.length / Math.max(1, widthsMm[i]! * CHARS_PER_MM)) + (t.match(/\n/g)?.length ?? 0)));
  return lines > LINES_PER_PAGE / 3;
}

export const beritaAcaraPemeriksaan: JenisDef<typeof BeritaAcaraPemeriksaanSchema, 'berita-acara-pemeriksaan'> = {
  jenis: 'berita-acara-pemeriksaan',
  label: 'Berita Acara Pemeriksaan',
  keterangan: 'Berita acara pemeriksaan (rahasia) dugaan pelanggaran disiplin: pemeriksa, yang diperiksa, tanya jawab bernomor, dan tanda tangan kedua pihak.',
  kodeFile: 'BAP',
  kategori: 'korespondensi',
  schema: BeritaAcaraPemeriksaanSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  terbawa: ['kasusId', 'terlaporId', 'pasangan'],
  slots: [
    { key: 'pembuka', label: 'Pembuka (hari, tanggal, tempat)', kind: 'paragraf' },
    { key: 'kewenanganSendiri', label: 'Kewenangan: atasan langsung', kind: 'paragraf' },
    { key: 'kewenanganTim', label: 'Kewenangan: tim pemeriksa', kind: 'paragraf' },
    { key: 'dugaan', label: 'Dugaan pelanggaran', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
    { key: 'catatanMenolak', label: 'Catatan bila yang diperiksa menolak menandatangani', kind: 'paragraf' },
    { key: 'alasanMenolak', label: 'Alasan penolakan', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'hari', description: 'Hari pemeriksaan', example: 'Senin' },
    { key: 'tanggal_kata', description: 'Tanggal pemeriksaan dalam huruf', example: 'empat belas' },
    { key: 'bulan', description: 'Bulan pemeriksaan', example: 'Desember' },
    { key: 'tahun_kata', description: 'Tahun pemeriksaan dalam huruf', example: 'dua ribu dua puluh enam' },
    { key: 'pukul', description: 'Jam mulai pemeriksaan (kosong bila tidak diisi)', example: 'pukul 09.00 WIB' },
    { key: 'tempat', description: 'Tempat pemeriksaan', example: 'Ruang Rapat Dinas Pendidikan' },
    { key: 'pemeriksa', description: '"saya" untuk satu pemeriksa, "kami" untuk tim', example: 'kami' },
    { key: 'sebutan_pemeriksa', description: '"Pejabat Pemeriksa" atau "Tim Pemeriksa"', example: 'Tim Pemeriksa' },
    { key: 'dasar_pemeriksaan', description: 'Dasar kewenangan tim pemeriksa', example: 'Keputusan Bupati Sukamaju Nomor 800/Kep.0012/BKPSDM/2026' },
    { key: 'uraian', description: 'Uraian dugaan pelanggaran', example: 'mengunggah foto bersama bakal pasangan calon di media sosial' },
    { key: 'pasal', description: 'Pasal yang diduga dilanggar', example: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021' },
    { key: 'alasan', description: 'Alasan penolakan menandatangani', example: 'merasa keterangannya belum lengkap' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => `Berita Acara Pemeriksaan a.n. ${d.nama}`,
  pegawaiIds: (d) => d.pemeriksa.flatMap((p) => (p.pegawaiId ? [p.pegawaiId] : [])),
  build(d: Data, ctx) {
    const tim = d.pemeriksa.length > 1 || d.dasarPemeriksaan !== '';
    const kata = tanggalDalamKata(d.tanggalPeriksa);
    const sebutan = tim ? 'Tim Pemeriksa' : 'Pejabat Pemeriksa';
    const v = {
      hari: kata.hari,
      tanggal_kata: kata.tanggal,
      bulan: kata.bulan,
      tahun_kata: kata.tahun,
      pukul: d.pukul ? `pukul ${d.pukul.replace(':', '.')} ${d.zonaWaktu}` : '',
      tempat: d.tempat,
      pemeriksa: d.pemeriksa.length > 1 ? 'kami' : 'saya',
      sebutan_pemeriksa: sebutan,
      dasar_pemeriksaan: d.dasarPemeriksaan,
      uraian: d.uraian,
      pasal: d.pasal,
      alasan: d.alasanMenolak,
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    // "…, pukul 09.00 WIB, bertempat …" reads without a stray comma when the time is left out
    const para = (slot: string, opts: Partial<ParagraphBlock> = {}): Block[] =>
      items(t[slot] ?? '', v, 'paragraf').map((text): Block => ({ kind: 'paragraf', text: text.replace(/\s+,/g, ',').replace(/,\s*,/g, ','), align: 'justify', ...opts }));
    const w = textWidthMm(ctx.setup);
    const widths = [12, Math.round((w - 12) * 0.45), 0] as [number, number, number];
    widths[2] = w - widths[0] - widths[1];
    const menolak = d.tandaTanganTerperiksa === 'menolak';
    const terperiksa = penandaKolom(d);
    const rows: Text[][] = d.pasangan.map((p, i) => [`${i + 1}.`, p.pertanyaan, p.jawaban]);
    const catatan: Block[] = [
      { kind: 'spasi', lines: 1 },
      { kind: 'paragraf', text: [{ text: 'Catatan:', bold: true }], afterPt: 2, keepWithNext: true },
      ...para('catatanMenolak'),
      ...(d.alasanMenolak ? para('alasanMenolak') : []),
    ];
    const blocks: Block[] = [
      kop(ctx.profil),
      ...judulNaskah('BERITA ACARA PEMERIKSAAN', ctx.nomor, { underline: true }),
      ...para('pembuka', { keepWithNext: true }),
      ...blokPemeriksa(d.pemeriksa, INDENT_MM),
      { kind: 'spasi', lines: 1 },
      ...para(tim ? 'kewenanganTim' : 'kewenanganSendiri', { keepWithNext: true }),
      rincianIdentitas(d, { indentMm: INDENT_MM }),
      { kind: 'spasi', lines: 1 },
      ...para('dugaan', { keepWithNext: true }),
      {
        kind: 'tabel',
        columns: [
          { header: 'NO.', widthMm: widths[0], align: 'center' },
          { header: 'PERTANYAAN', widthMm: widths[1] },
          { header: 'JAWABAN', widthMm: widths[2] },
        ],
        rows,
        splitRows: d.pasangan.map((p) => panjang(['', p.pertanyaan, p.jawaban], widths)),
      },
      { kind: 'spasi', lines: 1 },
      ...para('penutup', { keepWithNext: true, afterPt: 18 }),
      tandaTanganKolom([
        { heading: ['Yang diperiksa,'], signers: [menolak ? { ...terperiksa, lines: [...terperiksa.lines, '(menolak menandatangani)'] } : terperiksa] },
        {
          heading: [`${sebutan},`],
          signers: d.pemeriksa.map((p, i) => penandaKolom(p, d.pemeriksa.length > 1 ? `${i + 1}. ${p.peran || 'Anggota'}` : undefined)),
        },
      ]),
      ...(menolak ? catatan : []),
    ];
    return { setup: ctx.setup, title: `Berita Acara Pemeriksaan ${d.nama}`, blocks, pageNumbers: true, kerahasiaan: 'RAHASIA' };
  },
};
