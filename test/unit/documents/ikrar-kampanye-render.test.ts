import { execFileSync } from 'node:child_process';
import { formatNip } from '../../../shared/domain/nip';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { makeCore, tempDir } from '../../helpers/core';
import { duaUnit, nonce, ok } from '../../helpers/ikrar';
import { hasSoffice, renderPdf } from '../../helpers/libreoffice';

describe.skipIf(!hasSoffice())('a campaign printed and rendered by LibreOffice', () => {
  it('gives one F4 page per form, each with its own name and NIP, and a QR that the return desk takes for that form', { timeout: 300_000 }, async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    await duaUnit(core);
    const k = await ok(core, 'ikrar.create', { data: { judul: 'Apel Ikrar', pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026', tanggal: '2026-12-07', tempat: 'Sukamaju', meterai: true, peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'] } } });
    const rows = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id })).rows;
    const made = await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k.id });
    const file = path.join(dir, 'formulir.docx');
    fs.copyFileSync(core.files.resolve(made.file).path, file);
    const pdf = await renderPdf(file);
    expect(pdf.pages).toBe(rows.length);
    expect(Math.abs(pdf.widthPt - 609.4)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThan(1);
    const pages = pdf.text.split('\f').map((p) => p.replace(/\s+/g, ' '));
    for (const [i, f] of rows.entries()) {
      expect(pages[i], `halaman ${i + 1}`).toContain(f.nama);
      expect(pages[i]).toContain(`NIP. ${formatNip(f.nip!)}`);
      expect(pages[i]).toContain('Sukamaju, 7 Desember 2026');
    }
    execFileSync('pdftoppm', ['-png', '-r', '150', pdf.pdf, path.join(dir, 'hlm')]);
    const pngs = fs.readdirSync(dir).filter((f) => /^hlm-\d+\.png$/.test(f)).sort();
    expect(pngs).toHaveLength(rows.length);
    for (const [i, png] of pngs.entries()) {
      const img = PNG.sync.read(fs.readFileSync(path.join(dir, png)));
      const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
      expect(qr?.data, `QR halaman ${i + 1}`).toBe(rows[i]!.kode);
      // what the scanner types at the desk marks exactly that form
      const r = await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: qr!.data, nonce: nonce(), cara: 'pindai' });
      expect(r).toMatchObject({ hasil: 'tercatat', formulir: { id: rows[i]!.id } });
    }
    if (process.env.NETRA_KEEP_PNG) fs.cpSync(dir, process.env.NETRA_KEEP_PNG, { recursive: true });
  });
});
