import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns, tempDir } from '../../helpers/core';
import { writeSheet, type SheetCell } from '../../helpers/sheets';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

const HEADERS = ['Nomor Rekomendasi', 'Tanggal Rekomendasi', 'Tanggal Kejadian', 'Nama', 'NIP', 'Jabatan', 'Instansi/Unit Kerja', 'Jenis/Dugaan Pelanggaran'];
const CALC = "=cmd|' /C calc'!A0";

function setup() {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-11-10T02:00:00Z') });
  const u = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso', unitKerjaId: u.id }));
  return core;
}

function tanpaRumus(file: string): string {
  const parts = unzipSync(fs.readFileSync(file));
  const xml = Object.entries(parts)
    .filter(([n]) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(n))
    .map(([n, b]) => {
      if (n.includes('worksheets')) expect(strFromU8(b), n).not.toMatch(/<f[\s>]/);
      return strFromU8(b);
    })
    .join('');
  return xml;
}

describe('adversarial: recommendation lists that lie', () => {
  it('impossible dates are row problems, never a shifted date', async () => {
    const core = setup();
    const rows: SheetCell[][] = [
      ['001/2026', '31/02/2026', '20/10/2026', 'Budi Santoso', '198503122010011004', 'Guru', 'Dinas Pendidikan', 'Kampanye'],
      ['002/2026', '30/10/2026', '2026-13-01', 'Budi Santoso', '198503122010011004', 'Guru', 'Dinas Pendidikan', 'Kampanye'],
      ['003/2026', '30/10/2026', '29/02/2026', 'Budi Santoso', '198503122010011004', 'Guru', 'Dinas Pendidikan', 'Kampanye'],
    ];
    const token = core.files.register(await writeSheet('tanggal.xlsx', HEADERS, rows));
    const p = await call(core, 'kasus.impor.pratinjau', { file: token });
    expect(p.invalidRows).toBe(3);
    // none of them becomes a case, even when the invalid rows are skipped
    const r = await call(core, 'kasus.impor.terapkan', { file: token, kunci: p.kunci, skipInvalid: true });
    expect(r.kasusDibuat).toBe(0);
    expect(core.db.prepare('SELECT COUNT(*) FROM kasus').pluck().get()).toBe(0);
    core.close();
  });

  it('a formula in a category or name lands as text in the recap workbook', async () => {
    const core = setup();
    const rows: SheetCell[][] = [['001/2026', '30/10/2026', '20/10/2026', CALC, null, 'Guru', '=HYPERLINK("http://x","y")', CALC]];
    const token = core.files.register(await writeSheet('rumus.xlsx', HEADERS, rows));
    const kep = { orang: { '2': { belumDikenal: true as const } }, aturan: {} };
    const p = await call(core, 'kasus.impor.pratinjau', { file: token, keputusan: kep });
    expect(p.invalidRows).toBe(0);
    const r = await call(core, 'kasus.impor.terapkan', { file: token, keputusan: kep, kunci: p.kunci });
    expect(r.kasusDibuat).toBe(1);
    for (const menurut of ['kategori', 'unit', 'pelanggaran', 'tahap', 'sanksi'] as const) {
      const x = await call(core, 'kasus.rekap.ekspor', { menurut });
      const xml = tanpaRumus(core.files.resolve(x.file).path);
      if (menurut === 'kategori') expect(xml).toContain('=cmd|');
    }
    core.close();
  });

  it('the same recommendation imported twice is not registered twice', async () => {
    const core = setup();
    const rows: SheetCell[][] = [['045/PP.01.02/2026', '30/10/2026', '20/10/2026', 'Budi Santoso', '198503122010011004', 'Guru', 'Dinas Pendidikan', 'Kampanye']];
    const file = await writeSheet('sama.xlsx', HEADERS, rows);
    const p = await call(core, 'kasus.impor.pratinjau', { file: core.files.register(file) });
    await call(core, 'kasus.impor.terapkan', { file: core.files.register(file), kunci: p.kunci });
    const p2 = await call(core, 'kasus.impor.pratinjau', { file: core.files.register(file) });
    const r2 = await dispatch(core, 'kasus.impor.terapkan', { file: core.files.register(file), kunci: p2.kunci });
    const n = core.db.prepare('SELECT COUNT(*) FROM kasus').pluck().get();
    expect({ n, p2issues: p2.issueCount > 0 || !r2.ok }).toEqual({ n: 1, p2issues: true });
    core.close();
  });
});
