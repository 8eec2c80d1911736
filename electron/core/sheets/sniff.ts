/**
 * What a file really is, decided by its bytes (the extension is often wrong: SIMPEG "Excel"
 * exports that are HTML, .xls files that are CSV, .xlsx renamed from .xls …).
 */

import fs from 'node:fs';
import path from 'node:path';
import { SheetError } from './errors';
import { readRange, readZipDirectory, type ZipEntry } from './zip';

/** An xlsx comes with its zip directory (read once here, used by the reader); text with its bytes. */
export type Sniffed = { kind: 'xlsx'; entries: ZipEntry[]; size: number } | { kind: 'text'; bytes: Buffer };

const SAVE_AS_XLSX = 'Buka berkas itu di Excel, pilih File > Save As (Simpan Sebagai) > Excel Workbook (*.xlsx), lalu impor berkas .xlsx yang baru.';
const NOT_SHEET = (name: string, what: string) =>
  new SheetError(
    'BUKAN_SPREADSHEET',
    `Berkas "${name}" bukan file Excel (.xlsx) atau CSV${what ? ` (isinya ${what})` : ''}. Pilih berkas daftar pegawai berformat .xlsx atau .csv.`,
  );

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Signatures of common non-spreadsheet files, for a precise message. */
const BINARY_SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'dokumen PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'gambar PNG' },
  { bytes: [0xff, 0xd8, 0xff], what: 'gambar JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'gambar GIF' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'gambar TIFF' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'gambar TIFF' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'arsip RAR' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'arsip 7-Zip' },
  { bytes: [0x1f, 0x8b], what: 'arsip GZIP' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'program' },
];

