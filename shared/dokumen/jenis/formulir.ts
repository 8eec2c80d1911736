import type { Anggota, AnggotaInput } from './anggota';

/**
 * The form of a document type, declared as data: the renderer's generic JenisFields draws it, the
 * tests check it against the type's schema. Each kind names the value it edits, and the key types
 * below let a kind name only a schema key of that value (a 'daftar' field only a list of lines).
 */

/** Keys of T whose (present) value is a V. */
type KeysOf<T, V> = { [K in keyof T]-?: NonNullable<T[K]> extends V ? K : never }[keyof T] & string;

interface Dasar<K extends string> {
  /** The schema key this field edits. */
  key: K;
  label: string;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  /** Columns of the four-column form grid it takes (default 4 for text areas and lists, else 1). */
  lebar?: 1 | 2 | 3 | 4;
}

export type FieldDecl<KS extends string = string, KL extends string = string, KA extends string = string> =
  /** One line of text. */
  | (Dasar<KS> & { kind: 'teks' })
  /** Several lines (textarea). */
  | (Dasar<KS> & { kind: 'paragraf'; baris?: number })
  /** An ISO date (yyyy-mm-dd), shown as dd/mm/yyyy; the hint spells it out ("Senin, 7 Desember 2026"). */
  | (Dasar<KS> & { kind: 'tanggal'; tampil?: 'tanggal' | 'hari-tanggal' })
  /** A time of day as "07.30"; "7:30", "0730" and "7.30" are normalised when the field is left. */
  | (Dasar<KS> & { kind: 'pukul' })
  /** One of fixed choices. */
  | (Dasar<KS> & { kind: 'pilihan'; pilihan: readonly string[] })
  /** A list of short lines, with "Tempel daftar" (replace or add, duplicates dropped). */
  | (Dasar<KL> & { kind: 'daftar'; tambah: string; testId?: string })
  /** Staff members, found in Pegawai with the picker or typed, each with a role. */
  | (Dasar<KA> & { kind: 'anggota'; peran: readonly string[] });

/** A field whose key is a real key of data T, of the kind's value type. */
export type FieldOf<T> = FieldDecl<KeysOf<T, string>, KeysOf<T, readonly string[]>, KeysOf<T, readonly AnggotaInput[]>>;

export interface BagianFormulir<F extends FieldDecl = FieldDecl> {
  /** The fieldset legend. */
  judul: string;
  fields: readonly F[];
}

export type JenisField = FieldDecl['kind'];

/** What the form holds for each kind of field. */
export type NilaiField = string | string[] | Anggota[];

/** The value of an empty field of this kind: a real office starts from nothing. */
export function nilaiKosong(f: FieldDecl): NilaiField {
  switch (f.kind) {
    case 'teks':
    case 'paragraf':
    case 'tanggal':
    case 'pukul':
      return '';
    case 'pilihan':
      return f.pilihan[0] ?? '';
    case 'daftar':
    case 'anggota':
      return [];
  }
}

/** Every field of a form, in order. */
export const fieldsOf = (formulir: readonly BagianFormulir[]): FieldDecl[] => formulir.flatMap((b) => [...b.fields]);
