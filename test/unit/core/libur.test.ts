import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import type { Core } from '../../../electron/core/core';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import type { AppErrorData } from '../../../shared/contract/result';
import { makeCore, tempDir } from '../../helpers/core';
import { writeSheet } from '../../helpers/sheets';

async function ok<C extends ChannelName>(core: Core, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}
async function fail<C extends ChannelName>(core: Core, channel: C, input: InputOf<C>): Promise<AppErrorData> {
  const r = await dispatch(core, channel, input);
  if (r.ok) throw new Error(`${channel} should have been refused`);
  return r.error;
}

describe('holiday table', () => {
  it('is seeded with the fixed-date holidays and 2026 marked "periksa"', async () => {
    const core = makeCore();
    const y2027 = await ok(core, 'libur.list', { tahun: 2027 });
    expect(y2027.map((l) => l.tanggal)).toEqual(['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
    expect(y2027.every((l) => l.periksa)).toBe(true);
    const y2026 = await ok(core, 'libur.list', { tahun: 2026 });
    expect(y2026.find((l) => l.tanggal === '2026-03-23')).toMatchObject({ jenis: 'cuti-bersama', periksa: true });
  });

  it('adds, refuses a second holiday on a date, edits (moving the date) and deletes; a saved row is no longer "periksa"', async () => {
    const core = makeCore();
    const added = await ok(core, 'libur.simpan', { tanggal: '2027-02-06', nama: 'Tahun Baru Imlek', jenis: 'nasional' });
    expect(added).toMatchObject({ tanggal: '2027-02-06', periksa: false });
    const dup = await fail(core, 'libur.simpan', { tanggal: '2027-02-06', nama: 'Lain', jenis: 'daerah' });
    expect(dup.code).toBe('DUPLIKAT');
    expect(dup.message).toMatch(/6 Februari 2027 sudah tercatat sebagai hari libur "Tahun Baru Imlek"/);
    await ok(core, 'libur.simpan', { tanggal: '2027-02-08', nama: 'Tahun Baru Imlek 2578', jenis: 'nasional', tanggalLama: '2027-02-06' });
    const list = await ok(core, 'libur.list', { tahun: 2027 });
    expect(list.map((l) => l.tanggal)).toContain('2027-02-08');
    expect(list.map((l) => l.tanggal)).not.toContain('2027-02-06');
    // moving onto a date that has a holiday would drop that one silently: refused, nothing changes
    const onto = await fail(core, 'libur.simpan', { tanggal: '2027-05-01', nama: 'X', jenis: 'nasional', tanggalLama: '2027-02-08' });
    expect(onto.code).toBe('DUPLIKAT');
    expect((await ok(core, 'libur.list', { tahun: 2027 })).find((l) => l.tanggal === '2027-05-01')?.nama).toBe('Hari Buruh Internasional');
    expect((await ok(core, 'libur.list', { tahun: 2027 })).some((l) => l.tanggal === '2027-02-08')).toBe(true);
    // confirming a seeded row clears its mark
    const seeded = (await ok(core, 'libur.list', { tahun: 2027 })).find((l) => l.tanggal === '2027-08-17')!;
    expect(seeded.periksa).toBe(true);
    expect((await ok(core, 'libur.simpan', { tanggal: seeded.tanggal, nama: seeded.nama, jenis: seeded.jenis, tanggalLama: seeded.tanggal })).periksa).toBe(false);
    await ok(core, 'libur.hapus', { tanggal: '2027-02-08' });
    expect((await fail(core, 'libur.hapus', { tanggal: '2027-02-08' })).code).toBe('TIDAK_DITEMUKAN');
    expect((await fail(core, 'libur.simpan', { tanggal: '2027-02-30', nama: 'X', jenis: 'nasional' })).code).toBe('VALIDASI');
  });

  it('counts working days over the table as the clerk edits it, naming the holidays it stepped over', async () => {
    const core = makeCore();
    // 2026-03-18 (Rabu) + 1: Nyepi, Idul Fitri (Kamis, Jumat, and the Saturday), weekend, two days of cuti bersama
    const r = await ok(core, 'libur.hariKerja', { tanggal: '2026-03-18', n: 1 });
    expect(r).toMatchObject({ dari: '2026-03-18', n: 1, tanggal: '2026-03-25', hari: 'Rabu' });
    expect(r.dilewati.map((l) => l.tanggal)).toEqual(['2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']);
    expect(r.peringatan.join(' ')).toMatch(/tahun 2026 belum diperiksa dengan SKB/);
    const back = await ok(core, 'libur.hariKerja', { tanggal: '2026-03-25', n: -1 });
    expect(back.tanggal).toBe('2026-03-18');
    expect(back.dilewati.map((l) => l.tanggal)).toEqual(['2026-03-24', '2026-03-23', '2026-03-20', '2026-03-19']);
    // the clerk removes a cuti bersama: the count follows the table
    await ok(core, 'libur.hapus', { tanggal: '2026-03-24' });
    expect((await ok(core, 'libur.hariKerja', { tanggal: '2026-03-18', n: 1 })).tanggal).toBe('2026-03-24');
    // a year without any holiday is named
    expect((await ok(core, 'libur.hariKerja', { tanggal: '2031-01-01', n: 3 })).peringatan.join(' ')).toMatch(/tahun 2031 masih kosong/);
  });
});

describe('holiday sheet import', () => {
  it('reviews what is added, changed and already there, then applies all of it in one go', async () => {
    const core = makeCore();
    const file = await writeSheet(
      'libur-2027.xlsx',
      ['Tanggal', 'Nama', 'Jenis'],
      [
        [new Date(Date.UTC(2027, 1, 6)), 'Tahun Baru Imlek', 'Libur nasional'],
        ['08/02/2027', 'Cuti bersama Imlek', 'cuti bersama'],
        ['1 Januari 2027', 'Tahun Baru Masehi', 'nasional'],
        ['2027-05-01', 'Hari Buruh', ''],
      ],
    );
    const token = core.files.register(file);
    const p = await ok(core, 'libur.impor.pratinjau', { file: token });
    expect(p.masalah).toEqual([]);
    expect(p.tambah.map((l) => [l.tanggal, l.jenis])).toEqual([
      ['2027-02-06', 'nasional'],
      ['2027-02-08', 'cuti-bersama'],
    ]);
    expect(p.ubah).toEqual([expect.objectContaining({ lama: expect.objectContaining({ nama: 'Hari Buruh Internasional' }), baru: expect.objectContaining({ nama: 'Hari Buruh' }) })]);
    expect(p).toMatchObject({ sama: 1, samaPeriksa: 1, berkas: 'libur-2027.xlsx' });
    // nothing written by the review
    expect((await ok(core, 'libur.list', { tahun: 2027 })).length).toBe(5);

    const keep = await ok(core, 'libur.impor.terapkan', { file: token, terapkanUbah: false });
    expect(keep).toEqual({ ditambah: 2, diubah: 0, diperiksa: 1 });
    const after = await ok(core, 'libur.list', { tahun: 2027 });
    expect(after.find((l) => l.tanggal === '2027-05-01')?.nama).toBe('Hari Buruh Internasional');
    expect(after.find((l) => l.tanggal === '2027-01-01')?.periksa).toBe(false);
    // like every import that writes, a backup first once the table holds the clerk's rows
    const impor = () => core.cadangan.list().rows.filter((c) => c.alasan === 'impor');
    expect(impor()).toHaveLength(0);
    const change = await ok(core, 'libur.impor.terapkan', { file: token, terapkanUbah: true });
    expect(change).toEqual({ ditambah: 0, diubah: 1, diperiksa: 0 });
    expect(impor().map((c) => c.keterangan)).toEqual(['hari libur dari libur-2027.xlsx']);
    // nothing left to write: no backup
    await ok(core, 'libur.impor.terapkan', { file: token, terapkanUbah: true });
    expect(impor()).toHaveLength(1);
    expect((await ok(core, 'libur.list', { tahun: 2027 })).find((l) => l.tanggal === '2027-05-01')).toMatchObject({ nama: 'Hari Buruh', periksa: false });
  });

  it('refuses the whole file for one bad row, naming row and column, and writes nothing', async () => {
    const core = makeCore();
    const dir = tempDir();
    const file = path.join(dir, 'libur.csv');
    fs.writeFileSync(file, 'Daftar hari libur 2027\n\nTanggal,Nama,Jenis\n2027-02-06,Tahun Baru Imlek,nasional\n2027-02-30,Salah,nasional\n2027-03-10,,nasional\n2027-03-11,Nyepi,libur kantor\n2027-02-06,Dua kali,nasional\n');
    const token = core.files.register(file);
    const p = await ok(core, 'libur.impor.pratinjau', { file: token });
    expect(p.masalah).toEqual([
      { baris: 5, kolom: 'Tanggal (A)', pesan: expect.stringMatching(/"2027-02-30" bukan tanggal/) },
      { baris: 6, kolom: 'Nama (B)', pesan: expect.stringMatching(/wajib diisi/) },
      { baris: 7, kolom: 'Jenis (C)', pesan: expect.stringMatching(/"libur kantor" tidak dikenal/) },
      { baris: 8, kolom: 'Tanggal (A)', pesan: expect.stringMatching(/sudah ada di baris 4/) },
    ]);
    const e = await fail(core, 'libur.impor.terapkan', { file: token, terapkanUbah: true });
    expect(e.code).toBe('IMPOR_DITOLAK');
    expect(e.message).toMatch(/Berkas "libur.csv" ditolak, tidak ada hari libur yang diimpor.*baris 5 kolom Tanggal \(A\)/);
    expect((await ok(core, 'libur.list', { tahun: 2027 })).some((l) => l.tanggal === '2027-02-06')).toBe(false);
  });

  it('refuses a sheet without the header row', async () => {
    const core = makeCore();
    const file = await writeSheet('salah.xlsx', ['Hari', 'Keterangan lain'], [['Senin', 'x']]);
    const e = await fail(core, 'libur.impor.pratinjau', { file: core.files.register(file) });
    expect(e).toMatchObject({ code: 'IMPOR_DITOLAK', message: expect.stringMatching(/judul kolom "Tanggal" dan "Nama"/) });
  });
});
