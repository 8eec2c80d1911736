import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { DokumenBuat } from '../../../shared/contract/dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { skSatgas } from '../../../shared/dokumen/jenis/sk-satgas/def';
import { dispatch } from '../../../electron/core/handlers';
import type { Core } from '../../../electron/core/core';
import { makeCore } from '../../helpers/core';

function coreWithDemo(): Core {
  const core = makeCore();
  core.demo.load({ pegawai: 40, seed: 3 });
  return core;
}

const undangan = (core: Core, over: Partial<DokumenBuat> = {}): DokumenBuat => ({
  jenis: 'surat-undangan',
  data: JENIS.get('surat-undangan').contoh,
  profilId: core.instansi.list().find((p) => p.jenisKop === 'dinas')!.id,
  tandaTangan: { penandatanganId: core.penandatangan.list().find((p) => p.jenis === 'pejabat')!.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
  tanggal: '2026-11-23',
  nomor: { cara: 'otomatis' },
  ...over,
});

// docx numbers drawings with a process-wide counter: the ids differ between builds, nothing else.
const xmlOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="?"');
const archived = (core: Core, id: number) => fs.readFileSync(core.files.resolve(core.dokumen.fileToken(id)).path);

describe('dokumen service', () => {
  it('demo data brings sample profiles (with logo) and signatories', () => {
    const core = coreWithDemo();
    expect(core.instansi.list().map((p) => p.nama)).toEqual(['BKPSDM', 'Bupati Sukamaju', 'Sekretariat Daerah']);
    expect(core.instansi.list().every((p) => p.logo?.type === 'png')).toBe(true);
    // the kop jabatan has its own (placeholder) emblem, not the regional logo
    const bupati = core.instansi.list().find((p) => p.jenisKop === 'kepala-daerah')!;
    expect(bupati.lambang?.type).toBe('png');
    expect(bupati.lambang?.base64).not.toBe(bupati.logo?.base64);
    expect(core.instansi.list().filter((p) => p.jenisKop !== 'kepala-daerah').every((p) => p.lambang === null)).toBe(true);
    expect(core.penandatangan.list().map((p) => p.jenis).sort()).toEqual(['kepala-daerah', 'pejabat', 'sekretaris-daerah']);
    expect(core.penandatangan.list()).toHaveLength(3);
  });

  it('previews with a stand-in number and takes none', () => {
    const core = coreWithDemo();
    const naskah = core.dokumen.pratinjau({ ...undangan(core), nomor: undefined });
    const rincian = naskah.blocks.find((b) => b.kind === 'rincian');
    expect(rincian?.kind === 'rincian' && rincian.rows[0]!.value).toBe('800/…/BKPSDM/2026');
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
  });

  it('refuses unsaved texts with an unknown placeholder in the preview, naming it', async () => {
    const core = coreWithDemo();
    const teks = { ...core.teks.latest('surat-undangan').teks, pembuka: 'Hadir pada {tanggal_acara}.' };
    const r = await dispatch(core, 'dokumen.pratinjau', { ...undangan(core), teks });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('{tanggal_acara} tidak dikenal');
      expect(r.error.fields?.[0]?.field).toBe('teks.pembuka');
    }
  });

  it('creates numbered, archived documents with stable file names', async () => {
    const core = coreWithDemo();
    const a = await core.dokumen.buat(undangan(core));
    const b = await core.dokumen.buat(undangan(core));
    expect([a.dokumen.nomor, b.dokumen.nomor]).toEqual(['800/0001/BKPSDM/2026', '800/0002/BKPSDM/2026']);
    expect(a.dokumen.fileName).toBe('UND_800-0001-BKPSDM-2026_2026-11-23.docx');
    const register = core.penomoran.list({ tahun: 2026, status: null }).sort((x, y) => x.urut - y.urut);
    expect(register.map((n) => [n.nomor, n.status, n.dokumenId])).toEqual([
      ['800/0001/BKPSDM/2026', 'dipakai', a.dokumen.id],
      ['800/0002/BKPSDM/2026', 'dipakai', b.dokumen.id],
    ]);
    const file = core.files.resolve(a.file).path;
    expect(file.startsWith(core.dataDir)).toBe(true);
    expect(xmlOf(fs.readFileSync(file))).toContain('800/0001/BKPSDM/2026');
    expect(core.arsip.list({ text: '0002', jenis: null, tahun: null, offset: 0, limit: 10 }).rows.map((d) => d.id)).toEqual([b.dokumen.id]);
  });

  it('refuses a manual number already in the register, and writes nothing', async () => {
    const core = coreWithDemo();
    await core.dokumen.buat(undangan(core));
    const before = core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).total;
    await expect(core.dokumen.buat(undangan(core, { nomor: { cara: 'manual', nomor: '800 / 0001 / BKPSDM / 2026' } }))).rejects.toThrow('sudah tercatat');
    expect(core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).total).toBe(before);
    const m = await core.dokumen.buat(undangan(core, { nomor: { cara: 'manual', nomor: '800/0100/BKPSDM/2026' } }));
    expect(m.dokumen.nomor).toBe('800/0100/BKPSDM/2026');
  });

  it('invalid data is refused per field before a number is taken', async () => {
    const core = coreWithDemo();
    const r = await dispatch(core, 'dokumen.buat', undangan(core, { data: { ...JENIS.get('surat-undangan').contoh, kepada: [], pukulMulai: '8 pagi' } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.map((f) => f.field).sort()).toEqual(['data.kepada', 'data.pukulMulai']);
    const noAtasNama = await dispatch(core, 'dokumen.buat', undangan(core, { tandaTangan: { penandatanganId: 1, mode: 'an', atasNama: '', untukBeliau: '' } }));
    expect(noAtasNama.ok).toBe(false);
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
  });

  it('a failed write voids the automatic number with the reason', async () => {
    const core = coreWithDemo();
    vi.spyOn(core.arsip, 'record').mockImplementationOnce(() => {
      throw new Error('disk penuh');
    });
    await expect(core.dokumen.buat(undangan(core))).rejects.toThrow('disk penuh');
    const [n] = core.penomoran.list({ tahun: null, status: null });
    expect(n).toMatchObject({ status: 'batal', alasanBatal: 'Pembuatan dokumen gagal: disk penuh' });
    expect((await core.dokumen.buat(undangan(core))).dokumen.nomor).toBe('800/0002/BKPSDM/2026');
  });

  it('a failure after the document was archived leaves its number used', async () => {
    const core = coreWithDemo();
    vi.spyOn(core.arsip, 'file').mockImplementationOnce(() => {
      throw new Error('berkas dikunci');
    });
    await expect(core.dokumen.buat(undangan(core))).rejects.toThrow('berkas dikunci');
    const [n] = core.penomoran.list({ tahun: null, status: null });
    expect(n).toMatchObject({ status: 'dipakai', nomor: '800/0001/BKPSDM/2026' });
  });

  it('a number typed by hand is released when the build fails, so it can be used again', async () => {
    const core = coreWithDemo();
    const manual = undangan(core, { nomor: { cara: 'manual', nomor: '800/0500/BKPSDM/2026' } });
    vi.spyOn(core.arsip, 'record').mockImplementationOnce(() => {
      throw new Error('disk penuh');
    });
    await expect(core.dokumen.buat(manual)).rejects.toThrow('disk penuh');
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
    expect((await core.dokumen.buat(manual)).dokumen.nomor).toBe('800/0500/BKPSDM/2026');
  });

  it('a decree naming staff that no longer exist is refused before a number is taken', async () => {
    const core = coreWithDemo();
    const contoh = skSatgas.contoh;
    const data = { ...contoh, anggota: [{ ...contoh.anggota[0]!, pegawaiId: 999_999 }] };
    await expect(core.dokumen.buat({ ...undangan(core), jenis: 'sk-satgas', data })).rejects.toThrow('id 999999 tidak ada lagi');
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
  });

  it('reserves a number with the unit code of the chosen profile', async () => {
    const core = coreWithDemo();
    const bupati = core.instansi.list().find((p) => p.jenisKop === 'kepala-daerah')!;
    const r = await dispatch(core, 'nomor.pesan', { jenis: 'surat-edaran', hal: 'Edaran cuti', tanggal: '2026-11-23', profilId: bupati.id });
    expect(r.ok && (r.value as { nomor: string }).nomor).toBe('800/0001/Setda/2026');
    const d = await dispatch(core, 'nomor.pesan', { jenis: 'surat-edaran', hal: 'Edaran lain', tanggal: '2026-11-23' });
    expect(d.ok && (d.value as { nomor: string }).nomor).toBe('800/0001/BKPSDM/2026');
  });

  it('an impossible date is refused at the boundary', async () => {
    const core = coreWithDemo();
    const r = await dispatch(core, 'dokumen.buat', undangan(core, { tanggal: '2026-02-31' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('tidak ada di kalender');
  });

  it('regenerates exactly: same document XML after the profile and texts changed', async () => {
    const core = coreWithDemo();
    const made = await core.dokumen.buat({ ...undangan(core), jenis: 'sk-satgas', data: JENIS.get('sk-satgas').contoh });
    const before = xmlOf(archived(core, made.dokumen.id));
    const profil = core.instansi.get(made.dokumen.profilId);
    const { id: _id, logo: _logo, ...input } = profil;
    core.instansi.save(profil.id, { ...input, alamat: 'Jalan Baru Nomor 99' });
    core.teks.simpan('sk-satgas', { ...core.teks.latest('sk-satgas').teks, kesatu: 'Teks baru.' }, 'ubah');
    // the logo is stored once, not in every archived row
    await core.dokumen.buat(undangan(core));
    expect(core.db.prepare('SELECT COUNT(*) FROM logo_arsip').pluck().get()).toBe(1); // both demo profiles carry the same logo
    expect(core.db.prepare("SELECT MAX(LENGTH(konteks)) FROM dokumen").pluck().get()).toBeLessThan(5000);
    const again = await core.dokumen.buatUlang(made.dokumen.id);
    expect(xmlOf(again.bytes)).toBe(before);
    expect(again.sama).toBe(true); // byte for byte: the sha256 in the archive matches
    expect(before).not.toContain('Jalan Baru');
  });

  it('a kop jabatan regenerates with the emblem it was made with; an archive row from before the emblem uses its logo', async () => {
    const core = coreWithDemo();
    const bupati = core.instansi.list().find((p) => p.jenisKop === 'kepala-daerah')!;
    const signer = core.penandatangan.list().find((p) => p.jenis === 'kepala-daerah')!;
    const sk = { ...undangan(core), jenis: 'sk-satgas' as const, data: JENIS.get('sk-satgas').contoh, profilId: bupati.id };
    const made = await core.dokumen.buat({ ...sk, tandaTangan: { ...sk.tandaTangan, penandatanganId: signer.id } });
    const media = (bytes: Uint8Array) => Object.entries(unzipSync(bytes)).filter(([k]) => k.startsWith('word/media/')).map(([, v]) => Buffer.from(v).toString('base64'));
    expect(media(archived(core, made.dokumen.id))).toEqual([bupati.lambang!.base64]);
    // a new emblem later does not change the archived decree
    const lain = path.join(core.dataDir, 'lambang-baru.png');
    fs.copyFileSync(path.resolve(import.meta.dirname, '../../../resources/logo-contoh.png'), lain);
    core.instansi.setLambang(bupati.id, lain);
    expect((await core.dokumen.buatUlang(made.dokumen.id)).sama).toBe(true);
    // a snapshot written before the emblem had its own field (no lambang key) prints the logo, as it did then
    const row = core.db.prepare('SELECT konteks FROM dokumen WHERE id = ?').pluck().get(made.dokumen.id) as string;
    const k = JSON.parse(row) as { profil: Record<string, unknown> };
    delete k.profil.lambang;
    delete k.profil.lambangSha256;
    core.db.prepare('UPDATE dokumen SET konteks = ? WHERE id = ?').run(JSON.stringify(k), made.dokumen.id);
    expect(media((await core.dokumen.buatUlang(made.dokumen.id)).bytes)).toEqual([bupati.logo!.base64]);
  });

  it('an archived file that was changed on disk is reported, not handed out', async () => {
    const core = coreWithDemo();
    const made = await core.dokumen.buat(undangan(core));
    fs.appendFileSync(core.files.resolve(made.file).path, 'x');
    expect(() => core.dokumen.fileToken(made.dokumen.id)).toThrow('sudah berubah sejak dibuat');
  });
});

describe('consistency warnings (kop, lampiran, tembusan vs the signer)', () => {
  const bupatiDiKopDinas = (core: Core): DokumenBuat =>
    undangan(core, { tandaTangan: { penandatanganId: core.penandatangan.list().find((p) => p.jenis === 'kepala-daerah')!.id, mode: 'langsung', atasNama: '', untukBeliau: '' } });

  it('dokumen.periksa lists them with the preview input; the sample invitation has none', async () => {
    const core = coreWithDemo();
    const ok = await dispatch(core, 'dokumen.periksa', undangan(core));
    expect(ok).toEqual({ ok: true, value: [] });
    const { nomor: _, ...tanpaNomor } = bupatiDiKopDinas(core);
    const r = await dispatch(core, 'dokumen.periksa', tanpaNomor);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toEqual([
      expect.stringContaining('ditandatangani kepala daerah (Bupati Sukamaju), tetapi memakai kop perangkat daerah "BKPSDM"'),
      expect.stringContaining('Tembusan "Bupati Sukamaju (sebagai laporan)"'),
    ]);
  });

  it('dokumen.buat refuses a mismatch before taking a number, and saves it once the warnings are accepted', async () => {
    const core = coreWithDemo();
    const refused = await dispatch(core, 'dokumen.buat', bupatiDiKopDinas(core));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDASI');
    expect(refused.error.message).toMatch(/^Dokumen belum disimpan: kop, lampiran atau tembusan tidak cocok.*\(1\) .*kop perangkat daerah "BKPSDM".*\(2\) Tembusan/);
    expect(core.penomoran.list({ status: null, tahun: null })).toEqual([]);
    const accepted = await dispatch(core, 'dokumen.buat', { ...bupatiDiKopDinas(core), peringatanDiterima: true });
    expect(accepted.ok).toBe(true);
  });
});

describe('after a crash mid-build', () => {
  it('the next start voids the number the app had reserved and sets the stray file aside; a clerk reservation stays', async () => {
    const core = coreWithDemo();
    const dataDir = core.dataDir;
    // the app reserved a number for a build, wrote the file, then died before the archive row
    const interrupted = core.penomoran.reserve('surat-undangan', { tanggal: '2026-11-23', hal: 'Undangan', unitKode: 'BKPSDM', sementara: true });
    const clerk = core.penomoran.reserve('surat-undangan', { tanggal: '2026-11-23', hal: 'Dipesan petugas', unitKode: 'BKPSDM' });
    const stray = path.join(dataDir, 'arsip', '2026', 'UND_800-0001-BKPSDM-2026_2026-11-23.docx');
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'docx');
    const old = new Date(Date.now() - 3600_000);
    fs.utimesSync(stray, old, old);
    core.db.prepare('UPDATE nomor_surat SET created_at = ?').run(old.toISOString());
    core.close();

    const again = makeCore(dataDir);
    expect(again.penomoran.get(interrupted.id)).toMatchObject({ status: 'batal', alasanBatal: expect.stringContaining('terhenti') });
    expect(again.penomoran.get(clerk.id).status).toBe('dipesan');
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, 'arsip', 'tanpa-catatan', '2026-UND_800-0001-BKPSDM-2026_2026-11-23.docx'), 'utf8')).toBe('docx');
  });
});
