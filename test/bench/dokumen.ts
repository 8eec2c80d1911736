/**
 * Document phases of the bench (run by phase.ts, one child process each).
 *
 * halaman-massal: a one-page pledge form repeated per employee through writeRepeatedPages, set
 * against references measured in the same run: the floor (deflating the very same document XML
 * in memory, nothing else) and, for 1,000 pages, the naive way (one docx object tree with a
 * section per employee), which shows why the engine exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { deflateRawSync } from 'node:zlib';
import { deflateSync, unzipSync } from 'fflate';
import { writeRepeatedPages, type PageRecord } from '../../electron/core/documents/batch/repeat-pages';
import { token } from '../../electron/core/documents/batch/tokens';
import { generateDemoData } from '../../electron/core/demo/generate';
import { contohPenandatangan, contohProfil } from '../../electron/core/documents/contoh';
import { renderDocx } from '../../electron/core/documents/docx/render';
import { writeFileAtomic } from '../../electron/core/fs-atomic';
import QRCode from 'qrcode';
import { qrModules, qrPng } from '../../electron/core/documents/batch/qr-png';
import { teksIkrarBawaan, writeFormulirIkrar, type PesertaIkrar } from '../../electron/core/documents/ikrar/formulir-ikrar';
import { KodeFormulirService } from '../../electron/core/kode-formulir-kunci';
import { TandaTanganSchema } from '../../shared/contract/dokumen';
import { suratUndangan } from '../../shared/dokumen/jenis/surat-undangan/def';
import { DEFAULT_PAGE_SETUP } from '../../shared/dokumen/model';

const LEVEL = 6;
const F4 = { width: 12189, height: 18709 };
const FIELDS = ['nama', 'nip', 'pangkat', 'jabatan', 'unit'] as const;
type Form = Record<(typeof FIELDS)[number], string>;

const text = (t: string, bold = false) => new TextRun({ text: t, bold, font: 'Arial', size: 24 });
const para = (t: string, opts: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}) =>
  new Paragraph({ alignment: opts.align ?? AlignmentType.JUSTIFIED, spacing: { after: opts.after ?? 120 }, children: [text(t, opts.bold)] });
const cell = (t: string, w: number) => new TableCell({ width: { size: w, type: WidthType.DXA }, children: [para(t, { after: 60, align: AlignmentType.LEFT })] });

/** The pledge form for one employee; with token values it is the template. */
function formSection(v: Form): ISectionOptions {
  const rows: [string, string][] = [
    ['Nama', v.nama],
    ['NIP', v.nip],
    ['Pangkat/Golongan', v.pangkat],
    ['Jabatan', v.jabatan],
    ['Unit Kerja', v.unit],
    ['Instansi', 'Pemerintah Kabupaten Sukamaju'],
  ];
  const points = [
    'a. menjaga dan menegakkan prinsip netralitas Aparatur Sipil Negara dalam melaksanakan tugas;',
    'b. tidak menjadi anggota dan/atau pengurus partai politik serta tidak terlibat dalam kegiatan kampanye;',
    'c. tidak memasang spanduk, baliho atau alat peraga lain terkait calon peserta pemilihan umum;',
    'd. tidak mengunggah, menanggapi atau menyebarluaskan gambar maupun pesan kampanye di media sosial;',
    'e. bersedia menerima sanksi sesuai ketentuan peraturan perundang-undangan apabila melanggar pernyataan ini.',
  ];
  return {
    properties: { page: { size: F4, margin: { top: 1134, bottom: 1417, left: 1701, right: 1134 } } },
    children: [
      para('SURAT PERNYATAAN NETRALITAS APARATUR SIPIL NEGARA', { bold: true, align: AlignmentType.CENTER, after: 360 }),
      para('Yang bertanda tangan di bawah ini:'),
      new Table({
        layout: TableLayoutType.FIXED,
        borders: TableBorders.NONE,
        width: { size: 9300, type: WidthType.DXA },
        columnWidths: [2600, 300, 6400],
        rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, 2600), cell(':', 300), cell(value, 6400)] })),
      }),
      para('dengan ini menyatakan dengan sesungguhnya bahwa saya akan:'),
      ...points.map((p) => new Paragraph({ indent: { left: 426, hanging: 426 }, spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED, children: [text(p)] })),
      para('Demikian surat pernyataan ini saya buat dengan sebenarnya tanpa paksaan dari pihak mana pun untuk dipergunakan sebagaimana mestinya.', { after: 480 }),
      ...['Sukamaju, 1 Juli 2026', 'Yang membuat pernyataan,', '', '', v.nama, `NIP. ${v.nip}`].map(
        (t) => new Paragraph({ indent: { left: 5200 }, spacing: { after: 0 }, children: [text(t, t === v.nama)] }),
      ),
    ],
  };
}

