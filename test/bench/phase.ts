/** One benchmark phase in its own process: `tsx phase.ts NAME WORKDIR ROWS REPEAT`, prints one JSON line. */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core/core';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { generateDemoData } from '../../electron/core/demo/generate';
import { writePegawaiXlsx } from '../../electron/core/sheets/write';
import { halamanFloor, halamanMassal, halamanNaif, suratSatuan } from './dokumen';
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
      for (let i = 0; i < REPEAT; i++) {
        const core = createCore({ dataDir: fresh('imp'), mode: 'cli' });
        let report;
        times.push(await time(async () => (report = await core.impor.commit({ path: SOURCE, label: 'sumber.xlsx' }, { mapping: null, update: false, skipInvalid: false }))));
        core.close();
        if (!report!.ok || report!.inserted !== ROWS) throw new Error(`impor: ${JSON.stringify(report).slice(0, 500)}`);
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
    case 'search': {
      const core = createCore({ dataDir: SEEDED, mode: 'cli' });
      const sampleRows = core.db.prepare('SELECT nama, nip, jabatan FROM pegawai ORDER BY id').all() as { nama: string; nip: string | null; jabatan: string | null }[];
      // What a clerk types: 3-5 letters of a name, a name plus a word, a NIP prefix, a jabatan word.
      const queries: string[] = [];
      for (let i = 0; i < 500; i++) {
        const r = sampleRows[(i * 7919) % sampleRows.length]!;
        const words = r.nama.split(' ');
        const kind = i % 4;
        if (kind === 0) queries.push(words[0]!.slice(0, 3 + (i % 3)));
        else if (kind === 1) queries.push(`${words[0]} ${(words[1] ?? '').slice(0, 2)}`.trim());
        else if (kind === 2 && r.nip) queries.push(r.nip.slice(0, 8 + (i % 6)));
        else queries.push((r.jabatan ?? 'kepala').split(' ')[0]!.slice(0, 4));
      }
      const lat: number[] = [];
      for (const text of queries) {
        const q = PegawaiQuerySchema.parse({ text, aktif: 'semua', limit: 100 });
        lat.push(await time(() => core.pegawai.list(q)));
      }
      core.close();
      lat.sort((a, b) => a - b);
      const at = (p: number) => Math.round(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]! * 100) / 100;
      return { timesMs: [], extra: { queries: lat.length, medianMs: at(0.5), p95Ms: at(0.95) } };
    }
    // Documents (dokumen.ts): ROWS is not used, sizes are fixed so figures compare across runs.
    case 'surat-1000':
      return suratSatuan(work, 1000);
    case 'halaman-1000':
      return halamanMassal(work, 1000, REPEAT);
    case 'halaman-10000':
      return halamanMassal(work, 10_000, REPEAT);
    case 'halaman-floor':
      return halamanFloor(work, [1000, 10_000], REPEAT);
    case 'halaman-naif':
      return halamanNaif(work, 1000);
    default:
      throw new Error(`fase tidak dikenal: ${name}`);
  }
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
