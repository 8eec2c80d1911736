import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formatNip } from '../../../shared/domain/nip';
import { strFromU8, unzipSync } from 'fflate';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { formRecord, teksIkrarBawaan, writeFormulirIkrar, type PesertaIkrar } from '../../../electron/core/documents/ikrar/formulir-ikrar';
import { KodeFormulirService } from '../../../electron/core/kode-formulir-kunci';
import { DEFAULT_PAGE_SETUP } from '../../../shared/dokumen/model';
import { tempDir } from '../../helpers/core';
import { hasSoffice, pdfWords, renderPdf } from '../../helpers/libreoffice';

const MM_TO_PT = 72 / 25.4;
const KAMPANYE = 17;
const kode = new KodeFormulirService(Buffer.alloc(32, 3));
const teks = teksIkrarBawaan('Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2024', 'Pemerintah Kabupaten Sukamaju');
const LONG = 'Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan pada Sekretariat Dinas Pemberdayaan Masyarakat, Desa, Pengendalian Penduduk dan Keluarga Berencana';

/** Staff of all kinds: long jabatan and unit, NIK only, no number at all, XML-special characters. */
function peserta(n: number): PesertaIkrar[] {
  return Array.from({ length: n }, (_, i) => {
    const no = String(i + 1).padStart(3, '0');
    const base = { nama: `Pegawai ${no} Wicaksono, S.H.`, kode: kode.buat({ kampanyeId: KAMPANYE, formulirId: i + 1 }) };
    if (i % 5 === 1) return { ...base, nik: `3201011203850${no}`, jabatan: 'Kepala Desa', unitKerja: 'Desa Sukamaju' };
    if (i % 5 === 2) return { ...base, nama: `Pegawai ${no} A&B <Putra>` };
    return { ...base, nip: `19850312201001${String(i + 1).padStart(4, '0')}`, pangkat: 'Penata Muda Tingkat I, III/b', jabatan: i % 5 === 3 ? LONG : 'Analis Kepegawaian', unitKerja: i % 5 === 3 ? LONG : 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' };
  });
}

const nomor = (p: PesertaIkrar) => (p.nip ? formatNip(p.nip) : (p.nik ?? null));

describe('formRecord', () => {
  it('prints the NIP, else the NIK, else a dash, with the signature line to match', () => {
    const k = 'IK1-0001-00001-00000000';
    expect(formRecord({ nama: ' Budi ', nip: '198503122010011004', kode: k })).toMatchObject({ nama: 'Budi', labelNomor: 'NIP', nomor: '19850312 201001 1 004', nomorTtd: 'NIP. 19850312 201001 1 004', pangkat: '-' });
    expect(formRecord({ nama: 'Sri', nip: ' ', nik: '3201011203850004', kode: k })).toMatchObject({ labelNomor: 'NIK', nomor: '3201011203850004', nomorTtd: 'NIK. 3201011203850004' });
    expect(formRecord({ nama: 'Tamu', kode: k })).toMatchObject({ labelNomor: 'NIP/NIK', nomor: '-', nomorTtd: '', jabatan: '-', unit: '-' });
  });
});

describe('writeFormulirIkrar', () => {
  it('writes one page and one QR per person, the same bytes for the same input', async () => {
    const dir = tempDir();
    const people = peserta(30);
    const files = ['a.docx', 'b.docx'].map((f) => path.join(dir, f));
    // The second file is written "a day later": nothing of the clock may reach the bytes.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (const [i, out] of files.entries()) {
        vi.setSystemTime(new Date(2026, 6, 1 + i, 9, 30));
        const r = await writeFormulirIkrar({ peserta: people, teks, tempatTanggal: 'Sukamaju, 1 Juli 2026', meterai: true, out, timestamp: new Date('2026-07-01T00:00:00Z') });
        expect(r.pages).toBe(30);
      }
    } finally {
      vi.useRealTimers();
    }
    expect(fs.readFileSync(files[0]!).equals(fs.readFileSync(files[1]!))).toBe(true);
    const a = unzipSync(fs.readFileSync(files[0]!));
    const xml = strFromU8(a['word/document.xml']!);
    expect(Object.keys(a).filter((n) => /^word\/media\/halaman-\d+\.png$/.test(n))).toHaveLength(30);
    expect(xml).toContain('Pegawai 003 A&amp;B &lt;Putra&gt;');
    expect(xml.split('METERAI').length - 1).toBe(30);

    const plain = path.join(dir, 'tanpa-meterai.docx');
    await writeFormulirIkrar({ peserta: people.slice(0, 2), teks, tempatTanggal: 'Sukamaju, 1 Juli 2026', out: plain });
    expect(strFromU8(unzipSync(fs.readFileSync(plain))['word/document.xml']!)).not.toContain('METERAI');
  });
});


