import { describe, expect, it } from 'vitest';
import { JENIS_DOKUMEN, TandaTanganSchema, type TandaTangan } from '../../../shared/contract/dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { DEFAULT_PAGE_SETUP } from '../../../shared/dokumen/model';
import { pasanganAwal } from '../../../shared/dokumen/pasangan';
import { periksaNaskah, samaJabatan } from '../../../shared/dokumen/periksa';
import { contohPenandatangan, contohProfil, PENANDATANGAN_CONTOH, PROFIL_CONTOH } from '../../../electron/core/documents/contoh';
import { DASAR_HUKUM_CONTOH, naskahContoh } from '../../helpers/naskah';

// Sample indexes: profiles 0 BKPSDM (office), 1 Bupati (kop jabatan), 2 Setda (Pemerintah Daerah);
// signatories 0 Kepala BKPSDM, 1 Bupati, 2 Sekda.
const profiles = PROFIL_CONTOH.map((_, i) => contohProfil(i));
const signers = PENANDATANGAN_CONTOH.map((_, i) => contohPenandatangan(i));

function warnings(jenis: (typeof JENIS_DOKUMEN)[number], profil: number, penandatangan: number, tt: Partial<TandaTangan> = {}, data: Record<string, unknown> = {}) {
  const tandaTangan = TandaTanganSchema.parse({ penandatanganId: penandatangan + 1, ...tt });
  const naskah = naskahContoh(jenis, { profil, penandatangan, tandaTangan, data });
  const parsed = JENIS.get(jenis).schema.parse({ ...JENIS.get(jenis).contoh, ...data });
  return periksaNaskah({ profil: profiles[profil]!, penandatangan: signers[penandatangan]!, tandaTangan, data: parsed, naskah });
}

