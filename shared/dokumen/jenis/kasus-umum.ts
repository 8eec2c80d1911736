/**
 * What the documents of a disciplinary case share: the ids that link them to the case (hidden in the
 * form, read by the archive through json_extract(data,'$.kasusId')), the person's identity as printed,
 * and the file name an I'DIS/SIASN upload wants (NIP, type, date).
 */
import { z } from 'zod';
import { Id } from '../../contract/schemas';
import { formatNip, normalizeNip } from '../../domain/nip';
import type { FieldsBlock, Text } from '../model';

export const TINGKAT_HUKDIS = ['ringan', 'sedang', 'berat'] as const;
export const UPAYA_ADMINISTRATIF = ['keberatan', 'banding administratif'] as const;
/** The moral sanction of PP 42/2004 decided with the discipline (or none). */
export const SANKSI_MORAL_PILIHAN = ['tidak ada', 'tertutup', 'terbuka'] as const;
export const CARA_SANKSI_MORAL = ['tertutup', 'terbuka'] as const;
export const CARA_PENYAMPAIAN = ['langsung', 'dikirim'] as const;
export const ZONA_WAKTU = ['WIB', 'WITA', 'WIT'] as const;

/** The case and the reported person a document belongs to; null for one made outside a case. */
export const tautanKasus = {
  kasusId: Id.nullable().default(null),
  terlaporId: Id.nullable().default(null),
};
export const TAUTAN_KASUS = ['kasusId', 'terlaporId'] as const;

/** The person as the document prints them (copied from the case, so an archived document rebuilds without it). */
export const identitas = {
  nama: z.string().trim().min(1, 'Nama pegawai wajib diisi.').max(200),
  nip: z.string().trim().max(30).default(''),
  pangkat: z.string().trim().max(120).default(''),
  jabatan: z.string().trim().min(1, 'Jabatan pegawai wajib diisi.').max(300),
  unitKerja: z.string().trim().min(1, 'Unit kerja pegawai wajib diisi.').max(300),
};
export interface Identitas {
  nama: string;
  nip: string;
  pangkat: string;
  jabatan: string;
  unitKerja: string;
}

/** "NIP. 19900101 201503 1 001" style grouping for the identity table; "-" where none is known. */
export const nipTampil = (nip: string) => (nip.trim() ? formatNip(nip) : '-');

/** The aligned identity rows: nama, NIP, pangkat/golongan, jabatan, unit kerja. */
export function barisIdentitas(d: Identitas, opts: { indentMm?: number; labelWidthMm?: number } = {}): FieldsBlock {
  const rows: { label: string; value: Text }[] = [
    { label: 'Nama', value: d.nama },
    { label: 'NIP', value: nipTampil(d.nip) },
    { label: 'Pangkat/golongan', value: d.pangkat || '-' },
    { label: 'Jabatan', value: d.jabatan },
    { label: 'Unit kerja', value: d.unitKerja },
  ];
  return { kind: 'rincian', rows, labelWidthMm: opts.labelWidthMm ?? 42, indentMm: opts.indentMm ?? 0 };
}

/**
 * "199001012015031001_SK-HUKDIS_2026-12-01": NIP, type and date, the name I'DIS/SIASN uploads expect;
 * null when the person has no NIP (the default name is used).
 */
export function namaBerkasNip(kode: string) {
  return (d: { nip: string }, info: { tanggal: string }): string | null => {
    const nip = normalizeNip(d.nip);
    return /^\d{8,18}$/.test(nip) ? `${nip}_${kode}_${info.tanggal}` : null;
  };
}

/** The sample person of the examples (demo, `netra dokumen contoh`). */
export const CONTOH_TERLAPOR: Identitas = {
  nama: 'Rudi Hartanto, S.Kom.',
  nip: '199001012015031001',
  pangkat: 'Penata Muda Tingkat I (III/b)',
  jabatan: 'Pranata Komputer Ahli Pertama',
  unitKerja: 'Dinas Komunikasi dan Informatika',
};

/** A sentence ending on an abbreviation ("S.Kom.") takes no second period: "S.Kom.." → "S.Kom.". */
export const rapikanTeks = (s: string) => s.replace(/(?<!\.)\.\.(?!\.)/g, '.');
export const rapikan = <B extends { text: Text }>(b: B): B => ({ ...b, text: typeof b.text === 'string' ? rapikanTeks(b.text) : b.text });
