import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import type { NaskahDinas, SignatureBlock } from '../../../shared/dokumen/model';
import { makeCore } from '../../helpers/core';
import { call, denganLambang, profil } from '../../helpers/dokumen';

/** The signature block of a built document. */
const ttdOf = (n: NaskahDinas) => n.blocks.find((b): b is SignatureBlock => b.kind === 'tanda-tangan')!;

function setup() {
  const core = makeCore();
  const p = core.instansi.save(null, profil({ nama: 'Bupati', jenisKop: 'kepala-daerah', perangkatDaerah: '' }));
  denganLambang(core, p.id);
  const s = core.penandatangan.save(null, { jabatan: 'Bupati Sukamaju', nama: 'Ahmad Fauzi', gelarDepan: 'H.', gelarBelakang: 'S.E., M.M.', golongan: '', nip: '', jenis: 'kepala-daerah', aktif: true });
  const se = {
    jenis: 'surat-edaran' as const,
    data: core.teks.jenisInfo().find((j) => j.jenis === 'surat-edaran')!.contoh as Record<string, unknown>,
    profilId: p.id,
    tandaTangan: { penandatanganId: s.id, mode: 'langsung' as const, atasNama: '', untukBeliau: '' },
    tanggal: '2026-11-23',
  };
  return { core, se };
}

describe('the category of a document type is a setting (format-dokumen.md marks the SE’s as verify)', () => {
  it('an SE moved to korespondensi signs with the regional head’s titles and the letters’ page setup; back to its own with null', async () => {
    const { core, se } = setup();
    const before = await call(core, 'dokumen.pratinjau', se);
    expect(ttdOf(before).nama).toBe('AHMAD FAUZI');
    expect(before.setup.font).toBe('Bookman Old Style');

    const set = await call(core, 'halaman.setKategori', { jenis: 'surat-edaran', kategori: 'korespondensi' });
    expect(set).toEqual({ jenis: 'surat-edaran', label: expect.any(String), kategori: 'korespondensi', bawaan: 'penetapan' });
    expect((await call(core, 'halaman.kategori', {})).map((k) => [k.jenis, k.kategori])).toEqual([
      ['surat-edaran', 'korespondensi'],
      ['surat-undangan', 'korespondensi'],
      ['sk-satgas', 'penetapan'],
      ['surat-pengingat-ikrar', 'korespondensi'],
      ['surat-panggilan', 'korespondensi'],
      ['berita-acara-pemeriksaan', 'korespondensi'],
      ['laporan-hasil-pemeriksaan', 'korespondensi'],
      ['keputusan-tim-pemeriksa', 'penetapan'],
      ['keputusan-pembebasan-sementara', 'penetapan'],
      ['keputusan-hukuman-disiplin', 'penetapan'],
      ['pernyataan-sanksi-moral', 'korespondensi'],
      ['panggilan-penyampaian', 'korespondensi'],
      ['berita-acara-penyampaian', 'korespondensi'],
      ['laporan-tindak-lanjut', 'korespondensi'],
      ['surat-keterangan-hukdis', 'korespondensi'],
    ]);
    const after = await call(core, 'dokumen.pratinjau', se);
    expect(ttdOf(after).nama).toBe('H. AHMAD FAUZI, S.E., M.M.');
    expect(after.setup.font).toBe('Arial');

    await call(core, 'halaman.setKategori', { jenis: 'surat-edaran', kategori: null });
    expect(ttdOf(await call(core, 'dokumen.pratinjau', se)).nama).toBe('AHMAD FAUZI');
  });

  it('an archived document keeps the category it was made with: rebuilt after the setting changed, it is the same file', async () => {
    const { core, se } = setup();
    const { dokumen } = await core.dokumen.buat({ ...se, nomor: { cara: 'otomatis' } });
    await call(core, 'halaman.setKategori', { jenis: 'surat-edaran', kategori: 'korespondensi' });
    expect((await core.dokumen.buatUlang(dokumen.id)).sama).toBe(true);
  });

  it('refuses an unknown type or group at the boundary', async () => {
    const { core } = setup();
    for (const input of [{ jenis: 'nota-dinas', kategori: 'penetapan' }, { jenis: 'surat-edaran', kategori: 'peraturan' }, { jenis: 'surat-edaran' }]) {
      const r = await dispatch(core, 'halaman.setKategori', input);
      expect(r.ok ? null : r.error.code).toBe('VALIDASI');
    }
    expect((await call(core, 'halaman.kategori', {})).find((k) => k.jenis === 'surat-edaran')?.kategori).toBe('penetapan');
  });
});
