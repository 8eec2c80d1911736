import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/core/documents/docx/render';
import { DEFAULT_PAGE_SETUP } from '../../../shared/dokumen/model';
import { tempDir } from '../../helpers/core';
import { hasSoffice, pdfWords, renderPdf } from '../../helpers/libreoffice';
import { naskahContoh } from '../../helpers/naskah';

const MM_TO_PT = 72 / 25.4;
const dir = tempDir('netra-kasus-');

/** A hearing of many questions, one answer longer than a page, and a refusal to sign. */
const PANJANG = {
  pasangan: Array.from({ length: 14 }, (_, i) => ({
    pertanyaan: `Pertanyaan ${i + 1}: jelaskan kegiatan yang Saudara ikuti pada tanggal tersebut?`,
    jawaban: i === 6 ? 'Saya datang karena diundang kerabat dan tidak tahu itu kampanye. '.repeat(60) : `Jawaban ${i + 1}: saya hadir karena diundang oleh kerabat.`,
  })),
  tandaTanganTerperiksa: 'menolak',
  alasanMenolak: 'merasa keterangannya belum lengkap',
};

async function write(jenis: string, name: string, data: Record<string, unknown> = {}): Promise<string> {
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, await renderDocx(naskahContoh(jenis, { data })));
  return file;
}

const parts = (file: string) => unzipSync(fs.readFileSync(file));
const xmlOf = (file: string, re: RegExp) => {
  const p = parts(file);
  return Object.keys(p)
    .filter((k) => re.test(k))
    .map((k) => strFromU8(p[k]!));
};

describe('docx of the examination documents', () => {
  it.each(['surat-panggilan', 'berita-acara-pemeriksaan', 'laporan-hasil-pemeriksaan'])('%s: RAHASIA in every header and footer (first page too), bold', async (jenis) => {
    const file = await write(jenis, `${jenis}-xml`);
    const headers = xmlOf(file, /^word\/header\d+\.xml$/);
    const footers = xmlOf(file, /^word\/footer\d+\.xml$/);
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(footers.length).toBeGreaterThanOrEqual(2);
    // bold within the run that carries it
    for (const x of [...headers, ...footers]) expect(x).toMatch(/<w:r>(?:(?!<\/w:r>).)*<w:b\/>(?:(?!<\/w:r>).)*RAHASIA/s);
    expect(xmlOf(file, /^word\/document\.xml$/)[0]).not.toContain('RAHASIA');
  });

  it('a decree is not classified: no RAHASIA anywhere, no footer', async () => {
    const file = await write('keputusan-tim-pemeriksa', 'tim-xml');
    expect([...xmlOf(file, /^word\/(header|footer)\d+\.xml$/), ...xmlOf(file, /^word\/document\.xml$/)].join('')).not.toContain('RAHASIA');
  });

  it('BAP: every question/answer row keeps together except the long answer, the header row repeats', async () => {
    const xml = xmlOf(await write('berita-acara-pemeriksaan', 'bap-xml', PANJANG), /^word\/document\.xml$/)[0]!;
    const table = xml.slice(xml.indexOf('PERTANYAAN') - 2000);
    const rows = table.split('<w:tr>').slice(1, 16);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const keep = rows.slice(1).map((r) => r.includes('<w:cantSplit/>'));
    expect(keep).toEqual(Array.from({ length: 14 }, (_, i) => i !== 6));
  });
});

describe.skipIf(!hasSoffice())('the examination documents rendered by LibreOffice', () => {
  it('a long BAP: F4 pages, RAHASIA at the top and the bottom of every page, the table header on each page it reaches, parts in order', async () => {
    const pdf = await renderPdf(await write('berita-acara-pemeriksaan', 'bap-lo', PANJANG));
    expect(Math.abs(pdf.widthPt - 609.4)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThan(1);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    const words = pdfWords(pdf.pdf);
    const m = DEFAULT_PAGE_SETUP.margin;
    for (let p = 1; p <= pdf.pages; p++) {
      const kelas = words.filter((w) => w.page === p && w.text === 'RAHASIA');
      expect(kelas.some((w) => w.yMax < m.top * MM_TO_PT), `halaman ${p}: RAHASIA di atas`).toBe(true);
      expect(kelas.some((w) => w.yMin > pdf.heightPt - m.bottom * MM_TO_PT), `halaman ${p}: RAHASIA di bawah`).toBe(true);
    }
    const pages = pdf.text.split('\f').map((t) => t.replace(/\s+/g, ' '));
    // the table runs from the first page over the long answer: its header is on every page with rows
    const withRows = pages.filter((t) => /Pertanyaan \d+:/.test(t));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const t of withRows) expect(t).toContain('PERTANYAAN');
    const flat = pages.join(' ');
    let at = -1;
    for (const s of ['BERITA ACARA PEMERIKSAAN', 'tanggal empat belas, bulan Desember', 'selaku Tim Pemeriksa', 'NIP : 19870315 201001 1 002', 'Pertanyaan 1:', 'Pertanyaan 14:', 'Demikian Berita Acara', 'Yang diperiksa,', 'Tim Pemeriksa,', 'NIP. 19700512 199503 2 003', '(menolak menandatangani)', 'Catatan:', 'Alasan yang disampaikan']) {
      const next = flat.indexOf(s, at + 1);
      expect(next, `"${s}" sesudah posisi ${at}`).toBeGreaterThan(at);
      at = next;
    }
  }, 120_000);

  it('Surat Panggilan II: one F4 page (two at most), the order to attend kept with the signature', async () => {
    const pdf = await renderPdf(await write('surat-panggilan', 'p2-lo', { ke: '2', nomorPanggilanI: '800/0101/DISDIK/2026', tanggalPanggilanI: '2026-12-01' }));
    const pages = pdf.text.split('\f').map((t) => t.replace(/\s+/g, ' '));
    const ttd = pages.findIndex((t) => t.includes('NIP. 19730314 199803 2 004'));
    expect(pages[ttd]).toContain('Demikian untuk dilaksanakan.');
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('SURAT PANGGILAN II');
  }, 120_000);
});
