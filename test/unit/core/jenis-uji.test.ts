import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { DAFTAR_JENIS } from '../../../shared/dokumen/jenis/index';
import { buatRegistry, daftarkan } from '../../../shared/dokumen/jenis/registry';
import { plainText } from '../../../shared/dokumen/model';
import { pasanganAwal } from '../../../shared/dokumen/pasangan';
import { pemberitahuanUji } from '../../helpers/jenis-uji/def';
import { tempDir, thrown } from '../../helpers/core';

/** The shipped types plus the test-only one: the single registry line a new type needs. */
const registry = buatRegistry([...DAFTAR_JENIS, daftarkan(pemberitahuanUji)]);

function coreDenganUji(): Core {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', jenis: registry });
  core.demo.load({ pegawai: 5, seed: 1 });
  return core;
}

/** The office kop with its own head's signature, as the form starts an office letter. */
const input = (core: Core) => {
  const pair = pasanganAwal(false, core.instansi.list(), core.penandatangan.list());
  return {
  jenis: 'pemberitahuan-uji',
  data: { perihal: 'Jam kerja selama bulan Ramadan', tanggalBerlaku: '2026-02-18', penerima: ['Kepala Dinas Pendidikan', 'Para Camat', 'Para Lurah'] },
  profilId: pair.profil!.id,
  tandaTangan: { penandatanganId: pair.penandatangan!.id, mode: 'langsung' as const, atasNama: '', untukBeliau: '' },
  tanggal: '2026-02-10',
  nomor: { cara: 'otomatis' as const },
  };
};

describe('a document type added in one folder and one registry line', () => {
  it('is previewed, numbered with its own default scheme, archived, rebuilt and has versioned texts', async () => {
    const core = coreDenganUji();

    const naskah = core.dokumen.pratinjau(input(core));
    const text = naskah.blocks.map((b) => (b.kind === 'paragraf' ? plainText(b.text) : '')).join('\n');
    expect(text).toContain('pemberitahuan tentang Jam kerja selama bulan Ramadan kepada 3 penerima');
    expect(text).toContain('Nomor 000.8.3.3/UJI.…/BKPSDM/2026');

    const made = await core.dokumen.buat(input(core));
    expect(made.dokumen).toMatchObject({ jenis: 'pemberitahuan-uji', nomor: '000.8.3.3/UJI.001/BKPSDM/2026', hal: 'Pemberitahuan Jam kerja selama bulan Ramadan' });
    expect(made.dokumen.fileName).toBe('UJI_000.8.3.3-UJI.001-BKPSDM-2026_2026-02-10.docx');
    const file = core.files.resolve(made.file).path;
    expect(strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!)).toContain('Para Lurah');
    expect(core.arsip.list({ text: '', jenis: 'pemberitahuan-uji', tahun: null, offset: 0, limit: 5 }).total).toBe(1);
    expect(core.penomoran.list({ tahun: 2026, status: 'dipakai' }).map((n) => [n.seri, n.nomor])).toEqual([['pemberitahuan-uji', '000.8.3.3/UJI.001/BKPSDM/2026']]);
    expect((await core.dokumen.buatUlang(made.dokumen.id)).sama).toBe(true);

    expect(core.teks.latest('pemberitahuan-uji')).toMatchObject({ versi: 1, teks: pemberitahuanUji.teksBawaan });
    const v2 = core.teks.simpan('pemberitahuan-uji', { ...pemberitahuanUji.teksBawaan, penutup: 'Terima kasih.' });
    expect(v2.versi).toBe(2);
    expect(core.teks.jenisInfo().map((j) => j.jenis)).toEqual([...DAFTAR_JENIS.map((j) => j.jenis), 'pemberitahuan-uji']);
    expect(core.penomoran.skemaList().find((s) => s.jenis === 'pemberitahuan-uji')).toMatchObject({ seri: 'pemberitahuan-uji', kode: '000.8.3.3' });
    expect(core.jenis.get('pemberitahuan-uji').label).toBe('Pemberitahuan (uji)');
    core.close();
  });

  it('its data is checked with its own schema, with messages per field', async () => {
    const core = coreDenganUji();
    const bad = { ...input(core), data: { perihal: 'Jam kerja', tanggalBerlaku: '2026-02-18', penerima: [] } };
    const e = await core.dokumen.buat(bad).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toMatchObject({ code: 'VALIDASI', fields: [{ field: 'data.penerima', message: 'Sebutkan paling sedikit satu penerima.' }] });
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
    core.close();
  });

  it('is unknown to a core built without it: every service refuses it by name, none falls through to another type', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli' });
    core.demo.load({ pegawai: 5, seed: 1 });
    for (const f of [() => core.teks.latest('pemberitahuan-uji'), () => core.penomoran.skema('pemberitahuan-uji'), () => core.dokumen.pratinjau(input(core))]) {
      const e = thrown(f);
      expect(e.code).toBe('VALIDASI');
      expect(e.message).toContain('Jenis dokumen "pemberitahuan-uji" tidak dikenal');
    }
    await expect(core.dokumen.buat(input(core))).rejects.toThrow('Jenis dokumen "pemberitahuan-uji" tidak dikenal');
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
    core.close();
  });
});
