import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeNewFileAtomic } from '../../../electron/core/fs-atomic';
import { storagePath } from '../../../electron/core/services/arsip';
import { ArsipQuerySchema } from '../../../shared/contract/dokumen';
import { makeCore, pns, tempDir, thrown } from '../../helpers/core';
import { CHUNK_BYTES } from '../../../electron/core/hash';
import { archiveInput } from '../../helpers/dokumen';

const query = (over: object = {}) => ArsipQuerySchema.parse(over);

describe('arsip dokumen', () => {
  it('stores the file under arsip/<tahun>/, records it with its hash and staff, and marks the number used', () => {
    const core = makeCore();
    const a = core.pegawai.create(pns());
    const b = core.pegawai.create(pns({ nip: '199001012015032001', nama: 'Ani', jenisKelamin: 'P', tanggalLahir: '1990-01-01' }));
    const input = { ...archiveInput(core), pegawaiIds: [b.id, a.id] };
    const bytes = Buffer.from('PK isi dokumen');
    const d = core.arsip.record(input, bytes);

    expect(d).toMatchObject({
      nomor: '800/0001/BKPSDM/2026',
      fileName: 'UND_800-0001-BKPSDM-2026.docx',
      relPath: 'arsip/2026/UND_800-0001-BKPSDM-2026.docx',
      bytes: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      pegawaiIds: [a.id, b.id],
      data: { acara: 'Sosialisasi' },
      setup: input.setup,
      tandaTangan: input.tandaTangan,
    });
    const file = core.arsip.file(d.id);
    expect(file.path).toBe(path.join(core.dataDir, 'arsip', '2026', 'UND_800-0001-BKPSDM-2026.docx'));
    expect(fs.readFileSync(file.path).equals(bytes)).toBe(true);
    expect(core.penomoran.get(input.nomorId)).toMatchObject({ status: 'dipakai', dokumenId: d.id });
    expect(fs.readdirSync(path.dirname(file.path))).toEqual(['UND_800-0001-BKPSDM-2026.docx']);
  });

  it('gives a second file of the same name its own name instead of replacing the first', () => {
    const core = makeCore();
    const first = core.arsip.record(archiveInput(core, { fileName: 'Undangan.docx' }), Buffer.from('satu'));
    const second = core.arsip.record(archiveInput(core, { fileName: 'Undangan.docx' }), Buffer.from('dua'));
    expect([first.fileName, second.fileName]).toEqual(['Undangan.docx', 'Undangan (2).docx']);
    expect(fs.readFileSync(core.arsip.file(first.id).path, 'utf8')).toBe('satu');
  });

  it('finds both files again when two numbers map to the same file name', () => {
    const core = makeCore();
    const a = core.arsip.record(archiveInput(core, { manual: '800/77/X/2026' }), Buffer.from('satu'));
    const b = core.arsip.record(archiveInput(core, { manual: '800-77-X-2026' }), Buffer.from('dua'));
    expect([a.fileName, b.fileName]).toEqual(['UND_800-77-X-2026.docx', 'UND_800-77-X-2026 (2).docx']);
    expect(b.relPath).toBe('arsip/2026/UND_800-77-X-2026 (2).docx');
    for (const [d, content] of [[a, 'satu'], [b, 'dua']] as const) {
      const file = core.arsip.file(d.id);
      expect(file).toEqual({ path: path.join(core.dataDir, ...d.relPath.split('/')), fileName: d.fileName });
      expect(crypto.createHash('sha256').update(fs.readFileSync(file.path)).digest('hex')).toBe(d.sha256);
      expect(fs.readFileSync(file.path, 'utf8')).toBe(content);
    }
    expect(fs.readdirSync(path.join(core.dataDir, 'arsip', '2026')).sort()).toEqual(['UND_800-77-X-2026 (2).docx', 'UND_800-77-X-2026.docx']);
  });

  it('keeps .docx on the name of a very long manual number, also when numbered', () => {
    const core = makeCore();
    const nomor = `800/${'9'.repeat(190)}/BKPSDM`;
    const a = core.arsip.record(archiveInput(core, { manual: nomor }), Buffer.from('satu'));
    const b = core.arsip.record(archiveInput(core, { manual: `${nomor}-2026`, fileName: a.fileName }), Buffer.from('dua'));
    expect(a.fileName).toMatch(/^UND_800-9{112}\.docx$/);
    expect(b.fileName).toBe(a.fileName.replace('.docx', ' (2).docx'));
    for (const d of [a, b]) expect(core.arsip.file(d.id).fileName).toBe(d.fileName);
  });

  it('writes the document\'s date and subject on the register line of the number it uses', () => {
    const core = makeCore();
    const input = archiveInput(core, { tanggal: '2026-03-12', hal: 'Undangan Rapat Koordinasi' });
    core.arsip.record({ ...input, tanggal: '2026-03-20', hal: 'Undangan Rapat Koordinasi Netralitas ASN' }, Buffer.from('isi'));
    expect(core.penomoran.get(input.nomorId)).toMatchObject({ status: 'dipakai', tanggal: '2026-03-20', hal: 'Undangan Rapat Koordinasi Netralitas ASN' });
  });

  it('refuses a reserved number that does not fit the document, and writes nothing', () => {
    const core = makeCore();
    const input = archiveInput(core);
    const setda = { ...input.konteks.profil, kodeUnit: 'SETDA' };
    expect(() => core.arsip.record({ ...input, konteks: { ...input.konteks, profil: setda } }, Buffer.from('isi'))).toThrow(
      'Nomor 800/0001/BKPSDM/2026 adalah nomor unit BKPSDM, sedangkan dokumen ini dinomori untuk unit SETDA',
    );
    expect(() => core.arsip.record({ ...input, tanggal: '2027-01-04' }, Buffer.from('isi'))).toThrow('adalah nomor tahun 2026');
    expect(() => core.arsip.record({ ...input, jenis: 'sk-satgas' }, Buffer.from('isi'))).toThrow('termasuk seri "surat-keluar"');
    expect(core.arsip.list(query()).total).toBe(0);
    expect(fs.existsSync(path.join(core.dataDir, 'arsip'))).toBe(false);
    expect(core.penomoran.get(input.nomorId)).toMatchObject({ status: 'dipesan', dokumenId: null });
  });

  it('leaves no file and no row, and the number still reserved, when recording fails', () => {
    const core = makeCore();
    const input = archiveInput(core);
    expect(() => core.arsip.record({ ...input, pegawaiIds: [999] }, Buffer.from('isi'))).toThrow(/FOREIGN KEY/);
    expect(core.arsip.list(query()).total).toBe(0);
    expect(fs.readdirSync(path.join(core.dataDir, 'arsip', '2026'))).toEqual([]);
    expect(core.penomoran.get(input.nomorId)).toMatchObject({ status: 'dipesan', dokumenId: null });
    expect(core.arsip.record(input, Buffer.from('isi')).nomor).toBe('800/0001/BKPSDM/2026');
  });

  it('archives a document from a file path: streamed copy larger than one chunk, same hash, source left as it is', () => {
    const core = makeCore();
    const src = path.join(tempDir(), 'massal.docx');
    // 3.5 chunks of distinct bytes, so a dropped, repeated or reordered chunk changes the hash
    const content = crypto.randomBytes(Math.round(3.5 * CHUNK_BYTES));
    fs.writeFileSync(src, content);
    const input = archiveInput(core, { fileName: 'Pernyataan.docx' });
    const d = core.arsip.record(input, { path: src });
    expect(d).toMatchObject({ fileName: 'Pernyataan.docx', bytes: content.length, sha256: crypto.createHash('sha256').update(content).digest('hex') });
    expect(fs.readFileSync(core.arsip.file(d.id).path).equals(content)).toBe(true);
    expect(fs.readFileSync(src).equals(content)).toBe(true);
    expect(core.penomoran.get(input.nomorId)).toMatchObject({ status: 'dipakai', dokumenId: d.id });
    // a second one of the same name gets its own name; no temporary file stays behind
    const e = core.arsip.record(archiveInput(core, { fileName: 'Pernyataan.docx' }), { path: src });
    expect(e.fileName).toBe('Pernyataan (2).docx');
    expect(fs.readdirSync(path.join(core.dataDir, 'arsip', '2026')).sort()).toEqual(['Pernyataan (2).docx', 'Pernyataan.docx']);
  });

  it('refuses a missing source file or a folder, writing nothing and keeping the number reserved', () => {
    const core = makeCore();
    const input = archiveInput(core);
    for (const p of [path.join(tempDir(), 'tidak-ada.docx'), tempDir()]) {
      const e = thrown(() => core.arsip.record(input, { path: p }));
      expect(e).toMatchObject({ code: 'FILE' });
      expect((e as Error).message).toContain(p);
    }
    expect(core.arsip.list(query()).total).toBe(0);
    expect(fs.existsSync(path.join(core.dataDir, 'arsip', '2026')) ? fs.readdirSync(path.join(core.dataDir, 'arsip', '2026')) : []).toEqual([]);
    expect(core.penomoran.get(input.nomorId)).toMatchObject({ status: 'dipesan', dokumenId: null });
  });

  it('leaves no file when recording from a path fails in the transaction', () => {
    const core = makeCore();
    const src = path.join(tempDir(), 'isi.docx');
    fs.writeFileSync(src, 'isi');
    const input = archiveInput(core);
    expect(() => core.arsip.record({ ...input, pegawaiIds: [999] }, { path: src })).toThrow(/FOREIGN KEY/);
    expect(fs.readdirSync(path.join(core.dataDir, 'arsip', '2026'))).toEqual([]);
    expect(core.penomoran.get(input.nomorId)).toMatchObject({ status: 'dipesan', dokumenId: null });
  });

  it('refuses a voided number or one already used by another document', () => {
    const core = makeCore();
    const input = archiveInput(core);
    const used = core.arsip.record(input, Buffer.from('isi'));
    expect(() => core.arsip.record({ ...input, fileName: 'lain.docx' }, Buffer.from('lain'))).toThrow(
      'Nomor 800/0001/BKPSDM/2026 sudah dipakai untuk dokumen lain',
    );
    const other = archiveInput(core);
    core.penomoran.void(other.nomorId, 'Salah ketik');
    expect(() => core.arsip.record(other, Buffer.from('x'))).toThrow('sudah dibatalkan (Salah ketik)');
    // voiding a used number keeps its document link
    expect(core.penomoran.void(input.nomorId, 'Surat ditarik')).toMatchObject({ status: 'batal', dokumenId: used.id });
    expect(core.arsip.list(query()).total).toBe(1);
  });

  it('lists with text search over nomor, hal and file name, and filters by jenis and year', () => {
    const core = makeCore();
    core.arsip.record(archiveInput(core, { hal: 'Undangan Apel Ikrar', tanggal: '2026-02-01' }), Buffer.from('1'));
    core.arsip.record(archiveInput(core, { jenis: 'surat-edaran', hal: 'Edaran Netralitas', tanggal: '2026-03-01', fileName: 'SE_netralitas.docx' }), Buffer.from('2'));
    core.arsip.record(archiveInput(core, { hal: 'Undangan Sosialisasi 100%', tanggal: '2027-01-10' }), Buffer.from('3'));
    const hal = (over: object) => core.arsip.list(query(over)).rows.map((r) => r.hal);
    expect(hal({})).toEqual(['Undangan Sosialisasi 100%', 'Edaran Netralitas', 'Undangan Apel Ikrar']);
    expect(hal({ text: 'apel' })).toEqual(['Undangan Apel Ikrar']);
    expect(hal({ text: '800/0002' })).toEqual(['Edaran Netralitas']);
    expect(hal({ text: 'SE_netral' })).toEqual(['Edaran Netralitas']);
    expect(hal({ text: '100%' })).toEqual(['Undangan Sosialisasi 100%']);
    expect(hal({ text: '%' })).toEqual(['Undangan Sosialisasi 100%']);
    expect(hal({ jenis: 'surat-undangan', tahun: 2026 })).toEqual(['Undangan Apel Ikrar']);
    expect(core.arsip.list(query({ limit: 1, offset: 1 }))).toMatchObject({ total: 3, rows: [{ hal: 'Edaran Netralitas' }] });
  });

  it('reports a stored file that is missing or was changed', () => {
    const core = makeCore();
    const d = core.arsip.record(archiveInput(core), Buffer.from('asli'));
    const file = core.arsip.file(d.id).path;
    fs.writeFileSync(file, 'diubah');
    expect(() => core.arsip.file(d.id)).toThrow('sudah berubah sejak dibuat');
    fs.rmSync(file);
    expect(() => core.arsip.file(d.id)).toThrow(`Berkas "${d.fileName}" (nomor ${d.nomor}) tidak ada lagi di folder arsip`);
  });
});

