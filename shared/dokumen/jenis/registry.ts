import { z } from 'zod';
import { AppError } from '../../contract/result';
import type { NaskahDinas } from '../model';
import { checkTeks, type Placeholder, type Teks, type TextSlot } from '../teks';
import type { SkemaNomorInput } from '../../contract/dokumen';
import type { Daerah } from '../daerah';
import { fieldsOf, type BagianFormulir } from './formulir';
import type { BuildContext, DataSchema, JenisDef, KategoriDokumen } from './types';

/** A field path and its message, as the core reports data problems (`kepada.0`, `anggota.2.nama`). */
export interface MasalahData {
  path: string;
  message: string;
}

/** Data that passed the type's schema, with what the service needs of it. */
export interface DataSiap {
  ok: true;
  /** The parsed data (defaults filled in), as the archive stores it. */
  data: Record<string, unknown>;
  hal: string;
  pegawaiIds: number[];
  /** The addressees, for the agenda book's "tujuan" (empty for types without any). */
  tujuan: string[];
  build(ctx: BuildContext): NaskahDinas;
  /** The type's own archive file name (without ".docx") for this number and date; null: the default name. */
  namaBerkas(info: { nomor: string; tanggal: string }): string | null;
}

/**
 * A registered document type. Its own data type is sealed inside `siapkan`, which parses before it
 * composes: callers never hold unparsed data next to a builder, so no cast is needed anywhere.
 */
export interface Jenis<J extends string = string> {
  readonly jenis: J;
  readonly label: string;
  readonly keterangan: string;
  readonly kodeFile: string;
  readonly kategori: KategoriDokumen;
  readonly olehKepalaDaerah: boolean;
  readonly slots: readonly TextSlot[];
  readonly placeholders: readonly Placeholder[];
  readonly teksBawaan: Teks;
  readonly penomoran: SkemaNomorInput;
  readonly formulir: readonly BagianFormulir[];
  /** Data keys the form carries from its starting data without editing them (JenisDef.terbawa). */
  readonly terbawa: readonly string[];
  /** The data schema, for JSON Schema and the form's own checks. */
  readonly schema: z.ZodType;
  /** The schema's top-level keys (the form's field paths start with one). */
  readonly kunciData: readonly string[];
  readonly contoh: Record<string, unknown>;
  contohUntuk(daerah: Daerah, tahun: number): Record<string, unknown>;
  siapkan(data: unknown): DataSiap | { ok: false; masalah: MasalahData[]; error: z.core.$ZodError };
}

/** The registry entry of a type definition (its data type stays inside the closures). */
export function daftarkan<S extends DataSchema, J extends string>(def: JenisDef<S, J>): Jenis<J> {
  return {
    jenis: def.jenis,
    label: def.label,
    keterangan: def.keterangan,
    kodeFile: def.kodeFile,
    kategori: def.kategori,
    olehKepalaDaerah: def.olehKepalaDaerah,
    slots: def.slots,
    placeholders: def.placeholders,
    teksBawaan: def.teksBawaan,
    penomoran: def.penomoran,
    formulir: def.formulir,
    terbawa: def.terbawa ?? [],
    schema: def.schema,
    kunciData: Object.keys(def.schema.shape),
    contoh: def.contoh,
    contohUntuk: (daerah, tahun) => def.contohUntuk(daerah, tahun),
    siapkan(data) {
      const r = def.schema.safeParse(data);
      if (!r.success) return { ok: false, error: r.error, masalah: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
      const d = r.data;
      return {
        ok: true,
        data: d,
        hal: def.hal(d),
        pegawaiIds: def.pegawaiIds(d),
        tujuan: def.tujuan?.(d) ?? [],
        build: (ctx) => def.build(d, ctx),
        namaBerkas: (info) => def.namaBerkas?.(d, info) ?? null,
      };
    },
  };
}

/**
 * What is wrong with a type's declaration, in words: fields naming no schema key, duplicate
 * fields, slots without a default text, default texts the checker refuses, example data the schema
 * refuses, choices the schema refuses. Empty for a sound type.
 */
export function periksaJenis(j: Jenis): string[] {
  const out: string[] = [];
  const keys = new Set(j.kunciData);
  const seen = new Set<string>();
  for (const f of fieldsOf(j.formulir)) {
    if (!keys.has(f.key)) out.push(`${j.jenis}: isian "${f.key}" tidak ada di skema data.`);
    if (seen.has(f.key)) out.push(`${j.jenis}: isian "${f.key}" muncul dua kali di formulir.`);
    seen.add(f.key);
    if (f.kind === 'pilihan')
      for (const p of f.pilihan) if (!j.siapkan({ ...j.contoh, [f.key]: p }).ok) out.push(`${j.jenis}: pilihan "${p}" untuk "${f.key}" ditolak skema.`);
  }
  for (const k of j.terbawa) {
    if (!keys.has(k)) out.push(`${j.jenis}: data terbawa "${k}" tidak ada di skema data.`);
    if (seen.has(k)) out.push(`${j.jenis}: data terbawa "${k}" juga isian formulir.`);
  }
  for (const p of checkTeks(j.teksBawaan, j.slots, j.placeholders)) out.push(`${j.jenis}: teks bawaan: ${p.message}`);
  const contoh = j.siapkan(j.contoh);
  if (!contoh.ok) out.push(`${j.jenis}: data contoh ditolak skema: ${contoh.masalah.map((m) => `${m.path}: ${m.message}`).join('; ')}`);
  return out;
}

/** The document types one core (or UI) knows, in the order they are offered. */
export interface JenisRegistry<J extends string = string> {
  readonly daftar: readonly Jenis<J>[];
  readonly ids: readonly J[];
  ada(id: string): id is J;
  /** The type, or a VALIDASI error naming the id and the known ones: an unknown type never falls through to another. */
  get(id: string): Jenis<J>;
  /** The label for lists of stored rows; an id this build does not have (an old archive row) is shown as the id itself, marked. */
  label(id: string): string;
}

/** A registry from a list of types; a duplicate id or file code, or an unsound declaration, is refused at once. */
export function buatRegistry<const L extends readonly Jenis[]>(daftar: L): JenisRegistry<L[number]['jenis']> {
  type J = L[number]['jenis'];
  const byId = new Map<string, Jenis<J>>();
  const kode = new Set<string>();
  for (const j of daftar) {
    if (byId.has(j.jenis)) throw new Error(`Jenis dokumen "${j.jenis}" terdaftar dua kali.`);
    if (kode.has(j.kodeFile)) throw new Error(`Kode berkas "${j.kodeFile}" dipakai dua jenis dokumen.`);
    const masalah = periksaJenis(j);
    if (masalah.length) throw new Error(`Jenis dokumen "${j.jenis}" belum lengkap: ${masalah.join(' ')}`);
    byId.set(j.jenis, j);
    kode.add(j.kodeFile);
  }
  const ids = daftar.map((j): J => j.jenis);
  return {
    daftar,
    ids,
    ada: (id): id is J => byId.has(id),
    get(id) {
      const j = byId.get(id);
      if (!j) throw new AppError('VALIDASI', `Jenis dokumen "${id}" tidak dikenal. Yang tersedia: ${ids.join(', ')}.`, [{ field: 'jenis', message: 'Jenis dokumen tidak dikenal.' }]);
      return j;
    },
    label: (id) => byId.get(id)?.label ?? `${id} (jenis tidak dikenal)`,
  };
}

/** JSON Schema of a type's data as a caller writes it (what `netra dokumen skema` prints). */
export const skemaJson = (j: Jenis) => z.toJSONSchema(j.schema, { io: 'input', unrepresentable: 'any' });
