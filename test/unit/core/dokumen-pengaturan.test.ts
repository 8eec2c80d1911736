import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { readLogoImage } from '../../../electron/core/documents/logo-image';
import { DEFAULT_PAGE_SETUP } from '../../../shared/dokumen/model';
import { makeCore, tempDir, thrown } from '../../helpers/core';
import { archiveInput, call, jpeg, kepalaBadan, png, profil } from '../../helpers/dokumen';


describe('profil instansi', () => {
  it('creates, updates and lists profiles; refuses a duplicate name and an office kop without its office', () => {
    const core = makeCore();
    const a = core.instansi.save(null, profil());
    expect(a).toMatchObject({ nama: 'BKPSDM', kodeUnit: 'BKPSDM', logo: null });
    const updated = core.instansi.save(a.id, profil({ alamat: 'Jalan Pemuda 2' }));
    expect(updated.alamat).toBe('Jalan Pemuda 2');
    core.instansi.save(null, profil({ nama: 'Bupati', jenisKop: 'kepala-daerah', pemerintah: 'BUPATI SUKAMAJU', perangkatDaerah: '', kodeUnit: '' }));
    expect(core.instansi.list().map((p) => p.nama)).toEqual(['BKPSDM', 'Bupati']);
    expect(thrown(() => core.instansi.save(null, profil({ nama: 'bkpsdm' }))).fields).toEqual([
      { field: 'nama', message: 'Nama profil "bkpsdm" sudah dipakai profil lain.' },
    ]);
    expect(thrown(() => core.instansi.save(null, profil({ nama: 'X', perangkatDaerah: '' }))).fields?.[0]?.field).toBe('perangkatDaerah');
  });

  it('refuses deleting a profile an archived document was made with, and deletes an unused one', () => {
    const core = makeCore();
    const used = core.instansi.save(null, profil());
    core.arsip.record(archiveInput(core), Buffer.from('isi'));
    expect(() => core.instansi.delete(used.id)).toThrow('Profil "BKPSDM" dipakai oleh 1 dokumen di arsip dan tidak dapat dihapus');
    const spare = core.instansi.save(null, profil({ nama: 'Cadangan' }));
    core.instansi.delete(spare.id);
    expect(core.instansi.list().map((p) => p.nama)).toEqual(['BKPSDM']);
  });
});

