import { describe, expect, it } from 'vitest';
import {
  checkNipConsistency,
  formatNip,
  looksLikeExcelNumber,
  nipAsNumberMessage,
  NIP_AS_NUMBER_MESSAGE,
  normalizeNip,
  parseNik,
  parseNip,
} from '../../../shared/domain/nip';

const TODAY = new Date(2026, 10, 23); // 23 November 2026, local time

describe('normalizeNip', () => {
  it.each([
    ['19850312 201001 1 004', '198503122010011004'],
    ['19850312.201001.1.004', '198503122010011004'],
    ['19850312-201001-1-004', '198503122010011004'],
    ['19850312_201001_1_004', '198503122010011004'],
    ['\u00a019850312\u00a0201001 1 004 ', '198503122010011004'],
    ['  19850312\t201001  1  004\n', '198503122010011004'],
    ["'198503122010011004", '198503122010011004'],
    ['1985O312 201001 1 004', '1985O3122010011004'],
    ['NIP 1985', 'NIP1985'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeNip(raw)).toBe(expected);
  });
});

describe('parseNip', () => {
  it('accepts a valid NIP and decodes its parts', () => {
    expect(parseNip('19850312 201001 1 004', TODAY)).toEqual({
      ok: true,
      nip: '198503122010011004',
      tanggalLahir: '1985-03-12',
      tmtCpns: '2010-01',
      tahunPengangkatan: 2010,
      jenisNomor: 'NIP',
      jenisKelamin: 'L',
      nomorUrut: 4,
    });
  });

  it('accepts an NI PPPK, whose digits 13–14 are the code 21 instead of a month', () => {
    expect(parseNip('19900101 202221 2 001', TODAY)).toEqual({
      ok: true,
      nip: '199001012022212001',
      tanggalLahir: '1990-01-01',
      tmtCpns: null,
      tahunPengangkatan: 2022,
      jenisNomor: 'NI_PPPK',
      jenisKelamin: 'P',
      nomorUrut: 1,
    });
    expect(parseNip('197804122021211003', TODAY)).toMatchObject({ ok: true, jenisNomor: 'NI_PPPK', jenisKelamin: 'L' });
    expect(parseNip('200801012026212001', TODAY)).toMatchObject({ ok: true, tahunPengangkatan: 2026 }); // exactly 18 that year
  });

  it.each([
    [
      '19900101 200721 2 001',
      'Tahun pengangkatan pada NI PPPK (digit 9–12: 2007) lebih awal dari usia 18 tahun pemiliknya (lahir 1 Januari 1990); paling awal 2008.',
    ],
    ['19900101 202721 2 001', 'Tahun pengangkatan pada NI PPPK (digit 9–12: 2027) berada di masa depan.'],
    [
      '19900101 202222 2 001',
      'TMT CPNS pada NIP (digit 9–14: 202222) bukan tahun-bulan yang valid; bulan harus 01 sampai 12 (atau kode 21 pada NI PPPK).',
    ],
    [
      '19900101 202220 2 001',
      'TMT CPNS pada NIP (digit 9–14: 202220) bukan tahun-bulan yang valid; bulan harus 01 sampai 12 (atau kode 21 pada NI PPPK).',
    ],
  ])('rejects NI PPPK-like %j', (raw, message) => {
    expect(parseNip(raw, TODAY)).toEqual({ ok: false, message });
  });

  it.each([
    ['199002292015032001', null, false], // 1990 is not a leap year
    ['199602292019022001', '1996-02-29', true], // 1996 is
    ['200002292025122999', '2000-02-29', true], // 2000 is a leap year (÷400)
  ])('leap days: %s', (nip, lahir, ok) => {
    const r = parseNip(nip, TODAY);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.tanggalLahir).toBe(lahir);
  });

  it.each([
    ['19850312201001100', 'NIP harus 18 digit angka; ditemukan 17 digit (kurang satu digit). Periksa kembali NIP-nya pada SK atau data SIASN.'],
    ['1985031220100110045', 'NIP harus 18 digit angka; ditemukan 19 digit (kelebihan satu digit). Periksa kembali NIP-nya pada SK atau data SIASN.'],
    ['1985031220100', 'NIP harus 18 digit angka; ditemukan 13 digit. Periksa kembali NIP-nya pada SK atau data SIASN.'],
    ['', 'NIP kosong; isi 18 digit angka, misalnya 19850312 201001 1 004.'],
    ['   ', 'NIP kosong; isi 18 digit angka, misalnya 19850312 201001 1 004.'],
    ['19850230 201001 1 004', 'Tanggal lahir pada NIP (digit 1–8: 19850230) bukan tanggal yang valid.'],
    ['19851301 201001 1 004', 'Tanggal lahir pada NIP (digit 1–8: 19851301) bukan tanggal yang valid.'],
    ['19850100 201001 1 004', 'Tanggal lahir pada NIP (digit 1–8: 19850100) bukan tanggal yang valid.'],
    [
      '18990312 201001 1 004',
      'Tanggal lahir pada NIP (digit 1–8: 18990312) tidak masuk akal: tahun lahir sebelum 1900.',
    ],
    [
      '19850312 201013 1 004',
      'TMT CPNS pada NIP (digit 9–14: 201013) bukan tahun-bulan yang valid; bulan harus 01 sampai 12 (atau kode 21 pada NI PPPK).',
    ],
    [
      '19850312 201000 1 004',
      'TMT CPNS pada NIP (digit 9–14: 201000) bukan tahun-bulan yang valid; bulan harus 01 sampai 12 (atau kode 21 pada NI PPPK).',
    ],
    [
      '19850312 200302 1 004',
      'TMT CPNS pada NIP (digit 9–14: 200302) lebih awal dari usia 18 tahun pemiliknya (lahir 12 Maret 1985); paling awal 200303.',
    ],
    ['19850312 202612 1 004', 'TMT CPNS pada NIP (digit 9–14: 202612) berada di masa depan.'],
    [
      '19850312 201001 3 004',
      'Digit ke-15 NIP menunjukkan jenis kelamin dan harus 1 (laki-laki) atau 2 (perempuan); ditemukan 3.',
    ],
    [
      '19850312 201001 0 004',
      'Digit ke-15 NIP menunjukkan jenis kelamin dan harus 1 (laki-laki) atau 2 (perempuan); ditemukan 0.',
    ],
  ])('rejects %j', (raw, message) => {
    expect(parseNip(raw, TODAY)).toEqual({ ok: false, message });
  });

  it('accepts TMT exactly at age 18 and in the current month', () => {
    expect(parseNip('19850312 200303 1 004', TODAY).ok).toBe(true);
    expect(parseNip('19850312 202611 2 001', TODAY)).toMatchObject({ ok: true, jenisKelamin: 'P', tmtCpns: '2026-11' });
    expect(parseNip('19850312 202612 2 001', new Date(2027, 0, 1)).ok).toBe(true);
  });

  it('uses today when not given (a TMT next year is always in the future)', () => {
    const next = new Date().getFullYear() + 1;
    const r = parseNip(`19850312${next}011004`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/masa depan/);
  });

  it.each([
    ['198503122010011001', 1],
    ['198503122010011999', 999],
  ])('serial bounds %s', (nip, urut) => {
    expect(parseNip(nip, TODAY)).toMatchObject({ ok: true, nomorUrut: urut });
  });

  it('rejects serial 000 and hints at the Excel number problem', () => {
    const r = parseNip('198503122010011000', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^Nomor urut pada NIP \(digit 16–18: 000\) harus 001 sampai 999\./);
      expect(r.message).toMatch(/Teks/);
    }
  });

  it.each([
    ['1985O3122010011004', /ditemukan "O"/],
    ['NIP198503122010011004', /ditemukan "N", "I", "P"/],
    ['19850312/201001/1/004', /ditemukan "\/"/],
  ])('rejects non-digits in %j, naming them', (raw, re) => {
    const r = parseNip(raw, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^NIP hanya boleh berisi angka/);
      expect(r.message).toMatch(re);
    }
  });

  it.each(['1.98503E+17', '1,98503E+17', '1.98503122010011E+17', ' 1.98503e17 '])('explains Excel numbers: %j', (raw) => {
    const r = parseNip(raw, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(`tampil sebagai ${raw.trim()}`);
      expect(r.message).toMatch(/15 digit/);
      expect(r.message).toMatch(/Teks/);
    }
  });
});

