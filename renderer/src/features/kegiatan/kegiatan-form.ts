import type { z } from 'zod';
import { KegiatanInputSchema, type Kegiatan, type KegiatanInput, type Narasumber } from '../../../../shared/contract/kegiatan';
import type { ModeKegiatan } from '../../../../shared/domain/kegiatan';
import { normalisasiPukul } from '../../../../shared/domain/pukul';
import { todayIso } from '../../../../shared/domain/tanggal';
import { schemaErrors } from '../../lib/validation';

/** What the event form holds: the input without its participant rule (edited in the Peserta tab), empty times as ''. */
export interface FormKegiatan {
  judul: string;
  jenis: string;
  tanggal: string;
  jam: string;
  batasTerlambat: string;
  jamSelesai: string;
  zonaWaktu: 'WIB' | 'WITA' | 'WIT';
  tempat: string;
  mode: ModeKegiatan;
  tautan: string;
  penyelenggaraId: number | null;
  penandatanganId: number | null;
  pemilihan: string;
  narasumber: Narasumber[];
  catatan: string;
}

export const FIELD_ORDER = [
  'judul',
  'jenis',
  'tanggal',
  'jam',
  'batasTerlambat',
  'jamSelesai',
  'zonaWaktu',
  'tempat',
  'mode',
  'tautan',
  'penyelenggaraId',
  'penandatanganId',
  'pemilihan',
  'narasumber',
  'catatan',
] as const satisfies readonly (keyof FormKegiatan)[];

export const kgFieldId = (f: string) => `kg-${f.replace(/\./g, '-')}`;

export function formAwal(k: Kegiatan | null, jenisAwal: string, penyelenggaraId: number | null): FormKegiatan {
  if (!k)
    return {
      judul: '',
      jenis: jenisAwal,
      tanggal: todayIso(),
      jam: '07.30',
      batasTerlambat: '',
      jamSelesai: '',
      zonaWaktu: 'WIB',
      tempat: '',
      mode: 'luring',
      tautan: '',
      penyelenggaraId,
      penandatanganId: null,
      pemilihan: '',
      narasumber: [],
      catatan: '',
    };
  return {
    judul: k.judul,
    jenis: k.jenis,
    tanggal: k.tanggal,
    jam: k.jam,
    batasTerlambat: k.batasTerlambat ?? '',
    jamSelesai: k.jamSelesai ?? '',
    zonaWaktu: k.zonaWaktu,
    tempat: k.tempat,
    mode: k.mode,
    tautan: k.tautan ?? '',
    penyelenggaraId: k.penyelenggaraId,
    penandatanganId: k.penandatanganId,
    pemilihan: k.pemilihan,
    narasumber: k.narasumber.map((n) => ({ ...n })),
    catatan: k.catatan,
  };
}

const kosongJadiNull = (s: string): string | null => (s.trim() ? s.trim() : null);

/** The request's data: the form plus the participant rule the event already has (or none for a new one). */
export function inputDari(f: FormKegiatan, peserta: KegiatanInput['peserta'] | undefined): z.input<typeof KegiatanInputSchema> {
  return {
    ...f,
    batasTerlambat: kosongJadiNull(f.batasTerlambat),
    jamSelesai: kosongJadiNull(f.jamSelesai),
    // A link only means something for an online or hybrid event.
    tautan: f.mode === 'luring' ? null : kosongJadiNull(f.tautan),
    narasumber: f.narasumber.filter((n) => n.nama.trim() || n.jabatan.trim() || n.instansi.trim()),
    ...(peserta ? { peserta } : {}),
  };
}

/** Field → message, with the contract's own rules, plus what the schema cannot know (order of times, a link for daring). */
export function validasiKegiatan(f: FormKegiatan): Record<string, string> {
  const e = schemaErrors(KegiatanInputSchema, inputDari(f, undefined));
  if ((f.mode === 'daring' || f.mode === 'hybrid') && !f.tautan.trim()) e.tautan ??= 'Tautan rapat daring wajib diisi untuk kegiatan daring atau hybrid.';
  const jam = normalisasiPukul(f.jam);
  const batas = normalisasiPukul(f.batasTerlambat);
  const selesai = normalisasiPukul(f.jamSelesai);
  const ok = (s: string) => /^\d{2}\.\d{2}$/.test(s);
  if (ok(jam) && ok(batas) && batas < jam) e.batasTerlambat ??= `Batas terlambat (${batas}) lebih awal dari jam mulai (${jam}).`;
  if (ok(jam) && ok(selesai) && selesai <= jam) e.jamSelesai ??= `Jam selesai (${selesai}) harus sesudah jam mulai (${jam}).`;
  return e;
}
