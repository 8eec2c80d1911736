import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract/result';
import type { ImportReport } from '../../shared/contract/types';
import { formatNip } from '../../shared/domain/nip';
import { UPDATE_FIELD_LABEL } from '../../shared/domain/import-fields';
import { namaLengkap } from '../../shared/domain/nama';
import { pangkatLabel } from '../../shared/domain/pangkat';
import { createCore, resolveDataDir, type Core } from '../core/core';
import { toErrorData } from '../core/handlers';
import { DOKUMEN_OPTIONS, DOKUMEN_USAGE, DokumenUsageError, runDokumen } from './dokumen';
import { KASUS_DOKUMEN_OPTIONS, KASUS_DOKUMEN_USAGE, KasusDokumenUsageError, runKasusDokumen } from './kasus-dokumen';
import { call } from './call';
import { formatIssue } from './format';
import { moveOut } from './move-out';
import { CADANGAN_OPTIONS, CADANGAN_USAGE, CadanganUsageError, runCadangan } from './cadangan';
import { IKRAR_OPTIONS, IKRAR_USAGE, IkrarUsageError, runIkrar } from './ikrar';
import { KEGIATAN_OPTIONS, KEGIATAN_USAGE, KegiatanUsageError, runKegiatan } from './kegiatan';
import { LIBUR_OPTIONS, LIBUR_USAGE, LiburUsageError, argvLibur, runLibur } from './libur';
import { KASUS_OPTIONS, KASUS_USAGE, KasusUsageError, runKasus } from './kasus';

const USAGE = `Pemakaian: netra PERINTAH [opsi]

Perintah:
  demo [--jumlah N] [--seed N]        isi data contoh (Kabupaten Sukamaju)
  pegawai import BERKAS [--update] [--skip-invalid] [--dry-run] [--buat-unit] [--errors BERKAS]
                                      impor pegawai dari .xlsx/.csv; unit kerja yang belum ada
                                      hanya dibuat dengan --buat-unit (lihat dulu dengan --dry-run);
                                      --errors menulis baris yang ditolak ke .xlsx untuk diperbaiki
  pegawai export BERKAS [--cari TEKS] ekspor daftar pegawai ke .xlsx
  pegawai search TEKS [--limit N]     cari pegawai (nama, NIP, jabatan, unit)
  info                                lokasi data dan jumlah isi
${DOKUMEN_USAGE}
${CADANGAN_USAGE}
${IKRAR_USAGE}
${KEGIATAN_USAGE}
${LIBUR_USAGE}
${KASUS_USAGE}
${KASUS_DOKUMEN_USAGE}

Opsi umum:
  --data-dir DIR   folder data (bawaan: NETRA_DATA_DIR atau ~/.netra)
  --json           keluaran JSON satu objek
  --help           tampilkan bantuan ini

Kode keluar: 0 berhasil, 1 masukan ditolak, 2 salah pemakaian.`;

class UsageError extends Error {}

/** node:util parseArgs speaks English; a clerk (and a script asking for --json) gets Indonesian, naming the option. */
function opsiSalah(e: Error & { code?: string }): string {
  const opsi = /'([^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `Opsi tidak dikenal: ${opsi}.${/^-\d/.test(opsi) ? ` Bila itu angka, bukan opsi, tulis sesudah "--", misalnya: -- ${opsi}` : ''}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Opsi ${opsi} perlu nilai (misalnya ${opsi} NILAI), atau tidak menerima nilai.`;
  return `Perintah tidak dapat dibaca: ${e.message}`;
}

