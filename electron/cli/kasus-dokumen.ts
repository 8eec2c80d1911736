import fs from 'node:fs';
import path from 'node:path';
import { JENIS_DOKUMEN, MODE_TTD, type JenisDokumen, type NomorPilihan } from '../../shared/contract/dokumen';
import type { Kasus } from '../../shared/contract/kasus';
import { AppError } from '../../shared/contract/result';
import { JENIS } from '../../shared/dokumen/jenis/index';
import { pasanganAwal } from '../../shared/dokumen/pasangan';
import { todayIso } from '../../shared/domain/tanggal';
import type { Core } from '../core/core';
import { writeFileAtomic } from '../core/fs-atomic';
import { call } from './call';
import { penandatanganId, profilId } from './dokumen';

export const KASUS_DOKUMEN_USAGE = `  kasus dokumen KASUS JENIS --out BERKAS.docx [--terlapor ID] [--ke 1|2]
        [--profil ID|NAMA] [--penandatangan ID] [--mode langsung|an|ub|plt|plh|pj|pjs]
        [--atas-nama TEKS] [--untuk-beliau TEKS] [--tanggal TTTT-BB-HH] [--nomor NOMOR]
        [--terima-peringatan]
                                      isi dokumen tahap dari data kasus (KASUS: id atau nomor
                                      register; --terlapor bila kasus punya lebih dari satu
                                      terlapor; --ke untuk Surat Panggilan I/II), beri nomor,
                                      simpan di arsip kasus dan salin ke BERKAS`;

export const KASUS_DOKUMEN_OPTIONS = {
  terlapor: { type: 'string' },
  ke: { type: 'string' },
} as const;

export class KasusDokumenUsageError extends Error {}

export interface KasusDokumenOptions {
  out?: string | undefined;
  terlapor?: string | undefined;
  ke?: string | undefined;
  profil?: string | undefined;
  penandatangan?: string | undefined;
  mode?: string | undefined;
  'atas-nama'?: string | undefined;
  'untuk-beliau'?: string | undefined;
  tanggal?: string | undefined;
  nomor?: string | undefined;
  'terima-peringatan'?: boolean | undefined;
}

/** The case by its id or its register number ("002/KASUS/2026"). */
async function kasusOf(core: Core, v: string): Promise<Kasus> {
  if (/^\d+$/.test(v)) return call(core, 'kasus.get', { id: Number(v) });
  // open cases first, then archived ones (the list shows one or the other)
  let hit;
  for (const arsip of [false, true]) hit ??= (await call(core, 'kasus.list', { teks: v, arsip, limit: 500 })).rows.find((r) => r.nomorRegister.toLowerCase() === v.toLowerCase());
  if (!hit) throw new AppError('TIDAK_DITEMUKAN', `Kasus "${v}" tidak ada. Tulis id kasus atau nomor registernya, misalnya 002/KASUS/2026.`);
  return call(core, 'kasus.get', { id: hit.id });
}

/** The person: --terlapor, or the case's only person still in the procedure. */
function terlaporOf(k: Kasus, v: string | undefined) {
  const pilihan = k.terlapor.map((t) => `${t.id} (${t.nama})`).join(', ');
  if (v) {
    const t = k.terlapor.find((x) => String(x.id) === v);
    if (!t) throw new AppError('TIDAK_DITEMUKAN', `Terlapor ${v} tidak ada di kasus ${k.nomorRegister}. Terlapor kasus ini: ${pilihan}.`);
    return t;
  }
  const aktif = k.terlapor.filter((t) => !t.diarsipkan);
  if (aktif.length === 1) return aktif[0]!;
  throw new KasusDokumenUsageError(`Kasus ${k.nomorRegister} punya ${aktif.length} terlapor; pilih dengan --terlapor ID: ${pilihan}.`);
}

export async function runKasusDokumen(pos: string[], o: KasusDokumenOptions, open: () => Core, print: (human: string, obj: unknown) => void): Promise<number> {
  if (pos.length !== 4) throw new KasusDokumenUsageError('Tulis: netra kasus dokumen KASUS JENIS --out BERKAS.docx');
  const [, , kasusArg, jenisArg] = pos as [string, string, string, string];
  if (!JENIS.ada(jenisArg)) throw new KasusDokumenUsageError(`Jenis dokumen "${jenisArg}" tidak dikenal. Pilih salah satu: ${JENIS_DOKUMEN.join(', ')}.`);
  const jenis: JenisDokumen = jenisArg;
  if (!o.out) throw new KasusDokumenUsageError('--out wajib diisi.');
  const out = path.resolve(o.out);
  // Checked before a number is taken: a number must never be spent on a file that cannot be written.
  if (!fs.existsSync(path.dirname(out))) throw new KasusDokumenUsageError(`Folder ${path.dirname(out)} tidak ada.`);
  if (fs.existsSync(out)) throw new KasusDokumenUsageError(`Berkas ${out} sudah ada; pilih nama lain agar tidak tertimpa.`);
  if (o.ke !== undefined && o.ke !== '1' && o.ke !== '2') throw new KasusDokumenUsageError('--ke harus 1 (Surat Panggilan I) atau 2 (Surat Panggilan II).');
  if (o.mode && !(MODE_TTD as readonly string[]).includes(o.mode)) throw new KasusDokumenUsageError(`--mode harus salah satu dari: ${MODE_TTD.join(', ')}.`);
  const core = open();
  const kasus = await kasusOf(core, kasusArg);
  const t = terlaporOf(kasus, o.terlapor);
  const isi = await call(core, 'kasus.dokumen.data', { kasusId: kasus.id, terlaporId: t.id, jenis, ke: o.ke === '2' ? 2 : o.ke === '1' ? 1 : null });
  // the kop the case answer names, signed by the head of that office (or the regional head for a decree)
  const def = JENIS.get(jenis);
  const semua = core.instansi.list();
  const kop = profilId(core, o.profil, isi.profilId ?? undefined);
  const pair = pasanganAwal(def.olehKepalaDaerah, semua.filter((p) => p.id === kop), core.penandatangan.list());
  const nomor: NomorPilihan = o.nomor ? { cara: 'manual', nomor: o.nomor } : { cara: 'otomatis' };
  const made = await call(core, 'dokumen.buat', {
    jenis,
    data: isi.data,
    profilId: kop,
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
  print(`${def.label} nomor ${d.nomor} untuk ${t.nama} (kasus ${kasus.nomorRegister}) dibuat: ${out} (arsip: ${d.fileName}).`, { ok: true, kasusId: kasus.id, terlaporId: t.id, dokumen: d, out });
  return 0;
}
