import ExcelJS from 'exceljs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { formatNomor } from '../../../electron/core/documents/format-nomor';
import { makeCore, tempDir, thrown } from '../../helpers/core';
import { call, profil } from '../../helpers/dokumen';

const surat = (core: Core, tanggal = '2026-03-12', hal = 'Undangan Sosialisasi') =>
  core.penomoran.take('surat-undangan', { tanggal, hal, unitKode: 'BKPSDM' });


describe('format nomor', () => {
  const parts = { kode: '800.1.6.4', urut: 7, padding: 4, unit: 'BKPSDM', tanggal: '2026-03-12' };
  it.each([
    ['{kode}', '800.1.6.4'],
    ['{urut}', '0007'],
    ['{unit}', 'BKPSDM'],
    ['{tahun}', '2026'],
    ['{bulan}', '03'],
    ['{bulan_romawi}', 'III'],
    ['{kode}/{urut}/{unit}/{tahun}', '800.1.6.4/0007/BKPSDM/2026'],
    ['{kode}/Kep.{urut}/{bulan_romawi}/{tahun}', '800.1.6.4/Kep.0007/III/2026'],
    ['{lain}/{urut}', '{lain}/0007'],
  ])('%s → %s', (pola, expected) => {
    expect(formatNomor(pola, parts)).toBe(expected);
  });

  it.each([
    [1, 1, '1'],
    [12, 3, '012'],
    [12345, 4, '12345'],
  ])('urut %i padded to %i → %s', (urut, padding, expected) => {
    expect(formatNomor('{urut}', { ...parts, urut, padding })).toBe(expected);
  });

  it.each([
    ['2026-01-05', 'I'],
    ['2026-04-30', 'IV'],
    ['2026-09-01', 'IX'],
    ['2026-12-31', 'XII'],
  ])('bulan romawi of %s is %s', (tanggal, romawi) => {
    expect(formatNomor('{bulan_romawi}', { ...parts, tanggal })).toBe(romawi);
  });
});