export async function run(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argvLibur(argv),
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'buat-unit': { type: 'boolean', default: false },
        errors: { type: 'string' },
        cari: { type: 'string' },
        limit: { type: 'string' },
        jumlah: { type: 'string' },
        seed: { type: 'string' },
        ...DOKUMEN_OPTIONS,
        ...CADANGAN_OPTIONS,
        ...IKRAR_OPTIONS,
        ...KEGIATAN_OPTIONS,
        ...LIBUR_OPTIONS,
        ...KASUS_OPTIONS,
        ...KASUS_DOKUMEN_OPTIONS,
      },
    });
  } catch (e) {
    const message = opsiSalah(e as Error & { code?: string });
    out(argv.includes('--json') ? JSON.stringify({ ok: false, error: { code: 'PEMAKAIAN', message } }) : `${message}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals: pos } = parsed;
  if (o.help || pos.length === 0) {
    out(USAGE);
    return o.help ? 0 : 2;
  }
  const json = o.json;
  const print = (human: string, obj: unknown) => out(json ? JSON.stringify(obj) : human);
  let core: Core | null = null;
  try {
    const command = pos.join(' ');
    const intOpt = (name: string, v: string | undefined, dflt: number) => {
      if (v === undefined) return dflt;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} harus bilangan bulat positif.`);
      return n;
    };
    const dataDir = o['data-dir'] ? path.resolve(o['data-dir']) : resolveDataDir([]);
    const open = () => (core = createCore({ dataDir, mode: 'cli' }));

    if (pos[0] === 'demo' && pos.length === 1) {
      const r = open().demo.load({ pegawai: intOpt('jumlah', o.jumlah, 2000), seed: intOpt('seed', o.seed, 1) });
      print(`Data contoh dimuat: ${r.pegawai} pegawai baru, ${r.units} unit kerja baru (data: ${dataDir}).`, { ok: true, ...r });
      return 0;
    }
    if (pos[0] === 'info' && pos.length === 1) {
      const a = await call(open(), 'app.info', {});
      const info = { dataDir: a.dataDir, database: a.databasePath, schemaVersion: a.schemaVersion, pegawai: a.jumlahPegawai, unitKerja: a.jumlahUnit };
      print(`Folder data : ${info.dataDir}\nBasis data  : ${info.database} (skema ${info.schemaVersion})\nPegawai     : ${info.pegawai}\nUnit kerja  : ${info.unitKerja}`, info);
      return 0;
    }
    if (pos[0] === 'pegawai' && pos[1] === 'import' && pos.length === 3) {
      const file = path.resolve(pos[2]!);
      const c = open();
      const token = c.files.register(file);
      const dryRun = o['dry-run'];
      // A dry run lists the units the import would create, so the clerk sees them before --buat-unit;
      // --buat-unit is the clerk's decision "create" for every unit the preview proposes.
      const preview = dryRun || o['buat-unit'] ? await call(c, 'pegawai.importPreview', { file: token, update: o.update }) : null;
      const units = Object.fromEntries((preview?.newUnits ?? []).map((u) => [u.key, { buat: true as const }]));
      const report = await call(c, 'pegawai.importCommit', { file: token, update: o.update, skipInvalid: o['skip-invalid'], dryRun, units });
      let rejectedFile: string | null = null;
      if (o.errors && report.errors.some((e) => e.row !== null)) {
        rejectedFile = path.resolve(o.errors);
        const made = await call(c, 'pegawai.importRejected', { file: token, update: o.update });
        moveOut(c.files.resolve(made.file).path, rejectedFile);
        await call(c, 'file.forget', { file: made.file });
      }
      const newUnits = dryRun ? preview?.newUnits.map((u) => ({ nama: u.nama, induk: u.parentLabel, baris: u.rows, mirip: u.candidates.map((k) => k.label) })) : undefined;
      print(importSummary(report, dryRun, newUnits ?? [], rejectedFile), {
        ok: report.ok,
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped,
        unitsCreated: report.unitsCreated,
        fieldChanges: report.fieldChanges,
        ...(newUnits ? { newUnits } : {}),
        ...(rejectedFile ? { errorsFile: rejectedFile } : {}),
        errors: report.errors.map(({ file: _f, header: _h, ...e }) => e),
      });
      return report.ok ? 0 : 1;
    }
    if (pos[0] === 'pegawai' && pos[1] === 'export' && pos.length === 3) {
      const file = path.resolve(pos[2]!);
      const c = open();
      const made = await call(c, 'pegawai.export', { text: o.cari ?? '', aktif: 'semua' });
      const rows = made.rows;
      moveOut(c.files.resolve(made.file).path, file);
      await call(c, 'file.forget', { file: made.file });
      print(`${rows} pegawai diekspor ke ${file}`, { ok: true, rows, file });
      return 0;
    }
    if (pos[0] === 'pegawai' && pos[1] === 'search' && pos.length >= 3) {
      const text = pos.slice(2).join(' ');
      const page = await call(open(), 'pegawai.list', { text, aktif: 'semua', limit: intOpt('limit', o.limit, 20) });
      const lines = page.rows.map(
        (p) => `${(p.nip ? formatNip(p.nip) : '-').padEnd(21)} ${namaLengkap(p).padEnd(38)} ${(p.golongan ? pangkatLabel(p.golongan, 'singkat') : '').padEnd(30)} ${p.unitKerjaNama ?? ''}`,
      );
      print([`${page.total} pegawai cocok dengan "${text}"${page.total > page.rows.length ? ` (${page.rows.length} ditampilkan)` : ''}.`, ...lines].join('\n'), { ok: true, total: page.total, rows: page.rows });
      return 0;
    }
    if (pos[0] === 'kasus' && pos[1] === 'dokumen') return await runKasusDokumen(pos, o, open, print);
    if (pos[0] === 'dokumen') return await runDokumen(pos, o, open, print);
    if (pos[0] === 'cadangan') return await runCadangan(pos, o, dataDir, open, print);
    if (pos[0] === 'ikrar') return await runIkrar(pos, o, open, print);
    if (pos[0] === 'kegiatan') return await runKegiatan(pos, o, open, print);
    if (pos[0] === 'libur' || pos[0] === 'hari-kerja' || pos[0] === 'aturan') return await runLibur(pos, o, open, print);
    if (pos[0] === 'kasus') return await runKasus(pos, o, open, print);
    throw new UsageError(`Perintah tidak dikenal: ${command}`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof DokumenUsageError || e instanceof CadanganUsageError || e instanceof KegiatanUsageError || e instanceof IkrarUsageError || e instanceof LiburUsageError || e instanceof KasusUsageError || e instanceof KasusDokumenUsageError) {
      out(json ? JSON.stringify({ ok: false, error: { code: 'PEMAKAIAN', message: e.message } }) : `${e.message}\n\n${USAGE}`);
      return 2;
    }
    const err = toErrorData(e);
    const importing = (pos[0] === 'pegawai' && pos[1] === 'import') || (pos[0] === 'kasus' && pos[1] === 'impor');
    if (json && importing) out(JSON.stringify({ ok: false, inserted: 0, updated: 0, skipped: 0, errors: [{ sheet: null, row: null, column: null, message: err.message }], error: err }));
    else if (json) out(JSON.stringify({ ok: false, error: err }));
    else out([`Gagal: ${err.message}`, ...(err.fields && err.fields.length > 1 ? err.fields.map((f) => `- ${f.field}: ${f.message}`) : [])].join('\n'));
    return e instanceof AppError || err.code === 'FILE' ? 1 : 1;
  } finally {
    (core as Core | null)?.close();
  }
}