const templateForm = Object.fromEntries(FIELDS.map((f) => [f, token(f)])) as Form;

function employees(n: number): Form[] {
  return generateDemoData({ pegawai: n, seed: 42 }).pegawai.map((p) => ({
    nama: [p.gelarDepan, p.nama].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : ''),
    nip: p.nip ?? '-',
    pangkat: p.golongan ?? '-',
    jabatan: p.jabatan ?? '-',
    unit: p.unitKerjaNama ?? '-',
  }));
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** writeRepeatedPages for `pages` employees, `repeat` times. */
export async function halamanMassal(work: string, pages: number, repeat: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const template = await Packer.toBuffer(new Document({ sections: [formSection(templateForm)] }));
  const records: PageRecord[] = employees(pages);
  const out = path.join(work, `pernyataan-${pages}.docx`);
  const timesMs: number[] = [];
  // What the process holds before the engine runs (docx, demo data, records): the engine's share is the rest.
  const rssBeforeMb = Math.round(process.memoryUsage().rss / 1048576);
  let bytes = 0;
  for (let i = 0; i < repeat; i++) {
    timesMs.push(await timeIt(async () => ((bytes = (await writeRepeatedPages({ template, records, out, level: LEVEL })).bytes))));
  }
  // Size of document.xml from the zip directory, without inflating it (that would raise the peak).
  let xmlBytes = 0;
  unzipSync(fs.readFileSync(out), { filter: (f) => ((xmlBytes = f.name === 'word/document.xml' ? f.originalSize : xmlBytes), false) });
  return { timesMs, extra: { pages, bytes, xmlBytes, rssBeforeMb } };
}

/**
 * The floor: deflating the same document XML in memory with the same level, nothing else.
 * 'fflate' is the reference the issue measured; 'zlib' is Node's native deflate, which the
 * engine uses for document.xml, so engine / zlib floor is the engine's own overhead.
 */
export function deflateFloor(xml: Uint8Array, engine: 'fflate' | 'zlib', repeat = 3): number[] {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    if (engine === 'fflate') deflateSync(xml, { level: LEVEL });
    else deflateRawSync(xml, { level: LEVEL });
    times.push(performance.now() - t);
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Floors for the documents halamanMassal wrote (read back from the work folder). */
export function halamanFloor(work: string, sizes: number[], repeat: number): { timesMs: number[]; extra: Record<string, number> } {
  const extra: Record<string, number> = {};
  for (const n of sizes) {
    const xml = unzipSync(fs.readFileSync(path.join(work, `pernyataan-${n}.docx`)), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!;
    extra[`fflate${n}Ms`] = median(deflateFloor(xml, 'fflate', repeat));
    extra[`zlib${n}Ms`] = median(deflateFloor(xml, 'zlib', repeat));
  }
  return { timesMs: [], extra };
}

/**
 * The naive way: one docx object tree with a section per employee, packed in one go. One run,
 * given up after NAIVE_LIMIT_MS (then the phase reports skippedAfterMs and its process exits).
 */
const NAIVE_LIMIT_MS = 10_000;
export async function halamanNaif(work: string, pages: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const forms = employees(pages);
  const out = path.join(work, `naif-${pages}.docx`);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      resolve(null);
      // The tree is still being packed: leave once phase.ts has printed its line.
      setTimeout(() => process.exit(0), 200);
    }, NAIVE_LIMIT_MS);
  });
  const packing = timeIt(async () => fs.promises.writeFile(out, await Packer.toBuffer(new Document({ sections: forms.map(formSection) }))));
  const ms = await Promise.race([packing, limit]);
  clearTimeout(timer);
  if (ms === null) return { timesMs: [], extra: { pages, skippedAfterMs: NAIVE_LIMIT_MS } };
  return { timesMs: [ms], extra: { pages, bytes: fs.statSync(out).size } };
}

