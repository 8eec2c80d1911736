import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../electron/core/jobs/protocol';
import { createCore } from '../../electron/core/core';
import { tempDir } from '../helpers/core';

// The desktop build ships the job worker as out/main/jobs-worker.js (electron-vite): it must start
// on its own, open the database and answer a job, without tsx or the TypeScript sources.
const BUILT = path.resolve(import.meta.dirname, '../../out/main/jobs-worker.js');

describe('pekerja impor hasil build', () => {
  it('runs an import preview from the built bundle', async () => {
    expect(fs.existsSync(BUILT), 'jalankan "npm run build" lebih dulu').toBe(true);
    const dataDir = tempDir();
    createCore({ dataDir, mode: 'cli' }).close();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['NIP', 'NAMA', 'UNIT KERJA']);
    ws.addRow(['198503122010011004', 'Budi Santoso', 'BKPSDM']);
    const file = path.join(dataDir, 'a.xlsx');
    await wb.xlsx.writeFile(file);

    const w = new Worker(BUILT, { workerData: { dataDir } });
    try {
      const answer = new Promise<FromWorker>((resolve, reject) => {
        w.on('message', (m: FromWorker) => m.type !== 'progress' && resolve(m));
        w.on('error', reject);
      });
      const msg: ToWorker = { type: 'run', id: 1, kind: 'impor.pratinjau', input: { file: { path: file, label: 'a.xlsx' }, mapping: null, decisions: {} }, cancel: new SharedArrayBuffer(4) };
      w.postMessage(msg);
      const m = await answer;
      expect(m.type).toBe('done');
      const preview = (m as { value: { validRows: number; newUnits: { nama: string }[] } }).value;
      expect(preview.validRows).toBe(1);
      expect(preview.newUnits.map((u) => u.nama)).toEqual(['BKPSDM']);
    } finally {
      await w.terminate();
    }
  });
});
