import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { makeCore, pns, tempDir } from '../../helpers/core';

// `netra kegiatan` as a script drives it: every --json answer is one JSON document with the
// promised keys, exit 0 only for a recorded (or already recorded) person, 1 for a refusal, 2 for
// a malformed command.

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}
const json = (out: string) => JSON.parse(out) as Record<string, unknown>;
const nip = (i: number) => `198503122010011${String(i).padStart(3, '0')}`;

function setup() {
  const dir = tempDir();
  const core = makeCore(dir);
  const unit = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const other = core.units.create({ nama: 'Bappeda', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  core.pegawai.create(pns({ nip: nip(1), nama: 'Ni Luh Ṣrī Dèwi', gelarBelakang: null, unitKerjaId: unit.id }));
  core.pegawai.create(pns({ nip: nip(2), nama: 'Budi', gelarBelakang: null, unitKerjaId: unit.id }));
  core.pegawai.create(pns({ nip: nip(3), nama: 'Orang Luar', gelarBelakang: null, unitKerjaId: other.id }));
  core.close();
  const file = path.join(dir, 'apel.json');
  fs.writeFileSync(file, JSON.stringify({ judul: 'Apel 100% "Netral"', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman', peserta: { unit: ['Dinas Pendidikan'] } }));
  return { dir, file, d: ['--data-dir', dir] };
}

describe('netra kegiatan: exit codes and --json shapes under attack', () => {
  it('hadir --json is one document {ok,status,duplikat,nama} for recorded, duplicate, reason and refusals', async () => {
    const { file, d } = setup();
    const made = await cli(['kegiatan', 'buat', '--data', file, ...d, '--json']);
    expect(made.code).toBe(0);
    expect(json(made.out)).toEqual({ ok: true, id: expect.any(Number), peserta: 2 });
    const id = String(json(made.out).id);

    const first = await cli(['kegiatan', 'hadir', id, nip(1), ...d, '--json']);
    expect(first.code).toBe(0);
    expect(json(first.out)).toMatchObject({ ok: true, status: 'hadir', duplikat: false, nama: 'Ni Luh Ṣrī Dèwi' });
    const again = await cli(['kegiatan', 'hadir', id, ...nip(1).match(/.{1,6}/g)!, ...d, '--json']);
    expect(again.code).toBe(0);
    expect(json(again.out)).toMatchObject({ ok: true, status: 'hadir', duplikat: true, nama: 'Ni Luh Ṣrī Dèwi' });
    const izin = await cli(['kegiatan', 'hadir', id, nip(2), '--status', 'izin', ...d, '--json']);
    expect(json(izin.out)).toMatchObject({ ok: true, status: 'izin', duplikat: false, nama: 'Budi' });

    const luar = await cli(['kegiatan', 'hadir', id, nip(3), ...d, '--json']);
    expect(luar.code).toBe(1);
    expect(json(luar.out)).toMatchObject({ ok: false, duplikat: false, nama: 'Orang Luar' });
    for (const bad of ['IK1-0001-00001-AAAAAAAA', '%', "'; DROP TABLE kegiatan; --"]) {
      const r = await cli(['kegiatan', 'hadir', id, bad, ...d, '--json']);
      expect(r.code, bad).toBe(1);
      expect(json(r.out), bad).toMatchObject({ ok: false, status: null, duplikat: false });
    }
    // an event that does not exist: rejected (1), a JSON error, not a crash
    const none = await cli(['kegiatan', 'hadir', '999', nip(1), ...d, '--json']);
    expect(none.code).toBe(1);
    expect(json(none.out)).toMatchObject({ ok: false, error: { code: 'TIDAK_DITEMUKAN' } });
    // closed: refused with exit 1
    const core = makeCore(d[1]);
    core.kegiatan.selesai(Number(id));
    core.close();
    const closed = await cli(['kegiatan', 'hadir', id, nip(2), ...d, '--json']);
    expect(closed.code).toBe(1);
    expect(json(closed.out)).toMatchObject({ ok: false, hasil: 'ditutup' });
  });

  it('malformed commands exit 2 with a JSON usage error; bad data exits 1 naming the field', async () => {
    const { file, d, dir } = setup();
    for (const args of [
      ['kegiatan'],
      ['kegiatan', 'hadir', '1'],
      ['kegiatan', 'hadir', '0', nip(1)],
      ['kegiatan', 'hadir', '-1', nip(1)],
      ['kegiatan', 'hadir', '1.5', nip(1)],
      ['kegiatan', 'hadir', '99999999999999999999', nip(1)],
      ['kegiatan', 'hadir', '1', nip(1), '--status', 'HADIR'],
      ['kegiatan', 'rekap'],
      ['kegiatan', 'rekap', '1', '2'],
      ['kegiatan', 'buat'],
      ['kegiatan', 'hapus', '1'],
      ['kegiatan', 'hadir', '1', nip(1), '--status'],
      ['kegiatan', 'hadir', '1', nip(1), '--tidak-ada'],
      ['ikrar', 'rekap', '0x10'],
      ['ikrar', 'rekap', '1e3'],
      ['ikrar', 'rekap', '99999999999999999999'],
    ]) {
      const r = await cli([...args, ...d, '--json']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(json(r.out), args.join(' ')).toMatchObject({ ok: false, error: { code: 'PEMAKAIAN' } });
      // in Indonesian (node's parser speaks English)
      expect(json(r.out).error, args.join(' ')).not.toMatchObject({ message: expect.stringMatching(/Unknown option|argument missing|Too big|expected/i) });
    }
    expect(json((await cli(['kegiatan', 'hadir', '-1', nip(1), ...d, '--json'])).out)).toMatchObject({ error: { message: expect.stringContaining('Opsi tidak dikenal: -1') } });
    fs.writeFileSync(file, JSON.stringify({ judul: 'X', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Aula', admin: true }));
    const extra = await cli(['kegiatan', 'buat', '--data', file, ...d, '--json']);
    expect(extra.code).toBe(1);
    expect(JSON.stringify(json(extra.out))).toContain('admin');
    const missing = await cli(['kegiatan', 'buat', '--data', path.join(dir, 'tidak-ada.json'), ...d, '--json']);
    expect(missing.code).toBe(1);
    expect(json(missing.out).ok).toBe(false);
    // search text with wildcards is text
    const made = json((await cli(['kegiatan', 'buat', '--data', setup().file, ...d, '--json'])).out);
    expect(made.ok).toBe(true);
    const daftar = json((await cli(['kegiatan', 'daftar', '--cari', '_', ...d, '--json'])).out);
    expect(daftar.rows).toEqual([]);
    expect((json((await cli(['kegiatan', 'daftar', '--cari', '100%', ...d, '--json'])).out).rows as unknown[]).length).toBe(1);
  });
});
