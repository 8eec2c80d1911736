import { describe, expect, it } from 'vitest';
import * as domain from '../../../shared/domain';

describe('shared/domain index', () => {
  it('re-exports every module', () => {
    for (const name of [
      'STATUS_KEPEGAWAIAN',
      'JENIS_JABATAN',
      'JENIS_UNIT_LABEL',
      'IMPORT_FIELDS',
      'normalizeHeader',
      'parseNip',
      'formatNip',
      'checkNipConsistency',
      'parseNik',
      'NIP_AS_NUMBER_MESSAGE',
      'GOLONGAN_PNS',
      'parseGolonganPns',
      'parseGolonganPppk',
      'pangkatLabel',
      'golonganUrutan',
      'formatTanggal',
      'parseTanggalTeks',
      'excelSerialToIso',
      'todayIso',
      'parseJenisKelamin',
      'terbilang',
      'rupiah',
      'namaLengkap',
      'parseJenisJabatan',
      'parseStatusKepegawaian',
    ])
      expect(domain, name).toHaveProperty(name);
  });
});