describe('NIP stored as a number', () => {
  it('the message explains the corruption and the fix', () => {
    for (const m of [NIP_AS_NUMBER_MESSAGE, nipAsNumberMessage('198503122010011000')]) {
      expect(m).toMatch(/^NIP tersimpan di Excel sebagai angka/);
      expect(m).toMatch(/15 digit/);
      expect(m).toMatch(/1\.98503E\+17/);
      expect(m).toMatch(/000/);
      expect(m).toMatch(/Text/);
      expect(m).toMatch(/tanda petik/);
      expect(m).toMatch(/impor lagi/);
    }
    expect(nipAsNumberMessage(1.98503122010011e17)).toContain('tampil sebagai 198503122010011000');
    expect(NIP_AS_NUMBER_MESSAGE).toMatch(/^NIP tersimpan di Excel sebagai angka, sehingga/);
  });

  it.each([
    ['1.98503E+17', true],
    ['1,98503E+17', true],
    ['2E+17', true],
    ['198503122010011004', false],
    ['1985E', false],
    ['E+17', false],
  ])('looksLikeExcelNumber(%j) = %s', (raw, expected) => {
    expect(looksLikeExcelNumber(raw)).toBe(expected);
  });
});

describe('formatNip', () => {
  it.each([
    ['198503122010011004', '19850312 201001 1 004'],
    ['19850312.201001.1.004', '19850312 201001 1 004'],
    ['19850312 201001 1 004', '19850312 201001 1 004'],
    ['19850312201001100', '19850312201001100'],
    ['3201011203850001', '3201011203850001'],
    ['abc', 'abc'],
    ['', ''],
  ])('%j → %j', (nip, expected) => {
    expect(formatNip(nip)).toBe(expected);
  });
});

