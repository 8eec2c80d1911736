import { describe, expect, it } from 'vitest';
import type { JenisPenandatangan, ModeTtd, Penandatangan } from '../../../shared/contract/dokumen';
import { ATURAN_TTD, kelasPenandatangan, type KelasPenandatangan } from '../../../shared/dokumen/aturan-ttd';
import { signatureLines } from '../../../shared/dokumen/bagian';
import type { KategoriDokumen } from '../../../shared/dokumen/jenis/index';

const orang = (jenis: JenisPenandatangan, jabatan: string): Penandatangan => ({
  id: 1,
  jabatan,
  nama: 'Rina Wulandari',
  gelarDepan: 'Dr.',
  gelarBelakang: 'S.H., M.H.',
  golongan: 'IV/c',
  nip: '197303141998032004',
  jenis,
  aktif: true,
});

const BERGELAR = 'Dr. Rina Wulandari, S.H., M.H.';
const PANGKAT = 'Pembina Utama Muda';
const NIP = 'NIP. 19730314 199803 2 004';

// The table of format-dokumen.md ("Who signs decides the look"), one row per signer case and category.
const CASES: [string, JenisPenandatangan, string, ModeTtd, string, KategoriDokumen, KelasPenandatangan, { nama: string; pangkat: string | null; nip: string | null; jabatan: string[] }][] = [
  ['bupati, decree', 'kepala-daerah', 'Bupati Sukamaju', 'langsung', '', 'penetapan', 'kepala-daerah', { nama: 'RINA WULANDARI', pangkat: null, nip: null, jabatan: ['BUPATI SUKAMAJU,'] }],
  ['bupati, letter', 'kepala-daerah', 'Bupati Sukamaju', 'langsung', '', 'korespondensi', 'kepala-daerah', { nama: 'Dr. RINA WULANDARI, S.H., M.H.', pangkat: null, nip: null, jabatan: ['BUPATI SUKAMAJU,'] }],
  ['wakil, letter', 'wakil-kepala-daerah', 'Wakil Bupati Sukamaju', 'langsung', '', 'korespondensi', 'kepala-daerah', { nama: 'Dr. RINA WULANDARI, S.H., M.H.', pangkat: null, nip: null, jabatan: ['WAKIL BUPATI SUKAMAJU,'] }],
  ['wakil, decree', 'wakil-kepala-daerah', 'Wakil Bupati Sukamaju', 'langsung', '', 'penetapan', 'kepala-daerah', { nama: 'RINA WULANDARI', pangkat: null, nip: null, jabatan: ['WAKIL BUPATI SUKAMAJU,'] }],
  ['sekda a.n. bupati, letter', 'sekretaris-daerah', 'Sekretaris Daerah', 'an', 'BUPATI SUKAMAJU', 'korespondensi', 'sekretaris-daerah', { nama: BERGELAR, pangkat: null, nip: null, jabatan: ['a.n. BUPATI SUKAMAJU', 'Sekretaris Daerah,'] }],
  ['sekda, circular', 'sekretaris-daerah', 'Sekretaris Daerah', 'langsung', '', 'penetapan', 'sekretaris-daerah', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['SEKRETARIS DAERAH,'] }],
  ['wakil as Plt. bupati, letter', 'wakil-kepala-daerah', 'Wakil Bupati Sukamaju', 'plt', 'Bupati Sukamaju', 'korespondensi', 'pengganti-kepala-daerah', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['Plt. BUPATI SUKAMAJU,'] }],
  ['sekda as Plh. bupati, decree', 'sekretaris-daerah', 'Sekretaris Daerah', 'plh', 'BUPATI SUKAMAJU', 'penetapan', 'pengganti-kepala-daerah', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['Plh. BUPATI SUKAMAJU,'] }],
  ['Pj. bupati (an official), letter', 'pejabat', 'Kepala Biro Pemerintahan Provinsi', 'pj', 'Bupati Sukamaju', 'korespondensi', 'pengganti-kepala-daerah', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['Pj. BUPATI SUKAMAJU,'] }],
  ['Pjs. bupati, decree', 'pejabat', 'Kepala Biro Pemerintahan Provinsi', 'pjs', 'Bupati Sukamaju', 'penetapan', 'pengganti-kepala-daerah', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['Pjs. BUPATI SUKAMAJU,'] }],
  ['Plt. of the own post of a bupati record', 'kepala-daerah', 'Bupati Sukamaju', 'plt', '', 'korespondensi', 'pengganti-kepala-daerah', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['Plt. BUPATI SUKAMAJU,'] }],
  ['Pj. sekda, letter', 'pejabat', 'Asisten Pemerintahan', 'pj', 'Sekretaris Daerah', 'korespondensi', 'pengganti-sekda', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['Pj. SEKRETARIS DAERAH,'] }],
  ['Plh. sekda, letter', 'pejabat', 'Asisten Pemerintahan', 'plh', 'Sekretaris Daerah', 'korespondensi', 'pengganti-sekda', { nama: 'Rina Wulandari', pangkat: null, nip: null, jabatan: ['Plh. SEKRETARIS DAERAH,'] }],
  ['Plt. sekda is an ordinary official (not in the table)', 'pejabat', 'Asisten Pemerintahan', 'plt', 'Sekretaris Daerah', 'korespondensi', 'pejabat', { nama: BERGELAR, pangkat: PANGKAT, nip: NIP, jabatan: ['Plt. SEKRETARIS DAERAH,'] }],
  ['office head, letter', 'pejabat', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'langsung', '', 'korespondensi', 'pejabat', { nama: BERGELAR, pangkat: PANGKAT, nip: NIP, jabatan: ['KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA,'] }],
  ['office head, decree: no titles', 'pejabat', 'Kepala Dinas Pendidikan', 'langsung', '', 'penetapan', 'pejabat', { nama: 'Rina Wulandari', pangkat: PANGKAT, nip: NIP, jabatan: ['KEPALA DINAS PENDIDIKAN,'] }],
  ['Plh. office head, letter', 'pejabat', 'Sekretaris Dinas Kesehatan', 'plh', 'Kepala Dinas Kesehatan', 'korespondensi', 'pejabat', { nama: BERGELAR, pangkat: PANGKAT, nip: NIP, jabatan: ['Plh. KEPALA DINAS KESEHATAN,'] }],
  ['office head u.b., letter', 'pejabat', 'Kepala BKPSDM', 'ub', 'Bupati Sukamaju', 'korespondensi', 'pejabat', { nama: BERGELAR, pangkat: PANGKAT, nip: NIP, jabatan: ['a.n. BUPATI SUKAMAJU', 'Sekretaris Daerah', 'u.b.', 'Kepala BKPSDM,'] }],
];

