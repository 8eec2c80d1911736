import fs from 'node:fs';
import path from 'node:path';
import { JENIS_DOKUMEN, MODE_TTD, type JenisDokumen, type NomorPilihan } from '../../shared/contract/dokumen';
import { JENIS } from '../../shared/dokumen/jenis/index';
import { skemaJson } from '../../shared/dokumen/jenis/registry';
import { AppError } from '../../shared/contract/result';
import { formatTanggal, todayIso } from '../../shared/domain/tanggal';
import type { Core } from '../core/core';
import { pasanganAwal } from '../../shared/dokumen/pasangan';
import { writeFileAtomic } from '../core/fs-atomic';
import { call } from './call';

export const DOKUMEN_USAGE = `  dokumen skema JENIS                 skema JSON data dokumen (JENIS: ${JENIS_DOKUMEN.join(', ')})
  dokumen buat JENIS --data DATA.json --out BERKAS.docx
        [--profil ID|NAMA] [--penandatangan ID] [--mode langsung|an|ub|plt|plh|pj|pjs]
        [--atas-nama TEKS] [--untuk-beliau TEKS] [--tanggal TTTT-BB-HH] [--nomor NOMOR]
        [--terima-peringatan]
                                      buat dokumen bernomor, simpan di arsip dan salin ke BERKAS
                                      (ditolak bila kop, lampiran atau tembusan tidak cocok
                                      dengan penandatangan, kecuali --terima-peringatan)
  dokumen daftar [--cari TEKS] [--jenis JENIS]
                                      isi arsip dokumen
  dokumen contoh --out FOLDER         satu contoh setiap jenis dokumen (pratinjau, tanpa nomor)`;

export const DOKUMEN_OPTIONS = {
  data: { type: 'string' },
  out: { type: 'string' },
  profil: { type: 'string' },
  penandatangan: { type: 'string' },
  mode: { type: 'string' },
  'atas-nama': { type: 'string' },
  'untuk-beliau': { type: 'string' },
  tanggal: { type: 'string' },
  nomor: { type: 'string' },
  jenis: { type: 'string' },
  'terima-peringatan': { type: 'boolean' },
} as const;

type Opsi = typeof DOKUMEN_OPTIONS;
export type DokumenOptions = { [K in keyof Opsi]?: (Opsi[K]['type'] extends 'boolean' ? boolean : string) | undefined } & { cari?: string | undefined };

export class DokumenUsageError extends Error {}

function jenisOf(s: string | undefined): JenisDokumen {
  if (s && JENIS.ada(s)) return s;
  throw new DokumenUsageError(`Jenis dokumen ${s ? `"${s}" ` : ''}tidak dikenal. Pilih salah satu: ${JENIS_DOKUMEN.join(', ')}.`);
}

function required(o: DokumenOptions, name: 'data' | 'out'): string {
  const v = o[name];
  if (!v) throw new DokumenUsageError(`--${name} wajib diisi.`);
  return v;
}

/** The data file: JSON, read whole; every problem names the file. */
export function readData(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('FILE', `Berkas data "${file}" tidak dapat dibaca.`);
  }
  try {
    const v: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch (e) {
    throw new AppError('VALIDASI', `Berkas data "${file}" bukan JSON yang sah: ${(e as Error).message}`);
  }
  throw new AppError('VALIDASI', `Berkas data "${file}" harus berisi satu objek JSON ({ … }).`);
}

/** The instansi profile by id or name; without one, `bawaan` (the type's usual kop), else the first. */
export function profilId(core: Core, v: string | undefined, bawaan: number | undefined): number {
  const all = core.instansi.list();
  if (all.length === 0) throw new AppError('VALIDASI', 'Belum ada profil instansi. Isi di Pengaturan, atau jalankan "netra demo" untuk data contoh.');
  if (!v) return bawaan ?? all[0]!.id;
  const hit = all.find((p) => String(p.id) === v || p.nama.toLowerCase() === v.toLowerCase());
  if (!hit) throw new AppError('TIDAK_DITEMUKAN', `Profil instansi "${v}" tidak ada. Yang tersedia: ${all.map((p) => `${p.id} (${p.nama})`).join(', ')}.`);
  return hit.id;
}

/** An active signatory by id; without one, `bawaan` (the kop's own head), else the first active. */
export function penandatanganId(core: Core, v: string | undefined, bawaan: number | undefined): number {
  const aktif = core.penandatangan.list().filter((p) => p.aktif);
  if (aktif.length === 0) throw new AppError('VALIDASI', 'Belum ada penandatangan aktif. Isi di Pengaturan, atau jalankan "netra demo" untuk data contoh.');
  if (!v) return bawaan ?? aktif[0]!.id;
  const hit = aktif.find((p) => String(p.id) === v);
  if (!hit) throw new AppError('TIDAK_DITEMUKAN', `Penandatangan ${v} tidak ada atau tidak aktif. Yang tersedia: ${aktif.map((p) => `${p.id} (${p.jabatan})`).join(', ')}.`);
  return hit.id;
}

