import { z } from 'zod';
import { barisDaftar, tanggalIso } from '../../../contract/schemas';
import { normalisasiPukul } from '../../../domain/pukul';
import { formatHariTanggal, formatTanggal } from '../../../domain/tanggal';
import { items, judulNaskah, kop, rincianIdentitas, signature, tembusan, tempatTanggal, titleCase } from '../../bagian';
import { namaPemilihan, SUKAMAJU, wilayahDari, type Daerah } from '../../daerah';
import { formatNip } from '../../../domain/nip';
import type { Block, ParagraphBlock } from '../../model';
import { AnggotaSchema, type Anggota } from '../anggota';
import { contohTerlapor, dugaanPelanggaran, identitasTerlapor, tautanKasus } from '../kasus-umum';
import { SURAT_KELUAR } from '../penomoran';
import type { JenisDef } from '../types';
import { formulir } from './formulir';
import teksBawaan from './teks.json';

// "9:00", "0900" and "9.00" are read as 09.00 (the form normalises too, when the field is left).
const pukul = z.string().transform(normalisasiPukul).pipe(z.string().regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Pukul ditulis seperti 09.00.'));
const isoAtauKosong = (label: string) => tanggalIso(label).or(z.literal('')).default('');

export const SuratPanggilanSchema = z.object({
  ...tautanKasus,
  /** Surat Panggilan I or II. */
  ke: z.enum(['1', '2']).default('1'),
  ...identitasTerlapor,
  /** Whom the person faces: the direct superior, or the members of the tim pemeriksa. */
  pemeriksa: z.array(AnggotaSchema).min(1, 'Sebutkan pejabat pemeriksa atau anggota tim pemeriksa.').max(10),
  tanggalPeriksa: tanggalIso('Tanggal pemeriksaan'),
  pukul,
  zonaWaktu: z.enum(['WIB', 'WITA', 'WIT']).default('WIB'),
  tempat: z.string().trim().min(3, 'Tempat pemeriksaan wajib diisi.').max(300),
  ...dugaanPelanggaran,
  /** Panggilan II names the first summons the person did not answer. */
  nomorPanggilanI: z.string().trim().max(100).default(''),
  tanggalPanggilanI: isoAtauKosong('Tanggal Surat Panggilan I'),
  tembusan: z.array(barisDaftar).max(20).default([]),
});
type Data = z.output<typeof SuratPanggilanSchema>;

function contohUntuk(d: Daerah, tahun: number): z.input<typeof SuratPanggilanSchema> {
  const wilayah = wilayahDari(d.pemerintah);
  return {
    kasusId: null,
    terlaporId: null,
    ke: '1',
    ...contohTerlapor(namaPemilihan(d, tahun)),
    pemeriksa: [{ pegawaiId: null, nama: 'Dra. Endang Susilowati, M.Pd.', nip: '197005121995032003', pangkat: 'Pembina Tingkat I (IV/b)', jabatan: 'Kepala Dinas Pendidikan', peran: 'Atasan langsung' }],
    tanggalPeriksa: `${tahun}-12-14`,
    pukul: '09.00',
    zonaWaktu: 'WIB',
    tempat: `Ruang Rapat Dinas Pendidikan ${wilayah}`,
    nomorPanggilanI: '',
    tanggalPanggilanI: '',
    tembusan: [`${d.kepala} ${d.nama} (sebagai laporan)`, `Inspektur Daerah ${wilayah}`],
  };
}

const ROMAWI = { '1': 'I', '2': 'II' } as const;
export const pukulPanggilan = (d: Pick<Data, 'pukul' | 'zonaWaktu'>) => `${d.pukul.replace(':', '.')} ${d.zonaWaktu}`;

/** The examining official's identity, or the team as a numbered list (name, NIP, jabatan, role). */
export function blokPemeriksa(pemeriksa: readonly Anggota[], indentMm: number): Block[] {
  if (pemeriksa.length === 1) {
    const p = pemeriksa[0]!;
    return [rincianIdentitas({ nama: p.nama, nip: p.nip, pangkat: p.pangkat, jabatan: p.jabatan }, { indentMm, unitKerja: false })];
  }
  return [
    {
      kind: 'daftar',
      marker: 'angka',
      indentMm,
      align: 'left',
      items: pemeriksa.map((p) => ({
        text: [p.nama, p.nip ? `NIP. ${formatNip(p.nip)}` : '', p.pangkat, p.jabatan].filter(Boolean).join(', ') + (p.peran ? ` (${p.peran})` : ''),
      })),
    },
  ];
}

const INDENT_MM = 12.5;

export const suratPanggilan: JenisDef<typeof SuratPanggilanSchema, 'surat-panggilan'> = {
  jenis: 'surat-panggilan',
  label: 'Surat Panggilan Pemeriksaan',
  keterangan: 'Surat Panggilan I atau II (rahasia) kepada pegawai yang diduga melanggar disiplin, untuk diperiksa atasan langsung atau tim pemeriksa.',
  kodeFile: 'PANGGILAN',
  kategori: 'korespondensi',
  schema: SuratPanggilanSchema,
  teksBawaan,
  penomoran: SURAT_KELUAR,
  formulir,
  terbawa: ['kasusId', 'terlaporId'],
  slots: [
    { key: 'pembuka', label: 'Pembuka Panggilan I', kind: 'paragraf' },
    { key: 'pembukaII', label: 'Pembuka Panggilan II', kind: 'paragraf' },
    { key: 'menghadap', label: 'Sebelum pejabat pemeriksa', kind: 'paragraf' },
    { key: 'waktu', label: 'Sebelum hari, tanggal, jam dan tempat', kind: 'paragraf' },
    { key: 'keperluan', label: 'Keperluan pemeriksaan', kind: 'paragraf' },
    { key: 'peringatanII', label: 'Akibat tidak hadir (Panggilan II)', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'nama', description: 'Nama yang dipanggil', example: 'Rudi Hartanto, S.Pd.' },
    { key: 'uraian', description: 'Uraian dugaan pelanggaran', example: 'mengunggah foto bersama bakal pasangan calon di media sosial' },
    { key: 'pasal', description: 'Pasal yang diduga dilanggar', example: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021' },
    { key: 'hari_tanggal', description: 'Hari dan tanggal pemeriksaan', example: 'Senin, 14 Desember 2026' },
    { key: 'pukul', description: 'Jam pemeriksaan', example: '09.00 WIB' },
    { key: 'tempat', description: 'Tempat pemeriksaan', example: 'Ruang Rapat Dinas Pendidikan' },
    { key: 'nomor_panggilan_i', description: 'Nomor Surat Panggilan I (untuk Panggilan II)', example: '800/0123/DISDIK/2026' },
    { key: 'tanggal_panggilan_i', description: 'Tanggal Surat Panggilan I (untuk Panggilan II)', example: '1 Desember 2026' },
    { key: 'pemerintah_daerah', description: 'Nama pemerintah daerah dari profil instansi', example: 'Pemerintah Kabupaten Sukamaju' },
  ],
  contoh: contohUntuk(SUKAMAJU, 2026),
  contohUntuk,
  olehKepalaDaerah: false,
  hal: (d) => `Surat Panggilan ${ROMAWI[d.ke]} a.n. ${d.nama}`,
  pegawaiIds: (d) => d.pemeriksa.flatMap((p) => (p.pegawaiId ? [p.pegawaiId] : [])),
  tujuan: (d) => [d.nama],
  build(d: Data, ctx) {
    const v = {
      nama: d.nama,
      uraian: d.uraian,
      pasal: d.pasal,
      hari_tanggal: formatHariTanggal(d.tanggalPeriksa),
      pukul: pukulPanggilan(d),
      tempat: d.tempat,
      // left empty, Panggilan II shows {nomor_panggilan_i} in the preview rather than a silent gap
      ...(d.nomorPanggilanI ? { nomor_panggilan_i: d.nomorPanggilanI } : {}),
      ...(d.tanggalPanggilanI ? { tanggal_panggilan_i: formatTanggal(d.tanggalPanggilanI) } : {}),
      pemerintah_daerah: titleCase(ctx.profil.pemerintah),
    };
    const t = ctx.teks;
    const para = (slot: string, opts: Partial<ParagraphBlock> = {}): Block[] =>
      items(t[slot] ?? '', v, 'paragraf').map((text): Block => ({ kind: 'paragraf', text, align: 'justify', ...opts }));
    const blocks: Block[] = [
      kop(ctx.profil),
      ...judulNaskah(`SURAT PANGGILAN ${ROMAWI[d.ke]}`, ctx.nomor, { underline: true }),
      ...para(d.ke === '2' ? 'pembukaII' : 'pembuka', { keepWithNext: true }),
      rincianIdentitas(d, { indentMm: INDENT_MM }),
      { kind: 'spasi', lines: 1 },
      ...para('menghadap', { keepWithNext: true }),
      ...blokPemeriksa(d.pemeriksa, INDENT_MM),
      { kind: 'spasi', lines: 1 },
      ...para('waktu', { keepWithNext: true }),
      {
        kind: 'rincian',
        labelWidthMm: 40,
        indentMm: INDENT_MM,
        rows: [
          { label: 'Hari/tanggal', value: v.hari_tanggal },
          { label: 'Jam', value: v.pukul },
          { label: 'Tempat', value: d.tempat },
        ],
      },
      { kind: 'spasi', lines: 1 },
      ...para('keperluan'),
      ...(d.ke === '2' ? para('peringatanII') : []),
      // the closing sentence goes to the next page with the signature, never the signature alone
      ...para('penutup', { keepWithNext: true, afterPt: 18 }),
      signature([tempatTanggal(ctx.profil, ctx.tanggal)], ctx.tandaTangan, ctx.penandatangan, ctx.kategori),
      ...tembusan(d.tembusan),
    ];
    return { setup: ctx.setup, title: `Surat Panggilan ${ROMAWI[d.ke]} ${ctx.nomor}`, blocks, pageNumbers: true, kerahasiaan: 'RAHASIA' };
  },
};