describe('signature rule table (format-dokumen.md)', () => {
  it.each(CASES)('%s', (_, jenis, jabatan, mode, atasNama, kategori, kelas, want) => {
    const t = { penandatanganId: 1, mode, atasNama, untukBeliau: mode === 'ub' ? 'Sekretaris Daerah' : '' };
    const p = orang(jenis, jabatan);
    expect(kelasPenandatangan(t, p)).toBe(kelas);
    expect(signatureLines(t, p, kategori)).toEqual(want);
  });

  it('never prints titles on pengaturan/penetapan, whoever signs', () => {
    for (const rule of Object.values(ATURAN_TTD)) expect(rule.gelar.penetapan).toBe(false);
  });

  it('takes another table as data (a region reading the annex differently)', () => {
    const t = { penandatanganId: 1, mode: 'langsung' as const, atasNama: '', untukBeliau: '' };
    const p = orang('sekretaris-daerah', 'Sekretaris Daerah');
    const lain = { ...ATURAN_TTD, 'sekretaris-daerah': { ...ATURAN_TTD['sekretaris-daerah'], nip: true } };
    expect(signatureLines(t, p, 'korespondensi').nip).toBeNull();
    expect(signatureLines(t, p, 'korespondensi', lain).nip).toBe(NIP);
  });

  it('an archived signatory from before kinds (kepalaDaerah flag only) still signs as the regional head', () => {
    const { jenis: _, ...old } = orang('kepala-daerah', 'Bupati Sukamaju');
    const legacy = { ...old, kepalaDaerah: true } as unknown as Penandatangan;
    expect(signatureLines({ penandatanganId: 1, mode: 'langsung', atasNama: '', untukBeliau: '' }, legacy, 'penetapan')).toMatchObject({ nama: 'RINA WULANDARI', nip: null });
  });
});
