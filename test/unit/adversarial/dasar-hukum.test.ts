import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { MAKS_BARIS_DASAR_HUKUM } from '../../../electron/core/services/dasar-hukum';
import { makeCore } from '../../helpers/core';
import { writeSheet } from '../../helpers/sheets';

const HEADERS = ['Kode', 'Jenis', 'Nomor', 'Tahun', 'Tentang', 'Diubah dengan'];

describe('adversarial: the legal-bases sheet import', () => {
  it('an oversized sheet is refused whole, before the chain checks that would hold the window', async () => {
    const core = makeCore();
    const before = core.dasarHukum.list();
    const n = MAKS_BARIS_DASAR_HUKUM + 1;
    const rows = Array.from({ length: n }, (_, i) => [`PERBUP-${i + 1}-2020`, 'Perkada', String(i + 1), 2020, `Hal ${i + 1}`, i > 0 ? `PERBUP-${i}-2020` : '']);
    const file = await writeSheet('besar.xlsx', HEADERS, rows);
    await expect(core.dasarHukum.import({ path: file, label: 'besar.xlsx' })).rejects.toThrow('memuat 2.001 dasar hukum; sekali impor paling banyak 2.000');
    expect(core.dasarHukum.list()).toEqual(before);
  });

  it('a cycle A → B → C → A in one file is refused on every row it passes, each message ending once', async () => {
    const core = makeCore();
    const before = core.dasarHukum.list();
    const file = await writeSheet('rantai.xlsx', HEADERS, [
      ['A-1', 'UU', '1', 2000, 'a', 'B-1'],
      ['B-1', 'UU', '2', 2001, 'b', 'C-1'],
      ['C-1', 'UU', '3', 2002, 'c', 'A-1'],
    ]);
    const e = (await core.dasarHukum.import({ path: file, label: 'rantai.xlsx' }).catch((x: Error) => x)) as Error;
    expect(e.message.match(/Rantai perubahan melingkar/g)).toHaveLength(3);
    expect(e.message).not.toContain('..');
    expect(e.message).not.toContain('.;');
    expect(core.dasarHukum.list()).toEqual(before);
  });

  it('a file row that takes over a shipped code, and one whose chain names a row further down, still import', async () => {
    const core = makeCore();
    const file = await writeSheet('gabung.xlsx', HEADERS, [
      ['uu-23-2014', 'UU', '23', 2014, 'Pemerintahan Daerah', 'UU-9-2015'],
      ['UU-9-2015', 'UU', '9', 2015, 'Perubahan Kedua atas UU 23/2014', ''],
    ]);
    const r = await core.dasarHukum.import({ path: file, label: 'gabung.xlsx' });
    expect(r.jumlah).toBe(2);
    expect(r.daftar.filter((d) => d.kode.toUpperCase() === 'UU-23-2014')).toHaveLength(1);
    expect(r.daftar.find((d) => d.kode === 'UU-23-2014')?.diubahDengan).toEqual(['UU-9-2015']);
  });
});

describe('adversarial: dasarHukum.save', () => {
  it('an empty line in "Diubah dengan" is dropped, not reported as a missing entry with no name', async () => {
    const core = makeCore();
    const r = await dispatch(core, 'dasarHukum.save', {
      id: null,
      data: { kode: 'PERDA-5-2016', jenis: 'perda', sebutan: '', nomor: '5', tahun: 2016, tanggal: '', tentang: 'Perangkat Daerah', ln: '', tln: '', diubahDengan: ['  ', 'UU-9-2015', ''], periksa: false },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as { diubahDengan: string[] }).diubahDengan).toEqual(['UU-9-2015']);
  });
});
