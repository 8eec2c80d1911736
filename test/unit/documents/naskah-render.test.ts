import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { JENIS_DOKUMEN, type JenisDokumen } from '../../../shared/contract/dokumen';
import { DEFAULT_PAGE_SETUP, PAPER_MM, type PageSetup } from '../../../shared/dokumen/model';
import { renderDocx } from '../../../electron/core/documents/docx/render';
import { tempDir } from '../../helpers/core';
import { hasSoffice, pdfWords, renderPdf } from '../../helpers/libreoffice';
import { naskahContoh } from '../../helpers/naskah';
import { JENIS } from '../../../shared/dokumen/jenis/index';

const MM_TO_PT = 72 / 25.4;
const dir = tempDir('netra-naskah-');

async function write(jenis: JenisDokumen, name: string = jenis, setup?: PageSetup): Promise<string> {
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, await renderDocx(naskahContoh(jenis, { setup })));
  return file;
}

const documentXml = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);

describe('docx structure', () => {
  it.each(JENIS_DOKUMEN)('%s: F4 page, fixed tables with a grid, inline logo, page number field', async (jenis) => {
    const file = await write(jenis);
    const parts = unzipSync(fs.readFileSync(file));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('<w:pgSz w:w="12189" w:h="18709"');
    expect(xml).toContain('<w:titlePg/>');
    const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(0);
    expect(xml.match(/<w:tblLayout w:type="fixed"\/>/g)?.length).toBe(tables);
    expect(xml.match(/<w:tblGrid>/g)?.length).toBe(tables);
    expect(xml).toContain('<wp:inline');
    expect(xml).not.toContain('<wp:anchor');
    const styles = strFromU8(parts['word/styles.xml']!);
    // the page setup of the document's category: Bookman Old Style for decrees and circulars, Arial for letters
    expect(styles).toContain(JENIS.get(jenis).kategori === 'penetapan' ? 'w:ascii="Bookman Old Style"' : 'w:ascii="Arial"');
    const header = Object.keys(parts).filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => strFromU8(parts[k]!)).join('');
    expect(header).toMatch(/PAGE/);
  });

  it('user text is escaped, never markup', async () => {
    const naskah = naskahContoh('surat-undangan', { data: { acara: 'Sosialisasi <Netralitas> & "Ikrar"' } });
    const file = path.join(dir, 'escape.docx');
    fs.writeFileSync(file, await renderDocx(naskah));
    expect(documentXml(file)).toContain('Sosialisasi &lt;Netralitas&gt; &amp;');
  });
});


