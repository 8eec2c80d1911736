import { describe, expect, it } from 'vitest';
import { parseEselon, parseJenisJabatan, parseStatusKepegawaian } from '../../../shared/domain/jabatan';

describe('parseJenisJabatan', () => {
  it.each([
    ['Jabatan Pimpinan Tinggi', 'JPT'],
    ['JPT', 'JPT'],
    ['jpt pratama', 'JPT'],
    ['Pimpinan Tinggi Pratama', 'JPT'],
    ['Jabatan Pimpinan Tinggi Madya', 'JPT'],
    ['Administrator', 'ADMINISTRATOR'],
    ['Jabatan Administrator', 'ADMINISTRATOR'],
    ['ADMINISTRATOR', 'ADMINISTRATOR'],
    ['Pengawas', 'PENGAWAS'],
    ['Jabatan Pengawas', 'PENGAWAS'],
    ['Jabatan Fungsional Tertentu', 'FUNGSIONAL'],
    ['Fungsional', 'FUNGSIONAL'],
    ['Fungsional Tertentu', 'FUNGSIONAL'],
    ['JFT', 'FUNGSIONAL'],
    ['Jabatan Fungsional', 'FUNGSIONAL'],
    ['Jabatan Fungsional Keahlian', 'FUNGSIONAL'],
    ['Jabatan Fungsional Umum', 'PELAKSANA'],
    ['Fungsional Umum', 'PELAKSANA'],
    ['JFU', 'PELAKSANA'],
    ['Pelaksana', 'PELAKSANA'],
    ['Jabatan Pelaksana', 'PELAKSANA'],
    ['  pelaksana  ', 'PELAKSANA'],
  ] as const)('%j → %s', (raw, jenis) => {
    expect(parseJenisJabatan(raw)).toBe(jenis);
  });

  it.each([
    ['Struktural', 'II.b', 'JPT'],
    ['Struktural', 'I.a', 'JPT'],
    ['Jabatan Struktural', 'II.a', 'JPT'],
    ['Struktural', 'III.a', 'ADMINISTRATOR'],
    ['STRUKTURAL', 'III/b', 'ADMINISTRATOR'],
    ['Struktural', 'IV.a', 'PENGAWAS'],
    ['Struktural', 'IVb', 'PENGAWAS'],
    ['Struktural', 'V.a', 'PENGAWAS'],
    ['Struktural', 'V', 'PENGAWAS'],
    ['Struktural', 'Eselon III.b', 'ADMINISTRATOR'],
    ['Struktural', '4a', 'PENGAWAS'],
    ['Struktural', null, null],
    ['Struktural', undefined, null],
    ['Struktural', '', null],
    ['Struktural', 'Non Eselon', null],
    ['Fungsional', 'IV.a', 'FUNGSIONAL'],
  ] as const)('%j with eselon %j → %s', (raw, eselon, jenis) => {
    expect(parseJenisJabatan(raw, eselon)).toBe(jenis);
  });

  it.each(['', 'Staf', 'Guru', 'Kepala Dinas', 'Honorer'])('%j → null', (raw) => {
    expect(parseJenisJabatan(raw)).toBeNull();
  });
});

describe('parseEselon', () => {
  it.each([
    ['II.b', 'II.b', 2],
    ['II/b', 'II.b', 2],
    ['iib', 'II.b', 2],
    ['2b', 'II.b', 2],
    ['Eselon III.a', 'III.a', 3],
    ['IV.A', 'IV.a', 4],
    ['V.a', 'V.a', 5],
    ['III', 'III', 3],
  ] as const)('%j → %s', (raw, kode, tingkat) => {
    expect(parseEselon(raw)).toEqual({ kode, tingkat });
  });

  it.each(['', null, undefined, 'Non Eselon', 'VI.a', 'II.c', '-'])('%j → null', (raw) => {
    expect(parseEselon(raw)).toBeNull();
  });
});

describe('parseStatusKepegawaian', () => {
  it.each([
    ['PNS', 'PNS'],
    ['pns', 'PNS'],
    ['Pegawai Negeri Sipil', 'PNS'],
    ['CPNS', 'CPNS'],
    ['Calon PNS', 'CPNS'],
    ['Calon Pegawai Negeri Sipil', 'CPNS'],
    ['PPPK', 'PPPK'],
    ['P3K', 'PPPK'],
    ['p3k', 'PPPK'],
    ['Pegawai Pemerintah dengan Perjanjian Kerja', 'PPPK'],
    ['PPPK Paruh Waktu', 'PPPK_PARUH_WAKTU'],
    ['PPPK_PARUH_WAKTU', 'PPPK_PARUH_WAKTU'],
    ['P3K Paruh Waktu', 'PPPK_PARUH_WAKTU'],
    ['Honorer', 'NON_ASN'],
    ['PPNPN', 'NON_ASN'],
    ['Non ASN', 'NON_ASN'],
    ['Non-ASN', 'NON_ASN'],
    ['NON_ASN', 'NON_ASN'],
    ['NonASN', 'NON_ASN'],
    ['Kontrak', 'NON_ASN'],
    ['Tenaga Kontrak', 'NON_ASN'],
    ['THL', 'NON_ASN'],
  ] as const)('%j → %s', (raw, status) => {
    expect(parseStatusKepegawaian(raw)).toBe(status);
  });

  it.each(['', 'TNI', 'Pensiun', 'PNS/CPNS', 'Aktif'])('%j → null', (raw) => {
    expect(parseStatusKepegawaian(raw)).toBeNull();
  });
});
