import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { makeCore, tempDir } from '../../helpers/core';

function png(w: number, h: number, shade = 120): Buffer {
  const img = new PNG({ width: w, height: h });
  img.data.fill(shade);
  return PNG.sync.write(img);
}

const data = { judul: 'Sosialisasi Netralitas ASN', jenis: 'sosialisasi', tanggal: '2026-12-03', jam: '09.00', batasTerlambat: null, jamSelesai: null, zonaWaktu: 'WIB' as const, tempat: 'Aula BKPSDM', mode: 'luring' as const, tautan: null, penyelenggaraId: null, penandatanganId: null, pemilihan: '', narasumber: [], catatan: '', peserta: { unit: [], subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null } };

describe('kegiatan photos', () => {
  it('checks the bytes, stores each photo once by sha256, and a backup brings a removed one back', async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const k = core.kegiatan.create(data);
    const up = (name: string, bytes: Buffer) => core.files.storeUpload(name, bytes);
    const f = core.kegiatan.tambahFoto(k.id, up('apel.png', png(640, 480)), 'Pembacaan ikrar');
    expect([f.lebar, f.tinggi]).toEqual([640, 480]);
    const stored = path.join(dir, 'foto', `${f.sha256}.png`);
    expect(fs.existsSync(stored)).toBe(true);
    expect(() => core.kegiatan.tambahFoto(k.id, up('lagi.png', png(640, 480)), '')).toThrow(/sudah ada/);
    expect(() => core.kegiatan.tambahFoto(k.id, up('surat.png', Buffer.from('%PDF-1.7 bukan gambar')), '')).toThrow(/ternyata dokumen PDF/);
    expect(() => core.kegiatan.tambahFoto(k.id, up('kecil.png', png(120, 90)), '')).toThrow(/terlalu kecil \(120×90/);
    const cut = png(640, 480, 30);
    expect(() => core.kegiatan.tambahFoto(k.id, up('potong.png', cut.subarray(0, cut.length - 20)), '')).toThrow(/Berkas foto rusak/);
    expect(core.kegiatan.get(k.id).foto).toHaveLength(1);

    const backup = await core.cadangan.buat('uji foto');
    core.kegiatan.hapusFoto(k.id, f.id);
    expect(fs.existsSync(stored)).toBe(false);
    await core.cadangan.pulihkan(backup.id);
    expect(core.kegiatan.get(k.id).foto.map((x) => x.sha256)).toEqual([f.sha256]);
    expect(fs.readFileSync(stored).equals(png(640, 480))).toBe(true);
    core.close();
  });
});

describe('kegiatan photo tokens', () => {
  it('reading an event again gives the same token for the same photo (no new registration per poll)', () => {
    const core = makeCore();
    const k = core.kegiatan.create(data);
    core.kegiatan.tambahFoto(k.id, core.files.storeUpload('a.png', png(300, 300)), '');
    const first = core.kegiatan.get(k.id).foto[0]!.file;
    expect(core.kegiatan.get(k.id).foto[0]!.file).toBe(first);
    expect(core.files.resolve(first).path.endsWith('.png')).toBe(true);
    core.close();
  });
});