const EXPECTED: Record<JenisDokumen, { pages: number; texts: string[]; absent: string[] }> = {
  // decrees and circulars in Bookman Old Style 12 (the page setup of their category), with LN/TLN numbers;
  // the Bupati signs a circular or decree (pengaturan/penetapan) without titles
  'surat-edaran': { pages: 3, texts: ['SURAT EDARAN', 'NOMOR 800/0012/BKPSDM/2026', 'Dikeluarkan di Sukamaju', 'AHMAD FAUZI'], absent: ['H. AHMAD FAUZI', 'S.E., M.M.'] },
  'surat-undangan': { pages: 2, texts: ['800/0012/BKPSDM/2026', 'Senin, 7 Desember 2026', 'DAFTAR UNDANGAN', 'Sri Rahayu, S.H., M.H.', 'NIP. 19730314 199803 2 004'], absent: [] },
  'sk-satgas': {
    pages: 4,
    texts: ['KEPUTUSAN BUPATI SUKAMAJU', 'MEMUTUSKAN:', 'KESATU', 'Drs. Bambang Hartono, M.Si.', 'NIP. 19680512 199403 1 007', 'SUSUNAN KEANGGOTAAN', 'AHMAD FAUZI'],
    absent: ['H. AHMAD FAUZI', 'S.E., M.M.'],
  },
  // the units and their counts read back from "Nama: belum dari jumlah" lines into the lampiran's table
  'surat-pengingat-ikrar': {
    pages: 2,
    texts: ['Pengembalian Formulir Pakta Integritas Netralitas ASN', 'masih terdapat 64 formulir dari 3 perangkat daerah', '14 Desember 2026', 'BELUM LENGKAP', 'Dinas Kesehatan 640 17', 'JUMLAH 1.888 64'],
    absent: ['{'],
  },
  // the examination documents (RAHASIA on every page); decrees of the regional head without titles
  'surat-panggilan': { pages: 1, texts: ['RAHASIA', 'SURAT PANGGILAN I', 'NIP : 19870315 201001 1 002', 'untuk menghadap kepada', 'Senin, 14 Desember 2026', 'Demikian untuk dilaksanakan.'], absent: ['{'] },
  'berita-acara-pemeriksaan': { pages: 2, texts: ['RAHASIA', 'BERITA ACARA PEMERIKSAAN', 'tanggal empat belas, bulan Desember, tahun dua ribu dua puluh enam', 'PERTANYAAN', 'JAWABAN', 'Yang diperiksa,', 'Tim Pemeriksa,'], absent: ['{', 'Catatan:'] },
  'laporan-hasil-pemeriksaan': { pages: 2, texts: ['RAHASIA', 'LAPORAN HASIL PEMERIKSAAN', 'Yth. Bupati Sukamaju', 'Faktor yang meringankan', 'Dampak perbuatan', 'terbukti melakukan pelanggaran disiplin'], absent: ['{'] },
  'keputusan-tim-pemeriksa': { pages: 4, texts: ['KEPUTUSAN BUPATI SUKAMAJU', 'MEMUTUSKAN:', 'KESATU', 'SUSUNAN TIM PEMERIKSA', 'NIP. 19700512 199503 2 003', 'AHMAD FAUZI'], absent: ['H. AHMAD FAUZI', 'RAHASIA', '{'] },
  'keputusan-pembebasan-sementara': { pages: 3, texts: ['KEPUTUSAN BUPATI SUKAMAJU', 'PEMBEBASAN SEMENTARA DARI TUGAS JABATAN', 'NIP 19870315 201001 1 002', '1 Desember 2026', 'AHMAD FAUZI'], absent: ['H. AHMAD FAUZI', '{'] },
  // the decree of sanction: one employee, NIP grouped, KESATU to the closing diktum, no titles for the Bupati
  'keputusan-hukuman-disiplin': {
    pages: 3,
    texts: ['KEPUTUSAN BUPATI SUKAMAJU', 'PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG', 'MEMUTUSKAN:', 'KESATU', 'KEDUA', 'NIP : 19900101 201503 1 001', 'ruangan tertutup', 'AHMAD FAUZI'],
    absent: ['H. AHMAD FAUZI', '{'],
  },
  'pernyataan-sanksi-moral': { pages: 1, texts: ['PERNYATAAN SANKSI MORAL', 'SECARA TERBUKA', '19900101 201503 1 001', 'Peraturan Pemerintah Nomor 42 Tahun 2004'], absent: ['{'] },
  'panggilan-penyampaian': { pages: 1, texts: ['SURAT PANGGILAN', 'RAHASIA', 'Senin, 30 November 2026', '800/Kep.0012/BKPSDM/2026', 'secara langsung dan tertutup'], absent: ['{', 'S.Kom..'] },
  'berita-acara-penyampaian': { pages: 1, texts: ['BERITA ACARA PENYAMPAIAN KEPUTUSAN', 'Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam', 'Yang menerima,', 'Yang menyerahkan,', 'RAHASIA'], absent: ['{'] },
  'laporan-tindak-lanjut': { pages: 1, texts: ['123/PP.01.02/K.JT-12/10/2026', 'TINDAK LANJUT', 'Tidak terbukti', 'NIP. 19900101 201503 1'], absent: ['{'] },
  'surat-keterangan-hukdis': { pages: 1, texts: ['SURAT KETERANGAN', 'tidak sedang menjalani hukuman disiplin', '19880312 201101 2 005'], absent: ['{'] },
};

describe.skipIf(!hasSoffice())('rendered by LibreOffice', () => {
  it.each(JENIS_DOKUMEN)('%s: F4 pages, expected page count, key texts, nothing outside the margins', async (jenis) => {
    const pdf = await renderPdf(await write(jenis, `${jenis}-lo`));
    // LibreOffice snaps 215×330 mm to its own F4 entry (609.99×936 pt); Word shows 609.4×935.4.
    expect(pdf.widthPt).toBeCloseTo(PAPER_MM.F4.width * MM_TO_PT, -0.5);
    expect(pdf.heightPt).toBeCloseTo(PAPER_MM.F4.height * MM_TO_PT, -0.5);
    expect(Math.abs(pdf.widthPt - 609.4)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThan(1);
    expect(pdf.pages).toBe(EXPECTED[jenis].pages);
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const t of EXPECTED[jenis].texts) expect(flat).toContain(t);
    for (const t of EXPECTED[jenis].absent) expect(flat).not.toContain(t);
    const m = DEFAULT_PAGE_SETUP.margin;
    const slack = 1.5;
    const outside = pdfWords(pdf.pdf).filter(
      (w) =>
        !/^-?\d*-?$/.test(w.text) && // the "- 2 -" page number lives in the header area
        w.text !== 'RAHASIA' && // so does the security class, in the header and the footer
        (w.xMin < m.left * MM_TO_PT - slack || w.xMax > pdf.widthPt - m.right * MM_TO_PT + slack || w.yMax > pdf.heightPt - m.bottom * MM_TO_PT + slack || w.yMin < m.top * MM_TO_PT - slack),
    );
    expect(outside).toEqual([]);
  });

  it('A4 when the instansi chooses it', async () => {
    const pdf = await renderPdf(await write('surat-undangan', 'a4', { ...DEFAULT_PAGE_SETUP, paper: 'A4' }));
    expect(pdf.widthPt).toBeCloseTo(595.3, 0);
    expect(pdf.heightPt).toBeCloseTo(841.9, 0);
  });
});
