import fs from 'node:fs';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { writeRepeatedPages, type PageImage } from '../../../electron/core/documents/batch/repeat-pages';
import { modulesPng, qrModules, qrPixels, qrPng } from '../../../electron/core/documents/batch/qr-png';
import { tempDir } from '../../helpers/core';

const placeholder = qrPng('IK1-PLACEHOLDER');
const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function template(withQr = true): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new ImageRun({ type: 'png', data: LOGO, transformation: { width: 12, height: 12 } })] }),
          new Paragraph({ children: [new TextRun('Nama: ⟦nama⟧')] }),
          ...(withQr ? [new Paragraph({ children: [new ImageRun({ type: 'png', data: placeholder, transformation: { width: 96, height: 96 } })] })] : []),
          new Paragraph({ children: [new TextRun('⟦kode⟧')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const records = (n: number) => Array.from({ length: n }, (_, i) => ({ nama: `Pegawai ${i + 1}`, kode: `IK1-0001-${String(i + 1).padStart(5, '0')}-ABCDEFGH` }));
const qr: PageImage = { placeholder, render: (r) => qrPng(r.kode!) };

function decode(png: Uint8Array): string | undefined {
  const img = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data;
}

describe('qrPng', () => {
  it('draws the module matrix with a quiet zone, 1 bit per pixel, and decodes', () => {
    const { size, data } = qrModules('IK1-0001-00001-ABCDEFGH');
    expect(size).toBe(25); // version 2: alphanumeric mode at level Q
    const png = modulesPng(size, data, { scale: 3, margin: 4 });
    const img = PNG.sync.read(png);
    expect(img.width).toBe(qrPixels(size, { scale: 3, margin: 4 }));
    expect(img.width).toBe(99);
    // Every pixel matches its module (pngjs gives RGBA).
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) {
        const mx = Math.floor(x / 3) - 4;
        const my = Math.floor(y / 3) - 4;
        const dark = mx >= 0 && my >= 0 && mx < size && my < size && data[my * size + mx] === 1;
        expect(img.data[(y * img.width + x) * 4], `${x},${y}`).toBe(dark ? 0 : 255);
      }
    expect(decode(png)).toBe('IK1-0001-00001-ABCDEFGH');
  });
});

describe('writeRepeatedPages with a picture per record', () => {
  it('gives every page its own PNG, relationship and drawing id, and the same bytes on a second run', async () => {
    const dir = tempDir();
    const tpl = await template();
    const out = [path.join(dir, 'a.docx'), path.join(dir, 'b.docx')];
    for (const o of out) expect((await writeRepeatedPages({ template: tpl, records: records(40), out: o, images: [qr] })).pages).toBe(40);

    const e = unzipSync(fs.readFileSync(out[0]!));
    const xml = strFromU8(e['word/document.xml']!);
    const rels = strFromU8(e['word/_rels/document.xml.rels']!);
    const embeds = [...xml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]!);
    expect(embeds).toHaveLength(80); // the logo and the QR on each page
    const logoRel = embeds[0]!;
    expect(embeds.filter((_, i) => i % 2 === 0).every((id) => id === logoRel)).toBe(true);
    const qrRels = embeds.filter((_, i) => i % 2 === 1);
    expect(new Set(qrRels).size).toBe(40);
    const docPr = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(docPr).size).toBe(80);
    for (const [i, id] of qrRels.entries()) {
      const target = new RegExp(`<Relationship Id="${id}" Type="[^"]+/image" Target="([^"]+)"/>`).exec(rels)?.[1];
      expect(target, id).toBeDefined();
      expect(decode(e[`word/${target}`]!), `page ${i + 1}`).toBe(records(40)[i]!.kode);
    }
    // The page text and its picture belong to the same record.
    const pages = xml.split('Nama: ').slice(1);
    for (const [i, p] of pages.entries()) expect(p).toContain(`r:embed="${qrRels[i]}"`);

    // Deterministic: a second run writes the same entries, byte for byte.
    const f = unzipSync(fs.readFileSync(out[1]!));
    expect(Object.keys(f)).toEqual(Object.keys(e));
    for (const name of Object.keys(e)) if (name !== 'docProps/core.xml') expect(Buffer.from(f[name]!).equals(Buffer.from(e[name]!)), name).toBe(true);

    const zip = await JSZip.loadAsync(fs.readFileSync(out[0]!), { checkCRC32: true });
    expect(zip.file(/word\/media\/halaman-\d+\.png/)).toHaveLength(40);
  });

  it('refuses a template without the placeholder, a picture that is not PNG, and leaves no file', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'x.docx');
    await expect(writeRepeatedPages({ template: await template(false), records: records(2), out, images: [qr] })).rejects.toThrow('Gambar pengganti ke-1 tidak ada di halaman templat.');
    const bad: PageImage = { placeholder, render: (_, i) => (i === 1 ? Buffer.from('GIF89a') : qrPng('A')) };
    await expect(writeRepeatedPages({ template: await template(), records: records(3), out, images: [bad] })).rejects.toThrow('Gambar ke-1 pada data ke-2 bukan PNG.');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
