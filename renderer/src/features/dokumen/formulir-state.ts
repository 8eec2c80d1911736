import type { Anggota } from '../../../../shared/dokumen/jenis/anggota';
import { AnggotaSchema } from '../../../../shared/dokumen/jenis/anggota';
import { fieldsOf, nilaiKosong, type FieldDecl, type NilaiField } from '../../../../shared/dokumen/jenis/formulir';
import type { Jenis } from '../../../../shared/dokumen/jenis/registry';

/** What the generic form holds: one value per declared field, by schema key. */
export type NilaiFormulir = Record<string, NilaiField>;

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function anggotaDari(v: unknown): Anggota[] | null {
  if (!Array.isArray(v)) return null;
  const rows: Anggota[] = [];
  for (const x of v) {
    const r = AnggotaSchema.safeParse(x);
    if (!r.success) return null;
    rows.push(r.data);
  }
  return rows;
}

/** The field's value taken from `source` when it has the field's kind, else the empty value. */
export function nilaiDari(f: FieldDecl, source: Readonly<Record<string, unknown>>): NilaiField {
  const v = source[f.key];
  switch (f.kind) {
    case 'teks':
    case 'paragraf':
    case 'tanggal':
    case 'pukul':
      return typeof v === 'string' ? v : nilaiKosong(f);
    case 'pilihan':
      return typeof v === 'string' && f.pilihan.includes(v) ? v : nilaiKosong(f);
    case 'daftar':
      return isStringList(v) ? [...v] : nilaiKosong(f);
    case 'anggota':
      return anggotaDari(v) ?? nilaiKosong(f);
  }
}

/**
 * The form's starting values: empty in a real office, the example data (for the office's region)
 * in a demo. Only declared fields are held; the schema's defaults fill the rest on the way in.
 */
export function nilaiAwal(def: Pick<Jenis, 'formulir'>, contoh: Readonly<Record<string, unknown>> | null): NilaiFormulir {
  const out: NilaiFormulir = {};
  for (const f of fieldsOf(def.formulir)) out[f.key] = contoh === null ? nilaiKosong(f) : nilaiDari(f, contoh);
  return out;
}

/**
 * The values of the keys a type carries without a field (the case's ids, a hearing's questions and
 * answers), taken unchanged from the data the form starts from; the form sends them back as they came.
 */
export function nilaiTerbawa(def: Pick<Jenis, 'terbawa'>, source: Readonly<Record<string, unknown>> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (source) for (const k of def.terbawa) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

/** The element id of a data field path ("kepada.2" → "dok-data-kepada-2"), for focusing the first error. */
export const dataFieldId = (field: string) => `dok-data-${field.replace(/\./g, '-')}`;

/**
 * A field path the core reported, as the form names it: the type's own fields under `data.`, whether
 * the core wrote `data.kepada.0` or `kepada.0`; anything else (profilId, nomor.nomor …) unchanged.
 */
export function serverFieldKey(def: Pick<Jenis, 'kunciData'>, field: string): string {
  if (field.startsWith('data.')) return field;
  const first = field.split('.')[0] ?? '';
  return def.kunciData.includes(first) ? `data.${field}` : field;
}

/** The declared field a data path belongs to ("anggota.2.nama" → the anggota field), if any. */
export function fieldOfPath(def: Pick<Jenis, 'formulir'>, path: string): FieldDecl | undefined {
  const first = path.split('.')[0];
  return fieldsOf(def.formulir).find((f) => f.key === first);
}
