import { describe, expect, it } from 'vitest';
import { ATURAN_BAWAAN } from '../../../electron/core/db/migrations/seed/aturan-kasus';
import type { KonteksIsi } from '../../../electron/core/services/kasus-dokumen/bersama';
import { namaHukuman, pelanggaran } from '../../../electron/core/services/kasus-dokumen/bersama';
import { ISI_DARI_KASUS } from '../../../electron/core/services/kasus-dokumen/index';
import { isiBeritaAcaraPemeriksaan } from '../../../electron/core/services/kasus-dokumen/berita-acara-pemeriksaan';
import { isiKeputusanPembebasanSementara } from '../../../electron/core/services/kasus-dokumen/keputusan-pembebasan-sementara';
import { isiKeputusanTimPemeriksa } from '../../../electron/core/services/kasus-dokumen/keputusan-tim-pemeriksa';
import { isiLaporanHasilPemeriksaan } from '../../../electron/core/services/kasus-dokumen/laporan-hasil-pemeriksaan';
import { isiSuratPanggilan } from '../../../electron/core/services/kasus-dokumen/surat-panggilan';
import { AturanIsiSchema } from '../../../shared/contract/aturan-kasus';
import type { DokumenArsip, InstansiProfil } from '../../../shared/contract/dokumen';
import type { Kasus, PejabatKasus, TahapMaju, TahapRecord, Terlapor } from '../../../shared/contract/kasus';
import { KasusDokumenDataSchema } from '../../../shared/contract/kasus-dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { BeritaAcaraPemeriksaanSchema } from '../../../shared/dokumen/jenis/berita-acara-pemeriksaan/def';
import { KeputusanTimPemeriksaSchema } from '../../../shared/dokumen/jenis/keputusan-tim-pemeriksa/def';
import { SuratPanggilanSchema } from '../../../shared/dokumen/jenis/surat-panggilan/def';
import type { Tahap } from '../../../shared/domain/kasus';

/** The shipped 2022 rule set, as a case freezes it. */
const aturan = ATURAN_BAWAAN.find((a) => a.kode === 'SKB-2022')!;
const isi = AturanIsiSchema.parse(aturan.isi);

const ketua: PejabatKasus = { pegawaiId: 41, nama: 'Drs. Hadi Wijaya, M.Si.', nip: '197001011995031001', pangkat: 'Pembina Tingkat I (IV/b)', jabatan: 'Kepala Bidang Pembinaan dan Disiplin', peran: 'Ketua' };
const anggota: PejabatKasus = { pegawaiId: null, nama: 'Ir. Agus Priyanto, M.T.', nip: '197010101997031005', pangkat: 'Pembina (IV/a)', jabatan: 'Inspektur Pembantu Wilayah I', peran: 'Anggota' };
const atasan: PejabatKasus = { pegawaiId: 52, nama: 'Dra. Endang Susilowati', nip: '197005121995032003', pangkat: null, jabatan: 'Kepala Dinas Pendidikan', peran: '' };

let nextId = 1;
function tahap<T extends Exclude<Tahap, 'diterima'>>(tahapNama: T, tanggal: string, data: Omit<Extract<TahapMaju, { tahap: T }>, 'tahap'> | Record<string, unknown>): TahapRecord {
  return { id: nextId++, terlaporId: 7, tahap: tahapNama, tanggal, data: { tahap: tahapNama, ...data } as TahapMaju, createdAt: '', updatedAt: '' };
}

function terlapor(over: Partial<Terlapor> = {}): Terlapor {
  return {
    id: 7,
    kasusId: 3,
    jenis: 'pegawai',
    luarJenis: null,
    pegawaiId: 99,
    nama: 'Budi Santoso, S.Pd.',
    nip: '198503122010011004',
    pangkat: 'Penata',
    golongan: 'III/c',
    jabatan: 'Guru Ahli Muda',
    jenisJabatan: 'FUNGSIONAL',
    eselon: null,
    statusKepegawaian: 'PNS',
    unitKerja: 'SD Negeri 2 Sidomulyo',
    unitInduk: 'Dinas Pendidikan',
    instansi: '',
    keterangan: '',
    tahap: 'diterima',
    berikutnya: [],
    hasil: null,
    hukuman: null,
    sanksiMoral: null,
    atasan,
    tim: [],
    dibebaskanSejak: null,
    hukumanMulai: null,
    hukumanSelesai: null,
    riwayat: [],
    tenggat: [],
    lampu: null,
    diarsipkan: null,
    ...over,
  };
}

