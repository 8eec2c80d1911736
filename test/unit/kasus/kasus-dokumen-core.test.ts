import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { pasanganAwal } from '../../../shared/dokumen/pasangan';
import { tempDir } from '../../helpers/core';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? [])}`);
  return r.value as OutputOf<C>;
}

/** A demo registry: case 002 summoned with a tim pemeriksa, case 003 examined (three pairs) and decided. */
function demo() {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-12-01T03:00:00Z') });
  core.demo.load({ pegawai: 400 });
  const rows = core.kasus.list({ teks: '', tahap: null, sumber: null, lampu: null, arsip: false, offset: 0, limit: 10 }).rows;
  const dipanggil = core.kasus.get(rows.find((r) => r.tahap === 'panggilan-1')!.id);
  const diputus = core.kasus.get(rows.find((r) => r.tahap === 'keputusan')!.id);
  return { core, dipanggil, diputus };
}

/** Builds the filled document through the engine with the kop the answer names and the pair's signer. */
async function buat(core: Core, d: OutputOf<'kasus.dokumen.data'>, tanggal = '2026-12-01') {
  const def = JENIS.get(d.jenis);
  const { penandatangan } = pasanganAwal(def.olehKepalaDaerah, core.instansi.list().filter((p) => p.id === d.profilId), core.penandatangan.list());
  return call(core, 'dokumen.buat', {
    jenis: d.jenis,
    data: d.data,
    profilId: d.profilId!,
    tandaTangan: { penandatanganId: penandatangan!.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
    tanggal,
    nomor: { cara: 'otomatis' },
    peringatanDiterima: false,
  });
}

describe('kasus.dokumen.data: a case fills its documents, the archive links them back', () => {
  it('the summons of a summoned case: its stage, its tim, the office kop; built, it is one of the case’s documents', async () => {
    const { core, dipanggil } = demo();
    const t = dipanggil.terlapor[0]!;
    const stage = t.riwayat.find((r) => r.tahap === 'panggilan-1')!;
    const d = await call(core, 'kasus.dokumen.data', { terlaporId: t.id, jenis: 'surat-panggilan' });
    expect(d.profilId).toBe(core.instansi.list().find((p) => p.jenisKop === 'dinas')!.id);
    expect(d.data).toMatchObject({ kasusId: dipanggil.id, terlaporId: t.id, ke: '1', nama: t.nama, nip: t.nip, tanggalPeriksa: stage.data.tahap === 'panggilan-1' ? stage.data.tanggalPeriksa : '' });
    expect((d.data.pemeriksa as { nama: string }[]).map((p) => p.nama)).toEqual(t.tim.map((p) => p.nama));
    const made = await buat(core, d);
    expect(core.kasus.get(dipanggil.id).dokumen.map((x) => [x.id, x.jenis])).toEqual([[made.dokumen.id, 'surat-panggilan']]);
    const xml = strFromU8(unzipSync(fs.readFileSync(core.files.resolve(made.file).path))['word/document.xml']!);
    expect(xml).toContain('SURAT PANGGILAN I');
    expect(xml).toContain(t.nama);
    // the second summons names the first by its number
    const d2 = await call(core, 'kasus.dokumen.data', { terlaporId: t.id, jenis: 'surat-panggilan', ke: 2 });
    expect(d2.data).toMatchObject({ ke: '2', nomorPanggilanI: made.dokumen.nomor, tanggalPanggilanI: '2026-12-01' });
    // the decree forming the tim goes out under the regional head's kop
    const sk = await call(core, 'kasus.dokumen.data', { terlaporId: t.id, jenis: 'keputusan-tim-pemeriksa' });
    expect(sk.profilId).toBe(core.instansi.list().find((p) => p.jenisKop === 'kepala-daerah')!.id);
    const skMade = await buat(core, sk);
    expect(skMade.dokumen.nomor).toMatch(/Kep\./);
    expect(core.kasus.get(dipanggil.id).dokumen).toHaveLength(2);
    core.close();
  });

  it('the BAP and LHP of an examined case: the hearing’s pairs, the report’s findings; both build and link', async () => {
    const { core, diputus } = demo();
    const t = diputus.terlapor[0]!;
    const bap = await call(core, 'kasus.dokumen.data', { terlaporId: t.id, jenis: 'berita-acara-pemeriksaan' });
    expect(bap.data.pasangan).toEqual(core.kasus.pemeriksaan(t.id).pasangan);
    expect((bap.data.pasangan as unknown[]).length).toBe(3);
    const bapMade = await buat(core, bap);
    const lhp = await call(core, 'kasus.dokumen.data', { terlaporId: t.id, jenis: 'laporan-hasil-pemeriksaan' });
    expect(lhp.data).toMatchObject({ kesimpulan: 'terbukti', lampiranBap: `Berita Acara Pemeriksaan Nomor ${bapMade.dokumen.nomor} tanggal 1 Desember 2026` });
    expect(String(lhp.data.usulanHukuman)).toContain('selama 6 (enam) bulan');
    await buat(core, lhp);
    expect(core.kasus.get(diputus.id).dokumen.map((x) => x.jenis)).toEqual(['berita-acara-pemeriksaan', 'laporan-hasil-pemeriksaan']);
    core.close();
  });

  it('refuses a type the case does not fill and an unknown person, by name', async () => {
    const { core, dipanggil } = demo();
    const r = await dispatch(core, 'kasus.dokumen.data', { terlaporId: dipanggil.terlapor[0]!.id, jenis: 'surat-undangan' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'VALIDASI', message: expect.stringContaining('Surat Undangan tidak diisi dari kasus') });
    const none = await dispatch(core, 'kasus.dokumen.data', { terlaporId: 99_999, jenis: 'surat-panggilan' });
    expect(none.ok ? null : none.error).toMatchObject({ code: 'TIDAK_DITEMUKAN', message: 'Terlapor dengan id 99999 tidak ada.' });
    // the case screen names its case: a person of another case is refused, not filled
    const lain = await dispatch(core, 'kasus.dokumen.data', { kasusId: dipanggil.id + 1, terlaporId: dipanggil.terlapor[0]!.id, jenis: 'surat-panggilan' });
    expect(lain.ok ? null : lain.error).toMatchObject({ code: 'VALIDASI', message: expect.stringContaining('bukan terlapor kasus ini') });
    const sama = await dispatch(core, 'kasus.dokumen.data', { kasusId: dipanggil.id, terlaporId: dipanggil.terlapor[0]!.id, jenis: 'surat-panggilan' });
    expect(sama.ok).toBe(true);
    const bad = await dispatch(core, 'kasus.dokumen.data', { terlaporId: 1, jenis: 'surat-panggilan', ke: 3 } as never);
    expect(bad.ok ? null : bad.error.code).toBe('VALIDASI');
    core.close();
  });
});
