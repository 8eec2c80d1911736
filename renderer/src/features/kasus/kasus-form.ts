import type { z } from 'zod';
import { KasusInputSchema, TerlaporInputSchema, type Kasus } from '../../../../shared/contract/kasus';
import type { JenisLuar, SumberKasus } from '../../../../shared/domain/kasus';
import { todayIso } from '../../../../shared/domain/tanggal';
import { schemaErrors } from '../../lib/validation';

/** A reported person as the intake form holds it (the registry person's name and line kept for the screen only). */
export type TerlaporDraft =
  | { key: string; jenis: 'pegawai'; pegawaiId: number; nama: string; info: string; keterangan: string }
  | { key: string; jenis: 'belum-dikenal'; nama: string; nip: string; jabatan: string; unitKerja: string; keterangan: string }
  | { key: string; jenis: 'luar'; luarJenis: JenisLuar; nama: string; jabatan: string; instansi: string; keterangan: string };

export interface FormKasus {
  sumber: SumberKasus;
  pelapor: string;
  nomorSurat: string;
  tanggalSurat: string;
  tanggalDiterima: string;
  tanggalKejadian: string;
  lokasi: string;
  kronologi: string;
  pemilihan: string;
  kategoriPelapor: string;
  rekomendasi: string;
  pelanggaran: string[];
  terlapor: TerlaporDraft[];
}

export const FIELD_ORDER = [
  'sumber',
  'pelapor',
  'nomorSurat',
  'tanggalSurat',
  'tanggalDiterima',
  'tanggalKejadian',
  'aturanId',
  'lokasi',
  'pemilihan',
  'kategoriPelapor',
  'kronologi',
  'rekomendasi',
  'pelanggaran',
  'terlapor',
] as const satisfies readonly (keyof FormKasus | 'aturanId')[];

export const ksFieldId = (f: string) => `ks-${f.replace(/\./g, '-')}`;

let seq = 0;
export const kunciBaru = () => `t${++seq}`;

export function formAwal(k: Kasus | null): FormKasus {
  if (!k)
    return {
      sumber: 'bawaslu',
      pelapor: '',
      nomorSurat: '',
      tanggalSurat: '',
      tanggalDiterima: todayIso(),
      tanggalKejadian: '',
      lokasi: '',
      kronologi: '',
      pemilihan: '',
      kategoriPelapor: '',
      rekomendasi: '',
      pelanggaran: [],
      terlapor: [],
    };
  return {
    sumber: k.sumber,
    pelapor: k.pelapor,
    nomorSurat: k.nomorSurat,
    tanggalSurat: k.tanggalSurat ?? '',
    tanggalDiterima: k.tanggalDiterima,
    tanggalKejadian: k.tanggalKejadian,
    lokasi: k.lokasi,
    kronologi: k.kronologi,
    pemilihan: k.pemilihan,
    kategoriPelapor: k.kategoriPelapor,
    rekomendasi: k.rekomendasi,
    pelanggaran: [...k.pelanggaran],
    terlapor: [],
  };
}

export function dataDari(f: FormKasus): z.input<typeof KasusInputSchema> {
  return {
    sumber: f.sumber,
    pelapor: f.pelapor,
    nomorSurat: f.nomorSurat,
    tanggalSurat: f.tanggalSurat.trim() ? f.tanggalSurat : null,
    tanggalDiterima: f.tanggalDiterima,
    tanggalKejadian: f.tanggalKejadian,
    lokasi: f.lokasi,
    kronologi: f.kronologi,
    pemilihan: f.pemilihan,
    kategoriPelapor: f.kategoriPelapor,
    rekomendasi: f.rekomendasi,
    pelanggaran: f.pelanggaran,
  };
}

/** The request's person (the contract's strict shape: no screen-only fields). */
export function terlaporDari(t: TerlaporDraft): z.input<typeof TerlaporInputSchema> {
  if (t.jenis === 'pegawai') return { jenis: 'pegawai', pegawaiId: t.pegawaiId, keterangan: t.keterangan };
  if (t.jenis === 'belum-dikenal') return { jenis: 'belum-dikenal', nama: t.nama, nip: t.nip.trim() ? t.nip.trim() : null, jabatan: t.jabatan, unitKerja: t.unitKerja, keterangan: t.keterangan };
  return { jenis: 'luar', luarJenis: t.luarJenis, nama: t.nama, jabatan: t.jabatan, instansi: t.instansi, keterangan: t.keterangan };
}

/** Field → message with the contract's own rules; `baru` also checks the people named. */
export function validasiKasus(f: FormKasus, baru: boolean): Record<string, string> {
  const e = schemaErrors(KasusInputSchema, dataDari(f));
  if (!f.tanggalKejadian) e.tanggalKejadian = 'Tanggal kejadian wajib diisi: aturan yang berlaku dipilih menurut tanggal ini.';
  if (!f.tanggalDiterima) e.tanggalDiterima = 'Tanggal diterima wajib diisi.';
  if (baru) {
    if (f.terlapor.length === 0) e.terlapor = 'Isi paling sedikit satu terlapor: cari di data pegawai, atau catat sebagai belum dikenali atau di luar data pegawai.';
    f.terlapor.forEach((t, i) => {
      for (const [k, m] of Object.entries(schemaErrors(TerlaporInputSchema, terlaporDari(t)))) e[`terlapor.${i}.${k}`] ??= m;
    });
  }
  return e;
}
