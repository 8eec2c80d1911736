import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGrid } from '../../../electron/core/sheets/read';
import { KOLOM_MASALAH } from '../../../electron/core/sheets/rejected-rows';
import { makeCore, pns, tempDir } from '../../helpers/core';
import { writeSheet, type SheetCell } from '../../helpers/sheets';
import type { Core } from '../../../electron/core/core';

const sheet = (headers: string[], rows: SheetCell[][], name = 'data.xlsx') => writeSheet(name, headers, rows);

const at = (file: string) => ({ path: file, label: path.basename(file) });

function seedBudi(core: Core) {
  const unit = core.units.create({ nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  return core.pegawai.create(
    pns({ tempatLahir: 'Sukamaju', telepon: '081234567890', email: 'budi@sukamajukab.go.id', jenisJabatan: 'FUNGSIONAL', unitKerjaId: unit.id }),
  );
}

describe('impor: pembaruan tidak menghapus data', () => {
  it('an update changes only fields the sheet maps and fills; empty cells and missing columns keep what is stored', async () => {
    const core = makeCore();
    const budi = seedBudi(core);
    // no tempat lahir, telepon, email or jenis jabatan columns; an empty jabatan cell; a new golongan
    const file = await sheet(['NIP', 'NAMA', 'GOL', 'JABATAN'], [['198503122010011004', 'Budi Santoso', 'III/c', null]]);
    const p = await core.impor.preview(at(file), null);
    expect(p.changes).toMatchObject({ people: 1, unchanged: 0, perField: [{ field: 'golongan', count: 1 }] });
    expect(p.changes.rows[0]!.changes).toEqual([{ field: 'golongan', old: 'III/b', new: 'III/c' }]);

    const r = await core.impor.commit(at(file), { mapping: null, update: true, skipInvalid: false });
    expect(r).toMatchObject({ ok: true, updated: 1, fieldChanges: [{ field: 'golongan', count: 1 }] });
    const after = core.pegawai.get(budi.id);
    expect(after).toMatchObject({
      golongan: 'III/c',
      tempatLahir: 'Sukamaju',
      telepon: '081234567890',
      email: 'budi@sukamajukab.go.id',
      jenisJabatan: 'FUNGSIONAL',
      jabatan: 'Analis Kepegawaian Ahli Pertama',
      gelarBelakang: 'S.E.',
      unitKerjaId: budi.unitKerjaId,
    });
  });

  it('shows old → new per person and lets the clerk switch a field off for the whole import', async () => {
    const core = makeCore();
    const budi = seedBudi(core);
    const file = await sheet(['NIP', 'NAMA', 'TEMPAT LAHIR', 'EMAIL'], [['198503122010011004', 'BUDI SANTOSO', 'Kota Baru', 'budi.s@sukamajukab.go.id']]);
    const p = await core.impor.preview(at(file), null);
    expect(p.changes.rows[0]!.changes.map((c) => `${c.field}: ${c.old} → ${c.new}`)).toEqual([
      'nama: Budi Santoso → BUDI SANTOSO',
      'tempatLahir: Sukamaju → Kota Baru',
      'email: budi@sukamajukab.go.id → budi.s@sukamajukab.go.id',
    ]);
    const off = await core.impor.preview(at(file), null, { fieldsOff: ['nama'] });
    expect(off.changes.perField.map((f) => f.field)).toEqual(['tempatLahir', 'email']);
    await core.impor.commit(at(file), { mapping: null, update: true, skipInvalid: false, fieldsOff: ['nama'] });
    expect(core.pegawai.get(budi.id)).toMatchObject({ nama: 'Budi Santoso', tempatLahir: 'Kota Baru', email: 'budi.s@sukamajukab.go.id' });
  });

  it('a registered person the sheet describes as stored is counted unchanged and not rewritten', async () => {
    const core = makeCore();
    const budi = seedBudi(core);
    const file = await sheet(['NIP', 'NAMA', 'GOL'], [['198503122010011004', 'Budi Santoso', 'III/b']]);
    const r = await core.impor.commit(at(file), { mapping: null, update: true, skipInvalid: false });
    expect(r).toMatchObject({ ok: true, updated: 0, unchanged: 1 });
    expect(core.pegawai.get(budi.id)!.updatedAt).toBe(budi.updatedAt);
  });
});

describe('impor: unit kerja dengan nama lain', () => {
  it('matches abbreviations and spelling variants to existing units instead of creating duplicates', async () => {
    const core = makeCore();
    const bkpsdm = core.units.create({ nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const rsud = core.units.create({ nama: 'Rumah Sakit Umum Daerah Sukamaju', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const dik = core.units.create({ nama: 'Dinas Pendidikan dan Kebudayaan', singkatan: 'Disdikbud', jenis: 'PERANGKAT_DAERAH', parentId: null });
    const file = await sheet(
      ['NIP', 'NAMA', 'UNIT KERJA'],
      [
        ['198503122010011004', 'Budi Santoso', 'BKPSDM'],
        ['199002022015032001', 'Siti Aminah', 'RSUD Sukamaju'],
        ['198706152011011002', 'Agus Salim', 'dinas pendidikan & kebudayaan'],
        ['198001012005011003', 'Dedi Kurnia', 'DISDIKBUD'],
      ],
    );
    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits).toEqual([]);
    const before = core.units.list().length;
    const r = await core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false });
    expect(r).toMatchObject({ ok: true, inserted: 4, unitsCreated: 0 });
    expect(core.units.list().length).toBe(before);
    const unitOf = (nip: string) => core.pegawai.list({ text: nip, unitKerjaId: null, status: null, golongan: null, jenisJabatan: null, aktif: 'semua', sort: 'nama', desc: false, offset: 0, limit: 5 }).rows[0]!.unitKerjaId;
    expect(unitOf('198503122010011004')).toBe(bkpsdm.id);
    expect(unitOf('199002022015032001')).toBe(rsud.id);
    expect(unitOf('198706152011011002')).toBe(dik.id);
    expect(unitOf('198001012005011003')).toBe(dik.id);
  });

  it('a misspelled unit is proposed with the closest existing unit, never created silently; the confirmed alias is remembered', async () => {
    const core = makeCore();
    const dinas = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const file = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'Dinas Pendidkan']]);
    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits).toHaveLength(1);
    const proposal = p.newUnits[0]!;
    expect(proposal).toMatchObject({ nama: 'Dinas Pendidkan', parentLabel: null, rows: 1, firstRow: 2, suggestedId: dinas.id });
    expect(proposal.candidates[0]).toMatchObject({ id: dinas.id, label: 'Dinas Pendidikan' });

    // without a decision nothing is written at all
    await expect(core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false })).rejects.toMatchObject({ code: 'UNIT_BELUM_DITINJAU' });
    expect(core.pegawai.list({ text: '', unitKerjaId: null, status: null, golongan: null, jenisJabatan: null, aktif: 'semua', sort: 'nama', desc: false, offset: 0, limit: 5 }).total).toBe(0);

    const r = await core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false, units: { [proposal.key]: { pakai: dinas.id } } });
    expect(r).toMatchObject({ ok: true, inserted: 1, unitsCreated: 0, aliasesSaved: 1 });
    expect(core.units.list()).toHaveLength(1);

    // the next sheet with the same spelling goes to the same unit without asking
    const next = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['199002022015032001', 'Siti Aminah', 'DINAS PENDIDKAN']]);
    expect((await core.impor.preview(at(next), null)).newUnits).toEqual([]);
  });

  it('creates a proposed unit only when chosen, under its perangkat daerah', async () => {
    const core = makeCore();
    const top = core.units.create({ nama: 'Dinas Kesehatan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const file = await sheet(['NIP', 'NAMA', 'UNOR NAMA', 'UNOR INDUK NAMA'], [['198503122010011004', 'Budi Santoso', 'Puskesmas Sukamaju', 'DINKES']]);
    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits.map((u) => [u.nama, u.parentLabel])).toEqual([['Puskesmas Sukamaju', 'Dinas Kesehatan']]);
    const r = await core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false, units: { [p.newUnits[0]!.key]: { buat: true } } });
    expect(r).toMatchObject({ ok: true, unitsCreated: 1 });
    const created = core.units.list().find((u) => u.nama === 'Puskesmas Sukamaju')!;
    expect(created).toMatchObject({ parentId: top.id, jenis: 'UPT' });
  });

  it('a merged unit keeps its name as an alias of the unit it was merged into', async () => {
    const core = makeCore();
    const real = core.units.create({ nama: 'Sekretariat Daerah', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const dup = core.units.create({ nama: 'Kantor Bupati', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    core.units.merge(dup.id, real.id);
    const file = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'Kantor Bupati']]);
    expect((await core.impor.preview(at(file), null)).newUnits).toEqual([]);
  });
});

