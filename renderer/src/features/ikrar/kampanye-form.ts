import type { KampanyeInput } from '../../../../shared/contract/ikrar';
import type { AturanPeserta } from '../../../../shared/contract/kegiatan';
import { todayIso } from '../../../../shared/domain/tanggal';

export interface KampanyeDraft {
  judul: string;
  pemilihan: string;
  tanggal: string;
  tempat: string;
  meterai: boolean;
  sumber: 'kegiatan' | 'aturan';
  kegiatanId: number | null;
  /** Units (perangkat daerah) whose staff sign, with their sub-units. */
  unitIds: number[];
}

export const draftKosong = (): KampanyeDraft => ({ judul: '', pemilihan: '', tanggal: todayIso(), tempat: '', meterai: false, sumber: 'kegiatan', kegiatanId: null, unitIds: [] });

export function draftDari(k: KampanyeInput): KampanyeDraft {
  return {
    judul: k.judul,
    pemilihan: k.pemilihan,
    tanggal: k.tanggal,
    tempat: k.tempat,
    meterai: k.meterai,
    sumber: k.kegiatanId !== null ? 'kegiatan' : 'aturan',
    kegiatanId: k.kegiatanId,
    unitIds: (k.peserta?.unit ?? []).filter((u): u is number => typeof u === 'number'),
  };
}

const aturan = (unitIds: number[]): AturanPeserta => ({ unit: unitIds, subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null });

export function inputDari(d: KampanyeDraft, penyelenggaraId: number | null): KampanyeInput {
  return {
    judul: d.judul,
    pemilihan: d.pemilihan,
    tanggal: d.tanggal,
    tempat: d.tempat,
    meterai: d.meterai,
    kegiatanId: d.sumber === 'kegiatan' ? d.kegiatanId : null,
    peserta: d.sumber === 'aturan' ? aturan(d.unitIds) : null,
    penyelenggaraId,
  };
}

/** What the clerk must fix before saving, by field. */
export function draftErrors(d: KampanyeDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.judul.trim()) e.judul = 'Judul wajib diisi.';
  if (!d.pemilihan.trim()) e.pemilihan = 'Nama pemilihan wajib diisi.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.tanggal)) e.tanggal = 'Tanggal ditulis seperti 07/12/2026.';
  if (d.sumber === 'kegiatan' && d.kegiatanId === null) e.kegiatanId = 'Pilih kegiatan yang pesertanya menandatangani.';
  if (d.sumber === 'aturan' && d.unitIds.length === 0) e.unitIds = 'Pilih paling sedikit satu unit kerja.';
  return e;
}
