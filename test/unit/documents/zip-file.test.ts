import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createZipFile } from '../../../electron/core/documents/batch/zip-file';
import { tempDir } from '../../helpers/core';

describe('createZipFile', () => {
  it('writes small stored, small deflated, big deflated and streamed entries with the right CRCs, in order', async () => {
    const out = path.join(tempDir(), 'x.zip');
    const zip = createZipFile(out);
    const big = Buffer.from('<Relationship Id="rIdHalaman1"/>'.repeat(20_000)); // over the native threshold
    const pngs = Array.from({ length: 3000 }, (_, i) => Buffer.from(`\x89PNG gambar ${i}`, 'latin1'));
    await zip.add('a.xml', Buffer.from('<a/>'));
    const s = zip.stream('word/document.xml');
    await s.write(Buffer.from('<w:document>'));
    await s.write(Buffer.from('<w:p/>'.repeat(100_000)));
    await s.end();
    for (const [i, p] of pngs.entries()) await zip.add(`word/media/halaman-${i + 1}.png`, p);
    await zip.add('word/_rels/document.xml.rels', big);
    const bytes = await zip.finish();
    expect(bytes).toBe(fs.statSync(out).size);

    const z = await JSZip.loadAsync(fs.readFileSync(out), { checkCRC32: true });
    const names = Object.keys(z.files);
    expect(names).toHaveLength(3003);
    expect(names.slice(0, 3)).toEqual(['a.xml', 'word/document.xml', 'word/media/halaman-1.png']);
    expect(names.at(-1)).toBe('word/_rels/document.xml.rels');
    expect(await z.file('word/_rels/document.xml.rels')!.async('nodebuffer')).toEqual(big);
    expect(await z.file('word/document.xml')!.async('string')).toBe(`<w:document>${'<w:p/>'.repeat(100_000)}`);
    for (const [i, p] of pngs.entries()) expect(await z.file(`word/media/halaman-${i + 1}.png`)!.async('nodebuffer')).toEqual(p);
    // Pictures are stored (already compressed), XML deflated.
    const raw = fs.readFileSync(out);
    const method = (name: string) => {
      const at = raw.indexOf(Buffer.from(name));
      return raw.readUInt16LE(at - 30 + 8);
    };
    expect(method('word/media/halaman-7.png')).toBe(0);
    expect(method('word/_rels/document.xml.rels')).toBe(8);
  });
});