describe('impor: batas isian dan pesan', () => {
  it('refuses a name longer than the form accepts, with row and column', async () => {
    const core = makeCore();
    const file = await sheet(['NIP', 'NAMA'], [['198503122010011004', 'A'.repeat(300)]]);
    const p = await core.impor.preview(at(file), null);
    expect(p.invalidRows).toBe(1);
    expect(p.issues[0]).toMatchObject({ row: 2, column: 'B' });
    expect(p.issues[0]!.message).toMatch(/Nama paling banyak 200 karakter.*300 karakter/);
  });

  it('reports a 17-digit NIP as a NIP one digit short, not as a bad NIK', async () => {
    const core = makeCore();
    const file = await sheet(['NIP', 'NAMA'], [['19850312201001100', 'Budi Santoso']]);
    const p = await core.impor.preview(at(file), null);
    expect(p.issues[0]!.message).toMatch(/NIP harus 18 digit.*17 digit \(kurang satu digit\)/);
    expect(p.issues[0]!.message).not.toMatch(/NIK/);
  });

  it('recognises "Nama Lengkap Pegawai" and its kin as the name column, but not "Nama Jabatan"', async () => {
    const core = makeCore();
    for (const h of ['Nama Lengkap Pegawai', 'NAMA PNS BESERTA GELAR', 'Nama ASN']) {
      const file = await sheet(['NIP', h, 'Nama Jabatan'], [['198503122010011004', 'Budi Santoso', 'Analis']]);
      const p = await core.impor.preview(at(file), null);
      expect(p.missingFields, h).toEqual([]);
      expect(p.mapping.nama, h).toBe(1);
      expect(p.mapping.jabatan, h).toBe(2);
    }
  });

  it('a CSV row split into more fields than the header is an error with its row, not data', async () => {
    const core = makeCore();
    const dir = tempDir();
    const file = path.join(dir, 'pegawai.csv');
    fs.writeFileSync(file, 'NIP;NAMA;JABATAN\n198503122010011004;Budi Santoso;Analis\n199002022015032001;Siti; Aminah;Kepala Bidang\n');
    const p = await core.impor.preview(at(file), null);
    expect(p.validRows).toBe(1);
    expect(p.issues).toHaveLength(1);
    expect(p.issues[0]).toMatchObject({ row: 3, column: 'D' });
    expect(p.issues[0]!.message).toMatch(/4 isian, lebih banyak dari 3 judul kolom/);
  });
});