describe.skipIf(!hasSoffice())('pledge forms rendered by LibreOffice', () => {
  it('N people give N F4 pages, each with its own name, number and a QR that decodes to its code', { timeout: 300_000 }, async () => {
    const N = 15;
    const dir = tempDir();
    const out = path.join(dir, 'ikrar.docx');
    const people = peserta(N);
    await writeFormulirIkrar({ peserta: people, teks, tempatTanggal: 'Sukamaju, 1 Juli 2026', meterai: true, out });
    const pdf = await renderPdf(out);
    expect(pdf.pages).toBe(N);
    expect(Math.abs(pdf.widthPt - 609.4)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThan(1);

    const pages = pdf.text.split('\f').slice(0, N).map((p) => p.replace(/\s+/g, ' '));
    for (const [i, p] of people.entries()) {
      expect(pages[i], `halaman ${i + 1}`).toContain(p.nama);
      expect(pages[i]).toContain('PAKTA INTEGRITAS');
      expect(pages[i]).toContain('PEMILIHAN BUPATI DAN WAKIL BUPATI SUKAMAJU TAHUN 2024');
      expect(pages[i]).toContain(p.kode);
      const no = nomor(p);
      if (no) expect(pages[i]).toContain(`${p.nip ? 'NIP' : 'NIK'}. ${no}`);
      // nobody else's form on this page
      for (const [j, q] of people.entries()) if (j !== i) expect(pages[i]).not.toContain(q.kode);
    }

    const m = DEFAULT_PAGE_SETUP.margin;
    const slack = 1.5;
    const box = { left: m.left * MM_TO_PT - slack, right: pdf.widthPt - m.right * MM_TO_PT + slack, top: m.top * MM_TO_PT - slack, bottom: pdf.heightPt - m.bottom * MM_TO_PT + slack };
    const outside = pdfWords(pdf.pdf).filter((w) => w.xMin < box.left || w.xMax > box.right || w.yMin < box.top || w.yMax > box.bottom);
    expect(outside).toEqual([]);

    // Each page as a scanner would see a print of it: 150 dpi, the whole page, no cropping.
    const DPI = 150;
    execFileSync('pdftoppm', ['-png', '-r', String(DPI), pdf.pdf, path.join(dir, 'hlm')]);
    const pngs = fs.readdirSync(dir).filter((f) => /^hlm-\d+\.png$/.test(f)).sort();
    expect(pngs).toHaveLength(N);
    for (const [i, f] of pngs.entries()) {
      const img = PNG.sync.read(fs.readFileSync(path.join(dir, f)));
      const found = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
      expect(found?.data, `QR halaman ${i + 1}`).toBe(people[i]!.kode);
      expect(kode.baca(found!.data)).toEqual({ ok: true, kode: people[i]!.kode, kampanyeId: KAMPANYE, formulirId: i + 1 });
      // The picture too lies within the margins.
      const px = (pt: number) => (pt * DPI) / 72;
      for (const c of [found!.location.topLeftCorner, found!.location.bottomRightCorner]) {
        expect(c.x).toBeGreaterThan(px(box.left));
        expect(c.x).toBeLessThan(px(box.right));
        expect(c.y).toBeGreaterThan(px(box.top));
        expect(c.y).toBeLessThan(px(box.bottom));
      }
    }
  });
});