function startsWith(buf: Buffer, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

function openError(e: unknown, name: string): SheetError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new SheetError('TIDAK_ADA', `Berkas "${name}" tidak ditemukan. Mungkin sudah dipindah, diganti nama atau dihapus; pilih berkasnya sekali lagi.`);
  if (code === 'EISDIR') return new SheetError('TIDAK_ADA', `"${name}" adalah folder, bukan berkas. Pilih berkas .xlsx atau .csv di dalamnya.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY')
    return new SheetError(
      'TIDAK_ADA',
      `Berkas "${name}" tidak dapat dibuka (tidak ada izin, atau sedang dikunci program lain). Tutup berkas itu di Excel lalu coba lagi.`,
    );
  return new SheetError('TIDAK_ADA', `Berkas "${name}" tidak dapat dibaca: ${(e as Error | null)?.message ?? String(e)}.`);
}

function zipVerdict(names: string[], name: string): void {
  const lower = names.map((n) => n.toLowerCase());
  const has = (n: string) => lower.includes(n);
  if (lower.length === 0 || has('xl/workbook.xml')) return;
  if (has('xl/workbook.bin'))
    throw new SheetError('BUKAN_WORKBOOK', `Berkas "${name}" berformat Excel Binary Workbook (.xlsb), yang tidak dapat dibaca Netra. ${SAVE_AS_XLSX}`);
  if (lower.some((n) => n.startsWith('word/')))
    throw new SheetError('BUKAN_WORKBOOK', `Berkas "${name}" adalah dokumen Word (.docx), bukan workbook Excel. Pilih berkas daftar pegawai berformat .xlsx atau .csv.`);
  if (lower.some((n) => n.startsWith('ppt/')))
    throw new SheetError('BUKAN_WORKBOOK', `Berkas "${name}" adalah presentasi PowerPoint (.pptx), bukan workbook Excel. Pilih berkas .xlsx atau .csv.`);
  if (has('mimetype') && has('content.xml'))
    throw new SheetError(
      'BUKAN_WORKBOOK',
      `Berkas "${name}" berformat OpenDocument (.ods, LibreOffice/WPS). Buka di LibreOffice atau Excel lalu simpan sebagai Excel Workbook (*.xlsx), kemudian impor berkas .xlsx tersebut.`,
    );
  throw new SheetError(
    'BUKAN_WORKBOOK',
    `Berkas "${name}" adalah arsip ZIP, bukan workbook Excel (.xlsx). Jika daftar pegawai ada di dalam arsip itu, ekstrak dulu lalu pilih berkas .xlsx-nya.`,
  );
}

/** Distinguishes a password-protected xlsx from an Excel 97–2003 .xls (both are OLE compound files). */
async function oleVerdict(fh: fs.promises.FileHandle, size: number, name: string): Promise<never> {
  const bytes = await readRange(fh, 0, Math.min(size, 32 << 20));
  const u16 = (s: string) => Buffer.from(s, 'utf16le');
  if (bytes.includes(u16('EncryptedPackage')) || bytes.includes(u16('EncryptionInfo')))
    throw new SheetError(
      'TERENKRIPSI',
      `Berkas "${name}" dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca. Buka berkas itu di Excel dengan kata sandinya, ` +
        'hapus kata sandinya (File > Info > Protect Workbook > Encrypt with Password, kosongkan isian lalu OK), simpan sebagai Excel Workbook (*.xlsx), lalu impor lagi.',
    );
  if (bytes.includes(u16('Workbook')) || bytes.includes(u16('Book')))
    throw new SheetError('XLS_LAMA', `Berkas "${name}" berformat Excel lama (.xls, Excel 97–2003), yang tidak dapat dibaca Netra. ${SAVE_AS_XLSX}`);
  if (bytes.includes(u16('WordDocument')))
    throw new SheetError('BUKAN_WORKBOOK', `Berkas "${name}" adalah dokumen Word lama (.doc), bukan workbook Excel. Pilih berkas .xlsx atau .csv.`);
  throw new SheetError(
    'XLS_LAMA',
    `Berkas "${name}" berformat Office lama (misalnya .xls) atau dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, ` +
      'lalu simpan sebagai Excel Workbook (*.xlsx) tanpa kata sandi, kemudian impor lagi.',
  );
}

/** Text that is not a CSV: web pages and XML that some applications name ".xls". */
function textVerdict(bytes: Buffer, name: string): void {
  // A zero byte never occurs in a text file (UTF-16 has a BOM and is decoded separately).
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const sample = bytes.subarray(0, 8192);
  if (!utf16) {
    let control = 0;
    for (const b of sample) {
      if (b === 0) throw NOT_SHEET(name, '');
      if (b < 9 || (b > 13 && b < 32)) control++;
    }
    if (control > sample.length / 20) throw NOT_SHEET(name, '');
  }
  const head = (utf16 ? '' : sample.toString('latin1')).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().slice(0, 2048).toLowerCase();
  // JSON (an API download saved with a spreadsheet name) is text, but never a table a clerk can map
  if (/^[[{]\s*["{[\]]/.test(head)) throw NOT_SHEET(name, 'data JSON');
  if (head.startsWith('<')) {
    if (head.includes('urn:schemas-microsoft-com:office:spreadsheet'))
      throw new SheetError('BUKAN_WORKBOOK', `Berkas "${name}" berformat XML Spreadsheet 2003, bukan workbook .xlsx. ${SAVE_AS_XLSX}`);
    if (head.includes('<html') || head.includes('<table') || head.startsWith('<!doctype'))
      throw new SheetError(
        'BUKAN_WORKBOOK',
        `Berkas "${name}" sebenarnya halaman web (HTML) yang diberi akhiran Excel oleh aplikasi asalnya, bukan workbook Excel. ${SAVE_AS_XLSX}`,
      );
    throw NOT_SHEET(name, 'XML atau HTML');
  }
}

/** Decides how to read `filePath`; throws a `SheetError` for anything that is not an xlsx or a text table. */
export async function sniffFile(filePath: string): Promise<Sniffed> {
  const name = path.basename(filePath);
  let fh: fs.promises.FileHandle;
  try {
    fh = await fs.promises.open(filePath, 'r');
  } catch (e) {
    throw openError(e, name);
  }
  try {
    const stat = await fh.stat();
    if (stat.isDirectory()) throw openError(Object.assign(new Error('dir'), { code: 'EISDIR' }), name);
    const size = stat.size;
    if (size === 0) throw new SheetError('KOSONG', `Berkas "${name}" kosong (0 byte). Mungkin penyimpanannya gagal; simpan ulang dari Excel lalu impor lagi.`);
    const head = await readRange(fh, 0, Math.min(size, 8));
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
      const entries = await readZipDirectory(fh, size);
      if (entries === null)
        throw new SheetError(
          'RUSAK',
          `Berkas "${name}" rusak atau tidak lengkap (mungkin terpotong saat diunduh atau disalin). Buka di Excel; bila masih bisa dibuka, simpan ulang sebagai .xlsx lalu impor lagi.`,
        );
      zipVerdict(
        entries.map((e) => e.name),
        name,
      );
      return { kind: 'xlsx', entries, size };
    }
    if (head.length >= 8 && head.equals(OLE_MAGIC)) return await oleVerdict(fh, size, name);
    for (const sig of BINARY_SIGNATURES) if (startsWith(head, sig.bytes)) throw NOT_SHEET(name, sig.what);
    if (size > 512 << 20) throw NOT_SHEET(name, 'terlalu besar untuk sebuah CSV');
    const bytes = await readRange(fh, 0, size);
    textVerdict(bytes, name);
    return { kind: 'text', bytes };
  } finally {
    await fh.close().catch(() => undefined);
  }
}
