import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { KegiatanInputSchema } from '../../shared/contract/kegiatan';
import { STATUS_HADIR, STATUS_HADIR_LABEL, type StatusHadir } from '../../shared/domain/kegiatan';
import { formatHariTanggal } from '../../shared/domain/tanggal';
import type { Core } from '../core/core';
import { call } from './call';
import { readData } from './dokumen';
import { moveOut } from './move-out';

export const KEGIATAN_USAGE = `  kegiatan skema                      skema JSON data kegiatan (untuk --data)
  kegiatan buat --data KEGIATAN.json  buat kegiatan; peserta menurut aturan, misalnya
                                      {"peserta": {"unit": ["Dinas Pendidikan"], "subunit": true}}
  kegiatan daftar [--cari TEKS]       daftar kegiatan
  kegiatan hadir ID NIP|KODE [--status ${STATUS_HADIR.join('|')}] [--meja NAMA]
                                      catat kehadiran satu orang
  kegiatan rekap ID [--out REKAP.xlsx] rekap kehadiran per perangkat daerah (--out: simpan .xlsx)
  kegiatan daftar-hadir ID --out FILE.docx|FILE.xlsx [--per-unit]
                                      daftar hadir; --per-unit: tiap perangkat daerah halaman baru
  kegiatan laporan ID --out LAPORAN.docx
                                      laporan kegiatan (kehadiran per unit, grafik, foto)`;

export const KEGIATAN_OPTIONS = {
  status: { type: 'string' },
  meja: { type: 'string' },
  'per-unit': { type: 'boolean', default: false },
} as const;

export class KegiatanUsageError extends Error {}

type Opsi = { data?: string | undefined; cari?: string | undefined; status?: string | undefined; meja?: string | undefined; out?: string | undefined; 'per-unit'?: boolean | undefined };

function idOf(s: string | undefined): number {
  if (!s || !/^\d+$/.test(s) || Number(s) < 1 || !Number.isSafeInteger(Number(s))) throw new KegiatanUsageError(`ID kegiatan harus bilangan bulat positif${s ? `, bukan "${s}"` : ''}.`);
  return Number(s);
}

/** The format an --out file asks for by its extension; a usage error (exit 2) for anything else. */
function outFormat<F extends string>(out: string | undefined, formats: readonly F[]): F {
  if (!out) throw new KegiatanUsageError(`--out wajib diisi (berkas .${formats.join(' atau .')}).`);
  const ext = path.extname(out).slice(1).toLowerCase();
  if (!(formats as readonly string[]).includes(ext)) throw new KegiatanUsageError(`--out harus berakhiran .${formats.join(' atau .')}, bukan "${path.basename(out)}".`);
  return ext as F;
}

/** Moves a file the core wrote into its data folder to where --out asked (replacing it all or nothing). */
function save(core: Core, token: string, out: string): string {
  const target = path.resolve(out);
  moveOut(core.files.resolve(token).path, target);
  core.files.forget(token);
  return target;
}

