import type { JenisIdentitas, JenisJabatan, JenisKelamin, Pegawai, PegawaiInput, StatusKepegawaian } from '../../../../shared/domain/pegawai';
import { checkNipConsistency, normalizeNip, parseNik, parseNip, type NipResult } from '../../../../shared/domain/nip';
import { golonganValid, kelompokGolongan } from './GolonganOptions';

/** The form as typed: strings throughout, converted to `PegawaiInput` only on submit. */
export interface FormState {
  jenisIdentitas: JenisIdentitas;
  nip: string;
  nama: string;
  gelarDepan: string;
  gelarBelakang: string;
  jenisKelamin: JenisKelamin | '';
  tempatLahir: string;
  tanggalLahir: string;
  status: StatusKepegawaian;
  golongan: string;
  jabatan: string;
  jenisJabatan: JenisJabatan | '';
  eselon: string;
  unitKerjaId: number | null;
  telepon: string;
  email: string;
  aktif: boolean;
}

export type FormField = keyof FormState;

/** Field order on screen: the first field with an error gets the focus. */
export const FIELD_ORDER: FormField[] = [
  'status',
  'jenisIdentitas',
  'nip',
  'gelarDepan',
  'nama',
  'gelarBelakang',
  'jenisKelamin',
  'tempatLahir',
  'tanggalLahir',
  'golongan',
  'jabatan',
  'jenisJabatan',
  'eselon',
  'unitKerjaId',
  'telepon',
  'email',
  'aktif',
];

export const fieldId = (f: string) => `pg-${f}`;

export function emptyForm(unitKerjaId: number | null): FormState {
  return {
    jenisIdentitas: 'NIP',
    nip: '',
    nama: '',
    gelarDepan: '',
    gelarBelakang: '',
    jenisKelamin: '',
    tempatLahir: '',
    tanggalLahir: '',
    status: 'PNS',
    golongan: '',
    jabatan: '',
    jenisJabatan: '',
    eselon: '',
    unitKerjaId,
    telepon: '',
    email: '',
    aktif: true,
  };
}

export function formFromPegawai(p: Pegawai): FormState {
  return {
    jenisIdentitas: p.jenisIdentitas,
    nip: p.nip ?? '',
    nama: p.nama,
    gelarDepan: p.gelarDepan ?? '',
    gelarBelakang: p.gelarBelakang ?? '',
    jenisKelamin: p.jenisKelamin ?? '',
    tempatLahir: p.tempatLahir ?? '',
    tanggalLahir: p.tanggalLahir ?? '',
    status: p.status,
    golongan: p.golongan ?? '',
    jabatan: p.jabatan ?? '',
    jenisJabatan: p.jenisJabatan ?? '',
    eselon: p.eselon ?? '',
    unitKerjaId: p.unitKerjaId,
    telepon: p.telepon ?? '',
    email: p.email ?? '',
    aktif: p.aktif,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export const JABATAN_BERESELON: readonly JenisJabatan[] = ['JPT', 'ADMINISTRATOR', 'PENGAWAS'];

export const ESELON_OPTIONS: Record<'JPT' | 'ADMINISTRATOR' | 'PENGAWAS', string[]> = {
  JPT: ['I.a', 'I.b', 'II.a', 'II.b'],
  ADMINISTRATOR: ['III.a', 'III.b'],
  PENGAWAS: ['IV.a', 'IV.b'],
};

export function hasEselon(j: JenisJabatan | ''): j is 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' {
  return j !== '' && JABATAN_BERESELON.includes(j);
}

export function toInput(s: FormState): PegawaiInput {
  return {
    nip: orNull(s.nip),
    jenisIdentitas: s.jenisIdentitas,
    nama: s.nama.trim(),
    gelarDepan: orNull(s.gelarDepan),
    gelarBelakang: orNull(s.gelarBelakang),
    jenisKelamin: s.jenisKelamin || null,
    tempatLahir: orNull(s.tempatLahir),
    tanggalLahir: orNull(s.tanggalLahir),
    status: s.status,
    golongan: kelompokGolongan(s.status) === null ? null : orNull(s.golongan),
    jabatan: orNull(s.jabatan),
    jenisJabatan: s.jenisJabatan || null,
    eselon: hasEselon(s.jenisJabatan) ? orNull(s.eselon) : null,
    unitKerjaId: s.unitKerjaId,
    telepon: orNull(s.telepon),
    email: orNull(s.email),
    aktif: s.aktif,
  };
}

/** Identifier kinds that fit a status; the first is the default. */
export function identitasFor(status: StatusKepegawaian): JenisIdentitas[] {
  if (status === 'PNS' || status === 'CPNS') return ['NIP'];
  if (status === 'PPPK' || status === 'PPPK_PARUH_WAKTU') return ['NI_PPPK', 'NIK'];
  return ['NIK', 'LAINNYA'];
}

/** A new status brings its default identifier kind and drops a golongan of the other scale. */
export function withStatus(s: FormState, status: StatusKepegawaian): FormState {
  const allowed = identitasFor(status);
  return {
    ...s,
    status,
    jenisIdentitas: allowed.includes(s.jenisIdentitas) ? s.jenisIdentitas : (allowed[0] ?? 'LAINNYA'),
    golongan: s.golongan && golonganValid(s.golongan, status) ? s.golongan : '',
  };
}

export const isNipKind = (j: JenisIdentitas) => j === 'NIP' || j === 'NI_PPPK';

/** The NIP as parsed, once it has 18 digits (or something other than digits); null while still typing. */
export function decodeNip(s: Pick<FormState, 'nip' | 'jenisIdentitas'>, force = false): NipResult | null {
  if (!isNipKind(s.jenisIdentitas)) return null;
  const n = normalizeNip(s.nip);
  if (n === '') return null;
  if (!force && /^\d{0,17}$/.test(n)) return null;
  const r = parseNip(s.nip);
  if (!r.ok && s.jenisIdentitas === 'NI_PPPK') return { ok: false, message: r.message.replace(/^NIP/, 'NI PPPK') };
  return r;
}

/** The obvious mistakes, caught before asking the server (which checks everything again). */
export function validateClient(s: FormState): Partial<Record<FormField, string>> {
  const e: Partial<Record<FormField, string>> = {};
  const label = s.jenisIdentitas === 'NI_PPPK' ? 'NI PPPK' : 'NIP';
  if (isNipKind(s.jenisIdentitas)) {
    if (!s.nip.trim()) e.nip = `${label} wajib diisi.`;
    else {
      const r = decodeNip(s, true);
      if (r && !r.ok) e.nip = r.message;
      else if (r?.ok)
        for (const m of checkNipConsistency(r.nip, { jenisKelamin: s.jenisKelamin || null, tanggalLahir: s.tanggalLahir || null })) {
          if (/lahir/i.test(m)) e.tanggalLahir ??= m;
          else e.jenisKelamin ??= m;
        }
    }
  } else if (s.jenisIdentitas === 'NIK' && s.nip.trim()) {
    const r = parseNik(s.nip);
    if (!r.ok) e.nip = r.message;
  }
  if (!s.nama.trim()) e.nama = 'Nama wajib diisi.';
  if (s.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())) e.email = 'Alamat email tidak valid.';
  return e;
}
