import { describe, expect, it } from 'vitest';
import { KasusInputSchema, TahapMajuSchema, TerlaporInputSchema, type Terlapor } from '../../../shared/contract/kasus';
import { calonAturan, nilaiTeks, ringkasTahap } from '../../../renderer/src/features/kasus/format';
import { dataDari, formAwal as kasusAwal, terlaporDari, validasiKasus } from '../../../renderer/src/features/kasus/kasus-form';
import { dataTahap, formAwal, validasiTahap, type TahapMajuId } from '../../../renderer/src/features/kasus/tahap-form';
import { ATURAN_BAWAAN } from '../../../electron/core/db/migrations/seed/aturan-kasus';
import { AturanIsiSchema } from '../../../shared/contract/aturan-kasus';

const isi = AturanIsiSchema.parse(ATURAN_BAWAAN[1]!.isi);

const orang = (over: Partial<Terlapor> = {}): Terlapor => ({
  id: 7,
  kasusId: 1,
  jenis: 'pegawai',
  luarJenis: null,
  pegawaiId: 3,
  nama: 'Budi Santoso, S.E.',
  nip: '198503122010011004',
  pangkat: null,
  golongan: 'III/b',
  jabatan: 'Guru Ahli Pertama',
  jenisJabatan: 'FUNGSIONAL',
  eselon: null,
  statusKepegawaian: 'PNS',
  unitKerja: 'SMP Negeri 1',
  unitInduk: 'Dinas Pendidikan',
  instansi: '',
  keterangan: '',
  tahap: 'lhp',
  berikutnya: ['keputusan'],
  hasil: null,
  hukuman: null,
  sanksiMoral: null,
  atasan: null,
  tim: [{ pegawaiId: null, nama: 'Drs. Hadi', nip: null, pangkat: null, jabatan: 'Kepala Bidang', peran: 'Ketua' }],
  dibebaskanSejak: null,
  hukumanMulai: null,
  hukumanSelesai: null,
  riwayat: [
    { id: 1, terlaporId: 7, tahap: 'diterima', tanggal: '2026-10-01', data: { tahap: 'diterima' }, createdAt: '', updatedAt: '' },
    {
      id: 2,
      terlaporId: 7,
      tahap: 'panggilan-1',
      tanggal: '2026-10-05',
      data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-10-14', jam: '09.00', tempat: 'Aula', pemeriksa: { pegawaiId: null, nama: 'Drs. Hadi', nip: null, pangkat: null, jabatan: 'Kepala Bidang', peran: '' } },
      createdAt: '',
      updatedAt: '',
    },
    { id: 3, terlaporId: 7, tahap: 'lhp', tanggal: '2026-10-15', data: { tahap: 'lhp', terbukti: true, bentuk: '', waktu: '', tempat: '', memberatkan: '', meringankan: '', dampak: '', usulanHukuman: 'teguran-tertulis', usulanSanksiMoral: null }, createdAt: '', updatedAt: '' },
  ],
  tenggat: [],
  lampu: null,
  diarsipkan: null,
  ...over,
});

const SEMUA: TahapMajuId[] = ['verifikasi', 'panggilan-1', 'panggilan-2', 'pemeriksaan', 'lhp', 'keputusan', 'penyampaian', 'keberatan', 'pencatatan', 'tindak-lanjut', 'selesai'];

