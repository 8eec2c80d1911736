import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { RekapIkrar } from '../../shared/contract/ikrar';
import { AppError } from '../../shared/contract/result';
import type { Core } from '../core/core';
import { writeFileAtomic } from '../core/fs-atomic';
import { call } from './call';
import { moveOut } from './move-out';

export const IKRAR_USAGE = `  ikrar buat --data KAMPANYE.json     buat kampanye ikrar (judul, pemilihan, tanggal, dan kegiatanId
                                      atau peserta sebagai aturan); formulirnya satu per peserta
  ikrar daftar                        daftar kampanye ikrar
  ikrar formulir ID [--unit NAMA] --out BERKAS.docx|FOLDER
                                      formulir ikrar satu halaman per orang dengan kode QR: satu .docx,
                                      atau ke FOLDER satu .docx per perangkat daerah
  ikrar terima ID KODE-ATAU-NIP [--meja NAMA] [--operator NAMA]
                                      catat formulir yang kembali (kode QR atau NIP)
  ikrar rekap ID [--out BERKAS.xlsx]  rekap per perangkat daerah: formulir kembali dan belum`;

export const IKRAR_OPTIONS = {
  unit: { type: 'string' },
  meja: { type: 'string' },
  operator: { type: 'string' },
} as const;

export class IkrarUsageError extends Error {}

export interface IkrarOptions {
  data?: string | undefined;
  out?: string | undefined;
  unit?: string | undefined;
  meja?: string | undefined;
  operator?: string | undefined;
}

