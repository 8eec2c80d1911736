import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { dispatch } from '../../../electron/core/handlers';
import type { DasarHukumInput } from '../../../shared/contract/dasar-hukum';
import type { AppError } from '../../../shared/contract/result';
import { DEFAULT_PAGE_SETUP, DEFAULT_PAGE_SETUP_PENETAPAN } from '../../../shared/dokumen/model';
import { makeCore, tempDir, thrown } from '../../helpers/core';
import { denganLambang } from '../../helpers/dokumen';
import { writeSheet } from '../../helpers/sheets';

const perda = (over: Partial<DasarHukumInput> = {}): DasarHukumInput => ({
  kode: 'PERDA-5-2016',
  jenis: 'perda',
  sebutan: 'Peraturan Daerah Kabupaten Sukamaju',
  nomor: '5',
  tahun: 2016,
  tanggal: '2016-11-30',
  tentang: 'Pembentukan dan Susunan Perangkat Daerah',
  ln: '5',
  tln: '3',
  diubahDengan: [],
  periksa: false,
  ...over,
});

describe('dasar hukum list', () => {
  it('ships the legal bases the three documents cite, by hierarchy then date, uncertain numbers marked', () => {
    const core = makeCore();
    const list = core.dasarHukum.list();
    const kode = list.map((d) => d.kode);
    for (const k of ['UU-23-2014', 'UU-20-2023', 'UU-1-2015', 'UU-7-2017', 'PP-42-2004', 'PP-94-2021', 'SKB-NETRALITAS-2022']) expect(kode).toContain(k);
    expect(kode.indexOf('UU-23-2014')).toBeLessThan(kode.indexOf('UU-20-2023'));
    expect(kode.indexOf('UU-20-2023')).toBeLessThan(kode.indexOf('PP-42-2004'));
    expect(kode[kode.length - 1]).toBe('SKB-NETRALITAS-2022');
    expect(list.find((d) => d.kode === 'SKB-NETRALITAS-2022')).toMatchObject({ periksa: true, bawaan: true });
  });

  it.each<[string, Partial<DasarHukumInput>, string, RegExp]>([
    ['a code already taken', { kode: 'uu-23-2014' }, 'kode', /sudah dipakai untuk Undang-Undang Nomor 23 Tahun 2014/],
    ['an amendment that is not in the list', { diubahDengan: ['PERDA-9-2099'] }, 'diubahDengan', /PERDA-9-2099 tidak ada di daftar/],
    ['itself as its amendment', { diubahDengan: ['PERDA-5-2016'] }, 'diubahDengan', /perubahan dirinya sendiri/],
    ['a date outside the year of its number', { tanggal: '2017-01-02' }, 'tanggal', /\(2017\) tidak sama dengan tahun nomornya \(2016\)/],
  ])('refuses %s, naming the field', (_, over, field, message) => {
    const core = makeCore();
    const e = thrown(() => core.dasarHukum.save(null, perda(over)));
    expect(e.code).toBe('VALIDASI');
    expect(e.fields).toEqual(expect.arrayContaining([{ field, message: expect.stringMatching(message) }]));
  });

  it('refuses a chain that goes round, and a code renamed while texts cite it; a rename carries over to the chains that name it', () => {
    const core = makeCore();
    const a = core.dasarHukum.save(null, perda());
    const b = core.dasarHukum.save(null, perda({ kode: 'PERDA-2-2020', nomor: '2', tahun: 2020, tanggal: '', tentang: 'Perubahan atas Perda 5/2016' }));
    core.dasarHukum.save(a.id, { ...a, diubahDengan: ['PERDA-2-2020'] });
    expect(thrown(() => core.dasarHukum.save(b.id, { ...b, diubahDengan: ['PERDA-5-2016'] })).message).toMatch(/melingkar/);
    core.dasarHukum.save(b.id, { ...b, kode: 'PERDA-2-2020-B' });
    expect(core.dasarHukum.get(a.id).diubahDengan).toEqual(['PERDA-2-2020-B']);
    const uu = core.dasarHukum.list().find((d) => d.kode === 'UU-23-2014')!;
    expect(thrown(() => core.dasarHukum.save(uu.id, { ...uu, kode: 'UU-23-2014-X' })).message).toMatch(/dikutip di teks Keputusan Pembentukan Satgas Netralitas/);
  });

  it('refuses to delete an entry that a text cites or that amends another; deletes one that nothing uses', async () => {
    const core = makeCore();
    const byKode = (k: string) => core.dasarHukum.list().find((d) => d.kode === k)!;
    expect(thrown(() => core.dasarHukum.delete(byKode('PP-94-2021').id)).message).toMatch(/masih dikutip di teks .*Surat Edaran/);
    expect(thrown(() => core.dasarHukum.delete(byKode('UU-6-2023').id)).message).toMatch(/perubahan dari Undang-Undang Nomor 23 Tahun 2014/);
    const r = await dispatch(core, 'dasarHukum.delete', { id: byKode('PERMENDAGRI-1-2023').id });
    expect(r.ok).toBe(true);
    expect(core.dasarHukum.list().some((d) => d.kode === 'PERMENDAGRI-1-2023')).toBe(false);
  });

  it('texts that cite a code the list does not hold are refused on save, naming the slot and the code', () => {
    const core = makeCore();
    const teks = { ...core.teks.latest('sk-satgas').teks, mengingat: 'UU-23-2014\nUU-99-2099' };
    const e = thrown(() => core.teks.simpan('sk-satgas', teks));
    expect(e.fields).toEqual([{ field: 'mengingat', message: expect.stringContaining('kode UU-99-2099 tidak ada di daftar dasar hukum') }]);
  });

  it('a document keeps the legal bases it cited: rebuilt after the list changed, it is the same document', async () => {
    const core = makeCore();
    const p = core.instansi.save(null, { nama: 'Bupati', jenisKop: 'kepala-daerah', pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU', kepalaDaerah: 'BUPATI SUKAMAJU', perangkatDaerah: '', alamat: '', telepon: '', email: '', laman: '', kodePos: '', kota: 'Sukamaju', kodeUnit: 'BKPSDM' });
    denganLambang(core, p.id);
    const s = core.penandatangan.save(null, { jabatan: 'Bupati Sukamaju', nama: 'Ahmad Fauzi', gelarDepan: '', gelarBelakang: '', golongan: '', nip: '', jenis: 'kepala-daerah', aktif: true });
    const { dokumen } = await core.dokumen.buat({
      jenis: 'sk-satgas',
      data: core.teks.jenisInfo().find((j) => j.jenis === 'sk-satgas')!.contoh as Record<string, unknown>,
      profilId: p.id,
      tandaTangan: { penandatanganId: s.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
      tanggal: '2026-11-23',
      nomor: { cara: 'otomatis' },
    });
    const uu = core.dasarHukum.list().find((d) => d.kode === 'UU-23-2014')!;
    core.dasarHukum.save(uu.id, { ...uu, ln: '999', tentang: 'Diubah' });
    expect((await core.dokumen.buatUlang(dokumen.id)).sama).toBe(true);
  });

  it('imports a sheet all or nothing, with the row and column of each problem in Indonesian', async () => {
    const core = makeCore();
    const headers = ['Kode', 'Jenis', 'Sebutan', 'Nomor', 'Tahun', 'Tanggal', 'Tentang', 'LN', 'TLN', 'Diubah dengan', 'Periksa'];
    const bad = await writeSheet('dasar.xlsx', headers, [
      ['PERDA-5-2016', 'Perda', '', '5', 2016, '30/11/2016', 'Perangkat Daerah', '5', '3', 'PERBUP-1-2099', ''],
      ['PERBUP-12-2021', 'Pergub?', '', '12', 2021, 'kemarin', 'Kedudukan', '', '', '', 'ya'],
    ]);
    const before = core.dasarHukum.list().length;
    const e = (await core.dasarHukum.import({ path: bad, label: 'dasar.xlsx' }).catch((x: unknown) => x)) as AppError;
    expect(e.code).toBe('IMPOR_DITOLAK');
    expect(e.message).toContain('baris 3 kolom Jenis (B): jenis "Pergub?" tidak dikenal');
    expect(e.message).toContain('baris 3 kolom Tanggal (F): "kemarin" bukan tanggal');
    expect(core.dasarHukum.list()).toHaveLength(before);

    const chainMissing = await writeSheet('dasar2.xlsx', headers, [['PERDA-5-2016', 'Perda', '', '5', 2016, '30/11/2016', 'Perangkat Daerah', '5', '3', 'PERBUP-1-2099', '']]);
    const e2 = (await core.dasarHukum.import({ path: chainMissing, label: 'dasar2.xlsx' }).catch((x: unknown) => x)) as AppError;
    expect(e2.message).toContain('baris 2 kolom Diubah dengan: Perubahan PERBUP-1-2099 tidak ada di daftar');

    const good = await writeSheet('dasar3.xlsx', headers, [
      ['PERDA-5-2016', 'Peraturan Daerah', 'Peraturan Daerah Kabupaten Sukamaju', '5', 2016, '30/11/2016', 'Perangkat Daerah', '5', '3', 'PERDA-2-2020', ''],
      ['PERDA-2-2020', 'perda', 'Peraturan Daerah Kabupaten Sukamaju', '2', 2020, null, 'Perubahan atas Perda Nomor 5 Tahun 2016', '2', '', '', 'ya'],
      ['UU-23-2014', 'UU', '', '23', 2014, '2014-09-30', 'Pemerintahan Daerah', '244', '5587', 'UU-9-2015; UU-6-2023', ''],
    ]);
    const token = core.files.register(good, 'Dasar hukum.xlsx');
    const r = await dispatch(core, 'dasarHukum.import', { file: token });
    expect(r.ok && (r.value as { jumlah: number }).jumlah).toBe(3);
    const list = core.dasarHukum.list();
    expect(list).toHaveLength(before + 2);
    expect(list.find((d) => d.kode === 'PERDA-2-2020')).toMatchObject({ periksa: true, tanggal: '', tahun: 2020 });
    expect(list.find((d) => d.kode === 'PERDA-5-2016')).toMatchObject({ tanggal: '2016-11-30', diubahDengan: ['PERDA-2-2020'] });
  });
});

describe('migration 005', () => {
  it('the one saved page setup becomes the letters\u2019; decrees keep its paper and margins in Bookman Old Style 12; unedited texts move to the new version', () => {
    const dir = tempDir();
    const old = openDatabase(dir, MIGRATIONS.slice(0, 4));
    const saved = { ...DEFAULT_PAGE_SETUP, paper: 'A4', margin: { top: 25, bottom: 25, left: 30, right: 20 }, font: 'Times New Roman' };
    old.prepare('INSERT INTO pengaturan (kunci, nilai, updated_at) VALUES (?, ?, ?)').run('dokumen.halaman', JSON.stringify(saved), 'x');
    const ins = old.prepare("INSERT INTO teks_dokumen (jenis, versi, teks, catatan, created_at) VALUES (?, ?, ?, ?, 'x')");
    // the SK as an older release seeded it (never edited); the SE edited by the clerk (version 2)
    ins.run('sk-satgas', 1, JSON.stringify({ mengingat: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;' }), 'Teks bawaan Netra');
    ins.run('surat-edaran', 1, JSON.stringify({ dasar: 'lama' }), 'Teks bawaan Netra');
    ins.run('surat-edaran', 2, JSON.stringify({ dasar: 'milik petugas' }), 'diubah');
    old.close();

    const core = makeCore(dir);
    expect(core.halaman.get('korespondensi')).toEqual(saved);
    expect(core.halaman.get('penetapan')).toEqual({ ...saved, font: 'Bookman Old Style', fontSizePt: 12 });
    expect(core.teks.latest('sk-satgas')).toMatchObject({ versi: 2, teks: { mengingat: expect.stringContaining('UU-23-2014') } });
    expect(core.teks.latest('surat-edaran')).toMatchObject({ versi: 2, teks: { dasar: 'milik petugas' } });
  });

  it('a new database: decrees in Bookman Old Style, letters in Arial; the preview of each type uses its category\u2019s setup', () => {
    const core = makeCore();
    expect(core.halaman.get('penetapan')).toEqual(DEFAULT_PAGE_SETUP_PENETAPAN);
    expect(core.halaman.get('korespondensi')).toEqual(DEFAULT_PAGE_SETUP);
    const p = core.instansi.save(null, { nama: 'BKPSDM', jenisKop: 'dinas', pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU', kepalaDaerah: 'BUPATI SUKAMAJU', perangkatDaerah: 'BKPSDM', alamat: '', telepon: '', email: '', laman: '', kodePos: '', kota: 'Sukamaju', kodeUnit: 'BKPSDM' });
    const s = core.penandatangan.save(null, { jabatan: 'Bupati Sukamaju', nama: 'Ahmad Fauzi', gelarDepan: '', gelarBelakang: '', golongan: '', nip: '', jenis: 'kepala-daerah', aktif: true });
    const preview = (jenis: 'sk-satgas' | 'surat-undangan') =>
      core.dokumen.pratinjau({
        jenis,
        data: core.teks.jenisInfo().find((j) => j.jenis === jenis)!.contoh as Record<string, unknown>,
        profilId: p.id,
        tandaTangan: { penandatanganId: s.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
        tanggal: '2026-11-23',
      }).setup;
    expect(preview('sk-satgas').font).toBe('Bookman Old Style');
    expect(preview('surat-undangan').font).toBe('Arial');
    core.halaman.save('penetapan', { ...DEFAULT_PAGE_SETUP_PENETAPAN, fontSizePt: 13 });
    expect(preview('sk-satgas').fontSizePt).toBe(13);
    expect(preview('surat-undangan').fontSizePt).toBe(12);
  });
});