describe('impor: baris yang ditolak kembali ke petugas', () => {
  it('writes the rejected rows with their original cells and a column of problems, and that file imports once fixed', async () => {
    const core = makeCore();
    const file = await sheet(
      ['NIP', 'NAMA', 'TGL LAHIR'],
      [
        ['198503122010011004', 'Budi Santoso', '12-03-1985'],
        ['199002022015032001', '=HYPERLINK("http://x")', '31-02-1990'],
        ['19870615201101100', 'Agus Salim', null],
      ],
    );
    const out = path.join(tempDir(), 'ditolak.xlsx');
    const n = await core.impor.rejectedRows(at(file), null, out);
    expect(n).toBe(2);
    const grid = await readGrid(out);
    expect(grid.rows[0]!.cells).toEqual(['NIP', 'NAMA', 'TGL LAHIR', KOLOM_MASALAH]);
    expect(grid.rows.slice(1).map((r) => r.cells.slice(0, 3))).toEqual([
      ['199002022015032001', '=HYPERLINK("http://x")', '31-02-1990'],
      ['19870615201101100', 'Agus Salim', null],
    ]);
    expect(String(grid.rows[1]!.cells[3])).toMatch(/Kolom C \(TGL LAHIR\): Tanggal lahir "31-02-1990" tidak dikenali/);
    expect(String(grid.rows[2]!.cells[3])).toMatch(/Kolom A \(NIP\).*17 digit/);
    // the formula-like name stays text in the file (an xlsx cell of type string, not a formula)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.worksheets[0]!.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('singkatan dan nama lain sebagai data yang dapat diubah', () => {
  it("the clerk's own abbreviation is used by the next import; a bad list is refused whole, naming the row", async () => {
    const core = makeCore();
    const dpk = core.units.create({ nama: 'Dinas Perikanan dan Kelautan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const file = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'DPK']]);
    expect((await core.impor.preview(at(file), null)).newUnits.map((u) => u.nama)).toEqual(['DPK']);

    const before = core.unitAlias.singkatan();
    const bad = [{ singkatan: 'DPK', kepanjangan: 'Dinas Perikanan dan Kelautan' }, { singkatan: 'dpk', kepanjangan: 'Lain' }];
    const err = (() => {
      try {
        core.unitAlias.saveSingkatan(bad);
      } catch (e) {
        return e as { code: string; fields: { field: string }[] };
      }
      throw new Error('tidak ada galat');
    })();
    expect(err.code).toBe('VALIDASI');
    expect(err.fields.map((f) => f.field)).toEqual(['daftar.1.singkatan']);
    expect(core.unitAlias.singkatan()).toEqual(before);

    core.unitAlias.saveSingkatan([...before, { singkatan: 'DPK', kepanjangan: 'Dinas Perikanan dan Kelautan' }]);
    expect(core.unitAlias.singkatan().find((s) => s.singkatan === 'DPK')).toMatchObject({ bawaan: false });
    expect(core.unitAlias.singkatan().find((s) => s.singkatan === 'RSUD')).toMatchObject({ bawaan: true });
    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits).toEqual([]);
    expect(p.sample[0]!.unitTujuan).toBe(dpk.nama);
  });

  it('a forgotten alias is proposed again on the next import', async () => {
    const core = makeCore();
    const dinas = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const file = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'Kantor Dikbud Lama']]);
    const key = (await core.impor.preview(at(file), null)).newUnits[0]!.key;
    await core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false, units: { [key]: { pakai: dinas.id } } });
    const [alias] = core.unitAlias.aliases();
    expect(alias).toMatchObject({ nama: 'Kantor Dikbud Lama', unitNama: 'Dinas Pendidikan' });
    core.unitAlias.forget(alias!.kunci);
    // Budi is registered now: without update his row writes nothing, so no unit is proposed for it
    expect((await core.impor.preview(at(file), null)).newUnits).toEqual([]);
    expect((await core.impor.preview(at(file), null, { update: true })).newUnits.map((u) => u.nama)).toEqual(['Kantor Dikbud Lama']);
  });
});

