/** One benchmark phase in its own process: `tsx phase.ts NAME WORKDIR ROWS REPEAT`, prints one JSON line. */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';
import { DATABASE_FILE } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/handlers';
import type { ImportPreview, ImportReport } from '../../shared/contract/types';
import { PegawaiQuerySchema, SORT_FIELDS, type PegawaiQueryInput } from '../../shared/contract/schemas';
import { generateDemoData } from '../../electron/core/demo/generate';
import { writePegawaiXlsx } from '../../electron/core/sheets/write';
import { daftarHadir, daftarHadirFloor } from './kegiatan-dokumen';
import { mejaBeban } from './meja';
import { kasusBench } from './kasus';
import { arsipBerkas, formulirQr, formulirQrFloor, halamanFloor, halamanMassal, halamanNaif, suratSatuan } from './dokumen';
import type { Pegawai } from '../../shared/domain/pegawai';

const [name = '', work = '', rowsText = '50000', repeatText = '1'] = process.argv.slice(2);
const ROWS = Number(rowsText);
const REPEAT = Number(repeatText);
const SOURCE = path.join(work, 'sumber.xlsx');
const SEEDED = path.join(work, 'seeded');

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 5);

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const fresh = (tag: string) => {
  const dir = path.join(work, `${tag}-${Math.random().toString(36).slice(2)}`);
  fs.mkdirSync(dir);
  return dir;
};

/** The review step's decisions: every proposed unit approved as shown. */
async function approvedUnits(core: Core, file: string, update = false): Promise<Record<string, { buat: true }>> {
  const p = await dispatch(core, 'pegawai.importPreview', { file, update });
  if (!p.ok) throw new Error(`pratinjau: ${p.error.message}`);
  return Object.fromEntries((p.value as ImportPreview).newUnits.map((u) => [u.key, { buat: true as const }]));
}

/** Latency of the calls the UI keeps making (app.info, a search) while idle and while an import runs in the worker. */
async function responsive(): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const core = createCore({ dataDir: fresh('resp'), mode: 'web' });
  const file = core.files.register(SOURCE, 'sumber.xlsx');
  const units = await approvedUnits(core, file);
  const probe = async () => {
    const t = performance.now();
    await dispatch(core, 'app.info', {});
    await dispatch(core, 'pegawai.list', { text: 'siti' });
    return performance.now() - t;
  };
  const idle: number[] = [];
  for (let i = 0; i < 100; i++) idle.push(await probe());
  const during: number[] = [];
  let done = false;
  const t0 = performance.now();
  const run = dispatch(core, 'pegawai.importCommit', { file, units, jobId: 'bench-responsif' }).finally(() => (done = true));
  while (!done) {
    during.push(await probe());
    await new Promise((r) => setTimeout(r, 10));
  }
  const importMs = performance.now() - t0;
  const r = await run;
  core.close();
  if (!r.ok || (r.value as ImportReport).inserted !== ROWS) throw new Error(`impor: ${JSON.stringify(r).slice(0, 300)}`);
  const q = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 100) / 100;
  };
  return {
    timesMs: [importMs],
    extra: { idleMedianMs: q(idle, 0.5), idleP95Ms: q(idle, 0.95), duringCalls: during.length, duringMedianMs: q(during, 0.5), duringP95Ms: q(during, 0.95), duringMaxMs: q(during, 1) },
  };
}

/**
 * A pledge campaign the clerk's way, through dispatch: the forms of 10,000 staff made (one row and
 * one keyed code each), printed as one .docx and as one .docx per unit in a .zip, and 2,000
 * returns at the desk (each a transaction in the append-only log).
 */
