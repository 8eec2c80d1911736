import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { makeCore } from '../../helpers/core';

describe('adversarial: classification codes in use', () => {
  it('a code a numbering scheme uses cannot leave the list; the scheme keeps a code the list holds', async () => {
    const core = makeCore();
    const saved = await dispatch(core, 'nomor.skema.save', {
      jenis: 'surat-undangan',
      data: { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800.1.6.4', unit: '', padding: 4, seri: 'surat-keluar' },
    });
    expect(saved.ok).toBe(true);
    const before = core.klasifikasi.list();
    const r = await dispatch(core, 'klasifikasi.save', { daftar: before.filter((k) => k.kode !== '800.1.6.4') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.map((f) => f.message).join(' ')).toContain('Kode 800.1.6.4 dipakai skema penomoran Surat Undangan');
    expect(core.klasifikasi.list()).toEqual(before);
    // the default schemes (never saved) count too: 800 numbers the decrees
    const r2 = await dispatch(core, 'klasifikasi.save', { daftar: before.filter((k) => k.kode !== '800') });
    expect(r2.ok).toBe(false);
    // renaming a code in use is fine, and so is removing one nobody uses
    const renamed = await dispatch(core, 'klasifikasi.save', {
      daftar: before.filter((k) => k.kode !== '900').map((k) => (k.kode === '800.1.6.4' ? { ...k, nama: 'Disiplin Pegawai' } : k)),
    });
    expect(renamed.ok).toBe(true);
  });
});