describe('consistency warnings before saving', () => {
  it('office kop with the regional head signature', () => {
    const w = warnings('surat-undangan', 0, 1, {}, { tembusan: [] });
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('ditandatangani kepala daerah (Bupati Sukamaju), tetapi memakai kop perangkat daerah "BKPSDM"');
  });

  it('kop jabatan with an office head signature, and with the Sekda signing a.n. the Bupati', () => {
    expect(warnings('surat-undangan', 1, 0)[0]).toContain('Kop jabatan "Bupati Sukamaju" hanya untuk naskah yang ditandatangani kepala daerah sendiri');
    const an = warnings('surat-undangan', 1, 2, { mode: 'an', atasNama: 'BUPATI SUKAMAJU' }, { tembusan: [] });
    expect(an).toHaveLength(1);
    expect(an[0]).toContain('memakai kop Pemerintah Daerah');
  });

  it('a.n. the regional head on an office kop', () => {
    const w = warnings('surat-undangan', 0, 2, { mode: 'an', atasNama: 'BUPATI SUKAMAJU' }, { tembusan: [] });
    expect(w).toEqual([expect.stringContaining('Naskah atas nama BUPATI SUKAMAJU memakai kop perangkat daerah "BKPSDM"')]);
  });

  it('a tembusan to the signer, however it is written', () => {
    const w = warnings('surat-undangan', 2, 2, { mode: 'an', atasNama: 'BUPATI SUKAMAJU' }, { tembusan: ['Bupati Sukamaju (sebagai laporan)', 'Sekretaris Daerah Kabupaten Sukamaju'] });
    expect(w).toEqual([expect.stringContaining('Tembusan "Sekretaris Daerah Kabupaten Sukamaju" ditujukan kepada penandatangan naskah ini sendiri (Sekretaris Daerah)')]);
    // the Bupati signing his own decree with a copy to himself
    expect(warnings('sk-satgas', 1, 1, {}, { tembusan: ['Yth. Bupati Sukamaju;'] })).toEqual([expect.stringContaining('Tembusan "Yth. Bupati Sukamaju;"')]);
  });

  it('a kop jabatan without its emblem: printed without the lambang negara', () => {
    const tandaTangan = TandaTanganSchema.parse({ penandatanganId: 2 });
    const data = JENIS.get('sk-satgas').schema.parse(JENIS.get('sk-satgas').contoh);
    const naskah = naskahContoh('sk-satgas', { profil: 1, penandatangan: 1 });
    const bupati = profiles[1]!;
    expect(bupati.jenisKop).toBe('kepala-daerah');
    expect(periksaNaskah({ profil: bupati, penandatangan: signers[1]!, tandaTangan, data, naskah })).toEqual([]);
    expect(periksaNaskah({ profil: { ...bupati, lambang: null }, penandatangan: signers[1]!, tandaTangan, data, naskah })).toEqual([
      expect.stringContaining('Kop jabatan "Bupati Sukamaju" belum memiliki gambar lambang negara'),
    ]);
  });

  it('a lampiran heading that names another office than the signer', () => {
    const tandaTangan = TandaTanganSchema.parse({ penandatanganId: 1 });
    const naskah = naskahContoh('surat-undangan', { profil: 0, penandatangan: 0 });
    const edited = {
      ...naskah,
      blocks: naskah.blocks.map((b) => (b.kind === 'kepala-lampiran' ? { ...b, rows: [{ label: 'LAMPIRAN', value: 'SURAT BADAN KESATUAN BANGSA DAN POLITIK' }, ...b.rows.slice(1)] } : b)),
    };
    const data = JENIS.get('surat-undangan').schema.parse(JENIS.get('surat-undangan').contoh);
    expect(periksaNaskah({ profil: profiles[0]!, penandatangan: signers[0]!, tandaTangan, data, naskah })).toEqual([]);
    expect(periksaNaskah({ profil: profiles[0]!, penandatangan: signers[0]!, tandaTangan, data, naskah: edited })).toEqual([
      expect.stringContaining('Kepala lampiran menyebut "SURAT BADAN KESATUAN BANGSA DAN POLITIK", padahal naskah ini ditandatangani sebagai Kepala Badan Kepegawaian'),
    ]);
  });

  it.each([
    ['Sekretaris Daerah', 'Sekretaris Daerah Kabupaten Sukamaju', true],
    ['Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA', true],
    ['Kepala Badan Kepegawaian Negara', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', false],
    ['Bupati Sukamaju (sebagai laporan)', 'BUPATI SUKAMAJU', true],
    ['Ketua Bawaslu Kabupaten Sukamaju', 'Bupati Sukamaju', false],
  ])('samaJabatan(%j, %j) is %s', (a, b, same) => expect(samaJabatan(a, b)).toBe(same));
});

describe('the samples pass their own checks', () => {
  it.each(JENIS_DOKUMEN)('%s: the starting kop and signatory of the sample data give no warning', (jenis) => {
    const def = JENIS.get(jenis);
    const { profil, penandatangan } = pasanganAwal(def.olehKepalaDaerah, profiles, signers);
    const tandaTangan = TandaTanganSchema.parse({ penandatanganId: penandatangan!.id });
    const siap = def.siapkan(def.contoh);
    if (!siap.ok) throw new Error(siap.masalah[0]!.message);
    const naskah = siap.build({ setup: DEFAULT_PAGE_SETUP, profil: profil!, penandatangan: penandatangan!, tandaTangan, nomor: '800/…/BKPSDM/2026', tanggal: '2026-11-23', teks: def.teksBawaan, dasarHukum: DASAR_HUKUM_CONTOH, kategori: def.kategori });
    expect(periksaNaskah({ profil: profil!, penandatangan: penandatangan!, tandaTangan, data: siap.data, naskah })).toEqual([]);
  });

  it('the office invitation starts with the office kop and its own head, the decrees with the Bupati', () => {
    expect(pasanganAwal(false, profiles, signers)).toMatchObject({ profil: { nama: 'BKPSDM' }, penandatangan: { jenis: 'pejabat' } });
    expect(pasanganAwal(true, profiles, signers)).toMatchObject({ profil: { jenisKop: 'kepala-daerah' }, penandatangan: { jenis: 'kepala-daerah' } });
  });
});
