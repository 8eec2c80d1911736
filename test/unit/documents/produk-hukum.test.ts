/**
 * The decree and the circular as a Bagian Hukum reviewer reads them (format-dokumen.md): the font of
 * their category, Mengingat with regulations only by hierarchy then date, the SKB under Memperhatikan
 * with all its numbers, and lists punctuated by the drafting rules.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/core/documents/docx/render';
import type { JenisDokumen } from '../../../shared/contract/dokumen';
import { tempDir } from '../../helpers/core';
import { hasSoffice, renderPdf } from '../../helpers/libreoffice';
import { naskahContoh } from '../../helpers/naskah';

const dir = tempDir('netra-produk-hukum-');

async function docx(jenis: JenisDokumen, over: Parameters<typeof naskahContoh>[1] = {}, name: string = jenis) {
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, await renderDocx(naskahContoh(jenis, over)));
  const parts = unzipSync(fs.readFileSync(file));
  const xml = strFromU8(parts['word/document.xml']!);
  // the text of each paragraph, in document order
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return { file, styles: strFromU8(parts['word/styles.xml']!), paragraphs, flat: paragraphs.join('\n') };
}

const indexOf = (paragraphs: string[], re: RegExp) => paragraphs.findIndex((p) => re.test(p));

describe('Keputusan (SK Satgas) in the docx', () => {
  it('is set in Bookman Old Style 12, the default of its category', async () => {
    const { styles } = await docx('sk-satgas');
    expect(styles).toMatch(/<w:rFonts w:ascii="Bookman Old Style"/);
    expect(styles).toMatch(/<w:sz w:val="24"\/>/);
  });

  it('Mengingat: regulations only, UU 23/2014 before UU 20/2023, then the PPs; each UU with LN/TLN; the SKB under Memperhatikan before MEMUTUSKAN', async () => {
    const { paragraphs } = await docx('sk-satgas');
    const mengingat = indexOf(paragraphs, /^Mengingat/);
    const memperhatikan = indexOf(paragraphs, /^Memperhatikan/);
    const memutuskan = indexOf(paragraphs, /^MEMUTUSKAN:/);
    expect(mengingat).toBeGreaterThan(0);
    expect(memperhatikan).toBeGreaterThan(mengingat);
    expect(memutuskan).toBeGreaterThan(memperhatikan);
    const cited = paragraphs.slice(mengingat, memperhatikan).join('\n');
    const order = ['Undang-Undang Nomor 23 Tahun 2014', 'Undang-Undang Nomor 20 Tahun 2023', 'Peraturan Pemerintah Nomor 42 Tahun 2004', 'Peraturan Pemerintah Nomor 94 Tahun 2021'].map((t) =>
      cited.indexOf(t),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(cited).not.toContain('Keputusan Bersama');
    expect(cited).toContain('Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023');
    const noted = paragraphs.slice(memperhatikan, memutuskan).join('\n');
    expect(noted).toContain('Keputusan Bersama Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi');
    expect(noted).toContain('Nomor 2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, dan Nomor 1447.1/PM.01/K.1/09/2022');
  });

  it('the duties of KEDUA end "; dan" on the last-but-one and "." on the last; konsiderans items end with ";"', async () => {
    const { paragraphs } = await docx('sk-satgas');
    const kedua = indexOf(paragraphs, /^KEDUA/);
    const ketiga = indexOf(paragraphs, /^KETIGA/);
    const tugas = paragraphs.slice(kedua + 1, ketiga).filter((p) => /^[a-z]\./.test(p));
    expect(tugas.length).toBe(5);
    expect(tugas.slice(0, 3).every((t) => t.endsWith(';'))).toBe(true);
    expect(tugas[3]).toMatch(/; dan$/);
    expect(tugas[4]).toMatch(/[^;]\.$/);
    const menimbang = paragraphs.slice(indexOf(paragraphs, /^Menimbang/), indexOf(paragraphs, /^Mengingat/)).filter((p) => /bahwa/.test(p));
    expect(menimbang.every((p) => p.endsWith(';'))).toBe(true);
  });

  it('a Menimbang of one consideration is not lettered "a." (nor a Mengingat of one regulation numbered "1.")', async () => {
    const teks = { menimbang: 'bahwa untuk menjamin netralitas Aparatur Sipil Negara perlu dibentuk Satuan Tugas;', mengingat: 'UU-23-2014' };
    const { paragraphs } = await docx('sk-satgas', { teks }, 'sk-satu-pertimbangan');
    const menimbang = paragraphs.slice(indexOf(paragraphs, /^Menimbang/), indexOf(paragraphs, /^Mengingat/)).join('\n');
    expect(menimbang).toContain('bahwa untuk menjamin netralitas');
    expect(menimbang).not.toMatch(/a\.\s*bahwa/);
    const mengingat = paragraphs.slice(indexOf(paragraphs, /^Mengingat/), indexOf(paragraphs, /^MEMUTUSKAN:/)).join('\n');
    expect(mengingat).toContain('Undang-Undang Nomor 23 Tahun 2014');
    expect(mengingat).not.toMatch(/1\.\s*Undang-Undang/);
    // two considerations are lettered
    const dua = await docx('sk-satgas', { teks: { menimbang: 'bahwa satu;\nbahwa dua;' } }, 'sk-dua-pertimbangan');
    expect(dua.paragraphs.slice(indexOf(dua.paragraphs, /^Menimbang/), indexOf(dua.paragraphs, /^Mengingat/)).join('\n')).toMatch(/a\.\s*bahwa satu;[\s\S]*b\.\s*bahwa dua;/);
  });

  it('a clerk-typed Mengingat in the old order (texts saved before the list) still comes out in hierarchy and date order', async () => {
    const lama = 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\nUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\nKeputusan Bersama Menteri tentang Pedoman;';
    const { paragraphs } = await docx('sk-satgas', { teks: { mengingat: lama } }, 'sk-lama');
    const m = indexOf(paragraphs, /^Mengingat/);
    const p = indexOf(paragraphs, /^Memperhatikan/);
    const cited = paragraphs.slice(m, p).join('\n');
    expect(cited.indexOf('Nomor 23 Tahun 2014')).toBeLessThan(cited.indexOf('Nomor 20 Tahun 2023'));
    expect(paragraphs.slice(p, indexOf(paragraphs, /^MEMUTUSKAN:/)).join('\n')).toContain('Keputusan Bersama Menteri tentang Pedoman');
  });
});

describe('Surat Edaran in the docx', () => {
  it('Bookman; the prohibitions are one list continuing "dilarang:" ending "; dan" / "."; instructions and sanctions are numbered points of their own', async () => {
    const { paragraphs, styles } = await docx('surat-edaran');
    expect(styles).toMatch(/w:ascii="Bookman Old Style"/);
    const lead = indexOf(paragraphs, /dilarang:$/);
    expect(lead).toBeGreaterThan(0);
    const larangan: string[] = [];
    for (let i = lead + 1; /^[a-z]\./.test(paragraphs[i] ?? ''); i++) larangan.push(paragraphs[i]!.replace('\t', ''));
    expect(larangan.length).toBe(10);
    expect(larangan.slice(0, 8).every((l) => l.endsWith(';'))).toBe(true);
    expect(larangan[8]).toMatch(/; dan$/);
    expect(larangan[9]).toMatch(/kampanye\.$/);
    const after = paragraphs[lead + 1 + larangan.length]!;
    expect(after).toMatch(/^6\.\tKepala Perangkat Daerah/);
    expect(paragraphs[lead + 2 + larangan.length]).toMatch(/^7\.\tPelanggaran/);
  });

  it('Dasar: the laws by date, the SKB last with its numbers', async () => {
    const { flat } = await docx('surat-edaran');
    const i = (t: string) => flat.indexOf(t);
    expect(i('Undang-Undang Nomor 1 Tahun 2015')).toBeLessThan(i('Undang-Undang Nomor 20 Tahun 2023'));
    expect(i('Peraturan Pemerintah Nomor 94 Tahun 2021')).toBeLessThan(i('Keputusan Bersama'));
    expect(flat).toContain('Nomor 1447.1/PM.01/K.1/09/2022');
  });

  it.each([
    ['sesudah-judul', true],
    ['sebelum-judul', false],
  ])('Yth. block %s (template setting)', async (letakYth, titleFirst) => {
    const { paragraphs } = await docx('surat-edaran', { teks: { letakYth } }, `se-${letakYth}`);
    expect(indexOf(paragraphs, /^SURAT EDARAN$/) < indexOf(paragraphs, /^Yth\.$/)).toBe(titleFirst);
  });
});

describe.skipIf(!hasSoffice())('rendered by LibreOffice', () => {
  it('the decree prints in URW Bookman (the metric-compatible stand-in), the invitation in Liberation Sans', async () => {
    const sk = await renderPdf((await docx('sk-satgas', {}, 'sk-lo')).file);
    const und = await renderPdf((await docx('surat-undangan', {}, 'und-lo')).file);
    const fonts = (pdf: string) => execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts(sk.pdf)).toMatch(/URWBookman/);
    expect(fonts(sk.pdf)).not.toMatch(/Liberation|DejaVu/);
    expect(fonts(und.pdf)).toMatch(/LiberationSans|Arial/);
    const flat = sk.text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Memperhatikan : Keputusan Bersama/);
  });
});
