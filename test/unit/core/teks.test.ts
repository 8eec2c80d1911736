import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { TeksRepository } from '../../../electron/core/db/repositories/teks';
import { dispatch } from '../../../electron/core/handlers';
import { TeksService } from '../../../electron/core/services/teks';
import { JENIS_DOKUMEN } from '../../../shared/contract/dokumen';
import { buatRegistry, daftarkan } from '../../../shared/dokumen/jenis/registry';
import type { JenisDef } from '../../../shared/dokumen/jenis/types';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { checkTeks, type Teks } from '../../../shared/dokumen/teks';
import { makeCore, tempDir, thrown } from '../../helpers/core';
import { call } from '../../helpers/dokumen';

/** A small stand-in type, so these tests do not depend on the shipped wording. */
const bawaan: Teks = { pembuka: 'Dengan hormat, kami mengundang Saudara dalam {acara}.', penutup: 'Atas perhatiannya diucapkan terima kasih.' };
const StandInSchema = z.object({ acara: z.string() });
const undangan: JenisDef<typeof StandInSchema> = {
  jenis: 'surat-undangan',
  label: 'Surat Undangan',
  keterangan: 'Undangan rapat.',
  kodeFile: 'UND',
  kategori: 'korespondensi',
  olehKepalaDaerah: false,
  schema: StandInSchema,
  teksBawaan: bawaan,
  penomoran: { pola: '{urut}', kode: '', unit: '', padding: 3, seri: 'uji' },
  formulir: [{ judul: 'Acara', fields: [{ kind: 'teks', key: 'acara', label: 'Acara' }] }],
  contoh: { acara: 'Rapat' },
  contohUntuk: () => ({ acara: 'Rapat' }),
  hal: (d) => d.acara,
  pegawaiIds: () => [],
  build: (_d, ctx) => ({ setup: ctx.setup, title: '', blocks: [], pageNumbers: false }),
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'acara', description: 'Acara', example: 'Rapat koordinasi' },
    { key: 'tanggal', description: 'Tanggal', example: '12 Maret 2026' },
  ],
};

function service(dataDir = tempDir()): TeksService {
  const db = openDatabase(dataDir);
  const registry = buatRegistry(JENIS_DOKUMEN.map((j) => daftarkan({ ...undangan, jenis: j, kodeFile: j })));
  return new TeksService(db, new TeksRepository(db), registry);
}