describe('logo', () => {
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
  const bigPng = Buffer.concat([png(40, 32), Buffer.alloc(812 * 1024 - png(40, 32).length)]);
  const cutPng = png(40, 32).subarray(0, png(40, 32).length - 20);
  const cutJpeg = jpeg(48, 32).subarray(0, jpeg(48, 32).length - 2);

  it.each([
    ['a real PNG', 'logo.png', png(40, 32), { type: 'png', widthPx: 40, heightPx: 32 }],
    ['a real JPEG', 'logo.jpg', jpeg(48, 32), { type: 'jpg', widthPx: 48, heightPx: 32 }],
    ['a JPEG named .png (the content decides)', 'logo.png', jpeg(32, 48), { type: 'jpg', widthPx: 32, heightPx: 48 }],
    ['a wide logo at the 4:1 limit', 'lebar.png', png(128, 32), { type: 'png', widthPx: 128, heightPx: 32 }],
    ['a tall logo at the 4:1 limit', 'tinggi.png', png(40, 160), { type: 'png', widthPx: 40, heightPx: 160 }],
    ['a large logo at the size limit', 'besar.png', png(4000, 1000), { type: 'png', widthPx: 4000, heightPx: 1000 }],
  ])('accepts %s and reads its pixel size', (_what, name, bytes, expected) => {
    expect(readLogoImage(bytes, name)).toEqual(expected);
  });

  it.each([
    ['a PDF named .png', 'logo.png', pdf, 'Logo harus berupa gambar PNG atau JPG; berkas "logo.png" ternyata dokumen PDF'],
    ['a text file', 'logo.jpg', Buffer.from('bukan gambar sama sekali'), 'Logo harus berupa gambar PNG atau JPG; berkas "logo.jpg" bukan gambar PNG atau JPG'],
    ['a file over 500 KB', 'besar.png', bigPng, 'Logo terlalu besar: 812 KB; paling besar 500 KB.'],
    ['a PNG cut short', 'potong.png', cutPng, 'Berkas logo rusak: "potong.png" terpotong'],
    ['a PNG with only its signature', 'kosong.png', png(40, 32).subarray(0, 12), 'Berkas logo rusak: "kosong.png" tidak memiliki kepala PNG (IHDR) yang utuh'],
    ['a JPEG without its end marker', 'potong.jpg', cutJpeg, 'Berkas logo rusak: "potong.jpg" terpotong (penanda akhir JPEG tidak ada)'],
    ['a tiny image', 'kecil.png', png(8, 8), 'Logo terlalu kecil (8×8 piksel): sisi terpendeknya paling sedikit 32 piksel'],
    ['an image 31 pixels on its short side', 'kecil.jpg', png(31, 40), 'Logo terlalu kecil (31×40 piksel)'],
    ['a strip far wider than tall', 'pita.png', png(4000, 16), [
        'Logo terlalu lebar (4000×16 piksel): sisi panjangnya lebih dari 4 kali sisi pendeknya,',
        'sehingga kop surat menjadi rusak; pakai gambar lambang yang kira-kira persegi.',
      ].join(' ')],
    ['a banner just over 4:1', 'spanduk.png', png(129, 32), 'Logo terlalu lebar (129×32 piksel)'],
    ['an image far taller than wide', 'tiang.jpg', jpeg(40, 400), 'Logo terlalu tinggi (40×400 piksel)'],
    ['an image over 4000 pixels on its long side', 'raksasa.png', png(4001, 1200), 'Logo terlalu besar (4001×1200 piksel): sisi terpanjangnya paling banyak 4000 piksel'],
  ])('refuses %s with a message saying why', (_what, name, bytes, message) => {
    const e = thrown(() => readLogoImage(bytes, name));
    expect(e.code).toBe('VALIDASI');
    expect(e.message).toContain(message);
  });

  it('stores the logo through the channel (file token), keeps it on profile edits, and clears it', async () => {
    const core = makeCore();
    const p = core.instansi.save(null, profil());
    const token = core.files.register(write('pemda.png', png(64, 80)));
    const r = await dispatch(core, 'instansi.setLogo', { id: p.id, file: token });
    expect(r.ok).toBe(true);
    const logo = core.instansi.get(p.id).logo;
    expect(logo).toMatchObject({ type: 'png', widthPx: 64, heightPx: 80 });
    expect(Buffer.from(logo!.base64, 'base64').equals(png(64, 80))).toBe(true);
    expect(core.instansi.save(p.id, profil({ telepon: '123' })).logo).toEqual(logo);

    const bad = await dispatch(core, 'instansi.setLogo', { id: p.id, file: core.files.register(write('surat.png', pdf)) });
    expect(!bad.ok && bad.error.message).toMatch(/ternyata dokumen PDF/);
    expect(core.instansi.get(p.id).logo).toEqual(logo);
    expect(core.instansi.clearLogo(p.id).logo).toBeNull();
  });

  it('refuses a large file by its size on disk', () => {
    const core = makeCore();
    const p = core.instansi.save(null, profil());
    expect(() => core.instansi.setLogo(p.id, write('besar.png', bigPng))).toThrow('Logo terlalu besar: 812 KB');
  });
});