/**
 * surat-satuan: 1,000 invitation letters, one .docx each, through the same path as the app (type
 * builder → docx renderer → atomic write), each to another addressee. Times are per letter.
 */
export async function suratSatuan(work: string, letters: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const dir = path.join(work, 'surat');
  fs.mkdirSync(dir, { recursive: true });
  const people = employees(letters);
  const def = suratUndangan;
  const ctx = {
    setup: DEFAULT_PAGE_SETUP,
    profil: contohProfil(0),
    penandatangan: contohPenandatangan(0),
    tandaTangan: TandaTanganSchema.parse({ penandatanganId: 1 }),
    tanggal: '2026-11-23',
    teks: def.teksBawaan,
    dasarHukum: [],
    kategori: def.kategori,
  };
  const times: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < letters; i++) {
    const data = def.schema.parse({ ...def.contoh, kepada: [`${people[i]!.jabatan} (${people[i]!.nama})`] });
    const t = performance.now();
    const doc = await renderDocx(def.build(data, { ...ctx, nomor: `800/${String(i + 1).padStart(4, '0')}/BKPSDM/2026` }));
    writeFileAtomic(path.join(dir, `UND_${i + 1}.docx`), doc);
    times.push(performance.now() - t);
    bytes += doc.byteLength;
  }
  return { timesMs: times, extra: { letters, totalMs: performance.now() - t0, avgKb: bytes / letters / 1024 } };
}

/**
 * formulir-qr: the pledge form of issue 9 (writeFormulirIkrar), one F4 page and one QR per
 * employee, `pages` people in one .docx. Its floor (formulirQrFloor) is measured in the same run:
 * deflating the same document XML with zlib at the same level, plus encoding the same codes as
 * QR PNGs with the same encoder, nothing else.
 */
const QR_KEY = Buffer.alloc(32, 9);
const qrPeople = (pages: number): PesertaIkrar[] => {
  const kode = new KodeFormulirService(QR_KEY);
  return employees(pages).map((e, i) => ({ nama: e.nama, nip: e.nip, pangkat: e.pangkat, jabatan: e.jabatan, unitKerja: e.unit, kode: kode.buat({ kampanyeId: 1, formulirId: i + 1 }) }));
};

export async function formulirQr(work: string, pages: number, repeat: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const people = qrPeople(pages);
  const teks = teksIkrarBawaan('Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2024', 'Pemerintah Kabupaten Sukamaju');
  const out = path.join(work, `ikrar-${pages}.docx`);
  const rssBeforeMb = Math.round(process.memoryUsage().rss / 1048576);
  const timesMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < repeat; i++) {
    timesMs.push(
      await timeIt(async () => {
        const r = await writeFormulirIkrar({ peserta: people, teks, tempatTanggal: 'Sukamaju, 1 Juli 2026', meterai: true, out, level: LEVEL, timestamp: new Date('2026-07-01T00:00:00Z') });
        if (r.pages !== pages) throw new Error(`${r.pages} halaman, bukan ${pages}`);
        bytes = r.bytes;
      }),
    );
  }
  let xmlBytes = 0;
  let images = 0;
  unzipSync(fs.readFileSync(out), {
    filter: (f) => {
      if (f.name === 'word/document.xml') xmlBytes = f.originalSize;
      if (/^word\/media\/halaman-\d+\.png$/.test(f.name)) images++;
      return false;
    },
  });
  if (images !== pages) throw new Error(`${images} gambar QR, bukan ${pages}`);
  return { timesMs, extra: { pages, bytes, xmlBytes, rssBeforeMb } };
}

