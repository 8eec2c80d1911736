/**
 * daftar-hadir: the attendance sheet of issue 9 for 5,000 people, as .docx (the signature table
 * written as direct XML from a docx-built template, documents/kegiatan/tabel-ttd.ts) and as .xlsx
 * (exceljs streamed). Goal: each under 2 s. The floor, measured in the same run on the very files
 * written: deflating the same document XML (docx) or sheet XML (xlsx) at the same level, in
 * memory, nothing else: what any writer of these bytes must at least spend.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { writeDaftarHadirDocx } from '../../electron/core/documents/kegiatan/daftar-hadir-docx';
import { writeDaftarHadirXlsx } from '../../electron/core/documents/kegiatan/daftar-hadir-xlsx';
import { daftarHadirContoh } from '../helpers/kegiatan-dokumen';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const fileOf = (work: string, people: number, format: 'docx' | 'xlsx') => path.join(work, `daftar-hadir-${people}.${format}`);

export async function daftarHadir(work: string, people: number, format: 'docx' | 'xlsx', repeat: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const input = daftarHadirContoh(people);
  const out = fileOf(work, people, format);
  const rssBeforeMb = Math.round(process.memoryUsage().rss / 1048576);
  const timesMs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    const r = format === 'docx' ? await writeDaftarHadirDocx(input, out) : await writeDaftarHadirXlsx(input, out);
    timesMs.push(performance.now() - t);
    if (r.peserta !== people) throw new Error(`${r.peserta} peserta, bukan ${people}`);
  }
  return { timesMs, extra: { people, bytes: fs.statSync(out).size, rssBeforeMb } };
}

export function daftarHadirFloor(work: string, people: number, repeat: number): { timesMs: number[]; extra: Record<string, number> } {
  const extra: Record<string, number> = { people };
  for (const [format, entry] of [['docx', 'word/document.xml'], ['xlsx', 'xl/worksheets/sheet1.xml']] as const) {
    const xml = unzipSync(fs.readFileSync(fileOf(work, people, format)), { filter: (f) => f.name === entry })[entry];
    if (!xml) throw new Error(`${entry} tidak ada di berkas ${format}`);
    const times: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      deflateRawSync(xml, { level: 6 });
      times.push(performance.now() - t);
    }
    extra[`${format}FloorMs`] = median(times);
    extra[`${format}XmlBytes`] = xml.length;
  }
  return { timesMs: [extra.docxFloorMs!, extra.xlsxFloorMs!], extra };
}