describe('penandatangan', () => {
  it('stores NIP and golongan normalised', () => {
    const core = makeCore();
    const s = core.penandatangan.save(null, kepalaBadan({ nip: '19720315 199803 2 004', golongan: 'Pembina Utama Muda' }));
    expect(s).toMatchObject({ nip: '197203151998032004', golongan: 'IV/c' });
  });

  it.each([
    ['NIP too short', { nip: '1972031519980320' }, 'nip', 'NIP harus 18 digit angka; ditemukan 16 digit.'],
    ['NIP with letters', { nip: '19720315199803200A' }, 'nip', 'NIP hanya boleh berisi angka'],
    ['NIP missing', { nip: '' }, 'nip', 'NIP wajib diisi (kecuali untuk kepala daerah dan wakilnya)'],
    ['unknown golongan', { golongan: 'V/a' }, 'golongan', 'Golongan "V/a" tidak dikenali.'],
    ['golongan with ruang e below IV', { golongan: 'III/e' }, 'golongan', 'Golongan "III/e" tidak ada'],
  ])('refuses %s against its field', (_what, over, field, message) => {
    const e = thrown(() => makeCore().penandatangan.save(null, kepalaBadan(over)));
    expect(e.code).toBe('VALIDASI');
    expect(e.fields?.map((f) => f.field)).toEqual([field]);
    expect(e.fields?.[0]?.message).toContain(message);
  });

  it.each(['kepala-daerah', 'wakil-kepala-daerah'] as const)('lets the %s sign with name only: NIP and golongan are dropped', (jenis) => {
    const bupati = makeCore().penandatangan.save(null, kepalaBadan({ jabatan: 'Bupati Sukamaju', jenis, nip: 'asal', golongan: 'x' }));
    expect(bupati).toMatchObject({ jenis, nip: '', golongan: '' });
  });

  it('takes the old kepalaDaerah flag of a request as the kind, through the channel', async () => {
    const core = makeCore();
    const { jenis: _, ...old } = kepalaBadan({ jabatan: 'Bupati Sukamaju', nip: '', golongan: '' });
    const saved = await call(core, 'penandatangan.save', { id: null, data: { ...old, kepalaDaerah: true } });
    expect(saved.jenis).toBe('kepala-daerah');
    expect((await call(core, 'penandatangan.save', { id: null, data: { ...kepalaBadan({ nama: 'Budi' }), jenis: undefined } })).jenis).toBe('pejabat');
  });

  it('requires the Sekda NIP (a civil servant) though it is not printed', () => {
    expect(() => makeCore().penandatangan.save(null, kepalaBadan({ jabatan: 'Sekretaris Daerah', jenis: 'sekretaris-daerah', nip: '' }))).toThrow('Data penandatangan belum benar');
  });

  it('refuses deleting a signatory of an archived document', () => {
    const core = makeCore();
    const s = core.penandatangan.save(null, kepalaBadan());
    core.arsip.record(archiveInput(core), Buffer.from('isi'));
    expect(() => core.penandatangan.delete(s.id)).toThrow('Dr. Siti Aminah, S.H., M.H. menandatangani 1 dokumen di arsip');
    const other = core.penandatangan.save(null, kepalaBadan({ nama: 'Budi' }));
    core.penandatangan.delete(other.id);
    expect(core.penandatangan.list()).toHaveLength(1);
  });
});

describe('halaman', () => {
  it('starts at the defaults, saves a setup, and the channel refuses an impossible margin', async () => {
    const core = makeCore();
    expect(core.halaman.get()).toEqual(DEFAULT_PAGE_SETUP);
    const a4 = { ...DEFAULT_PAGE_SETUP, paper: 'A4' as const, font: 'Bookman Old Style' as const, margin: { top: 25, bottom: 25, left: 30, right: 20 } };
    expect(core.halaman.save('korespondensi', a4)).toEqual(a4);
    expect(makeCore(core.dataDir).halaman.get()).toEqual(a4);
    const r = await dispatch(core, 'halaman.save', { kategori: 'korespondensi', setup: { ...a4, margin: { ...a4.margin, left: 100 } } });
    expect(!r.ok && r.error.fields?.[0]?.field).toBe('setup.margin.left');
    expect(core.halaman.get()).toEqual(a4);
  });
});