describe('menulis berkas', () => {
  it('storagePath keeps files inside arsip/<tahun>/ whatever the name', () => {
    expect(storagePath('/data', 2026, '../../etc/passwd')).toBe(path.join('/data', 'arsip', '2026', '..-..-etc-passwd'));
    expect(storagePath('/data', 2026, 'SE_800/0001/BKPSDM/2026.docx')).toBe(path.join('/data', 'arsip', '2026', 'SE_800-0001-BKPSDM-2026.docx'));
    expect(storagePath('/data', 2026, 'a\\b:c?.docx')).toBe(path.join('/data', 'arsip', '2026', 'a-b_c_.docx'));
    expect(storagePath('/data', 2026, '..')).toBe(path.join('/data', 'arsip', '2026', 'berkas'));
    expect(storagePath('/data', 2026, `${'x'.repeat(300)}.docx`)).toBe(path.join('/data', 'arsip', '2026', `${'x'.repeat(120)}.docx`));
    // at most 200 bytes of the stem in UTF-8, never cutting a character in half
    expect(path.basename(storagePath('/data', 2026, `${'é'.repeat(150)}.docx`))).toBe(`${'é'.repeat(100)}.docx`);
  });

  it('writeFileAtomic replaces whole files and leaves no temporary file', () => {
    const dir = tempDir();
    const target = path.join(dir, 'sub', 'a.docx');
    writeFileAtomic(target, Buffer.from('satu'));
    writeFileAtomic(target, Buffer.from('dua'));
    expect(fs.readFileSync(target, 'utf8')).toBe('dua');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['a.docx']);
  });

  it('writeNewFileAtomic never replaces an existing file', () => {
    const target = path.join(tempDir(), 'a.docx');
    expect(writeNewFileAtomic(target, Buffer.from('satu'))).toBe(true);
    expect(writeNewFileAtomic(target, Buffer.from('dua'))).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('satu');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['a.docx']);
  });
});
