/** Events (kegiatan), attendance and pledge-return vocabulary shared by the UI, the core and the CLI. */

import { parseEselon } from './jabatan';
import type { JenisJabatan } from './pegawai';

/** Shipped kinds; the list offered is a setting (`kegiatan.jenis`), so an office may add its own. */
export const JENIS_KEGIATAN_BAWAAN = [
  { kode: 'sosialisasi', label: 'Sosialisasi Netralitas ASN' },
  { kode: 'apel-ikrar', label: 'Apel Ikrar Netralitas ASN' },
  { kode: 'deklarasi', label: 'Deklarasi Netralitas ASN' },
  { kode: 'rakor', label: 'Rapat Koordinasi' },
] as const;

export const MODE_KEGIATAN = ['luring', 'daring', 'hybrid'] as const;
export type ModeKegiatan = (typeof MODE_KEGIATAN)[number];
export const MODE_LABEL: Record<ModeKegiatan, string> = { luring: 'Luring (tatap muka)', daring: 'Daring', hybrid: 'Hybrid' };

/**
 * draf: the participant list still follows its rules; ditetapkan: the list is a snapshot (later
 * additions are marked); selesai: the event is closed, no scan is accepted and desk sessions end.
 */
export const STATUS_KEGIATAN = ['draf', 'ditetapkan', 'selesai'] as const;
export type StatusKegiatan = (typeof STATUS_KEGIATAN)[number];

/** What a participant's attendance is; `hadir` and `terlambat` count as present. */
export const STATUS_HADIR = ['hadir', 'terlambat', 'izin', 'sakit', 'dinas-luar', 'cuti', 'tanpa-keterangan'] as const;
export type StatusHadir = (typeof STATUS_HADIR)[number];
export const STATUS_HADIR_LABEL: Record<StatusHadir, string> = {
  hadir: 'Hadir',
  terlambat: 'Terlambat',
  izin: 'Izin',
  sakit: 'Sakit',
  'dinas-luar': 'Dinas luar',
  cuti: 'Cuti',
  'tanpa-keterangan': 'Tanpa keterangan',
};
/** The reasons a clerk marks for absent people (one by one or per unit). */
export const STATUS_ALASAN = ['izin', 'sakit', 'dinas-luar', 'cuti', 'tanpa-keterangan'] as const satisfies readonly StatusHadir[];
export type StatusAlasan = (typeof STATUS_ALASAN)[number];
export const isHadir = (s: StatusHadir | null): boolean => s === 'hadir' || s === 'terlambat';

/**
 * The outcome of one scan or typed entry, each with its colour on the desk banner:
 * tercatat green; duplikat amber; everything else red.
 * - bukan-peserta: a registered person not on this event's list (the desk offers to add them);
 * - kegiatan-lain: a pledge-form code or card of another event or campaign;
 * - tidak-dikenal: no one matches (or a code this Netra did not print);
 * - ditutup: the event is closed (selesai) and takes no more scans.
 */
export const HASIL_PINDAI = ['tercatat', 'duplikat', 'bukan-peserta', 'kegiatan-lain', 'tidak-dikenal', 'ditutup'] as const;
export type HasilPindai = (typeof HASIL_PINDAI)[number];
export const warnaHasil = (h: HasilPindai): 'hijau' | 'kuning' | 'merah' => (h === 'tercatat' ? 'hijau' : h === 'duplikat' ? 'kuning' : 'merah');

/** How an entry reached the log. */
export const CARA_CATAT = ['pindai', 'ketik', 'cari', 'massal', 'cli', 'kamera'] as const;
export type CaraCatat = (typeof CARA_CATAT)[number];

/**
 * Sort key of a person in every list Netra prints for an event or campaign: the head of the unit
 * first, then by eselon (I.a before II.b …, no eselon last), then jenis jabatan, then rank (higher
 * golongan first), then name. `golonganUrutan` is the registry's stored order (higher is senior).
 */
export interface UrutanPejabat {
  eselon: string | null;
  jenisJabatan: JenisJabatan | null;
  golonganUrutan: number;
  nama: string;
}
const JABATAN_URUT: Record<JenisJabatan, number> = { JPT: 0, ADMINISTRATOR: 1, PENGAWAS: 2, FUNGSIONAL: 3, PELAKSANA: 4 };

function eselonUrut(raw: string | null): number {
  const e = parseEselon(raw);
  if (!e) return 99;
  const sub = e.kode.endsWith('.b') ? 1 : 0;
  return e.tingkat * 2 + sub;
}

/** PNS ranks (1–17) above PPPK grades (101–117): the two scales are not comparable, PNS lead by convention. */
const pangkatUrut = (u: number): number => (u > 100 ? u - 100 : u > 0 ? u + 100 : 0);

/** A number that sorts people like `bandingkanPejabat` up to the name (stored, so SQL can order pages by it). */
export function kunciPejabat(p: Omit<UrutanPejabat, 'nama'>): number {
  const jabatan = p.jenisJabatan ? JABATAN_URUT[p.jenisJabatan] : 9;
  return eselonUrut(p.eselon) * 10_000 + jabatan * 1_000 + (999 - pangkatUrut(p.golonganUrutan));
}

export function bandingkanPejabat(a: UrutanPejabat, b: UrutanPejabat): number {
  return kunciPejabat(a) - kunciPejabat(b) || a.nama.localeCompare(b.nama, 'id');
}
