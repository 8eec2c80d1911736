/**
 * From a decided case to the documents after it, through the real core: the decree filled by
 * `kasus.dokumen.data`, saved under the I'DIS/SIASN name and linked to the case; the register then
 * names its number, and the summons, the receipt and the follow-up report cite it.
 */
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

async function buat(core: Core, d: OutputOf<'kasus.dokumen.data'>, tanggal: string, tambahan: Record<string, unknown> = {}) {
  const def = JENIS.get(d.jenis);
  const { penandatangan } = pasanganAwal(def.olehKepalaDaerah, core.instansi.list().filter((p) => p.id === d.profilId), core.penandatangan.list());
  return call(core, 'dokumen.buat', {
    jenis: d.jenis,
    data: { ...d.data, ...tambahan },
    profilId: d.profilId!,
    tandaTangan: { penandatanganId: penandatangan!.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
    tanggal,
    nomor: { cara: 'otomatis' },
  });
}

describe('the documents after a decision, from the demo case that was decided', () => {
  it('decree → summons → receipt → register → follow-up report', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-12-01T03:00:00Z') });
    core.demo.load({ pegawai: 400 });
    const row = core.kasus.list({ teks: '', tahap: null, sumber: null, lampu: null, arsip: false, offset: 0, limit: 10 }).rows.find((r) => r.tahap === 'keputusan')!;
    const k = core.kasus.get(row.id);
    const t = k.terlapor.find((x) => x.hasil === 'hukuman')!;

    const sk = await call(core, 'kasus.dokumen.data', { kasusId: k.id, terlaporId: t.id, jenis: 'keputusan-hukuman-disiplin' });
    expect(sk.data).toMatchObject({ kasusId: k.id, terlaporId: t.id, nip: t.nip, hukuman: expect.stringContaining('selama 6 (enam) bulan'), sanksiMoral: 'tertutup' });
    const dibuat = await buat(core, sk, '2026-12-01');
    expect(dibuat.dokumen.fileName).toBe(`${t.nip}_SK-HUKDIS_2026-12-01.docx`);
    expect(core.kasus.get(k.id).dokumen.map((d) => d.id)).toContain(dibuat.dokumen.id);

    // the register names the decree (decided, not yet delivered: not yet in force)
    const reg = core.hukuman.daftar(t.pegawaiId!, '2026-12-01');
    expect(reg.belumBerlaku[0]).toMatchObject({ nomorKeputusan: dibuat.dokumen.nomor, status: 'belum-berlaku' });

    const moral = await call(core, 'kasus.dokumen.data', { kasusId: k.id, terlaporId: t.id, jenis: 'pernyataan-sanksi-moral' });
    expect(moral.data).toMatchObject({ cara: 'tertutup', terlaporId: t.id });
    expect((await buat(core, moral, '2026-12-01')).dokumen.fileName).toBe(`${t.nip}_SANKSI-MORAL_2026-12-01.docx`);

    const pgl = await call(core, 'kasus.dokumen.data', { kasusId: k.id, terlaporId: t.id, jenis: 'panggilan-penyampaian' });
    expect(pgl.data).toMatchObject({ nomorKeputusan: dibuat.dokumen.nomor, tanggalKeputusan: '2026-12-01' });
    const pglDibuat = await buat(core, pgl, '2026-12-01', { tanggalPenyampaian: '2026-12-03', tempat: 'Ruang Rapat BKPSDM' });
    expect(pglDibuat.dokumen.fileName).toBe(`${t.nip}_PGL-SK_2026-12-01.docx`);

    core.kasus.maju(t.id, '2026-12-03', { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-12-03', catatan: '' });
    const ba = await call(core, 'kasus.dokumen.data', { kasusId: k.id, terlaporId: t.id, jenis: 'berita-acara-penyampaian' });
    expect(ba.data).toMatchObject({ cara: 'langsung', tanggalDiterima: '2026-12-03', nomorKeputusan: dibuat.dokumen.nomor, panggilan: `Nomor ${pglDibuat.dokumen.nomor} tanggal 1 Desember 2026` });
    await buat(core, ba, '2026-12-03');

    const ltl = await call(core, 'kasus.dokumen.data', { kasusId: k.id, terlaporId: t.id, jenis: 'laporan-tindak-lanjut' });
    const baris = (ltl.data.terlapor as string[]).find((l) => l.startsWith(t.nama))!;
    expect(baris).toContain(`dengan Keputusan Nomor ${dibuat.dokumen.nomor} tanggal 1 Desember 2026`);
    const lap = await buat(core, ltl, '2026-12-04');
    // no NIP for a report about several people: the default name (code, number, date)
    expect(lap.dokumen.fileName).toMatch(/^LTL_.*_2026-12-04\.docx$/);
    expect(core.kasus.get(k.id).dokumen.map((d) => d.jenis)).toEqual(expect.arrayContaining(['keputusan-hukuman-disiplin', 'panggilan-penyampaian', 'berita-acara-penyampaian', 'laporan-tindak-lanjut']));
    core.close();
  });
});
