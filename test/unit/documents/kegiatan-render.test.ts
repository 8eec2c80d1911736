/**
 * The event documents as LibreOffice prints them: the header row on every page, page numbers,
 * every person once, F4 paper, a new page per unit only when asked, the report's chart drawn.
 * NETRA_RENDER_DIR=… keeps the files (and the PDFs) to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDaftarHadirDocx } from '../../../electron/core/documents/kegiatan/daftar-hadir-docx';
import { writeDaftarHadirXlsx } from '../../../electron/core/documents/kegiatan/daftar-hadir-xlsx';
import { writeLaporanKegiatan } from '../../../electron/core/documents/kegiatan/laporan';
import { tempDir } from '../../helpers/core';
import { daftarHadirContoh, rekapContoh } from '../../helpers/kegiatan-dokumen';
import { hasSoffice, renderPdf } from '../../helpers/libreoffice';

const dir = process.env.NETRA_RENDER_DIR ?? tempDir('netra-kegiatan-render-');
fs.mkdirSync(dir, { recursive: true });
const F4_PT = { width: (215 / 25.4) * 72, height: (330 / 25.4) * 72 };
const HEADER = /No\s+Nama\s+NIP\s+Jabatan\s+Unit Kerja\s+Tanda Tangan/;
const pagesOf = (text: string) => text.split('\f').filter((p) => p.trim());

describe.skipIf(!hasSoffice())('event documents rendered by LibreOffice', () => {
  it('daftar hadir .docx: F4, the header row and "Halaman i dari n" on every page, everyone listed once', async () => {
    const input = daftarHadirContoh(300);
    const out = path.join(dir, 'daftar-hadir-300.docx');
    await writeDaftarHadirDocx(input, out);
    const pdf = await renderPdf(out);
    expect(pdf.widthPt).toBeCloseTo(F4_PT.width, -1);
    expect(pdf.heightPt).toBeCloseTo(F4_PT.height, -1);
    // rows of at least 10 mm on some 270 mm of page: never more than 27 a page; names of two lines: no fewer than 8
    expect(pdf.pages).toBeGreaterThanOrEqual(Math.ceil(300 / 27));
    expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(300 / 8));
    const pages = pagesOf(pdf.text);
    expect(pages).toHaveLength(pdf.pages);
    // every page of the table repeats its header; the last may hold only the total and the signature
    const tablePages = pages.filter((p) => /Peserta \d{4}/.test(p));
    expect(tablePages.length).toBeGreaterThanOrEqual(pages.length - 1);
    tablePages.forEach((p, i) => expect(p, `halaman ${i + 1}`).toMatch(HEADER));
    pages.forEach((p, i) => expect(p).toContain(`Halaman ${i + 1} dari ${pdf.pages}`));
    const names = [...pdf.text.matchAll(/Peserta (\d{4})/g)].map((m) => m[1]);
    expect(names).toHaveLength(300);
    expect(new Set(names).size).toBe(300);
    // the signature numbers: every one printed, odd ones further left than even ones
    const last = pages.at(-1)!;
    expect(last).toContain('Jumlah peserta: 300 orang.');
    expect(last).toContain('Sri Rahayu, S.H., M.H.');
  });

  it('daftar hadir .docx per unit: each page holds one unit only', async () => {
    const input = daftarHadirContoh(120, { pisahPerUnit: true });
    const out = path.join(dir, 'daftar-hadir-per-unit.docx');
    await writeDaftarHadirDocx(input, out);
    const pdf = await renderPdf(out);
    const pages = pagesOf(pdf.text);
    // a unit's heading row ends with its count: "DINAS KESEHATAN (24 orang)"
    const headings = input.kelompok.map((k) => `${k.unit.toUpperCase()} (${k.peserta.length} orang)`);
    const perPage = pages.map((p) => headings.filter((h) => p.replace(/\s+/g, ' ').includes(h)).length);
    expect(perPage.every((n) => n <= 1)).toBe(true);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(input.kelompok.length);
    // every page of the table has the header; the last may hold only the total and the signature
    pages.filter((p) => /Peserta \d{4}/.test(p)).forEach((p) => expect(p).toMatch(HEADER));
  });

  it('daftar hadir .xlsx prints on F4 with its header row on every page', async () => {
    const out = path.join(dir, 'daftar-hadir-300.xlsx');
    await writeDaftarHadirXlsx(daftarHadirContoh(300), out);
    const pdf = await renderPdf(out);
    expect(pdf.widthPt).toBeCloseTo(F4_PT.width, -1);
    expect(pdf.heightPt).toBeCloseTo(F4_PT.height, -1);
    expect(pdf.pages).toBeGreaterThan(1);
    const pages = pagesOf(pdf.text);
    pages.forEach((p, i) => {
      expect(p, `halaman ${i + 1}`).toMatch(/No\s+Nama\s+NIP\s+Jabatan\s+Unit Kerja\s+Kehadiran\s+Pukul\s+Tanda Tangan/);
      expect(p).toContain(`Halaman ${i + 1} dari ${pdf.pages}`);
    });
    expect([...pdf.text.matchAll(/Peserta (\d{4})/g)]).toHaveLength(300);
  });

  it('daftar hadir .xlsx per unit: each unit starts a printed page', async () => {
    const input = daftarHadirContoh(30, { pisahPerUnit: true });
    const out = path.join(dir, 'daftar-hadir-per-unit.xlsx');
    await writeDaftarHadirXlsx(input, out);
    const pdf = await renderPdf(out);
    const pages = pagesOf(pdf.text).map((p) => p.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(input.kelompok.length);
    input.kelompok.forEach((k, i) => expect(pages[i]).toContain(`${k.unit.toUpperCase()} (${k.peserta.length} orang)`));
  });

  it('laporan kegiatan: the chart is drawn, with its axis and a bar label per unit', async () => {
    const input = daftarHadirContoh(100);
    const rekap = rekapContoh(input.kelompok);
    const out = path.join(dir, 'laporan.docx');
    await writeLaporanKegiatan(
      {
        profil: input.profil,
        setup: input.setup,
        penandatangan: input.penandatangan,
        tempatTanggal: input.tempatTanggal,
        kegiatan: { ...input.kegiatan, jenis: 'Apel Ikrar Netralitas ASN', mode: 'Luring (tatap muka)', penyelenggara: 'BKPSDM Kabupaten Sukamaju' },
        narasumber: [],
        rekap,
        foto: [],
        timestamp: input.timestamp,
      },
      out,
    );
    const pdf = await renderPdf(out);
    expect(pdf.pages).toBeLessThanOrEqual(3);
    const flat = pdf.text.replace(/\s+/g, ' ');
    // the value axis runs 0–100 %; each bar carries its percentage
    expect(flat).toMatch(/0%.*50%.*100%/);
    for (const b of rekap.baris) expect(flat).toContain(`${b.persenHadir.toFixed(1)}%`);
    // unit names twice: the table and the chart's category axis
    expect(flat.split('Dinas Kesehatan').length - 1).toBe(2);
    expect(flat).toContain('Grafik 1. Persentase kehadiran per perangkat daerah');
  });
});