describe('checkNipConsistency', () => {
  const nip = '198503122010011004';
  it.each([
    [{ jenisKelamin: 'L' as const, tanggalLahir: '1985-03-12' }, []],
    [{ jenisKelamin: null, tanggalLahir: null }, []],
    [{}, []],
    [{ tanggalLahir: '12-03-1985' }, []],
    [{ tanggalLahir: 'bukan tanggal' }, []],
    [
      { jenisKelamin: 'P' as const },
      ['Jenis kelamin perempuan tidak sesuai dengan NIP: digit ke-15 NIP adalah 1 (laki-laki).'],
    ],
    [
      { tanggalLahir: '1986-01-01' },
      ['Tanggal lahir 1 Januari 1986 tidak sesuai dengan NIP: digit 1–8 NIP menunjukkan 12 Maret 1985.'],
    ],
  ])('%j', (fields, expected) => {
    expect(checkNipConsistency(nip, fields)).toEqual(expected);
  });

  it('reports both contradictions; only the birth-date one mentions "lahir"', () => {
    const out = checkNipConsistency('19900101 201503 2 010', { jenisKelamin: 'L', tanggalLahir: '1990-01-02' });
    expect(out).toHaveLength(2);
    expect(out.filter((m) => /lahir/i.test(m))).toHaveLength(1);
    expect(out[0]).toMatch(/Jenis kelamin laki-laki/);
  });

  it('says nothing about a NIP that is not 18 digits', () => {
    expect(checkNipConsistency('1985', { jenisKelamin: 'P', tanggalLahir: '2000-01-01' })).toEqual([]);
  });
});

describe('parseNik', () => {
  it.each([
    ['3201011203850001', '3201011203850001'],
    ['3201 0112 0385 0001', '3201011203850001'],
    ['32.01.01.120385.0001', '3201011203850001'],
  ])('accepts %j', (raw, nik) => {
    expect(parseNik(raw)).toEqual({ ok: true, nik });
  });

  it.each([
    ['320101120385000', 'NIK harus 16 digit angka sesuai KTP; ditemukan 15 digit.'],
    ['198503122010011004', 'NIK harus 16 digit angka sesuai KTP; ditemukan 18 digit.'],
    ['', 'NIK kosong; isi 16 digit angka sesuai KTP.'],
    ['32010112038500O1', 'NIK hanya boleh berisi angka; ditemukan "O".'],
  ])('rejects %j', (raw, message) => {
    expect(parseNik(raw)).toEqual({ ok: false, message });
  });

  it('explains an NIK stored as a number', () => {
    const r = parseNik('3.20101E+15');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/sebagai angka.*3\.20101E\+15.*Teks/);
  });
});