function arsip(jenis: string, nomor: string, tanggal: string, hal: string, batal: string | null = null): DokumenArsip {
  return { id: nextId++, jenis, nomor, tanggal, hal, fileName: '', sha256: '', bytes: 0, teksVersi: 1, profilId: 1, penandatanganId: 1, pegawaiIds: [], batal, createdAt: '' };
}

function kasus(t: Terlapor, over: Partial<Kasus> = {}): Kasus {
  return {
    id: 3,
    nomorRegister: '003/KASUS/2026',
    sumber: 'bawaslu',
    pelapor: 'Bawaslu Kabupaten Sukamaju',
    nomorSurat: '045/PP.01.02/K.JB-12/11/2026',
    tanggalSurat: '2026-10-30',
    tanggalDiterima: '2026-11-02',
    tanggalKejadian: '2026-10-20',
    kategoriPelapor: 'Kampanye di media sosial',
    pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026',
    diarsipkan: false,
    lokasi: 'Desa Mekarsari',
    kronologi: '',
    rekomendasi: '',
    pelanggaran: ['SKB-7'],
    aturan: { id: 2, kode: aturan.kode, nama: aturan.nama, versi: 1, berlakuMulai: aturan.berlakuMulai, berlakuSampai: null, isi },
    terlapor: [t],
    bukti: [],
    dokumen: [],
    diarsipkanAlasan: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  } as Kasus;
}

const profilBupati = { id: 2, kepalaDaerah: 'BUPATI SUKAMAJU' } as InstansiProfil;
/** The arguments of a fill function: the case, the person, and the hearing, options and kop the service passes. */
const isiDari = (k: Kasus, t: Terlapor, o: Partial<KonteksIsi> = {}): [Kasus, Terlapor, KonteksIsi] => [k, t, { pasangan: [], ke: KasusDokumenDataSchema.parse({ terlaporId: 7, jenis: 'surat-panggilan' }).ke, profil: profilBupati, ...o }];

/** The filled data passes the type's own schema, and the document builds from it. */
function siap(jenis: string, data: Record<string, unknown>) {
  const r = JENIS.get(jenis).siapkan(data);
  if (!r.ok) throw new Error(`${jenis}: ${JSON.stringify(r.masalah)}`);
  return r.data;
}