export async function runDokumen(pos: string[], o: DokumenOptions, open: () => Core, print: (human: string, obj: unknown) => void): Promise<number> {
  const sub = pos[1];
  if (sub === 'skema' && pos.length === 3) {
    const jenis = jenisOf(pos[2]);
    const schema = skemaJson(JENIS.get(jenis));
    const json = JSON.stringify({ title: JENIS.get(jenis).label, ...schema }, null, 2);
    print(json, schema);
    return 0;
  }
  if (sub === 'buat' && pos.length === 3) {
    const jenis = jenisOf(pos[2]);
    const data = readData(path.resolve(required(o, 'data')));
    const out = path.resolve(required(o, 'out'));
    // Checked before a number is taken: a number must never be spent on a file that cannot be written.
    if (!fs.existsSync(path.dirname(out))) throw new DokumenUsageError(`Folder ${path.dirname(out)} tidak ada.`);
    if (fs.existsSync(out)) throw new DokumenUsageError(`Berkas ${out} sudah ada; pilih nama lain agar tidak tertimpa.`);
    const core = open();
    const nomor: NomorPilihan = o.nomor ? { cara: 'manual', nomor: o.nomor } : { cara: 'otomatis' };
    if (o.mode && !(MODE_TTD as readonly string[]).includes(o.mode)) throw new DokumenUsageError(`--mode harus salah satu dari: ${MODE_TTD.join(', ')}.`);
    // Without --profil/--penandatangan: the consistent pair the form starts with (kop and signer of the same office).
    const pair = pasanganAwal(JENIS.get(jenis).olehKepalaDaerah, core.instansi.list(), core.penandatangan.list());
    // The app's own channel (schema, handler, errors): one way in.
    const made = await call(core, 'dokumen.buat', {
      jenis,
      data,
      profilId: profilId(core, o.profil, pair.profil?.id),
      tandaTangan: {
        penandatanganId: penandatanganId(core, o.penandatangan, pair.penandatangan?.id),
        mode: (o.mode ?? 'langsung') as (typeof MODE_TTD)[number],
        atasNama: o['atas-nama'] ?? '',
        untukBeliau: o['untuk-beliau'] ?? '',
      },
      tanggal: o.tanggal ?? todayIso(),
      nomor,
      peringatanDiterima: o['terima-peringatan'] === true,
    });
    writeFileAtomic(out, fs.readFileSync(core.files.resolve(made.file).path));
    const d = made.dokumen;
    print(`${JENIS.get(jenis).label} nomor ${d.nomor} dibuat: ${out} (arsip: ${d.fileName}).`, { ok: true, dokumen: d, out });
    return 0;
  }
  if (sub === 'daftar' && pos.length === 2) {
    const jenis = o.jenis ? jenisOf(o.jenis) : null;
    const page = await call(open(), 'dokumen.arsip', { text: o.cari ?? '', jenis, tahun: null, offset: 0, limit: 500 });
    const lines = page.rows.map((d) => `${formatTanggal(d.tanggal).padEnd(18)} ${d.nomor.padEnd(28)} ${(JENIS.ada(d.jenis) ? JENIS.get(d.jenis).kodeFile : d.jenis).padEnd(10)} ${d.hal}`);
    print([`${page.total} dokumen di arsip${page.total > page.rows.length ? ` (${page.rows.length} ditampilkan)` : ''}.`, ...lines].join('\n'), { ok: true, ...page });
    return 0;
  }
  if (sub === 'contoh' && pos.length === 2) {
    const dir = path.resolve(required(o, 'out'));
    fs.mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const peringatan: string[] = [];
    for (const c of await open().dokumen.contoh(todayIso())) {
      const file = path.join(dir, `${c.def.kodeFile}_contoh.docx`);
      writeFileAtomic(file, c.bytes);
      files.push(file);
      peringatan.push(...c.peringatan.map((w) => `${c.def.label}: ${w}`));
    }
    const lines = [`${files.length} contoh dokumen ditulis ke ${dir}:`, ...files.map((f) => `  ${f}`)];
    if (peringatan.length) lines.push('Peringatan (kop, lampiran atau tembusan tidak cocok dengan penandatangan):', ...peringatan.map((p) => `  ${p}`));
    print(lines.join('\n'), { ok: true, files, peringatan });
    return 0;
  }
  throw new DokumenUsageError(`Perintah dokumen tidak dikenal: ${pos.join(' ')}`);
}