export async function runKegiatan(pos: string[], o: Opsi, open: () => Core, print: (human: string, obj: unknown) => void): Promise<number> {
  const sub = pos[1];
  if (sub === 'skema' && pos.length === 2) {
    const schema = z.toJSONSchema(KegiatanInputSchema, { io: 'input', unrepresentable: 'any' });
    print(JSON.stringify({ title: 'Kegiatan', ...schema }, null, 2), schema);
    return 0;
  }
  if (sub === 'buat' && pos.length === 2) {
    if (!o.data) throw new KegiatanUsageError('--data wajib diisi.');
    const data = readData(path.resolve(o.data));
    const k = await call(open(), 'kegiatan.create', { data: data as z.input<typeof KegiatanInputSchema> });
    print(`Kegiatan ${k.id} dibuat: ${k.judul}, ${formatHariTanggal(k.tanggal)} pukul ${k.jam}, ${k.jumlah.peserta} peserta.`, { ok: true, id: k.id, peserta: k.jumlah.peserta });
    return 0;
  }
  if (sub === 'daftar' && pos.length === 2) {
    const rows = await call(open(), 'kegiatan.list', { teks: o.cari ?? '' });
    const lines = rows.map((k) => `${String(k.id).padStart(4)}  ${k.tanggal}  ${k.status.padEnd(10)} ${`${k.jumlah.hadir}/${k.jumlah.peserta}`.padEnd(12)} ${k.judul}`);
    print([`${rows.length} kegiatan.`, ...lines].join('\n'), { ok: true, rows });
    return 0;
  }
  if (sub === 'hadir' && pos.length >= 4) {
    const id = idOf(pos[2]);
    const masukan = pos.slice(3).join(' ');
    if (o.status && !(STATUS_HADIR as readonly string[]).includes(o.status)) throw new KegiatanUsageError(`--status harus salah satu dari: ${STATUS_HADIR.join(', ')}.`);
    const r = await call(open(), 'kegiatan.hadir.pindai', {
      kegiatanId: id,
      masukan,
      status: (o.status as StatusHadir | undefined) ?? null,
      meja: o.meja ?? 'Baris perintah',
      nonce: crypto.randomBytes(12).toString('base64url'),
      cara: 'cli',
    });
    const status = r.hasil === 'tercatat' ? r.peserta!.kehadiran!.status : (r.sebelumnya?.status ?? null);
    print(`${r.judul}: ${r.pesan}`, { ok: r.hasil === 'tercatat' || r.hasil === 'duplikat', hasil: r.hasil, status, duplikat: r.hasil === 'duplikat', nama: r.peserta?.nama ?? r.pegawai?.nama ?? null, pesan: r.pesan });
    // A refused scan (not invited, unknown, closed) is a rejected input: exit 1, as the app shows it red.
    return r.hasil === 'tercatat' || r.hasil === 'duplikat' ? 0 : 1;
  }
  if (sub === 'daftar-hadir' && pos.length === 3) {
    const format = outFormat(o.out, ['docx', 'xlsx']);
    const c = open();
    const made = await call(c, 'kegiatan.daftarHadir', { id: idOf(pos[2]), format, pisahPerUnit: o['per-unit'] ?? false });
    const file = save(c, made.file, o.out!);
    print(`Daftar hadir ${made.rows} peserta disimpan ke ${file}`, { ok: true, peserta: made.rows, file });
    return 0;
  }
  if (sub === 'laporan' && pos.length === 3) {
    outFormat(o.out, ['docx']);
    const c = open();
    const made = await call(c, 'kegiatan.laporan', { id: idOf(pos[2]) });
    const file = save(c, made.file, o.out!);
    print(`Laporan kegiatan disimpan ke ${file}`, { ok: true, file });
    return 0;
  }
  if (sub === 'rekap' && pos.length === 3 && o.out !== undefined) {
    outFormat(o.out, ['xlsx']);
    const c = open();
    const made = await call(c, 'kegiatan.rekap.export', { id: idOf(pos[2]) });
    const file = save(c, made.file, o.out);
    print(`Rekap ${made.rows} perangkat daerah disimpan ke ${file}`, { ok: true, unit: made.rows, file });
    return 0;
  }
  if (sub === 'rekap' && pos.length === 3) {
    const r = await call(open(), 'kegiatan.rekap', { id: idOf(pos[2]) });
    const head = `${'Perangkat daerah'.padEnd(44)} ${'Peserta'.padStart(7)} ${'Hadir'.padStart(6)} ${'Tlmbt'.padStart(6)} ${'Belum'.padStart(6)}      %`;
    const line = (b: (typeof r.baris)[number]) =>
      `${b.unit.slice(0, 44).padEnd(44)} ${String(b.jumlah.peserta).padStart(7)} ${String(b.jumlah.hadir).padStart(6)} ${String(b.jumlah.terlambat).padStart(6)} ${String(b.jumlah.belum).padStart(6)} ${b.persenHadir.toLocaleString('id-ID').padStart(6)}`;
    const alasan = (Object.keys(r.total.jumlah.perStatus) as StatusHadir[])
      .filter((s) => s !== 'hadir' && s !== 'terlambat' && r.total.jumlah.perStatus[s] > 0)
      .map((s) => `${STATUS_HADIR_LABEL[s]} ${r.total.jumlah.perStatus[s]}`);
    print([`${r.kegiatan.judul} (${formatHariTanggal(r.kegiatan.tanggal)})`, head, ...r.baris.map(line), line(r.total), ...(alasan.length ? [`Tidak hadir: ${alasan.join(', ')}.`] : [])].join('\n'), { ok: true, ...r });
    return 0;
  }
  throw new KegiatanUsageError(`Perintah kegiatan tidak dikenal: ${pos.join(' ')}`);
}