export async function formulirQrFloor(work: string, pages: number, repeat: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const xml = unzipSync(fs.readFileSync(path.join(work, `ikrar-${pages}.docx`)), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!;
  const codes = qrPeople(pages).map((p) => p.kode);
  const deflate: number[] = [];
  const qr: number[] = [];
  const timesMs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    let t = performance.now();
    deflateRawSync(xml, { level: LEVEL });
    deflate.push(performance.now() - t);
    t = performance.now();
    for (const c of codes) qrPng(c);
    qr.push(performance.now() - t);
    timesMs.push(deflate[i]! + qr[i]!);
  }
  // qrcode's own PNG writer for reference, on 500 codes (it is what the encoder choice is weighed against).
  const sample = codes.slice(0, 500);
  let t = performance.now();
  for (const c of sample) await QRCode.toBuffer(c, { errorCorrectionLevel: 'Q', scale: 4, margin: 4 });
  const qrcodePngUs = ((performance.now() - t) * 1000) / sample.length;
  t = performance.now();
  for (const c of sample) qrModules(c);
  const matrixUs = ((performance.now() - t) * 1000) / sample.length;
  return { timesMs, extra: { pages, deflateMs: median(deflate), qrMs: median(qr), qrcodePngUs, matrixUs } };
}

/**
 * arsip-berkas: archiving from a file path (ArsipService.record with { path }): the 10,000-page
 * batch written by halaman-10000, then a 256 MB file, which shows the memory does not follow the
 * file's size. Peak RSS is the kernel's high-water mark (getrusage), as record() is synchronous
 * and the phase's sampling timer cannot run during it; the reference is the same file archived
 * from bytes read whole.
 */
export async function arsipBerkas(work: string, repeat: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const { createCore } = await import('../../electron/core/core');
  const { archiveInput } = await import('../helpers/dokumen');
  const core = createCore({ dataDir: path.join(work, 'arsip-data'), mode: 'cli' });
  const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const batch = path.join(work, 'pernyataan-10000.docx');
  const big = path.join(work, 'besar.bin');
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = fs.openSync(big, 'w');
  for (let i = 0; i < 256; i++) fs.writeSync(fd, chunk.fill(i));
  fs.closeSync(fd);
  const extra: Record<string, number> = { batchBytes: fs.existsSync(batch) ? fs.statSync(batch).size : 0, bigBytes: fs.statSync(big).size };
  const timesMs: number[] = [];
  try {
    if (extra.batchBytes) {
      const t = performance.now();
      core.arsip.record(archiveInput(core, { fileName: 'Pernyataan-10000.docx' }), { path: batch });
      extra.batchMs = Math.round(performance.now() - t);
    }
    extra.rssBeforeMb = maxRssMb();
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      core.arsip.record(archiveInput(core, { fileName: 'Besar.bin' }), { path: big });
      timesMs.push(performance.now() - t);
    }
    extra.rssAfterPathMb = maxRssMb();
    const t = performance.now();
    core.arsip.record(archiveInput(core, { fileName: 'Besar.bin' }), fs.readFileSync(big));
    extra.bytesMs = Math.round(performance.now() - t);
    extra.rssAfterBytesMb = maxRssMb();
  } finally {
    core.close();
  }
  return { timesMs, extra };
}
