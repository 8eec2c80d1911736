import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ALASAN_CADANGAN_LABEL, type Cadangan, type HasilPemulihan } from '../../shared/contract/cadangan';
import { AppError } from '../../shared/contract/result';
import type { Core } from '../core/core';
import { CadanganStore } from '../core/db/cadangan-store';
import { DatabaseRefusedError } from '../core/db/open';
import { call } from './call';
import { pulihkanTanpaBasisData, type Sumber } from '../core/services/cadangan';

export const CADANGAN_USAGE = `  cadangan buat [BERKAS] [--catatan TEKS]
                                      buat cadangan sekarang di folder cadangan (dan salinannya ke BERKAS)
  cadangan daftar                     daftar cadangan: tanggal, jenis, ukuran, jumlah pegawai, versi skema
  cadangan pulihkan BERKAS|NAMA       pulihkan basis data dan berkas arsip dari cadangan (NAMA dari daftar);
                                      keadaan sekarang dicadangkan lebih dulu`;

export const CADANGAN_OPTIONS = {
  catatan: { type: 'string' },
} as const;

export class CadanganUsageError extends Error {}

const tanggal = (iso: string) =>
  new Date(iso).toLocaleString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function ukuran(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

const baris = (c: Cadangan) =>
  `${c.id.padEnd(36)} ${tanggal(c.dibuat).padEnd(28)} ${ALASAN_CADANGAN_LABEL[c.alasan].padEnd(28)} ${ukuran(c.bytes).padStart(9)} ${String(c.jumlahPegawai).padStart(7)} pegawai  skema ${c.schemaVersion}`;

/** A copy of a verified backup elsewhere: never over an existing file, never half written. */
function copyTo(source: string, target: string): void {
  if (!fs.existsSync(path.dirname(target))) throw new CadanganUsageError(`Folder ${path.dirname(target)} tidak ada.`);
  if (fs.existsSync(target)) throw new CadanganUsageError(`Berkas ${target} sudah ada; pilih nama lain agar tidak tertimpa.`);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.copyFileSync(source, tmp);
    fs.linkSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function ringkasan(r: HasilPemulihan): string {
  const lines = [
    `Dipulihkan dari ${r.dari}: ${r.jumlahPegawai} pegawai, skema ${r.schemaVersionAsal}${r.schemaVersionAsal !== r.schemaVersion ? ` (diperbarui ke ${r.schemaVersion})` : ''}.`,
  ];
  if (r.pengaman) lines.push(`Keadaan sebelumnya disimpan sebagai cadangan ${r.pengaman.id}; pulihkan itu untuk membatalkan.`);
  if (r.disisihkan) lines.push(`Basis data yang ditolak disisihkan ke ${r.disisihkan} (tidak dihapus).`);
  if (r.berkasDipulihkan) lines.push(`${r.berkasDipulihkan} berkas arsip dikembalikan.`);
  if (r.berkasDisisihkan.length) lines.push(`${r.berkasDisisihkan.length} berkas arsip yang berbeda dipindahkan ke arsip/tanpa-catatan: ${r.berkasDisisihkan.join(', ')}`);
  if (r.berkasHilang.length) lines.push(`${r.berkasHilang.length} berkas arsip tidak ada di cadangan mana pun: ${r.berkasHilang.join(', ')}`);
  return lines.join('\n');
}

/** `netra cadangan …`; `daftar` and a restore work even when the database itself is refused. */
export async function runCadangan(
  pos: string[],
  o: { catatan?: string | undefined },
  dataDir: string,
  open: () => Core,
  print: (human: string, obj: unknown) => void,
): Promise<number> {
  const sub = pos[1];
  const store = new CadanganStore(dataDir);
  if (sub === 'daftar' && pos.length === 2) {
    const rows = store.list();
    const head = rows.length ? `${rows.length} cadangan di ${store.dir}:` : `Belum ada cadangan di ${store.dir}.`;
    print([head, ...rows.map(baris)].join('\n'), { ok: true, folder: store.dir, rows });
    return 0;
  }
  if (sub === 'buat' && (pos.length === 2 || pos.length === 3)) {
    const target = pos[2] ? path.resolve(pos[2]) : null;
    if (target && fs.existsSync(target)) throw new CadanganUsageError(`Berkas ${target} sudah ada; pilih nama lain agar tidak tertimpa.`);
    const made = await call(open(), 'cadangan.buat', { catatan: o.catatan ?? '' });
    if (target) copyTo(store.fileOf(made), target);
    const copy = target ? `\nSalinannya: ${target}` : '';
    print(`Cadangan ${made.id} dibuat (${ukuran(made.bytes)}, ${made.jumlahPegawai} pegawai, ${made.jumlahBerkas} berkas arsip) di ${store.dir}.${copy}`, {
      ok: true,
      cadangan: made,
      salinan: target,
    });
    return 0;
  }
  if (sub === 'pulihkan' && pos.length === 3) {
    const name = pos[2]!;
    const listed = store.get(name.replace(/\.sqlite$/, ''));
    let sumber: Sumber;
    if (listed && !name.includes('/') && !name.includes('\\')) sumber = { path: store.fileOf(listed), label: `Cadangan ${listed.id}`, manifest: listed };
    else if (fs.existsSync(path.resolve(name))) sumber = { path: path.resolve(name), label: `Berkas ${path.resolve(name)}` };
    else throw new AppError('TIDAK_DITEMUKAN', `Cadangan atau berkas "${name}" tidak ditemukan. Lihat nama-nama cadangan dengan "netra cadangan daftar".`);
    let core: Core | null = null;
    try {
      core = open();
    } catch (e) {
      if (!(e instanceof DatabaseRefusedError)) throw e;
    }
    const r = core
      ? listed && sumber.manifest
        ? await call(core, 'cadangan.pulihkan', { id: listed.id })
        : await call(core, 'cadangan.pulihkanBerkas', { file: core.files.register(sumber.path, sumber.path) })
      : await pulihkanTanpaBasisData(dataDir, sumber);
    print(ringkasan(r), { ok: true, ...r });
    return 0;
  }
  throw new CadanganUsageError(`Perintah cadangan tidak dikenal: ${pos.join(' ')}`);
}