describe('case documents filled from a case (pure, on hand-made cases)', () => {
  it('every type of the map is a registry type, and every examination type is in the map', () => {
    for (const j of Object.keys(ISI_DARI_KASUS)) expect(JENIS.ada(j), j).toBe(true);
    expect(Object.keys(ISI_DARI_KASUS)).toEqual(expect.arrayContaining(['surat-panggilan', 'berita-acara-pemeriksaan', 'laporan-hasil-pemeriksaan', 'keputusan-tim-pemeriksa', 'keputusan-pembebasan-sementara']));
  });

  it('the violation comes from the frozen catalogue: its words and its article, without the rule set’s verify mark', () => {
    const entri = isi.pelanggaran.find((p) => p.kode === 'SKB-7')!;
    const v = pelanggaran(kasus(terlapor()));
    expect(v.uraian).toBe(entri.uraian);
    expect(entri.pasal).toMatch(/\(periksa\)$/);
    expect(v.pasal).toBe(entri.pasal.replace(/\s*\(periksa\)$/, ''));
    const dua = pelanggaran(kasus(terlapor(), { pelanggaran: ['SKB-7', 'PP94-5N-1'] }));
    expect(dua.uraian).toBe(`${entri.uraian} serta ${isi.pelanggaran.find((p) => p.kode === 'PP94-5N-1')!.uraian}`);
    expect(dua.pasal).toContain(' dan Pasal 5 huruf n angka 1');
  });

  it('a sanction is named with its duration in words, from the rule set', () => {
    const h = isi.hukuman.find((x) => x.kode === 'potongan-tukin-25-9')!;
    expect(namaHukuman(h)).toBe(h.nama.replace('{durasi}', `${h.durasiBulan} (sembilan) bulan`));
    expect(namaHukuman(isi.hukuman.find((x) => x.kode === 'teguran-tertulis')!)).toBe('teguran tertulis');
  });

  it('Surat Panggilan I: the summons stage’s date, time and place, the official it named; ids and identity snapshot', () => {
    const t = terlapor({ tahap: 'panggilan-1', riwayat: [tahap('panggilan-1', '2026-11-10', { tanggalPeriksa: '2026-11-20', jam: '9:30', tempat: 'Ruang Rapat BKPSDM', pemeriksa: atasan })] });
    const d = siap('surat-panggilan', isiSuratPanggilan(...isiDari(kasus(t), t)));
    expect(d).toMatchObject({
      kasusId: 3,
      terlaporId: 7,
      ke: '1',
      nama: 'Budi Santoso, S.Pd.',
      nip: '198503122010011004',
      pangkat: 'Penata (III/c)',
      jabatan: 'Guru Ahli Muda',
      unitKerja: 'SD Negeri 2 Sidomulyo, Dinas Pendidikan',
      tanggalPeriksa: '2026-11-20',
      pukul: '09.30',
      tempat: 'Ruang Rapat BKPSDM',
      pemeriksa: [{ pegawaiId: 52, nama: 'Dra. Endang Susilowati', nip: '197005121995032003', jabatan: 'Kepala Dinas Pendidikan', peran: 'Atasan langsung' }],
    });
  });

  it('Surat Panggilan II follows the second summons and names the first letter from the archive (not a voided one)', () => {
    const t = terlapor({
      tahap: 'panggilan-2',
      tim: [ketua, anggota],
      riwayat: [
        tahap('panggilan-1', '2026-11-10', { tanggalPeriksa: '2026-11-20', jam: '09.00', tempat: 'Ruang Rapat BKPSDM', pemeriksa: ketua }),
        tahap('panggilan-2', '2026-11-23', { tanggalPeriksa: '2026-12-03', jam: '10.00', tempat: 'Aula BKPSDM', pemeriksa: ketua }),
      ],
    });
    const k = kasus(t, {
      dokumen: [
        arsip('surat-panggilan', '800/0100/BKPSDM/2026', '2026-11-09', 'Surat Panggilan I a.n. Budi Santoso, S.Pd.', 'salah tanggal'),
        arsip('surat-panggilan', '800/0101/BKPSDM/2026', '2026-11-10', 'Surat Panggilan I a.n. Budi Santoso, S.Pd.'),
        arsip('surat-panggilan', '800/0102/BKPSDM/2026', '2026-11-10', 'Surat Panggilan I a.n. Orang Lain'),
      ],
    });
    const d = SuratPanggilanSchema.parse(isiSuratPanggilan(...isiDari(k, t)));
    expect(d).toMatchObject({ ke: '2', tanggalPeriksa: '2026-12-03', pukul: '10.00', tempat: 'Aula BKPSDM', nomorPanggilanI: '800/0101/BKPSDM/2026', tanggalPanggilanI: '2026-11-10' });
    // the tim is summoned as a whole, each with the role recorded
    expect(d.pemeriksa.map((p) => [p.nama, p.peran, p.pangkat])).toEqual([
      [ketua.nama, 'Ketua', 'Pembina Tingkat I (IV/b)'],
      [anggota.nama, 'Anggota', 'Pembina (IV/a)'],
    ]);
    // asked for Panggilan I explicitly, the first stage is used
    expect(isiSuratPanggilan(...isiDari(k, t, { ke: 1 }))).toMatchObject({ ke: '1', tanggalPeriksa: '2026-11-20', nomorPanggilanI: '' });
  });

  it('BAP: the examination stage, the hearing’s pairs in order, the tim’s decree as its authority, a refusal with its reason', () => {
    const pasangan = [
      { pertanyaan: 'Apakah Saudara sehat?', jawaban: 'Ya.' },
      { pertanyaan: 'Apakah Saudara mengunggah foto itu?', jawaban: 'Benar.' },
    ];
    const t = terlapor({
      tahap: 'pemeriksaan',
      tim: [ketua, anggota],
      riwayat: [
        tahap('panggilan-1', '2026-11-10', { tanggalPeriksa: '2026-11-20', jam: '09.00', tempat: 'Ruang Rapat BKPSDM', pemeriksa: ketua }),
        tahap('pemeriksaan', '2026-11-20', { hadir: true, tempat: 'Ruang Rapat BKPSDM', jam: '09.15', menolakTandaTangan: true, catatan: 'Merasa keterangannya dipotong.' }),
      ],
    });
    const k = kasus(t, { dokumen: [arsip('keputusan-tim-pemeriksa', '800/Kep.0007/BKPSDM/2026', '2026-11-05', 'Keputusan Pembentukan Tim Pemeriksa a.n. Budi Santoso, S.Pd.')] });
    const d = BeritaAcaraPemeriksaanSchema.parse(isiBeritaAcaraPemeriksaan(...isiDari(k, t, { pasangan })));
    expect(d).toMatchObject({
      kasusId: 3,
      terlaporId: 7,
      tanggalPeriksa: '2026-11-20',
      pukul: '09.15',
      pasangan,
      tandaTanganTerperiksa: 'menolak',
      alasanMenolak: 'Merasa keterangannya dipotong.',
      dasarPemeriksaan: 'Keputusan Nomor 800/Kep.0007/BKPSDM/2026 tanggal 5 November 2026 tentang Pembentukan Tim Pemeriksa atas Dugaan Pelanggaran Disiplin Pegawai Negeri Sipil',
    });
    expect(d.pemeriksa.map((p) => p.nama)).toEqual([ketua.nama, anggota.nama]);
  });

  it('BAP by the direct superior alone has no tim authority; without pairs the schema asks for them', () => {
    const t = terlapor({ riwayat: [tahap('pemeriksaan', '2026-11-20', { hadir: true, tempat: 'Ruang Kepala Dinas', jam: '', menolakTandaTangan: false, catatan: '' })] });
    const data = isiBeritaAcaraPemeriksaan(...isiDari(kasus(t), t));
    expect(data).toMatchObject({ dasarPemeriksaan: '', tandaTanganTerperiksa: 'menandatangani', alasanMenolak: '', pemeriksa: [{ nama: atasan.nama, peran: 'Atasan langsung' }] });
    const r = JENIS.get('berita-acara-pemeriksaan').siapkan(data);
    expect(r.ok ? [] : r.masalah.map((m) => m.path)).toEqual(['pasangan']);
  });

  it('LHP: the findings of the report stage, the proposal named from the rule set, the deciding official from the table', () => {
    const t = terlapor({
      tahap: 'lhp',
      riwayat: [
        tahap('pemeriksaan', '2026-11-20', { hadir: true, tempat: '', jam: '', menolakTandaTangan: false, catatan: '' }),
        tahap('lhp', '2026-11-24', { terbukti: true, bentuk: 'Mengunggah foto dengan simbol jari', waktu: '', tempat: '', memberatkan: 'Diunggah berulang', meringankan: 'Mengakui', dampak: 'Diberitakan', usulanHukuman: 'potongan-tukin-25-6', usulanSanksiMoral: 'tertutup' }),
      ],
    });
    const k = kasus(t, { dokumen: [arsip('berita-acara-pemeriksaan', '800/0150/BKPSDM/2026', '2026-11-20', 'Berita Acara Pemeriksaan a.n. Budi Santoso, S.Pd.')] });
    const d = siap('laporan-hasil-pemeriksaan', isiLaporanHasilPemeriksaan(...isiDari(k, t)));
    const h = isi.hukuman.find((x) => x.kode === 'potongan-tukin-25-6')!;
    const row = isi.pejabat.find((p) => p.jenjang === 'FUNGSIONAL' && p.tingkat === h.tingkat)!;
    expect(d).toMatchObject({
      tanggalPeriksa: '2026-11-20',
      bentuk: 'Mengunggah foto dengan simbol jari',
      // left empty in the report: the case's incident date and place
      waktu: '20 Oktober 2026',
      tempatKejadian: 'Desa Mekarsari',
      kesimpulan: 'terbukti',
      usulanHukuman: `${namaHukuman(h)} dan sanksi moral berupa pernyataan secara tertutup`,
      lampiranBap: 'Berita Acara Pemeriksaan Nomor 800/0150/BKPSDM/2026 tanggal 20 November 2026',
    });
    // the rule table's deciding official for a fungsional and this level, named for this office
    expect(row.pejabat).toBe('kepala-perangkat-daerah');
    expect(d.kepada).toBe('Kepala Dinas Pendidikan');
    expect(d.pejabatBerwenang).toBe(`Kepala Dinas Pendidikan selaku ${row.label}`);
  });

  it('LHP: a berat proposal goes to the regional head (the PPK), a not-proven one proposes nothing', () => {
    const berat = terlapor({ riwayat: [tahap('lhp', '2026-11-24', { terbukti: true, usulanHukuman: 'penurunan-jabatan-12', usulanSanksiMoral: null, bentuk: '', waktu: '', tempat: '', memberatkan: '', meringankan: '', dampak: '' })] });
    const d = isiLaporanHasilPemeriksaan(...isiDari(kasus(berat), berat));
    expect(d.kepada).toBe('Bupati Sukamaju');
    expect(d.pejabatBerwenang).toMatch(/^Bupati Sukamaju selaku Pejabat Pembina Kepegawaian/);
    const tidak = terlapor({ riwayat: [tahap('lhp', '2026-11-24', { terbukti: false, usulanHukuman: null, usulanSanksiMoral: null, bentuk: '', waktu: '', tempat: '', memberatkan: '', meringankan: '', dampak: '' })] });
    expect(isiLaporanHasilPemeriksaan(...isiDari(kasus(tidak), tidak))).toMatchObject({ kesimpulan: 'tidak-terbukti', usulanHukuman: '' });
  });

  it('Keputusan tim pemeriksa: the level from the catalogue, the team as recorded, what the case started from', () => {
    const t = terlapor({ tim: [ketua, anggota] });
    const d = KeputusanTimPemeriksaSchema.parse(isiKeputusanTimPemeriksa(kasus(t), t));
    const tingkat = isi.pelanggaran.find((p) => p.kode === 'SKB-7')!.tingkat;
    expect(d).toMatchObject({ kasusId: 3, terlaporId: 7, tingkat: tingkat === 'sedang' ? 'sedang' : 'berat', dasarLaporan: 'Rekomendasi Bawaslu Kabupaten Sukamaju Nomor 045/PP.01.02/K.JB-12/11/2026 tanggal 30 Oktober 2026' });
    expect(d.anggota.map((a) => [a.nama, a.peran])).toEqual([
      [ketua.nama, 'Ketua'],
      [anggota.nama, 'Anggota'],
    ]);
    const sedang = kasus(t, { pelanggaran: ['SKB-3'], sumber: 'lapor', pelapor: 'SP4N-LAPOR!', nomorSurat: '', tanggalSurat: null });
    expect(isiKeputusanTimPemeriksa(sedang, t)).toMatchObject({ tingkat: 'sedang', dasarLaporan: 'Pengaduan SP4N-LAPOR! tanggal 2 November 2026' });
  });

  it('Keputusan pembebasan sementara: from the release date the case records; none recorded leaves the date to the form', () => {
    const t = terlapor({ dibebaskanSejak: '2026-11-25' });
    expect(siap('keputusan-pembebasan-sementara', isiKeputusanPembebasanSementara(kasus(t), t))).toMatchObject({ sejak: '2026-11-25', nama: 'Budi Santoso, S.Pd.', kasusId: 3, terlaporId: 7 });
    const tanpa = terlapor();
    const r = JENIS.get('keputusan-pembebasan-sementara').siapkan(isiKeputusanPembebasanSementara(kasus(tanpa), tanpa));
    expect(r.ok ? [] : [...new Set(r.masalah.map((m) => m.path))]).toEqual(['sejak']);
  });

  it('someone outside the registry (a village head) is identified by what the report gave', () => {
    const t = terlapor({ jenis: 'luar', luarJenis: 'kepala-desa', pegawaiId: null, nama: 'Sutrisno', nip: null, pangkat: null, golongan: null, jabatan: 'Kepala Desa Mekarsari', unitKerja: '', unitInduk: 'Desa Mekarsari', instansi: 'Desa Mekarsari' });
    expect(isiSuratPanggilan(...isiDari(kasus(t), t))).toMatchObject({ nama: 'Sutrisno', nip: '', pangkat: '', unitKerja: 'Desa Mekarsari' });
  });
});
