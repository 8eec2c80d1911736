import { describe, expect, it } from 'vitest';
import { namaLengkap } from '../../../shared/domain/nama';

describe('namaLengkap', () => {
  it.each([
    [{ gelarDepan: 'Dr.', nama: 'Siti Aminah', gelarBelakang: 'S.H., M.H.' }, 'Dr. Siti Aminah, S.H., M.H.'],
    [{ gelarDepan: null, nama: 'Budi Santoso', gelarBelakang: 'S.E.' }, 'Budi Santoso, S.E.'],
    [{ gelarDepan: 'dr.', nama: 'Andi Rahmat', gelarBelakang: null }, 'dr. Andi Rahmat'],
    [{ gelarDepan: '', nama: 'Yohanes Simanjuntak', gelarBelakang: '' }, 'Yohanes Simanjuntak'],
    [{ nama: 'Sri Wahyuni' }, 'Sri Wahyuni'],
    [{ gelarDepan: '  Ir. ', nama: '  Bambang   Sutrisno ', gelarBelakang: ' M.T. ' }, 'Ir. Bambang Sutrisno, M.T.'],
    [{ gelarDepan: null, nama: 'Euis Komariah', gelarBelakang: ', S.Pd.' }, 'Euis Komariah, S.Pd.'],
    [{ gelarDepan: null, nama: 'Euis Komariah', gelarBelakang: 'S.Pd.,' }, 'Euis Komariah, S.Pd.'],
    [{ gelarDepan: null, nama: 'Euis Komariah', gelarBelakang: 'S.H.,,M.H.' }, 'Euis Komariah, S.H., M.H.'],
    [{ gelarDepan: null, nama: 'Rina', gelarBelakang: 'S.Kep. ,  Ns.' }, 'Rina, S.Kep., Ns.'],
    [{ gelarDepan: 'Dr.,', nama: 'Rina', gelarBelakang: null }, 'Dr. Rina'],
    [{ gelarDepan: '   ', nama: 'Rina', gelarBelakang: '  ,  ' }, 'Rina'],
    [{ gelarDepan: 'Dr.', nama: '', gelarBelakang: 'M.Si.' }, 'Dr., M.Si.'],
    [{ gelarDepan: null, nama: null, gelarBelakang: null }, ''],
  ])('%j → %j', (parts, expected) => {
    expect(namaLengkap(parts)).toBe(expected);
  });
});
