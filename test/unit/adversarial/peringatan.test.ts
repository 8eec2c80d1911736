import { describe, expect, it } from 'vitest';
import type { DokumenBuat } from '../../../shared/contract/dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { samaJabatan } from '../../../shared/dokumen/periksa';
import { dispatch } from '../../../electron/core/handlers';
import type { Core } from '../../../electron/core/core';
import { makeCore } from '../../helpers/core';

const contoh = JENIS.get('surat-undangan').contoh as Record<string, unknown>;

function setup() {
  const core = makeCore();
  core.demo.load({ pegawai: 5, seed: 1 });
  const sekda = core.penandatangan.list().find((p) => p.jenis === 'sekretaris-daerah')!;
  const pemda = core.instansi.list().find((p) => p.jenisKop === 'pemerintah-daerah')!;
  const req = (tembusan: string[], over: Partial<DokumenBuat> = {}): DokumenBuat => ({
    jenis: 'surat-undangan',
    data: { ...contoh, tembusan },
    profilId: pemda.id,
    tandaTangan: { penandatanganId: sekda.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
    tanggal: '2026-11-23',
    nomor: { cara: 'otomatis' },
    ...over,
  });
  return { core, req };
}
const count = (core: Core) => core.penomoran.list({ tahun: null, status: null }).length;

describe('adversarial: the tembusan-to-the-signer warning', () => {
  it('catches the copy to the signer when the line carries a list number or the short form "Sekda"', async () => {
    const { core, req } = setup();
    for (const line of ['1. Sekretaris Daerah Kabupaten Sukamaju', 'Sekda Kabupaten Sukamaju', 'Yth. Sekda Kab. Sukamaju;', '2) sekretaris   daerah']) {
      const { jenis, data, profilId, tandaTangan, tanggal } = req([line]);
      const r = await dispatch(core, 'dokumen.periksa', { jenis, data, profilId, tandaTangan, tanggal });
      expect(r.ok && r.value, line).toEqual([expect.stringContaining('ditujukan kepada penandatangan naskah ini sendiri')]);
      // and the save is refused without the clerk accepting it, taking no number
      const saved = await dispatch(core, 'dokumen.buat', req([line]));
      expect(saved.ok, line).toBe(false);
    }
    expect(count(core)).toBe(0);
  });

  it('numbers and short forms do not make other posts look like the signer', () => {
    expect(samaJabatan('1. Bupati Sukamaju', 'Sekretaris Daerah')).toBe(false);
    expect(samaJabatan('Sekretaris DPRD Kabupaten Sukamaju', 'Sekda')).toBe(false);
    expect(samaJabatan('Sekda Kab. Sukamaju', 'Sekretaris Daerah Kabupaten Sukamaju')).toBe(true);
  });

  it('an empty tembusan line is refused saying which line, in Indonesian', async () => {
    const { core, req } = setup();
    const r = await dispatch(core, 'dokumen.buat', req(['Bupati Sukamaju', '   ']));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('tembusan baris ke-2');
      expect(r.error.message).toContain('Baris ini kosong');
      expect(r.error.fields?.[0]?.field).toBe('data.tembusan.1');
    }
    expect(count(core)).toBe(0);
  });

  it('the warning cannot be bypassed with a look-alike flag from the web API', async () => {
    const { core, req } = setup();
    const bad = req(['Sekretaris Daerah']);
    for (const flag of ['true', 1, null, {}]) {
      const r = await dispatch(core, 'dokumen.buat', { ...bad, peringatanDiterima: flag });
      expect(r.ok, JSON.stringify(flag)).toBe(false);
    }
    const { peringatanDiterima: _, ...missing } = { ...bad, peringatanDiterima: undefined };
    const r = await dispatch(core, 'dokumen.buat', missing);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('Dokumen belum disimpan');
    expect(count(core)).toBe(0);
    const accepted = await dispatch(core, 'dokumen.buat', { ...bad, peringatanDiterima: true });
    expect(accepted.ok).toBe(true);
  });

  it('"a.n." typed into the atas-nama field prints once and still gets the kop warning; so does a.n. a Pj. Bupati', async () => {
    const { core, req } = setup();
    const sekda = core.penandatangan.list().find((p) => p.jenis === 'sekretaris-daerah')!;
    const dinas = core.instansi.list().find((p) => p.jenisKop === 'dinas')!;
    for (const atasNama of ['a.n. BUPATI SUKAMAJU', 'an. Bupati Sukamaju', 'A.n.BUPATI SUKAMAJU', 'Pj. BUPATI SUKAMAJU']) {
      const { jenis, data, tanggal } = req([]);
      const input = { jenis, data, tanggal, profilId: dinas.id, tandaTangan: { penandatanganId: sekda.id, mode: 'an', atasNama, untukBeliau: '' } };
      const w = await dispatch(core, 'dokumen.periksa', input);
      expect(w.ok && w.value, atasNama).toEqual([expect.stringContaining('memakai kop perangkat daerah "BKPSDM"')]);
      const p = await dispatch(core, 'dokumen.pratinjau', input);
      const text = JSON.stringify(p.ok && p.value);
      expect(text, atasNama).not.toMatch(/a\.n\. A\.?N\./i);
      expect(text, atasNama).not.toMatch(/SURAT A\.?N\./i);
    }
  });
});