describe('kasus screens: stage forms', () => {
  it('sends every stage in the contract’s strict shape (no field of another stage)', () => {
    for (const tahap of SEMUA) {
      const f = { ...formAwal(tahap, orang(), null, 'Bawaslu Kabupaten Sukamaju'), tanggalPeriksa: '2026-10-20', tempat: 'Aula', hadir: 'ya' as const, terbukti: 'ya' as const, hasil: 'hukuman' as const };
      const r = TahapMajuSchema.safeParse(dataTahap(tahap, f));
      expect(r.success, `${tahap}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
      expect(r.data?.tahap).toBe(tahap);
    }
  });

  it('takes the decision’s defaults from the report, the hearing’s from the summons, the follow-up’s addressee from the reporter', () => {
    const t = orang();
    expect(formAwal('keputusan', t, null, '')).toMatchObject({ hasil: 'hukuman', hukuman: 'teguran-tertulis' });
    expect(formAwal('pemeriksaan', t, null, '')).toMatchObject({ tanggal: '2026-10-14', tempat: 'Aula', jam: '09.00' });
    expect(formAwal('tindak-lanjut', t, null, 'Bawaslu Kabupaten Sukamaju').kepada).toEqual(['Bawaslu Kabupaten Sukamaju']);
    // someone outside the registry is forwarded, never sanctioned
    expect(formAwal('keputusan', orang({ jenis: 'luar', luarJenis: 'kepala-desa', riwayat: [] }), null, '').hasil).toBe('diteruskan');
  });

  it('drops the sanction of an outcome that imposes none, and the proposal of a report that finds nothing', () => {
    const f = { ...formAwal('keputusan', orang(), null, ''), hasil: 'tidak-terbukti' as const, alasan: 'Bukti tidak cukup.' };
    expect(dataTahap('keputusan', f)).toMatchObject({ hasil: 'tidak-terbukti', hukuman: null, sanksiMoral: null, pejabatLain: null });
    const l = { ...formAwal('lhp', orang(), null, ''), terbukti: 'tidak' as const, usulanHukuman: 'teguran-tertulis' };
    expect(dataTahap('lhp', l)).toMatchObject({ terbukti: false, usulanHukuman: null });
  });

  it('says what is missing before sending: the examination date, attendance, the reason of a correction', () => {
    const t = orang();
    expect(validasiTahap('panggilan-1', { ...formAwal('panggilan-1', t, null, ''), tempat: 'Aula' }, false).tanggalPeriksa).toContain('wajib');
    expect(validasiTahap('pemeriksaan', formAwal('pemeriksaan', t, null, ''), false).hadir).toBeTruthy();
    const rec = t.riwayat[1]!;
    const ubah = formAwal('panggilan-1', t, rec, '');
    expect(ubah).toMatchObject({ tanggal: '2026-10-05', tanggalPeriksa: '2026-10-14' });
    expect(validasiTahap('panggilan-1', ubah, true).alasanUbah).toContain('alasan');
    expect(validasiTahap('panggilan-1', { ...ubah, alasanUbah: 'Salah ketik.' }, true)).toEqual({});
  });

  it('summarises a recorded step in words', () => {
    const lines = ringkasTahap(orang().riwayat[2]!, isi);
    expect(lines).toEqual(expect.arrayContaining([['Hasil', 'Terbukti'], ['Usulan hukuman', 'teguran tertulis']]));
    expect(ringkasTahap(orang().riwayat[1]!, isi)).toEqual(expect.arrayContaining([['Pemeriksaan', '14 Oktober 2026 pukul 09.00']]));
  });
});

describe('kasus screens: intake', () => {
  it('sends people without the screen-only fields, in the contract’s strict shape', () => {
    const p = terlaporDari({ key: 'a', jenis: 'pegawai', pegawaiId: 3, nama: 'Budi', info: 'NIP …', keterangan: '' });
    expect(p).toEqual({ jenis: 'pegawai', pegawaiId: 3, keterangan: '' });
    expect(TerlaporInputSchema.safeParse(terlaporDari({ key: 'b', jenis: 'belum-dikenal', nama: 'Rina', nip: ' ', jabatan: '', unitKerja: '', keterangan: '' })).data).toMatchObject({ nip: null });
    expect(TerlaporInputSchema.safeParse(terlaporDari({ key: 'c', jenis: 'luar', luarJenis: 'kepala-desa', nama: 'Sutrisno', jabatan: '', instansi: '', keterangan: '' })).success).toBe(true);
  });

  it('refuses a case without people, an incident after receipt, and a person without a name', () => {
    const f = { ...kasusAwal(null), tanggalDiterima: '2026-10-01', tanggalKejadian: '2026-10-05' };
    expect(KasusInputSchema.safeParse(dataDari({ ...f, tanggalKejadian: '2026-09-20' })).success).toBe(true);
    const e = validasiKasus({ ...f, terlapor: [{ key: 'x', jenis: 'belum-dikenal', nama: '', nip: '', jabatan: '', unitKerja: '', keterangan: '' }] }, true);
    expect(e.tanggalKejadian).toContain('sesudah tanggal diterima');
    expect(e['terlapor.0.nama']).toContain('wajib');
    expect(validasiKasus(f, true).terlapor).toContain('paling sedikit satu');
    // editing a case does not ask for people again
    expect(validasiKasus({ ...f, tanggalKejadian: '2026-09-20' }, false)).toEqual({});
  });

  it('reads the candidates of an ATURAN_PILIH refusal, and nothing from another refusal', () => {
    const e = { data: { code: 'ATURAN_PILIH', message: '…', fields: [{ field: 'aturanId', message: '4: SKB Netralitas ASN 2020 (10 September 2020 s.d. 21 September 2022)' }, { field: 'aturanId', message: '5: SKB 2022 (22 September 2022 s.d. sekarang)' }] } };
    expect(calonAturan(e)).toEqual([
      { id: 4, label: 'SKB Netralitas ASN 2020 (10 September 2020 s.d. 21 September 2022)' },
      { id: 5, label: 'SKB 2022 (22 September 2022 s.d. sekarang)' },
    ]);
    expect(calonAturan({ data: { ...e.data, code: 'VALIDASI' } })).toEqual([]);
    expect(calonAturan(new Error('x'))).toEqual([]);
  });
});

describe('kasus screens: audit values', () => {
  it('shows stages, dates and people in words instead of JSON', () => {
    expect(nilaiTeks('"verifikasi"')).toBe('Verifikasi / klarifikasi');
    expect(nilaiTeks(JSON.stringify({ tahap: 'panggilan-1', tanggal: '2026-10-05', id: 9 }))).toBe('Panggilan I, 5 Oktober 2026');
    expect(nilaiTeks(JSON.stringify({ jenis: 'pegawai', nama: 'Budi', nip: '198503122010011004' }))).toBe('Budi, NIP 198503122010011004');
    expect(nilaiTeks(JSON.stringify({ tanggal: '2026-10-02', data: { tahap: 'verifikasi', catatan: 'Diperiksa.' }, alasan: 'Dilengkapi.' }))).toBe('2 Oktober 2026; catatan: Diperiksa. (alasan: Dilengkapi.)');
    expect(nilaiTeks('diarsipkan: Rekomendasi dicabut')).toBe('diarsipkan: Rekomendasi dicabut');
    expect(nilaiTeks(null)).toBe('—');
  });
});