describe('teks versions', () => {
  it('starts at version 1, the shipped text', () => {
    const teks = service();
    expect(teks.latest('surat-undangan')).toMatchObject({ versi: 1, teks: bawaan, catatan: 'Teks bawaan Netra' });
    expect(teks.versions('surat-undangan').map((v) => v.versi)).toEqual([1]);
  });

  it('adds increasing versions and keeps every old one retrievable', () => {
    const dir = tempDir();
    const teks = service(dir);
    const v2 = teks.simpan('surat-undangan', { ...bawaan, pembuka: 'Kami mengundang Saudara pada {tanggal}.' }, 'Tambah tanggal');
    const v3 = teks.simpan('surat-undangan', { ...bawaan, penutup: 'Terima kasih.' });
    expect([v2.versi, v3.versi]).toEqual([2, 3]);
    const again = service(dir);
    expect(again.versions('surat-undangan').map((v) => [v.versi, v.catatan])).toEqual([
      [3, ''],
      [2, 'Tambah tanggal'],
      [1, 'Teks bawaan Netra'],
    ]);
    expect(again.get('surat-undangan', 2).teks.pembuka).toBe('Kami mengundang Saudara pada {tanggal}.');
    expect(again.get('surat-undangan', 1).teks).toEqual(bawaan);
    expect(again.latest('surat-undangan').versi).toBe(3);
    expect(again.versions('sk-satgas').map((v) => v.versi)).toEqual([1]);
    expect(() => again.get('surat-undangan', 9)).toThrow('Teks Surat Undangan versi 9 tidak ditemukan.');
  });

  it('adds no version when nothing changed (line endings included)', () => {
    const teks = service();
    expect(teks.simpan('surat-undangan', { ...bawaan }).versi).toBe(1);
    teks.simpan('surat-undangan', { ...bawaan, penutup: 'Satu\n\nDua' });
    expect(teks.simpan('surat-undangan', { ...bawaan, penutup: 'Satu\r\n\r\nDua' }).versi).toBe(2);
  });

  it.each([
    ['an unknown placeholder', { ...bawaan, pembuka: 'Hadir pada {tempat} dan {acara}.' }, 'pembuka', 'isian {tempat} tidak dikenal'],
    ['a missing slot', { pembuka: 'Dengan hormat.' }, 'penutup', 'Bagian "Penutup" belum ada.'],
    ['an unknown slot', { ...bawaan, salam: 'Hormat kami' }, 'salam', 'Bagian teks "salam" tidak dikenal'],
    ['an unpaired brace', { ...bawaan, penutup: 'Terima kasih {acara' }, 'penutup', 'kurung kurawal tidak berpasangan'],
  ])('refuses %s, naming the slot and what is wrong, and adds no version', (_what, teks: Teks, slot, message) => {
    const svc = service();
    const e = thrown(() => svc.simpan('surat-undangan', teks));
    expect(e.code).toBe('VALIDASI');
    expect(e.message).toContain('Teks Surat Undangan belum dapat disimpan');
    expect(e.message).toContain(message);
    expect(e.fields?.map((f) => f.field)).toEqual([slot]);
    expect(svc.versions('surat-undangan').map((v) => v.versi)).toEqual([1]);
  });
});

describe('teks channels with the real document types', () => {
  it('the shipped texts pass their own checks', () => {
    for (const def of JENIS.daftar) expect(checkTeks(def.teksBawaan, def.slots, def.placeholders), def.jenis).toEqual([]);
  });

  it('lists the types with a JSON Schema of their data, and saves a version through the channel', async () => {
    const core = makeCore();
    const info = await call(core, 'teks.jenis', {});
    expect(info.map((j) => j.jenis)).toEqual([...JENIS_DOKUMEN]);
    expect(info[0]!.dataSchema).toMatchObject({ type: 'object' });

    const latest = core.teks.latest('surat-edaran');
    const slot = JENIS.get('surat-edaran').slots[0]!;
    const bad = await dispatch(core, 'teks.simpan', { jenis: 'surat-edaran', teks: { ...latest.teks, [slot.key]: 'Menurut {tidak_ada}.' } });
    expect(!bad.ok && bad.error.fields).toEqual([{ field: slot.key, message: expect.stringContaining('isian {tidak_ada} tidak dikenal') }]);
    const saved = await call(core, 'teks.simpan', { jenis: 'surat-edaran', teks: { ...latest.teks, [slot.key]: 'Teks baru.' }, catatan: 'Ringkas' });
    expect(saved).toMatchObject({ versi: 2, catatan: 'Ringkas' });
    const versions = await call(core, 'teks.versi', { jenis: 'surat-edaran' });
    expect(versions.map((v) => v.versi)).toEqual([2, 1]);
  });
});

describe('where the document forms start', () => {
  it('empty in a real office; from the example data once demo data is loaded, also after a restart', () => {
    const dir = tempDir();
    const core = makeCore(dir);
    expect(core.teks.jenisInfo().map((j) => j.mulaiDariContoh)).toEqual(JENIS_DOKUMEN.map(() => false));
    core.demo.load({ pegawai: 3, seed: 1 });
    expect(core.teks.jenisInfo().every((j) => j.mulaiDariContoh)).toBe(true);
    core.close();
    const again = makeCore(dir);
    expect(again.teks.jenisInfo().every((j) => j.mulaiDariContoh)).toBe(true);
    again.close();
  });
});
