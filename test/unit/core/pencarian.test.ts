import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PegawaiRepository } from '../../../electron/core/db/repositories/pegawai';
import { openDatabase } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import type { Core } from '../../../electron/core/core';
import { generateDemoData } from '../../../electron/core/demo/generate';
import { writePegawaiXlsx } from '../../../electron/core/sheets/write';
import { PegawaiQuerySchema, SORT_FIELDS } from '../../../shared/contract/schemas';
import type { PegawaiInput } from '../../../shared/domain/pegawai';
import { makeCore, pns, tempDir } from '../../helpers/core';

const q = (over: Record<string, unknown> = {}) => PegawaiQuerySchema.parse({ aktif: 'semua', ...over });
const unit = (nama: string, parentId: number | null = null, singkatan: string | null = null) =>
  ({ nama, singkatan, jenis: parentId === null ? 'PERANGKAT_DAERAH' : 'BIDANG', parentId }) as const;

/** Non-ASN staff differ by name only, so a test can add many without NIP rules. */
const nonAsn = (nama: string, over: Partial<PegawaiInput> = {}): PegawaiInput =>
  pns({ nip: null, jenisIdentitas: 'LAINNYA', status: 'NON_ASN', golongan: null, gelarBelakang: null, nama, tanggalLahir: null, ...over });