async function ikrarKampanye(staff: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const core = createCore({ dataDir: fresh('ikrar'), mode: 'web' });
  core.demo.load({ pegawai: Math.round(staff * 1.02), seed: 42 });
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(core, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as T;
  };
  let id = 0;
  let forms = 0;
  const createMs = await time(async () => {
    const k = await ok<{ id: number; jumlah: { formulir: number } }>('ikrar.create', { data: { judul: 'Bench', pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026', tanggal: '2026-12-07', peserta: { unit: [] } } });
    id = k.id;
    forms = k.jumlah.formulir;
  });
  // every active employee (the demo registry has some inactive ones, never invited by a rule)
  const aktif = core.db.prepare('SELECT COUNT(*) FROM pegawai WHERE aktif = 1').pluck().get() as number;
  if (forms !== aktif) throw new Error(`${forms} formulir, bukan ${aktif}`);
  // reading the forms alone (what the print adds to the writer's own work)
  let n = 0;
  const bacaMs = await time(() => {
    for (const f of core.ikrar.formulirIter(id, { teks: '', unitIndukId: null, kembali: 'semua' })) n += f.kode.length > 0 ? 1 : 0;
  });
  const rssBeforeMb = Math.round(process.memoryUsage().rss / 1048576);
  sample();
  peak = 0;
  const cetakMs = await time(async () => {
    const f = await ok<{ rows: number }>('ikrar.formulir.cetak', { kampanyeId: id });
    if (f.rows !== forms) throw new Error(`${f.rows} halaman dicetak`);
  });
  sample();
  const cetakPeakRssMb = Math.round(peak / 1048576);
  const zipMs = await time(() => ok('ikrar.formulir.cetak', { kampanyeId: id, perUnit: true }));
  const codes = (await ok<{ rows: { kode: string }[] }>('ikrar.formulir.list', { kampanyeId: id, limit: 2000 })).rows.map((f) => f.kode);
  const terima: number[] = [];
  for (const [i, kode] of codes.entries()) terima.push(await time(() => ok('ikrar.terima', { kampanyeId: id, masukan: kode, nonce: `bench-${i}-xxxxxx` })));
  const rekapMs = await time(() => ok('ikrar.rekap', { id }));
  core.close();
  const sorted = [...terima].sort((a, b) => a - b);
  return { timesMs: [cetakMs], extra: { forms, createMs, bacaMs: n === forms ? bacaMs : NaN, rssBeforeMb, cetakPeakRssMb, cetakMs, zipMs, terimaMedianMs: sorted[sorted.length >> 1]!, terimaP95Ms: sorted[Math.floor(sorted.length * 0.95)]!, rekapMs } };
}

async function main(): Promise<{ timesMs: number[]; extra?: Record<string, number> }> {
  const times: number[] = [];
  switch (name) {
    case 'prepare': {
      // The source file: demo staff written as a registry export (the importer's own format).
      const data = generateDemoData({ pegawai: ROWS, seed: 42 });
      const rows: Pegawai[] = data.pegawai.map((p, i) => ({ ...p, id: i + 1, unitKerjaId: null, createdAt: '', updatedAt: '' }));
      times.push(await time(() => writePegawaiXlsx(SOURCE, rows, { title: ['DAFTAR PEGAWAI'] })));
      const core = createCore({ dataDir: SEEDED, mode: 'cli' });
      core.demo.load({ pegawai: ROWS, seed: 42 });
      core.close();
      return { timesMs: times };
    }
    case 'baseline-read':
      for (let i = 0; i < REPEAT; i++)
        times.push(
          await time(async () => {
            let n = 0;
            for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(SOURCE, { sharedStrings: 'cache', styles: 'cache' }))
              for await (const row of ws) n += row.hasValues ? 1 : 0;
            if (n < ROWS) throw new Error(`baca ${n} baris`);
          }),
        );
      return { timesMs: times };
    case 'baseline-insert': {
      const data = generateDemoData({ pegawai: ROWS, seed: 42 }).pegawai;
      for (let i = 0; i < REPEAT; i++) {
        const db = new Database(path.join(fresh('raw'), 'raw.sqlite'));
        db.pragma('journal_mode = WAL');
        db.exec('CREATE TABLE p (nip TEXT UNIQUE, nama TEXT, gol TEXT, jabatan TEXT, unit TEXT, lahir TEXT, jk TEXT, status TEXT)');
        const stmt = db.prepare('INSERT INTO p VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
        times.push(
          await time(() =>
            db.transaction(() => {
              for (const r of data) stmt.run(r.nip, r.nama, r.golongan, r.jabatan, r.unitKerjaNama, r.tanggalLahir, r.jenisKelamin, r.status);
            })(),
          ),
        );
        db.close();
      }
      return { timesMs: times };
    }
    case 'import':
      // The clerk's path: a picked file (a token) committed through dispatch, as the app does.
      for (let i = 0; i < REPEAT; i++) {
        const core = createCore({ dataDir: fresh('imp'), mode: 'cli' });
        const file = core.files.register(SOURCE, 'sumber.xlsx');
        // the clerk reviewed the units the file creates (untimed, as the review step is)
        const units = await approvedUnits(core, file);
        let r: Awaited<ReturnType<typeof dispatch>> | undefined;
        times.push(await time(async () => (r = await dispatch(core, 'pegawai.importCommit', { file, units }))));
        core.close();
        const report = r?.ok ? (r.value as ImportReport) : null;
        if (!report?.ok || report.inserted !== ROWS) throw new Error(`impor: ${JSON.stringify(r).slice(0, 500)}`);
      }
      return { timesMs: times };
    case 'responsive':
      return responsive();
    case 'import-update':
      // The same file again over the registry it came from, with "Perbarui data pegawai yang sudah ada".
      for (let i = 0; i < REPEAT; i++) {
        const dir = fresh('upd');
        fs.copyFileSync(path.join(SEEDED, DATABASE_FILE), path.join(dir, DATABASE_FILE));
        const core = createCore({ dataDir: dir, mode: 'cli' });
        const file = core.files.register(SOURCE, 'sumber.xlsx');
        let r: Awaited<ReturnType<typeof dispatch>> | undefined;
        const units = await approvedUnits(core, file, true);
        times.push(await time(async () => (r = await dispatch(core, 'pegawai.importCommit', { file, update: true, units }))));
        core.close();
        const report = r?.ok ? (r.value as ImportReport) : null;
        if (!report?.ok || report.updated + report.inserted + report.unchanged !== ROWS) throw new Error(`impor ulang: ${JSON.stringify(r).slice(0, 500)}`);
      }
      return { timesMs: times };
    case 'export': {
      const core = createCore({ dataDir: SEEDED, mode: 'cli' });
      const q = PegawaiQuerySchema.parse({ aktif: 'semua' });
      for (let i = 0; i < REPEAT; i++) {
        const out = path.join(work, `ekspor-${i}.xlsx`);
        let n = 0;
        times.push(await time(async () => (n = await core.ekspor.toXlsx(out, q, ['DAFTAR PEGAWAI']))));
        if (n !== ROWS) throw new Error(`ekspor ${n} baris`);
      }
      core.close();
      return { timesMs: times };
    }
    case 'search':
      return searchPhase();
    // Documents (dokumen.ts): ROWS is not used, sizes are fixed so figures compare across runs.
    case 'surat-1000':
      return suratSatuan(work, 1000);
    case 'halaman-1000':
      return halamanMassal(work, 1000, REPEAT);
    case 'halaman-10000':
      return halamanMassal(work, 10_000, REPEAT);
    case 'halaman-floor':
      return halamanFloor(work, [1000, 10_000], REPEAT);
    case 'arsip-berkas':
      return arsipBerkas(work, REPEAT);
    case 'halaman-naif':
      return halamanNaif(work, 1000);
    case 'formulir-qr-10000':
      return formulirQr(work, 10_000, REPEAT);
    case 'formulir-qr-floor':
      return formulirQrFloor(work, 10_000, REPEAT);
    case 'daftar-hadir-docx-5000':
      return daftarHadir(work, 5000, 'docx', REPEAT);
    case 'daftar-hadir-xlsx-5000':
      return daftarHadir(work, 5000, 'xlsx', REPEAT);
    case 'daftar-hadir-floor':
      return daftarHadirFloor(work, 5000, REPEAT);
    case 'meja-4x2500':
      return mejaBeban(work, 4, 2500);
    case 'ikrar-kampanye':
      return ikrarKampanye(10_000);
    case 'kasus':
      return kasusBench(work, REPEAT);
    default:
      throw new Error(`fase tidak dikenal: ${name}`);
  }
}

/**
 * Search latency on the seeded registry, three sets of queries, each run once to warm up and then
 * three times (the percentiles are over all three passes, so one busy moment weighs less):
 * - cari: the 500 queries the goal is stated over, unchanged since the first bench (3–5 letters
 *   of a name, a name and two letters, a NIP prefix, a jabatan word; all staff, 100 rows);
 * - ketik: what the list asks while a clerk types 60 names letter by letter, from the first
 *   letter on (active staff only and pages of 200, as the app asks);
 * - campuran: every sort both ways, with no text, one letter or three, some with a unit or status
 *   filter, at the top and at pages far down the list (scrolling).
 */
function searchPhase(): { timesMs: number[]; extra: Record<string, number> } {
  const core = createCore({ dataDir: SEEDED, mode: 'cli' });
  const staff = core.db.prepare('SELECT nama, nip, jabatan FROM pegawai ORDER BY id').all() as { nama: string; nip: string | null; jabatan: string | null }[];
  const topUnits = core.db.prepare('SELECT id FROM unit_kerja WHERE parent_id IS NULL ORDER BY id').pluck().all() as number[];
  const cari: PegawaiQueryInput[] = [];
  for (let i = 0; i < 500; i++) {
    const r = staff[(i * 7919) % staff.length]!;
    const words = r.nama.split(' ');
    const kind = i % 4;
    let text: string;
    if (kind === 0) text = words[0]!.slice(0, 3 + (i % 3));
    else if (kind === 1) text = `${words[0]} ${(words[1] ?? '').slice(0, 2)}`.trim();
    else if (kind === 2 && r.nip) text = r.nip.slice(0, 8 + (i % 6));
    else text = (r.jabatan ?? 'kepala').split(' ')[0]!.slice(0, 4);
    cari.push({ text, aktif: 'semua', limit: 100 });
  }
  const ketik: PegawaiQueryInput[] = [];
  for (let i = 0; i < 60; i++) {
    const name = staff[(i * 4099) % staff.length]!.nama.split(' ').slice(0, 2).join(' ');
    for (let n = 1; n <= name.length; n++) if (name[n - 1] !== ' ') ketik.push({ text: name.slice(0, n), limit: 200 });
  }
  const campuran: PegawaiQueryInput[] = [];
  for (let i = 0; i < 280; i++) {
    const word = staff[(i * 6007) % staff.length]!.nama.split(' ')[0]!;
    const q: PegawaiQueryInput = {
      text: ['', word.slice(0, 1), word.slice(0, 3)][i % 3]!,
      sort: SORT_FIELDS[i % SORT_FIELDS.length],
      desc: i % 2 === 1,
      limit: 200,
      ...(i % 5 === 0 ? { unitKerjaId: topUnits[i % topUnits.length] } : i % 5 === 1 ? { status: 'PNS' as const } : {}),
    };
    // half at the top, half at a page somewhere down the list
    const total = core.pegawai.list(PegawaiQuerySchema.parse({ ...q, limit: 1 })).total;
    campuran.push(i % 2 === 0 ? q : { ...q, offset: Math.floor((total * ((i * 37) % 100)) / 100) });
  }
  const extra: Record<string, number> = {};
  const r2 = (x: number) => Math.round(x * 100) / 100;
  for (const [name, set] of Object.entries({ cari, ketik, campuran })) {
    const queries = set.map((x) => PegawaiQuerySchema.parse(x));
    const lat: number[] = [];
    for (let pass = 0; pass < 4; pass++)
      for (const q of queries) {
        const t = performance.now();
        core.pegawai.list(q);
        if (pass > 0) lat.push(performance.now() - t);
      }
    lat.sort((a, b) => a - b);
    const at = (p: number) => r2(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!);
    extra[`${name}Queries`] = queries.length;
    extra[`${name}MedianMs`] = at(0.5);
    extra[`${name}P95Ms`] = at(0.95);
    extra[`${name}MaxMs`] = r2(lat[lat.length - 1]!);
  }
  core.close();
  return { timesMs: [], extra };
}

main()
  .then((r) => {
    sample();
    clearInterval(timer);
    console.log(JSON.stringify({ name, ...r, peakRssMb: Math.round(peak / 1048576) }));
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