describe('impor: rumus tanpa nilai', () => {
  it('a formula cell without a cached value is reported as a formula in its column, not as an empty name', async () => {
    const core = makeCore();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['NIP', 'NAMA', 'JABATAN']);
    ws.addRow(['198503122010011004', 'Budi Santoso', 'Analis']);
    ws.addRow(['199002022015032001', null, 'Kepala Bidang']);
    ws.getCell('B3').value = { formula: 'PROPER(D3)' } as ExcelJS.CellFormulaValue;
    ws.addRow([null, null, null]);
    ws.getCell('B4').value = { formula: 'D4&E4' } as ExcelJS.CellFormulaValue;
    const file = path.join(tempDir(), 'rumus.xlsx');
    await wb.xlsx.writeFile(file);
    const p = await core.impor.preview(at(file), null);
    expect(p.validRows).toBe(1);
    expect(p.issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'B'],
      [4, 'B'],
    ]);
    expect(p.issues[0]!.message).toMatch(/^Isi sel berupa rumus \(=PROPER\(D3\)\) tanpa nilai tersimpan.*salin sebagai nilai/);
    expect(p.issues.some((i) => /Nama wajib diisi/.test(i.message))).toBe(false);
  });
});

describe('impor: temuan penguji', () => {
  it('an update that would leave a record the form refuses (Non-ASN with a golongan) is a row problem, not a write', async () => {
    const core = makeCore();
    const budi = core.pegawai.create(pns());
    const file = await sheet(['NIP', 'NAMA', 'STATUS'], [['198503122010011004', 'Budi Santoso', 'Honorer']]);
    const plain = await core.impor.preview(at(file), null);
    expect(plain.invalidRows).toBe(0);
    const p = await core.impor.preview(at(file), null, { update: true });
    expect(p.invalidRows).toBe(1);
    expect(p.issues[0]).toMatchObject({ row: 2, column: 'C' });
    expect(p.issues[0]!.message).toMatch(/Non-ASN.*golongan III\/b/);
    const r = await core.impor.commit(at(file), { mapping: null, update: true, skipInvalid: false });
    expect(r.ok).toBe(false);
    expect(core.pegawai.get(budi.id)).toMatchObject({ status: 'PNS', golongan: 'III/b' });
  });

  it('a honorer registered without an identifier is found by name and birth date when the sheet adds the NIK, and the NIK fills the empty field', async () => {
    const core = makeCore();
    const rina = core.pegawai.create(pns({ nip: null, jenisIdentitas: 'LAINNYA', status: 'NON_ASN', golongan: null, nama: 'Rina Marlina', tanggalLahir: '1992-04-05', jenisKelamin: 'P' }));
    const file = await sheet(['NIK', 'NAMA', 'TGL LAHIR', 'STATUS'], [['3201014504920003', 'Rina Marlina', '05-04-1992', 'Honorer']]);
    const p = await core.impor.preview(at(file), null, { update: true });
    expect(p).toMatchObject({ newCount: 0, existingCount: 1 });
    expect(p.changes.rows[0]!.changes).toEqual([{ field: 'nip', old: '', new: '3201014504920003' }]);
    const r = await core.impor.commit(at(file), { mapping: null, update: true, skipInvalid: false });
    expect(r).toMatchObject({ ok: true, inserted: 0, updated: 1 });
    expect(core.pegawai.get(rina.id)).toMatchObject({ nip: '3201014504920003', jenisIdentitas: 'NIK' });
    expect(core.pegawai.list({ text: '', unitKerjaId: null, status: null, golongan: null, jenisJabatan: null, aktif: 'semua', sort: 'nama', desc: false, offset: 0, limit: 5 }).total).toBe(1);
  });

  it('a stored identifier is never replaced by an update', async () => {
    const core = makeCore();
    const budi = core.pegawai.create(pns({ nip: null, jenisIdentitas: 'LAINNYA', status: 'NON_ASN', golongan: null }));
    core.pegawai.update(budi.id, { ...pns({ status: 'NON_ASN', golongan: null, jenisIdentitas: 'NIK', nip: '3201011203850001' }) });
    const file = await sheet(['NIK', 'NAMA', 'TGL LAHIR', 'STATUS'], [['3201011203850009', 'Budi Santoso', '12-03-1985', 'Honorer']]);
    const p = await core.impor.preview(at(file), null, { update: true });
    // a different NIK is another person: not matched by name, not written over the stored NIK
    expect(p.newCount).toBe(1);
    expect(core.pegawai.get(budi.id)!.nip).toBe('3201011203850001');
  });

  it('creates no unit that no written row uses', async () => {
    const core = makeCore();
    core.pegawai.create(pns());
    const file = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'Unit Yang Tidak Dipakai']]);
    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits).toEqual([]);
    const r = await core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false, createUnits: true });
    expect(r).toMatchObject({ ok: true, unitsCreated: 0, skipped: 1 });
    const off = await core.impor.commit(at(file), { mapping: null, update: true, skipInvalid: false, createUnits: true, fieldsOff: ['unitKerja'] });
    expect(off.unitsCreated).toBe(0);
    expect(core.units.list()).toEqual([]);
  });
});

describe('impor: jumlah baris per unit baru', () => {
  it('counts only rows that will land in a proposed unit (or below it), not rows that are skipped or rejected', async () => {
    const core = makeCore();
    core.pegawai.create(pns());
    const file = await sheet(
      ['NIP', 'NAMA', 'UNOR NAMA', 'UNOR INDUK NAMA'],
      [
        ['198503122010011004', 'Budi Santoso', 'Bidang Baru', 'Dinas Baru'], // registered: skipped without update
        ['199002022015032001', 'Siti Aminah', 'Bidang Baru', 'Dinas Baru'],
        ['198706152011011002', 'Agus Salim', 'Dinas Baru', 'Dinas Baru'],
        ['19870615201101100', 'NIP Salah', 'Bidang Baru', 'Dinas Baru'], // rejected
      ],
    );
    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits.map((u) => [u.nama, u.rows, u.firstRow])).toEqual([
      ['Dinas Baru', 2, 3],
      ['Bidang Baru', 1, 3],
    ]);
  });
});
