import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { DEFAULT_PAGE_SETUP } from '../../../shared/dokumen/model';
import { makeCore } from '../../helpers/core';

describe('adversarial: halaman.save with nonsense', () => {
  it('refuses nonsense in Indonesian, keeps the saved setup, and saves a font size as it prints', async () => {
    const core = makeCore();
    const cases: [object, string][] = [
      [{ margin: { ...DEFAULT_PAGE_SETUP.margin, top: 61 } }, 'Margin atas paling banyak 60 mm.'],
      [{ margin: { ...DEFAULT_PAGE_SETUP.margin, left: '30' } }, 'Margin kiri ditulis dalam milimeter'],
      [{ font: 'Comic Sans MS' }, 'Pilih huruf Arial, Bookman Old Style, Times New Roman.'],
      [{ margin: { top: 60, bottom: 60, left: 60, right: 60 } }, 'lebar bidang teks paling sedikit 140 mm'],
    ];
    for (const [over, message] of cases) {
      const r = await dispatch(core, 'halaman.save', { kategori: 'penetapan', setup: { ...DEFAULT_PAGE_SETUP, ...over } });
      expect(r.ok, message).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(message);
    }
    expect(core.halaman.get('penetapan').font).toBe('Bookman Old Style');
    // a size Word cannot store is saved as the size it prints in, not as typed
    const odd = await dispatch(core, 'halaman.save', { kategori: 'penetapan', setup: { ...DEFAULT_PAGE_SETUP, fontSizePt: 12.25 } });
    expect(odd.ok && (odd.value as { fontSizePt: number }).fontSizePt).toBe(12.5);
    expect(core.halaman.get('penetapan').fontSizePt).toBe(12.5);
  });
});
