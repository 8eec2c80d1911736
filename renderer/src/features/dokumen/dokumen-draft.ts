import type { z } from 'zod';
import type { InputOf, InstansiProfil, JenisDokumen, ModeTtd } from '../../../../shared/contract/index';
import { SkSatgasSchema, skSatgas } from '../../../../shared/dokumen/jenis/sk-satgas';
import { SuratEdaranSchema, suratEdaran } from '../../../../shared/dokumen/jenis/surat-edaran';
import { SuratUndanganSchema, suratUndangan } from '../../../../shared/dokumen/jenis/surat-undangan';
import { isValidIsoDate, todayIso } from '../../../../shared/domain/tanggal';
import { schemaErrors } from '../../lib/validation';

/** The data schema of each document type (the core validates with the same one). */
export const SCHEMAS = {
  'surat-edaran': SuratEdaranSchema,
  'surat-undangan': SuratUndanganSchema,
  'sk-satgas': SkSatgasSchema,
} as const;

const LOCAL_CONTOH = {
  'surat-edaran': suratEdaran.contoh,
  'surat-undangan': suratUndangan.contoh,
  'sk-satgas': skSatgas.contoh,
} as const;

export type DataOf<J extends JenisDokumen> = z.output<(typeof SCHEMAS)[J]>;
/** The type and its data, kept together so that each form gets its own data type. */
export type Draft = { [J in JenisDokumen]: { jenis: J; data: DataOf<J> } }[JenisDokumen];

function parseOr<S extends z.ZodType>(schema: S, value: unknown, fallback: unknown): z.output<S> {
  const r = schema.safeParse(value);
  return r.success ? r.data : schema.parse(fallback);
}

/** The form's starting values: the type's example data (from the core, else the built-in copy). */
export function initialDraft(jenis: JenisDokumen, contoh: unknown): Draft {
  switch (jenis) {
    case 'surat-edaran':
      return { jenis, data: parseOr(SuratEdaranSchema, contoh, LOCAL_CONTOH[jenis]) };
    case 'surat-undangan':
      return { jenis, data: parseOr(SuratUndanganSchema, contoh, LOCAL_CONTOH[jenis]) };
    case 'sk-satgas':
      return { jenis, data: parseOr(SkSatgasSchema, contoh, LOCAL_CONTOH[jenis]) };
  }
}

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
  for (const [k, m] of Object.entries(schemaErrors(SCHEMAS[draft.jenis], draft.data))) e[`data.${k}`] = m;
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
    data: draft.data,
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

/**
 * The core's field paths mapped onto the form's: the type's own fields under `data.`, whether the
 * core reports them as `data.kepada.0` or `kepada.0`.
 */
export function serverFieldKey(jenis: JenisDokumen, field: string): string {
  if (field.startsWith('data.')) return field;
  const first = field.split('.')[0] ?? '';
  return first in SCHEMAS[jenis].shape ? `data.${field}` : field;
}