function idOf(s: string | undefined): number {
  // Digits only: Number() would also take "0x10", "1e3" or " 7 ", and a number past 2^53 is no id.
  const n = Number(s);
  if (!s || !/^\d+$/.test(s) || !Number.isSafeInteger(n) || n < 1) throw new IkrarUsageError(`Nomor kampanye ikrar harus bilangan bulat positif${s ? `, bukan "${s}"` : ''}.`);
  return n;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('FILE', `Berkas data "${file}" tidak dapat dibaca.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('VALIDASI', `Berkas data "${file}" bukan JSON yang sah: ${(e as Error).message}`);
  }
}

const persen = (n: number) => `${n.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;

function rekapText(r: RekapIkrar): string {
  const w = Math.max(16, ...r.baris.map((b) => b.unit.length));
  const line = (unit: string, j: RekapIkrar['total']['jumlah'], p: number) =>
    `${unit.padEnd(w)} ${String(j.formulir).padStart(8)} ${String(j.kembali).padStart(8)} ${String(j.belum).padStart(8)} ${persen(p).padStart(8)}`;
  return [
    `Kampanye ikrar ${r.kampanye.id}: ${r.kampanye.judul} (${r.kampanye.pemilihan})`,
    `${'Perangkat daerah'.padEnd(w)} ${'Formulir'.padStart(8)} ${'Kembali'.padStart(8)} ${'Belum'.padStart(8)} ${'%'.padStart(8)}`,
    ...r.baris.map((b) => line(b.unit, b.jumlah, b.persenKembali)),
    line('Jumlah', r.total.jumlah, r.total.persenKembali),
  ].join('\n');
}

export async function runIkrar(pos: string[], o: IkrarOptions, open: () => Core, print: (human: string, obj: unknown) => void): Promise<number> {
  const sub = pos[1];
  if (sub === 'buat' && pos.length === 2) {
    if (!o.data) throw new IkrarUsageError('--data wajib diisi.');
    const data = readJson(path.resolve(o.data));
    const k = await call(open(), 'ikrar.create', { data: data as never });
    print(`Kampanye ikrar ${k.id} dibuat: ${k.judul}, ${k.jumlah.formulir} formulir.`, { ok: true, id: k.id, formulir: k.jumlah.formulir });
    return 0;
  }
  if (sub === 'daftar' && pos.length === 2) {
    const list = await call(open(), 'ikrar.list', {});
    const lines = list.map((k) => `${String(k.id).padStart(4)}  ${k.tanggal}  ${k.judul}  (${k.jumlah.kembali}/${k.jumlah.formulir} kembali)`);
    print([`${list.length} kampanye ikrar.`, ...lines].join('\n'), { ok: true, rows: list });
    return 0;
  }
  if (sub === 'formulir' && pos.length === 3) {
    const id = idOf(pos[2]);
    if (!o.out) throw new IkrarUsageError('--out wajib diisi: BERKAS.docx, atau FOLDER untuk satu .docx per perangkat daerah.');
    const out = path.resolve(o.out);
    const toDocx = /\.docx$/i.test(out);
    if (toDocx) {
      if (!fs.existsSync(path.dirname(out))) throw new IkrarUsageError(`Folder ${path.dirname(out)} tidak ada.`);
      if (fs.existsSync(out)) throw new IkrarUsageError(`Berkas ${out} sudah ada; pilih nama lain agar tidak tertimpa.`);
    } else if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new IkrarUsageError(`${out} bukan folder; untuk satu berkas tulis nama yang berakhiran .docx.`);
    const core = open();
    let unitIndukId: number | null = null;
    if (o.unit) {
      const units = (await call(core, 'ikrar.rekap', { id })).baris;
      const hit = units.find((u) => u.unit.toLowerCase() === o.unit!.trim().toLowerCase());
      if (!hit || hit.unitIndukId === null)
        throw new AppError('TIDAK_DITEMUKAN', `Perangkat daerah "${o.unit}" tidak punya formulir di kampanye ${id}. Yang ada: ${units.map((u) => u.unit).join(', ') || '(belum ada formulir)'}.`);
      unitIndukId = hit.unitIndukId;
    }
    const made = await call(core, 'ikrar.formulir.cetak', { kampanyeId: id, unitIndukId, perUnit: !toDocx });
    const source = core.files.resolve(made.file).path;
    if (toDocx) {
      moveOut(source, out);
      print(`${made.rows} formulir ikrar ditulis ke ${out}.`, { ok: true, formulir: made.rows, files: [out] });
      return 0;
    }
    // one .docx per perangkat daerah, each written whole (temp file, then rename)
    fs.mkdirSync(out, { recursive: true });
    const entries = unzipSync(fs.readFileSync(source));
    const files: string[] = [];
    for (const [name, bytes] of Object.entries(entries)) {
      const target = path.join(out, name);
      if (fs.existsSync(target)) throw new IkrarUsageError(`Berkas ${target} sudah ada; pilih folder lain agar tidak tertimpa.`);
      writeFileAtomic(target, bytes);
      files.push(target);
    }
    await call(core, 'file.forget', { file: made.file });
    print([`${made.rows} formulir ikrar ditulis ke ${out}, satu berkas per perangkat daerah:`, ...files.map((f) => `  ${path.basename(f)}`)].join('\n'), { ok: true, formulir: made.rows, files });
    return 0;
  }
  if (sub === 'terima' && pos.length >= 4) {
    const id = idOf(pos[2]);
    const masukan = pos.slice(3).join(' ');
    const r = await call(open(), 'ikrar.terima', {
      kampanyeId: id,
      masukan,
      meja: o.meja ?? 'Baris perintah',
      operator: o.operator ?? '',
      nonce: crypto.randomBytes(12).toString('base64url'),
      cara: 'cli',
    });
    const diterima = r.hasil === 'tercatat' || r.hasil === 'duplikat';
    print(`${r.judul}: ${r.pesan}`, {
      ok: diterima,
      hasil: r.hasil,
      duplikat: r.hasil === 'duplikat',
      nama: r.formulir?.nama ?? null,
      nip: r.formulir?.nip ?? null,
      unit: r.formulir?.unitInduk ?? null,
      pesan: r.pesan,
      sebelumnya: r.sebelumnya,
      logId: r.logId,
    });
    return diterima ? 0 : 1;
  }
  if (sub === 'rekap' && pos.length === 3) {
    const id = idOf(pos[2]);
    const core = open();
    let file: string | null = null;
    if (o.out) {
      file = path.resolve(o.out);
      if (!/\.xlsx$/i.test(file)) throw new IkrarUsageError('--out untuk rekap harus berakhiran .xlsx.');
      if (!fs.existsSync(path.dirname(file))) throw new IkrarUsageError(`Folder ${path.dirname(file)} tidak ada.`);
      const made = await call(core, 'ikrar.rekap.export', { id });
      moveOut(core.files.resolve(made.file).path, file);
    }
    const r = await call(core, 'ikrar.rekap', { id });
    print(rekapText(r) + (file ? `\nRekap ditulis ke ${file}.` : ''), {
      ok: true,
      kampanye: { id: r.kampanye.id, judul: r.kampanye.judul },
      baris: r.baris.map((b) => ({ unit: b.unit, formulir: b.jumlah.formulir, kembali: b.jumlah.kembali, belum: b.jumlah.belum, persenKembali: b.persenKembali })),
      total: { formulir: r.total.jumlah.formulir, kembali: r.total.jumlah.kembali, belum: r.total.jumlah.belum, persenKembali: r.total.persenKembali },
      ...(file ? { file } : {}),
    });
    return 0;
  }
  throw new IkrarUsageError(`Perintah ikrar tidak dikenal: ${pos.join(' ')}`);
}