type UnitLine = { nama: string; induk: string | null; baris: number; mirip: string[] };

function importSummary(r: ImportReport, dryRun: boolean, units: UnitLine[], rejectedFile: string | null): string {
  const rejected = rejectedFile ? [`Baris yang ditolak ditulis ke ${rejectedFile}; perbaiki di Excel lalu impor berkas itu.`] : [];
  if (!r.ok) {
    return [
      `Impor DITOLAK: ${r.errors.length} masalah ditemukan; tidak ada data yang disimpan.`,
      ...r.errors.slice(0, 200).map(formatIssue),
      ...(r.errors.length > 200 ? [`… dan ${r.errors.length - 200} masalah lainnya (gunakan --json untuk daftar lengkap).`] : []),
      ...rejected,
      'Perbaiki berkasnya, atau jalankan ulang dengan --skip-invalid untuk melewati baris yang salah.',
    ].join('\n');
  }
  const head = dryRun ? 'Uji coba (tidak ada yang disimpan):' : 'Impor selesai:';
  const lines = [
    `${head} ${r.inserted} ditambahkan, ${r.updated} diperbarui, ${r.unchanged} tidak berubah, ${r.skipped} dilewati, ${r.unitsCreated} unit kerja baru.`,
  ];
  if (r.fieldChanges.length) lines.push(`Isian yang diperbarui: ${r.fieldChanges.map((f) => `${UPDATE_FIELD_LABEL[f.field]} ${f.count}`).join(', ')}.`);
  if (units.length) {
    lines.push(`Unit kerja yang akan dibuat (jalankan dengan --buat-unit untuk menyetujui):`);
    for (const u of units) lines.push(`- ${u.nama}${u.induk ? ` (di bawah ${u.induk})` : ''}: ${u.baris} baris${u.mirip.length ? `; mirip: ${u.mirip.join('; ')}` : ''}`);
  }
  if (r.errors.length) lines.push(`Baris yang dilewati karena salah:`, ...r.errors.slice(0, 50).map(formatIssue));
  lines.push(...rejected);
  return lines.join('\n');
}

const isMain = process.argv[1] && /cli[\\/]main\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2)).then((code) => process.exit(code));
}