/** Every (term, staff, column) of the search index, so two indexes can be compared exactly. */
function ftsContent(core: Core): string[] {
  core.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_isi USING fts5vocab(main, pegawai_fts, instance)`);
  return (core.db.prepare(`SELECT term, doc, col FROM temp.fts_isi ORDER BY doc, col, term`).all() as { term: string; doc: number; col: string }[]).map(
    (r) => `${r.doc} ${r.col} ${r.term}`,
  );
}

const switchState = (core: Core) => core.db.prepare(`SELECT (SELECT COUNT(*) FROM fts_tunda) + (SELECT COUNT(*) FROM fts_antre)`).pluck().get();

describe('pencarian pegawai', () => {
  it('matches word prefixes, ignores diacritics both ways and joins a NIP typed with spaces or dots', () => {
    const core = makeCore();
    core.pegawai.create(nonAsn('José Ramos Hörta'));
    core.pegawai.create(nonAsn('Andre Muller'));
    core.pegawai.create(pns({ nip: '199002022015032001', nama: 'Siti Aminah', jenisKelamin: 'P', tanggalLahir: '1990-02-02' }));
    const names = (text: string) => core.pegawai.list(q({ text })).rows.map((r) => r.nama);
    expect(names('jose')).toEqual(['José Ramos Hörta']);
    expect(names('ram hor')).toEqual(['José Ramos Hörta']);
    expect(names('müller')).toEqual(['Andre Muller']);
    expect(names('s')).toEqual(['Siti Aminah']);
    expect(names('sit ami')).toEqual(['Siti Aminah']);
    expect(names('siti budi')).toEqual([]);
    expect(names('19900202 2015')).toEqual(['Siti Aminah']);
    expect(names('1990.0202.2015')).toEqual(['Siti Aminah']);
    expect(names('2015')).toEqual([]); // a NIP matches from its start
  });

  it('a unit, any unit above it, or its abbreviation finds the staff below it, also after a rename or a move', () => {
    const core = makeCore();
    const dinas = core.units.create(unit('Dinas Pendidikan', null, 'Disdik'));
    const bidang = core.units.create(unit('Bidang Pembinaan SD', dinas.id));
    const sekolah = core.units.create(unit('SD Negeri 1 Sukamaju', bidang.id));
    const lain = core.units.create(unit('Dinas Kesehatan', null, 'Dinkes'));
    core.pegawai.create(nonAsn('Guru Satu', { unitKerjaId: sekolah.id }));
    core.pegawai.create(nonAsn('Perawat Dua', { unitKerjaId: lain.id }));
    const names = (text: string) => core.pegawai.list(q({ text })).rows.map((r) => r.nama);
    expect(names('dinas pendidikan')).toEqual(['Guru Satu']); // two levels up
    expect(names('disdik')).toEqual(['Guru Satu']);
    expect(names('pembinaan')).toEqual(['Guru Satu']);
    expect(names('dinkes')).toEqual(['Perawat Dua']);

    core.units.update(dinas.id, unit('Dinas Pendidikan dan Kebudayaan', null, 'Disdikbud'));
    expect(names('kebudayaan')).toEqual(['Guru Satu']);
    expect(names('disdikbud')).toEqual(['Guru Satu']);
    expect(names('disdik')).toEqual(['Guru Satu']); // a prefix of the new abbreviation

    core.units.update(bidang.id, unit('Bidang Pembinaan SD', lain.id)); // moved with its school
    expect(names('kebudayaan')).toEqual([]);
    expect(names('dinkes')).toEqual(['Guru Satu', 'Perawat Dua']);
    expect(core.pegawai.list(q({ unitKerjaId: lain.id })).total).toBe(2);
  });

  it('counts and lists active, inactive or all staff, also while searching', () => {
    const core = makeCore();
    const a = core.pegawai.create(nonAsn('Sari Aktif'));
    const b = core.pegawai.create(nonAsn('Sari Nonaktif'));
    core.pegawai.create(nonAsn('Bambang Nonaktif'));
    const c = core.pegawai.create(nonAsn('Dewi Lestari'));
    core.pegawai.setAktif(b.id, false);
    core.pegawai.setAktif(c.id, false);
    const page = (aktif: string, text = 'sari') => core.pegawai.list(q({ text, aktif }));
    expect(page('aktif')).toMatchObject({ total: 1, rows: [{ id: a.id }] });
    expect(page('nonaktif')).toMatchObject({ total: 1, rows: [{ id: b.id }] });
    expect(page('semua').total).toBe(2);
    // the typed word matches names only, never the index's own marker of inactive staff
    expect(page('semua', 'nonaktif').rows.map((r) => r.nama)).toEqual(['Bambang Nonaktif', 'Sari Nonaktif']);
    expect(page('aktif', 'nonaktif').rows.map((r) => r.nama)).toEqual(['Bambang Nonaktif']);
    expect(page('nonaktif', 'dewi').total).toBe(1);
    core.pegawai.setAktif(b.id, true);
    expect(page('aktif').total).toBe(2);
    expect(page('nonaktif').total).toBe(0);
  });

  it('the status, jenis jabatan and unit filters follow every edit', () => {
    const core = makeCore();
    const dinas = core.units.create(unit('Dinas Sosial'));
    const bidang = core.units.create(unit('Bidang Rehabilitasi', dinas.id));
    const lain = core.units.create(unit('Dinas Perhubungan'));
    const p = core.pegawai.create(nonAsn('Rina Wati', { unitKerjaId: bidang.id, jenisJabatan: 'PELAKSANA' }));
    const ids = (over: Record<string, unknown>) => core.pegawai.list(q(over)).rows.map((r) => r.id);
    expect(ids({ status: 'NON_ASN', jenisJabatan: 'PELAKSANA', unitKerjaId: dinas.id })).toEqual([p.id]);
    expect(ids({ status: 'PPPK' })).toEqual([]);
    core.pegawai.update(p.id, { ...nonAsn('Rina Wati', { unitKerjaId: lain.id, jenisJabatan: 'FUNGSIONAL' }), status: 'PPPK_PARUH_WAKTU', jenisIdentitas: 'NIK', nip: '3201234567890001' });
    expect(ids({ status: 'PPPK_PARUH_WAKTU', jenisJabatan: 'FUNGSIONAL', unitKerjaId: lain.id, text: 'rina' })).toEqual([p.id]);
    expect(ids({ status: 'NON_ASN' })).toEqual([]);
    expect(ids({ jenisJabatan: 'PELAKSANA' })).toEqual([]);
    expect(ids({ unitKerjaId: dinas.id })).toEqual([]);
    core.units.update(lain.id, unit('Dinas Perhubungan', dinas.id)); // its staff now count under Dinas Sosial
    expect(ids({ unitKerjaId: dinas.id, aktif: 'aktif' })).toEqual([p.id]);
    expect(core.pegawai.list(q({ unitKerjaId: 999 })).total).toBe(0);
  });

  it('every sort, direction, filter and page gives the rows a plain query gives', () => {
    const core = makeCore();
    core.demo.load({ pegawai: 400, seed: 7 });
    // some staff without a unit, sorted first by unit ascending and last descending
    core.db.exec(`UPDATE pegawai SET unit_kerja_id = NULL WHERE id % 37 = 0`);
    core.db.exec(`UPDATE pegawai SET aktif = 0 WHERE id % 3 = 0`);
    const units = core.units.list();
    const top = units.find((u) => u.parentId === null && units.some((c) => c.parentId === u.id))!;
    const key: Record<string, string> = {
      nama: 'p.nama COLLATE NOCASE', nip: 'p.nip', golongan: 'p.golongan_urutan', jabatan: 'p.jabatan COLLATE NOCASE',
      unit: 'u.nama COLLATE NOCASE, u.id', status: 'p.status', diubah: 'p.updated_at',
    };
    const reference = (text: string, sort: string, desc: boolean, extra: string) => {
      const dir = desc ? 'DESC' : 'ASC';
      const terms = text ? `AND p.id IN (SELECT rowid FROM pegawai_fts WHERE pegawai_fts MATCH '{nama nip jabatan unit} : ("${text}"*)')` : '';
      return core.db
        .prepare(
          `SELECT p.id FROM pegawai p LEFT JOIN unit_kerja u ON u.id = p.unit_kerja_id WHERE 1 ${terms} ${extra}
           ORDER BY ${key[sort]!.split(', ').map((k) => `${k} ${dir}`).join(', ')}, p.id ${dir}`,
        )
        .pluck()
        .all() as number[];
    };
    const filters: [Record<string, unknown>, string][] = [
      [{}, ''],
      [{ aktif: 'aktif' }, 'AND p.aktif = 1'],
      [{ status: 'PNS' }, `AND p.status = 'PNS'`],
      [{ unitKerjaId: top.id }, `AND (p.unit_kerja_id = ${top.id} OR p.unit_kerja_id IN (SELECT id FROM unit_kerja WHERE parent_id = ${top.id}))`],
      [{ aktif: 'aktif', golongan: 'III/a' }, `AND p.aktif = 1 AND p.golongan = 'III/a'`],
      [{ aktif: 'nonaktif', jenisJabatan: 'FUNGSIONAL', unitKerjaId: top.id }, `AND p.aktif = 0 AND p.jenis_jabatan = 'FUNGSIONAL' AND (p.unit_kerja_id = ${top.id} OR p.unit_kerja_id IN (SELECT id FROM unit_kerja WHERE parent_id = ${top.id}))`],
    ];
    let checked = 0;
    for (const sort of SORT_FIELDS)
      for (const desc of [false, true])
        for (const text of ['', 's', 'dinas'])
          for (const [filter, extra] of filters) {
            const all = reference(text, sort, desc, extra);
            // small and large pages, near and far: both page plans get their turn
            for (const [offset, limit] of [[0, 5], [0, 200], [Math.floor(all.length / 2), 7], [Math.max(0, all.length - 3), 10]] as const) {
              const got = core.pegawai.list(q({ text, sort, desc, offset, limit, ...filter }));
              expect(got.total, `${sort} ${desc} "${text}" ${extra}`).toBe(all.length);
              expect(got.rows.map((r) => r.id), `${sort} ${desc} "${text}" ${extra} ${offset}`).toEqual(all.slice(offset, offset + limit));
              checked++;
            }
          }
    expect(checked).toBe(SORT_FIELDS.length * 2 * 3 * filters.length * 4);
    // the export reads the same order without paging
    for (const sort of SORT_FIELDS)
      for (const desc of [false, true])
        for (const text of ['', 's'])
          expect([...core.pegawai.iterate(q({ text, sort, desc }))].map((p) => p.id), `${sort} ${desc} "${text}"`).toEqual(reference(text, sort, desc, ''));
  });

  it('finds staff added before the search index was rebuilt (migration 4 on an older database)', () => {
    const dir = tempDir();
    const old = openDatabase(dir, MIGRATIONS.filter((m) => m.version < 4));
    old.exec(`INSERT INTO unit_kerja (id, nama, singkatan, jenis, parent_id, created_at, updated_at) VALUES
      (1, 'Badan Kepegawaian', 'BKPSDM', 'PERANGKAT_DAERAH', NULL, '', ''), (2, 'Bidang Mutasi', NULL, 'BIDANG', 1, '', '')`);
    old.exec(`INSERT INTO pegawai (nip, jenis_identitas, nama, status, unit_kerja_id, aktif, created_at, updated_at) VALUES
      ('198503122010011004', 'NIP', 'Budi Santoso', 'PNS', 2, 1, '', ''), (NULL, 'LAINNYA', 'Sari Dewi', 'NON_ASN', NULL, 0, '', '')`);
    old.close();
    const core = makeCore(dir);
    const ids = (over: Record<string, unknown>) => core.pegawai.list(q(over)).rows.map((r) => r.nama);
    expect(ids({ text: 'bkpsdm' })).toEqual(['Budi Santoso']);
    expect(ids({ text: '19850312' })).toEqual(['Budi Santoso']);
    expect(ids({ text: 'sari', aktif: 'nonaktif' })).toEqual(['Sari Dewi']);
    expect(ids({ text: 'sari', aktif: 'aktif' })).toEqual([]);
  });
});

describe('indeks pencarian ditulis massal', () => {
  /** The same 300 demo staff written one by one and in bulk, then partly and then mostly rewritten. */
  function writeBoth() {
    const data = generateDemoData({ pegawai: 300, seed: 11 });
    const cores = [makeCore(), makeCore()] as const;
    for (const [i, core] of cores.entries()) {
      const repo = new PegawaiRepository(core.db);
      const ids = new Map<string, number>();
      for (const u of data.units) ids.set(u.nama, core.units.create({ nama: u.nama, singkatan: u.singkatan, jenis: u.jenis, parentId: u.induk ? ids.get(u.induk)! : null }).id);
      const rows = data.pegawai.map(({ unitKerjaNama, unitIndukNama: _i, ...p }) => ({ ...p, unitKerjaId: unitKerjaNama ? ids.get(unitKerjaNama)! : null }));
      const write = () => {
        for (const r of rows) repo.insert(r);
        // updates of rows written in the same batch and of rows indexed before it
        for (let id = 1; id <= 300; id += 3) repo.update(id, { ...rows[id - 1]!, nama: `${rows[id - 1]!.nama} Baru`, aktif: id % 2 === 0 });
      };
      const rewrite = () => {
        for (let id = 2; id <= 300; id += 5) repo.update(id, { ...rows[id - 1]!, jabatan: 'Pranata Komputer', unitKerjaId: rows[(id * 7) % 300]!.unitKerjaId });
        core.db.prepare(`DELETE FROM pegawai WHERE id IN (4, 5, 6)`).run();
      };
      // most rows rewritten: the bulk flush rebuilds the index whole
      const rewriteMost = () => {
        for (let id = 7; id <= 230; id++) repo.update(id, { ...rows[id - 1]!, gelarDepan: 'Drs.', aktif: id % 3 !== 0 });
      };
      for (const batch of [write, rewrite, rewriteMost]) core.db.transaction(() => (i === 0 ? batch() : repo.bulkWrite(batch)))();
    }
    return cores;
  }

  it('indexes every row exactly as row-by-row writing does', () => {
    const [rowByRow, bulk] = writeBoth();
    const content = ftsContent(bulk);
    expect(content.length).toBeGreaterThan(300 * 5);
    expect(content).toEqual(ftsContent(rowByRow));
    expect(switchState(bulk)).toBe(0);
    bulk.db.exec(`INSERT INTO pegawai_fts (pegawai_fts) VALUES ('integrity-check')`);
    // and the triggers index single edits again
    bulk.pegawai.create(nonAsn('Zulkarnaen Terakhir'));
    expect(bulk.pegawai.list(q({ text: 'zulkar' })).total).toBe(1);
  });

  it('a rolled-back bulk write leaves the index and the switch as they were', () => {
    const core = makeCore();
    const repo = new PegawaiRepository(core.db);
    const kept = core.pegawai.create(nonAsn('Sudah Ada'));
    const before = ftsContent(core);
    expect(() =>
      core.db.transaction(() =>
        repo.bulkWrite(() => {
          repo.insert(nonAsn('Tidak Jadi'));
          repo.update(kept.id, nonAsn('Diganti Nama'));
          throw new Error('listrik padam');
        }),
      )(),
    ).toThrow('listrik padam');
    expect(ftsContent(core)).toEqual(before);
    expect(switchState(core)).toBe(0);
    expect(core.pegawai.list(q({ text: 'sudah' })).total).toBe(1);
    core.pegawai.create(nonAsn('Setelahnya'));
    expect(core.pegawai.list(q({ text: 'setelah' })).total).toBe(1);
  });

  it('a process killed in the middle of a bulk write leaves the index whole and the triggers on', () => {
    const dir = tempDir();
    const core = makeCore(dir);
    core.pegawai.create(nonAsn('Sudah Ada'));
    const before = ftsContent(core);
    core.close();
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('../../helpers/fts-crash-worker.mjs', import.meta.url)), dir], { encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(child.stdout).toBe('mati\n');
    expect(fs.statSync(path.join(dir, 'netra.sqlite-wal')).size).toBeGreaterThan(100_000); // it had written
    const again = makeCore(dir);
    expect(switchState(again)).toBe(0);
    expect(again.pegawai.list(q()).rows.map((r) => r.nama)).toEqual(['Sudah Ada']);
    expect(ftsContent(again)).toEqual(before);
    again.pegawai.create(nonAsn('Sesudah Padam'));
    expect(again.pegawai.list(q({ text: 'padam' })).total).toBe(1);
  });

  it('a caller that catches the error and commits still gets what it wrote indexed', () => {
    const core = makeCore();
    const repo = new PegawaiRepository(core.db);
    core.db.transaction(() => {
      try {
        repo.bulkWrite(() => {
          repo.insert(nonAsn('Tetap Tersimpan'));
          throw new Error('baris berikutnya rusak');
        });
      } catch {
        // the caller decides to keep what was written
      }
    })();
    expect(core.pegawai.list(q({ text: 'tetap' })).total).toBe(1);
    expect(switchState(core)).toBe(0);
  });

  it('the switch can never be committed, and bulkWrite refuses to run outside a transaction', () => {
    const core = makeCore();
    expect(() =>
      core.db.transaction(() => {
        core.db.prepare(`INSERT INTO fts_tunda (id) VALUES (1)`).run();
        core.pegawai.create(nonAsn('Tanpa Indeks'));
      })(),
    ).toThrow(/FOREIGN KEY/);
    expect(switchState(core)).toBe(0);
    expect(core.pegawai.list(q()).total).toBe(0);
    expect(() => new PegawaiRepository(core.db).bulkWrite(() => 1)).toThrow(/di dalam db.transaction/);
  });

  it('an import, the demo data and a unit merge defer their index writes and find every row', async () => {
    const core = makeCore();
    // records every id queued for the bulk flush (a temp trigger lives only on this connection)
    core.db.exec(`CREATE TEMP TABLE antre_log (id INTEGER); CREATE TEMP TRIGGER antre_log AFTER INSERT ON main.fts_antre BEGIN INSERT INTO antre_log VALUES (new.id); END`);
    const queued = () => core.db.prepare(`SELECT COUNT(*) FROM antre_log`).pluck().get() as number;

    core.demo.load({ pegawai: 40, seed: 3 });
    expect(queued()).toBe(40);
    const file = path.join(tempDir(), 'impor.xlsx');
    const data = generateDemoData({ pegawai: 25, seed: 99 }).pegawai.map((p, i) => ({ ...p, id: i + 1, unitKerjaId: null, createdAt: '', updatedAt: '' }));
    await writePegawaiXlsx(file, data, { title: ['DAFTAR PEGAWAI'] });
    const report = await core.impor.commit({ path: file, label: 'impor.xlsx' }, { mapping: null, update: false, skipInvalid: false });
    expect(report.inserted).toBe(25);
    expect(queued()).toBe(65);
    for (const p of data) expect(core.pegawai.list(q({ text: p.nip ?? p.nama })).rows.map((r) => r.nama)).toContain(p.nama);

    const lama = core.units.create(unit('Kantor Lama Sekali'));
    const baru = core.units.create(unit('Kantor Baru Sekali'));
    for (const n of ['Satu', 'Dua', 'Tiga']) core.pegawai.create(nonAsn(`Pegawai ${n}`, { unitKerjaId: lama.id }));
    expect(queued()).toBe(65); // single edits are indexed at once
    core.units.merge(lama.id, baru.id);
    expect(queued()).toBe(68);
    expect(core.pegawai.list(q({ text: 'kantor baru sekali' })).total).toBe(3);
    expect(core.pegawai.list(q({ text: 'kantor lama' })).total).toBe(0);
    expect(switchState(core)).toBe(0);
  });
});