describe('penomoran', () => {
  it('numbers the letters in one series per year from the default scheme; decrees count on their own', () => {
    const core = makeCore();
    expect(surat(core).nomor).toBe('800/0001/BKPSDM/2026');
    expect(core.penomoran.take('surat-edaran', { tanggal: '2026-03-13', hal: 'SE', unitKode: 'BKPSDM' }).nomor).toBe('800/0002/BKPSDM/2026');
    expect(core.penomoran.take('sk-satgas', { tanggal: '2026-03-13', hal: 'SK', unitKode: 'BKPSDM' }).nomor).toBe('800/Kep.0001/BKPSDM/2026');
    expect(surat(core)).toMatchObject({ urut: 3, seri: 'surat-keluar', tahun: 2026, status: 'dipakai', manual: false, jenis: 'surat-undangan' });
  });

  it('restarts at 1 in a new year, by the year of the letter date', () => {
    const core = makeCore();
    surat(core, '2026-12-30');
    expect(surat(core, '2026-12-31').nomor).toBe('800/0002/BKPSDM/2026');
    expect(surat(core, '2027-01-02').nomor).toBe('800/0001/BKPSDM/2027');
    // a letter dated back in the old year continues the old counter
    expect(surat(core, '2026-12-31').nomor).toBe('800/0003/BKPSDM/2026');
  });

  it('keeps a counter per unit, so each office\'s agenda book has no gaps', () => {
    const core = makeCore();
    const take = (unitKode: string) => core.penomoran.take('surat-undangan', { tanggal: '2026-03-12', hal: 'Rapat', unitKode }).nomor;
    expect(['BKPSDM', 'SETDA', 'BKPSDM', 'SETDA', 'SETDA', 'BKPSDM'].map(take)).toEqual([
      '800/0001/BKPSDM/2026',
      '800/0001/SETDA/2026',
      '800/0002/BKPSDM/2026',
      '800/0002/SETDA/2026',
      '800/0003/SETDA/2026',
      '800/0003/BKPSDM/2026',
    ]);
    // a scheme with its own unit counts for that unit, whatever the profile
    core.penomoran.saveSkema('sk-satgas', { pola: '{kode}/Kep.{urut}/{unit}/{tahun}', kode: '800', unit: 'BUPATI', padding: 4, seri: 'keputusan' });
    expect(core.penomoran.take('sk-satgas', { tanggal: '2026-03-12', hal: 'SK', unitKode: 'BKPSDM' }).nomor).toBe('800/Kep.0001/BUPATI/2026');
    expect(core.penomoran.take('sk-satgas', { tanggal: '2026-03-12', hal: 'SK', unitKode: 'SETDA' }).nomor).toBe('800/Kep.0002/BUPATI/2026');
  });

  it('shares one counter between units when the pattern prints no unit (their numbers would collide)', () => {
    const core = makeCore();
    core.penomoran.saveSkema('surat-undangan', { pola: '{kode}/{urut}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'surat-keluar' });
    const take = (unitKode: string) => core.penomoran.take('surat-undangan', { tanggal: '2026-03-12', hal: 'Rapat', unitKode }).nomor;
    expect(['BKPSDM', 'SETDA', 'BKPSDM'].map(take)).toEqual(['800/0001/2026', '800/0002/2026', '800/0003/2026']);
  });

  it('never gives a number twice across two connections on the same database, with no gaps', () => {
    const dir = tempDir();
    const a = makeCore(dir);
    const b = makeCore(dir);
    const taken = [];
    for (let i = 0; i < 10; i++) taken.push(surat(i % 3 === 0 ? b : a).urut);
    expect(taken).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(b.penomoran.list({ tahun: 2026, status: null })).toHaveLength(10);
    a.close();
    b.close();
  });

  it('stays atomic when two threads with their own connections take numbers at the same time', async () => {
    const dir = tempDir();
    makeCore(dir).close();
    const gate = new SharedArrayBuffer(8);
    const flags = new Int32Array(gate);
    const run = (name: string) =>
      new Promise<{ taken: number[]; error?: string }>((resolve, reject) => {
        const w = new Worker(new URL('../../helpers/nomor-worker.mjs', import.meta.url), { workerData: { dataDir: dir, count: 150, name, gate } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const results = Promise.all([run('a'), run('b')]);
    while (Atomics.load(flags, 0) < 2) await new Promise((r) => setTimeout(r, 20));
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    const [a, b] = await results;
    expect([a!.error, b!.error]).toEqual([undefined, undefined]);
    expect([...a!.taken, ...b!.taken].sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const core = makeCore(dir);
    expect(new Set(core.penomoran.list({ tahun: 2026, status: null }).map((n) => n.nomor)).size).toBe(300);
  });

  it('takes no number when the work inside the transaction fails', () => {
    const core = makeCore();
    surat(core);
    expect(() =>
      core.penomoran.take('surat-undangan', { tanggal: '2026-03-12', hal: 'Gagal', unitKode: 'BKPSDM' }, (n) => {
        expect(n.nomor).toBe('800/0002/BKPSDM/2026');
        throw new Error('pembuatan dokumen gagal');
      }),
    ).toThrow('pembuatan dokumen gagal');
    expect(core.penomoran.list({ tahun: null, status: null }).map((n) => n.nomor)).toEqual(['800/0001/BKPSDM/2026']);
    // the same when the caller owns the transaction: take becomes a savepoint of it
    expect(() =>
      core.db.transaction(() => {
        expect(surat(core).nomor).toBe('800/0002/BKPSDM/2026');
        throw new Error('arsip gagal');
      })(),
    ).toThrow('arsip gagal');
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(1);
    expect(surat(core).nomor).toBe('800/0002/BKPSDM/2026');
  });

  it('keeps a voided number in the register with its reason and never gives it again', () => {
    const core = makeCore();
    const first = core.penomoran.reserve('surat-undangan', { tanggal: '2026-03-12', hal: 'Undangan rapat', unitKode: 'BKPSDM' });
    const voided = core.penomoran.void(first.id, 'Rapat ditunda');
    expect(voided).toMatchObject({ status: 'batal', alasanBatal: 'Rapat ditunda', nomor: '800/0001/BKPSDM/2026' });
    // also when the pattern changed since: the counter position itself is never reused
    core.penomoran.saveSkema('surat-undangan', { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 3, seri: 'surat-keluar' });
    expect(surat(core).nomor).toBe('800/002/BKPSDM/2026');
    expect(() => core.penomoran.void(first.id, 'lagi')).toThrow('sudah dibatalkan sebelumnya (Rapat ditunda)');
    expect(() => core.penomoran.use(first.id, 1, { tanggal: '2026-03-12', hal: 'Undangan rapat' })).toThrow('Nomor 800/0001/BKPSDM/2026 sudah dibatalkan (Rapat ditunda)');
    expect(core.penomoran.list({ tahun: 2026, status: 'batal' }).map((n) => n.id)).toEqual([first.id]);
  });

  it('refuses a manual number already in the register, whatever its status or spelling', () => {
    const core = makeCore();
    const used = surat(core, '2026-03-12', 'Undangan Sosialisasi Netralitas ASN');
    const message = 'Nomor 800/0001/BKPSDM/2026 sudah tercatat di buku agenda (dipakai untuk Undangan Sosialisasi Netralitas ASN, 12 Maret 2026). Pakai nomor lain.';
    const e = thrown(() => core.penomoran.manual('surat-edaran', { nomor: '800/0001/BKPSDM/2026', tanggal: '2026-03-20', hal: 'SE' }));
    expect([e.code, e.message]).toEqual(['DUPLIKAT', message]);
    expect(() => core.penomoran.manual('surat-edaran', { nomor: ' 800 / 0001 / bkpsdm / 2026 ', tanggal: '2026-03-20', hal: 'SE' })).toThrow(
      'Nomor 800/0001/bkpsdm/2026 sudah tercatat',
    );
    core.penomoran.void(used.id, 'Salah tujuan');
    expect(() => core.penomoran.manual('surat-edaran', { nomor: '800/0001/BKPSDM/2026', tanggal: '2026-03-20', hal: 'SE' })).toThrow(
      '(dibatalkan: Salah tujuan, 12 Maret 2026)',
    );
    const typed = core.penomoran.manual('surat-edaran', { nomor: '800/55/BKPSDM/2026', tanggal: '2026-03-20', hal: 'SE' });
    expect(typed).toMatchObject({ manual: true, status: 'dipesan', tahun: 2026, seri: 'surat-keluar' });
  });

  it('releases an unused manual number so it can be typed again, but never a counter number or a used one', async () => {
    const core = makeCore();
    const typed = core.penomoran.manual('surat-edaran', { nomor: '800/77/BKPSDM/2026', tanggal: '2026-03-20', hal: 'SE' });
    expect(core.penomoran.release(typed.id)).toMatchObject({ id: typed.id, nomor: '800/77/BKPSDM/2026' });
    expect(core.penomoran.list({ tahun: null, status: null })).toEqual([]);
    expect(() => core.penomoran.get(typed.id)).toThrow('tidak ditemukan');
    // the build is retried with the same number
    expect(core.penomoran.manual('surat-edaran', { nomor: '800/77/BKPSDM/2026', tanggal: '2026-03-20', hal: 'SE' })).toMatchObject({ status: 'dipesan' });

    const counter = core.penomoran.reserve('surat-edaran', { tanggal: '2026-03-20', hal: 'SE', unitKode: 'BKPSDM' });
    let e = thrown(() => core.penomoran.release(counter.id));
    expect([e.code, e.message]).toEqual([
      'VALIDASI',
      'Nomor 800/0001/BKPSDM/2026 diambil dari penghitung buku agenda dan tidak dapat dilepas: nomor dari penghitung tetap tercatat. Batalkan nomornya dengan alasan bila tidak jadi dipakai.',
    ]);
    const used = core.penomoran.manual('surat-edaran', { nomor: '800/78/BKPSDM/2026', tanggal: '2026-03-20', hal: 'SE dipakai' }, 'dipakai');
    e = thrown(() => core.penomoran.release(used.id));
    expect([e.code, e.message]).toEqual(['VALIDASI', 'Nomor 800/78/BKPSDM/2026 sudah dipakai untuk SE dipakai (20 Maret 2026) dan tidak dapat dilepas. Batalkan nomornya dengan alasan bila dokumennya ditarik.']);
    const voided = core.penomoran.manual('surat-edaran', { nomor: '800/79/BKPSDM/2026', tanggal: '2026-03-20', hal: 'SE' });
    core.penomoran.void(voided.id, 'Salah ketik');
    expect(() => core.penomoran.release(voided.id)).toThrow('Nomor 800/79/BKPSDM/2026 sudah dibatalkan (Salah ketik) dan tetap tercatat di buku agenda');
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(4);
    expect(() => core.penomoran.release(999)).toThrow('Nomor dengan id 999 tidak ditemukan');
  });

  describe('checkFor: a reserved number and the document that prints it', () => {
    const pesan = (core: Core, jenis: 'surat-undangan' | 'sk-satgas' = 'surat-undangan', tanggal = '2026-03-12', unitKode = 'BKPSDM') =>
      core.penomoran.reserve(jenis, { tanggal, hal: 'Rapat', unitKode });
    const doc = { jenis: 'surat-undangan', tanggal: '2026-04-01', unitKode: 'BKPSDM' } as const;

    it('accepts a number of the same series, year and unit, also when reserved for another type of the series', () => {
      const core = makeCore();
      const n = pesan(core);
      expect(core.penomoran.checkFor(n.id, doc)).toMatchObject({ id: n.id, nomor: '800/0001/BKPSDM/2026' });
      expect(core.penomoran.checkFor(n.id, { ...doc, jenis: 'surat-edaran' }).id).toBe(n.id);
    });

    it('refuses a number of another series', () => {
      const core = makeCore();
      const n = pesan(core, 'sk-satgas');
      const e = thrown(() => core.penomoran.checkFor(n.id, doc));
      expect([e.code, e.message]).toEqual([
        'VALIDASI',
        'Nomor 800/Kep.0001/BKPSDM/2026 termasuk seri "keputusan" (dipesan untuk Keputusan Pembentukan Satgas Netralitas), sedangkan Surat Undangan dinomori dengan seri "surat-keluar". Pilih nomor dari seri Surat Undangan.',
      ]);
    });

    it('refuses a number of another year than the document date', () => {
      const core = makeCore();
      const n = pesan(core, 'surat-undangan', '2026-12-30');
      const e = thrown(() => core.penomoran.checkFor(n.id, { ...doc, tanggal: '2027-01-04' }));
      expect([e.code, e.message]).toEqual([
        'VALIDASI',
        'Nomor 800/0001/BKPSDM/2026 adalah nomor tahun 2026, sedangkan dokumen ini bertanggal 4 Januari 2027 (tahun 2027). Pilih nomor tahun 2027 atau sesuaikan tanggalnya.',
      ]);
    });

    it('refuses a counter number of another unit, but not a manual number', () => {
      const core = makeCore();
      const n = pesan(core);
      const e = thrown(() => core.penomoran.checkFor(n.id, { ...doc, unitKode: 'SETDA' }));
      expect([e.code, e.message]).toEqual([
        'VALIDASI',
        'Nomor 800/0001/BKPSDM/2026 adalah nomor unit BKPSDM, sedangkan dokumen ini dinomori untuk unit SETDA. Pilih nomor yang dipesan untuk unit SETDA.',
      ]);
      // the scheme's own unit decides over the profile's
      core.penomoran.saveSkema('surat-undangan', { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800', unit: 'SETDA', padding: 4, seri: 'surat-keluar' });
      expect(() => core.penomoran.checkFor(n.id, doc)).toThrow('sedangkan dokumen ini dinomori untuk unit SETDA');
      const typed = core.penomoran.manual('surat-undangan', { nomor: '005/12/BKPSDM/2026', tanggal: '2026-03-12', hal: 'Rapat', unit: 'BKPSDM' });
      expect(core.penomoran.checkFor(typed.id, doc).id).toBe(typed.id);
    });

    it('refuses a voided number and an invalid date', () => {
      const core = makeCore();
      const n = pesan(core);
      expect(() => core.penomoran.checkFor(n.id, { ...doc, tanggal: '2026-02-30' })).toThrow('Tanggal "2026-02-30" tidak valid');
      core.penomoran.void(n.id, 'Rapat ditunda');
      expect(() => core.penomoran.checkFor(n.id, doc)).toThrow('sudah dibatalkan (Rapat ditunda)');
    });
  });

  it('moves past a number a clerk already typed by hand instead of giving it twice', () => {
    const core = makeCore();
    surat(core);
    core.penomoran.manual('surat-undangan', { nomor: '800/0002/BKPSDM/2026', tanggal: '2026-03-12', hal: 'Diketik' });
    expect(surat(core).nomor).toBe('800/0003/BKPSDM/2026');
  });

  it('asks for the unit code when the pattern needs one', () => {
    const core = makeCore();
    expect(() => core.penomoran.take('surat-edaran', { tanggal: '2026-03-12', hal: 'SE', unitKode: '' })).toThrow(
      'Kode unit untuk nomor Surat Edaran belum diisi',
    );
    core.penomoran.saveSkema('surat-edaran', { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800', unit: 'SETDA', padding: 3, seri: 'surat-keluar' });
    expect(core.penomoran.take('surat-edaran', { tanggal: '2026-03-12', hal: 'SE', unitKode: '' }).nomor).toBe('800/001/SETDA/2026');
  });

  it.each([
    ['an unknown token', { pola: '{kode}/{nomor}/{tahun}' }, 'pola', 'Pola nomor memuat {nomor} yang tidak dikenal.'],
    ['no year', { pola: '{kode}/{urut}/{unit}' }, 'pola', 'Pola nomor harus memuat {tahun}'],
    ['{kode} without a code', { kode: '' }, 'kode', 'kode klasifikasi wajib diisi'],
    ['numbers that another series also prints', { seri: 'edaran' }, 'seri', 'Skema ini menghasilkan nomor yang sama dengan seri "surat-keluar" (Surat Undangan).'],
  ])('refuses a scheme with %s', (_what, over, field, message) => {
    const e = thrown(() =>
      makeCore().penomoran.saveSkema('surat-edaran', { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'surat-keluar', ...over }),
    );
    expect(e.fields?.find((f) => f.field === field)?.message).toContain(message);
  });

  it('reserves through the channel with the unit code of the office profile', async () => {
    const core = makeCore();
    core.instansi.save(null, profil({ nama: 'Bupati', jenisKop: 'kepala-daerah', kodeUnit: 'SETDA' }));
    core.instansi.save(null, profil());
    const reserved = await call(core, 'nomor.pesan', { jenis: 'surat-undangan', hal: 'Rapat', tanggal: '2026-07-01' });
    expect(reserved).toMatchObject({ nomor: '800/0001/BKPSDM/2026', status: 'dipesan' });
  });

  it('exports the register of a year to xlsx: title, header, one row per number, numbers as text', async () => {
    const core = makeCore();
    surat(core, '2026-03-12', 'Undangan Sosialisasi');
    const voided = core.penomoran.reserve('surat-edaran', { tanggal: '2026-03-14', hal: 'Edaran netralitas', unitKode: 'BKPSDM' });
    core.penomoran.void(voided.id, 'Diganti edaran baru');
    core.penomoran.manual('surat-edaran', { nomor: '0123', tanggal: '2026-04-01', hal: 'Nomor dari bagian umum' });
    surat(core, '2027-01-04', 'Tahun berikutnya');

    const exported = await call(core, 'nomor.export', { tahun: 2026 });
    expect(exported).toMatchObject({ fileName: 'Buku-Agenda-Surat-Keluar_2026.xlsx', rows: 3 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(core.files.resolve(exported.file).path);
    const ws = wb.worksheets[0]!;
    const values = (row: number) => (ws.getRow(row).values as unknown[]).slice(1);
    expect([ws.getCell('A1').value, ws.getCell('A2').value]).toEqual(['BUKU AGENDA SURAT KELUAR', 'TAHUN 2026']);
    expect(values(4)).toEqual(['No', 'Nomor', 'Tanggal', 'Hal', 'Tujuan', 'Jenis', 'Status', 'Keterangan']);
    expect(values(5)).toEqual([1, '800/0001/BKPSDM/2026', '12 Maret 2026', 'Undangan Sosialisasi', undefined, 'Surat Undangan', 'Dipakai']);
    expect(values(6)).toEqual([2, '800/0002/BKPSDM/2026', '14 Maret 2026', 'Edaran netralitas', undefined, 'Surat Edaran', 'Batal', 'Dibatalkan: Diganti edaran baru']);
    expect(values(7)).toEqual([3, '0123', '1 April 2026', 'Nomor dari bagian umum', undefined, 'Surat Edaran', 'Dipesan', 'Belum dipakai; Nomor diketik manual']);
    expect(ws.rowCount).toBe(7);
    for (const row of [5, 6, 7]) {
      const cell = ws.getRow(row).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
  });
});
