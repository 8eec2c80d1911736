import type { InputOf, InstansiProfil, JenisDokumen, ModeTtd } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { isValidIsoDate, todayIso } from '../../../../shared/domain/tanggal';
import { schemaErrors } from '../../lib/validation';
import type { NilaiFormulir } from './formulir-state';

export { serverFieldKey } from './formulir-state';

/**
 * The type and the values of its declared fields. The type is looked up in the registry wherever it
 * matters, and an id the registry does not know is an error there (never another type's form).
 */
export interface Draft {
  jenis: JenisDokumen;
  data: NilaiFormulir;
  /** The type's carried keys (no field), as the starting data had them: sent back unchanged. */
  terbawa?: Record<string, unknown>;
}

/** The data as the core receives it: the carried keys, then the form's fields. */
export const dataOf = (draft: Draft): Record<string, unknown> => ({ ...draft.terbawa, ...draft.data });

export type CaraNomor = 'otomatis' | 'dipesan' | 'manual';

/** Everything besides the type's own data: kop, signatory, date and number. */
export interface Umum {
  profilId: number | null;
  penandatanganId: number | null;
  mode: ModeTtd;
  atasNama: string;
  untukBeliau: string;
  tanggal: string;
  cara: CaraNomor;
  nomorId: number | null;
  nomorManual: string;
}

export function initialUmum(profilId: number | null, penandatanganId: number | null): Umum {
  return { profilId, penandatanganId, mode: 'langsung', atasNama: '', untukBeliau: '', tanggal: todayIso(), cara: 'otomatis', nomorId: null, nomorManual: '' };
}

export const MODE_LABEL: Record<ModeTtd, string> = {
  langsung: 'Langsung (tanpa a.n.)',
  an: 'a.n. — atas nama',
  ub: 'u.b. — untuk beliau',
  plt: 'Plt. — pelaksana tugas',
  plh: 'Plh. — pelaksana harian',
  pj: 'Pj. — penjabat',
  pjs: 'Pjs. — penjabat sementara',
};

/** The a.n. office suggested when a.n./u.b. is chosen: the profile's regional head. */
export const atasNamaBawaan = (p: InstansiProfil | undefined) => (p?.kepalaDaerah ?? '').toUpperCase();

/** Field path → message for the common fields, with the paths the contract uses. */
export function umumErrors(u: Umum): Record<string, string> {
  const e: Record<string, string> = {};
  if (u.profilId === null) e.profilId = 'Pilih profil instansi (kop surat).';
  if (u.penandatanganId === null) e['tandaTangan.penandatanganId'] = 'Pilih penandatangan.';
  if ((u.mode === 'an' || u.mode === 'ub') && !u.atasNama.trim()) e['tandaTangan.atasNama'] = 'Tulis jabatan yang diwakili, misalnya BUPATI SUKAMAJU.';
  if (u.mode === 'ub' && !u.untukBeliau.trim()) e['tandaTangan.untukBeliau'] = 'Tulis jabatan perantara, misalnya Sekretaris Daerah.';
  if (!isValidIsoDate(u.tanggal)) e.tanggal = 'Tanggal surat wajib diisi.';
  if (u.cara === 'dipesan' && u.nomorId === null) e['nomor.nomorId'] = 'Pilih nomor yang sudah dipesan.';
  if (u.cara === 'manual' && !u.nomorManual.trim()) e['nomor.nomor'] = 'Nomor wajib diisi.';
  return e;
}

/** Messages for the whole form: common fields, then the data under `data.`. */
export function draftErrors(draft: Draft, umum: Umum): Record<string, string> {
  const e = umumErrors(umum);
  for (const [k, m] of Object.entries(schemaErrors(JENIS.get(draft.jenis).schema, dataOf(draft)))) e[`data.${k}`] = m;
  return e;
}

type Buat = InputOf<'dokumen.buat'>;

function nomorOf(u: Umum): Buat['nomor'] | null {
  if (u.cara === 'otomatis') return { cara: 'otomatis' };
  if (u.cara === 'dipesan') return u.nomorId === null ? null : { cara: 'dipesan', nomorId: u.nomorId };
  return u.nomorManual.trim() ? { cara: 'manual', nomor: u.nomorManual.trim() } : null;
}

/** The request to build the document; null while a required choice is missing. */
export function buatRequest(draft: Draft, u: Umum): Buat | null {
  const nomor = nomorOf(u);
  if (u.profilId === null || u.penandatanganId === null || !nomor) return null;
  return {
    jenis: draft.jenis,
    data: dataOf(draft),
    profilId: u.profilId,
    tandaTangan: {
      penandatanganId: u.penandatanganId,
      mode: u.mode,
      atasNama: u.mode === 'langsung' ? '' : u.atasNama.trim(),
      untukBeliau: u.mode === 'ub' ? u.untukBeliau.trim() : '',
    },
    tanggal: u.tanggal,
    nomor,
  };
}

/** The preview request: like the real one, but the number only when it is already known (reserved or typed). */
export function pratinjauRequest(draft: Draft, u: Umum): InputOf<'dokumen.pratinjau'> | null {
  if (u.profilId === null || u.penandatanganId === null || !isValidIsoDate(u.tanggal)) return null;
  const full = buatRequest(draft, { ...u, cara: u.cara === 'otomatis' || nomorOf(u) === null ? 'otomatis' : u.cara });
  if (!full) return null;
  const { nomor, ...rest } = full;
  return nomor.cara === 'otomatis' ? rest : full;
}
