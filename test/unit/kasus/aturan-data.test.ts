/**
 * Legal numbers are data, never constants in logic. A rule set whose every deadline amount, unit and
 * sanction duration (and every deciding-official row) differs from the shipped ones, drawn at random
 * within the schema's bounds, must drive every computed date of a case: if any part of the procedure
 * used a number of its own (7 working days, 14, 15, 6 months …) a date here comes out wrong. Expected
 * dates are computed independently with hari-kerja.ts over the live holiday table.
 */
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { AturanInput, AturanKasus, Tenggat } from '../../../shared/contract/aturan-kasus';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import type { Kasus } from '../../../shared/contract/kasus';
import { geser, tambahBulan, tambahHari } from '../../../shared/domain/hari-kerja';
import { SATUAN_TENGGAT } from '../../../shared/domain/kasus';
import { formatTanggal } from '../../../shared/domain/tanggal';
import { pns, tempDir } from '../../helpers/core';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}
async function gagal<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>) {
  const r = await dispatch(core, ch, input);
  if (r.ok) throw new Error(`${ch} diterima padahal harus ditolak`);
  return r.error;
}

/** mulberry32: a small seeded generator, so a failing seed can be replayed. */
function acak(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const inputOf = (a: AturanKasus): AturanInput => structuredClone({ kode: a.kode, nama: a.nama, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai, sumber: a.sumber, isi: a.isi });

/** Every deadline gets another unit and another amount; every sanction with a duration another duration; every official another label. */
function aturanAcak(shipped: AturanKasus, seed: number): AturanInput {
  const r = acak(seed);
  const a = inputOf(shipped);
  a.kode = `UJI-ACAK-${seed}`;
  a.nama = `Aturan uji acak ${seed}`;
  // a period of its own (before the 2020 set): picked by the incident date, no clerk's choice needed
  a.berlakuMulai = '2015-01-01';
  a.berlakuSampai = '2019-12-31';
  const amount = (satuan: Tenggat['satuan']) => (satuan === 'bulan' ? r.int(1, 3) : satuan === 'hari' ? r.int(2, 40) : r.int(2, 25));
  a.isi.tenggat = a.isi.tenggat.map((t) => {
    const satuan = r.pick(SATUAN_TENGGAT.filter((s) => s !== t.satuan));
    let jumlah = amount(satuan);
    if (jumlah === t.jumlah) jumlah++;
    return { ...t, satuan, jumlah, label: `${t.kode}: ${jumlah} ${satuan}` };
  });
  a.isi.hukuman = a.isi.hukuman.map((h) => {
    if (h.durasiBulan === null) return h;
    let durasiBulan = r.int(1, 40);
    if (durasiBulan === h.durasiBulan) durasiBulan++;
    return { ...h, durasiBulan };
  });
  a.isi.pejabat = a.isi.pejabat.map((p, i) => ({ ...p, pejabat: `pejabat-uji-${i}`, label: `Pejabat uji ${seed}.${i}` }));
  return a;
}

const rule = (a: AturanInput, kode: string) => {
  const t = a.isi.tenggat.find((x) => x.kode === kode);
  if (!t) throw new Error(`aturan ${kode} tidak ada`);
  return t;
};

const atasan = { pegawaiId: null, nama: 'Drs. Hadi Wijaya', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Dinas Pendidikan', peran: 'Ketua' };

/** The sanctions of the set that last a while: one reported person each. */
const HUKUMAN_BERDURASI = ['potongan-tukin-25-6', 'potongan-tukin-25-9', 'potongan-tukin-25-12', 'penurunan-jabatan-12', 'pembebasan-jabatan-12'];

describe('every legal number of a case comes from its frozen rule set', () => {
  it.each([1, 2, 3, 4, 5, 6])('random rule set, seed %i: deadlines, guards, sanction start and end, deciding official', async (seed) => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
    try {
      const unit = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
      const orang = HUKUMAN_BERDURASI.map((_, i) => core.pegawai.create(pns({ nip: `19850312201001100${i + 1}`, nama: `Guru ${i + 1}`, unitKerjaId: unit.id, jenisJabatan: 'FUNGSIONAL' })));
      // holidays inside the windows, so working days and calendar days part ways
      for (const [tanggal, nama] of [
        ['2026-11-05', 'Libur daerah uji'],
        ['2026-11-12', 'Libur daerah uji 2'],
        ['2026-11-26', 'Libur daerah uji 3'],
      ] as const)
        await call(core, 'libur.simpan', { tanggal, nama, jenis: 'daerah' });
      const libur = new Set((await call(core, 'libur.list', {})).map((l) => l.tanggal));
      const g = (iso: string, t: Tenggat) => geser(iso, t.jumlah, t.satuan, libur);

      const shipped = (await call(core, 'aturan.list', {})).find((a) => a.kode === 'SKB-2022')!;
      const a = aturanAcak(shipped, seed);
      const diterima = '2026-11-02';
      const P1 = '2026-11-04';
      const jarak1 = rule(a, 'jarak-panggilan-1');
      const E1 = g(P1, jarak1);
      // the second summons' own distance rule must be what binds (not "after the first examination date")
      const p2s1 = a.isi.tenggat.find((t) => t.kode === 'panggilan-2-sesudah-1')!;
      while (g(P1, p2s1) <= tambahHari(E1, 1)) p2s1.jumlah++;
      const saved = await call(core, 'aturan.simpan', { id: null, data: a });
      // differs from the shipped set in every number the test is about
      for (const t of saved.isi.tenggat) {
        const s = shipped.isi.tenggat.find((x) => x.kode === t.kode)!;
        expect(t.satuan).not.toBe(s.satuan);
        expect(t.jumlah).not.toBe(s.jumlah);
      }

      const k = await call(core, 'kasus.buat', {
        data: {
          sumber: 'bawaslu',
          pelapor: 'Bawaslu Kabupaten Sukamaju',
          nomorSurat: '045/PP.01.02/K.JB-12/11/2026',
          tanggalSurat: '2026-10-30',
          tanggalDiterima: diterima,
          tanggalKejadian: '2019-06-10',
          kronologi: 'Uji.',
          kategoriPelapor: 'Kampanye di media sosial',
          pelanggaran: ['SKB-3'],
        },
        terlapor: orang.map((p) => ({ jenis: 'pegawai' as const, pegawaiId: p.id })),
      });
      // the set in force on the incident date, frozen
      expect(k.aturan).toMatchObject({ kode: a.kode, versi: 1 });
      const tl = rule(a, 'tindak-lanjut');
      for (const t of k.terlapor) expect(t.tenggat.map((x) => [x.kode, x.tanggal])).toEqual([['tindak-lanjut', g(diterima, tl)]]);

      const maju = (terlaporId: number, tanggal: string, data: InputOf<'kasus.tahap.maju'>['data']) => call(core, 'kasus.tahap.maju', { terlaporId, tanggal, data });
      const tolak = async (terlaporId: number, tanggal: string, data: InputOf<'kasus.tahap.maju'>['data'], tanggalAturan: string) => {
        const e = await gagal(core, 'kasus.tahap.maju', { terlaporId, tanggal, data });
        expect(e.code).toBe('TAHAP_DITOLAK');
        expect(e.message).toContain(formatTanggal(tanggalAturan));
      };
      const dari = (kasus: Kasus, id: number) => kasus.terlapor.find((t) => t.id === id)!;

      for (const [i, p] of k.terlapor.entries()) {
        const kodeHukuman = HUKUMAN_BERDURASI[i]!;
        const h = a.isi.hukuman.find((x) => x.kode === kodeHukuman)!;
        await call(core, 'kasus.terlapor.tim', { terlaporId: p.id, tim: [atasan] });
        await maju(p.id, '2026-11-03', { tahap: 'verifikasi' });
        // summons I: the examination no earlier than the rule's amount and unit after the letter
        const panggil = { jam: '09.00', tempat: 'Ruang Rapat BKPSDM', pemeriksa: atasan };
        await tolak(p.id, P1, { tahap: 'panggilan-1', tanggalPeriksa: tambahHari(E1, -1), ...panggil }, E1);
        await maju(p.id, P1, { tahap: 'panggilan-1', tanggalPeriksa: E1, ...panggil });
        await maju(p.id, E1, { tahap: 'pemeriksaan', hadir: false });
        // summons II: no earlier than its rule after summons I, and its examination no earlier than its rule after it
        const P2 = g(P1, p2s1);
        await tolak(p.id, tambahHari(P2, -1), { tahap: 'panggilan-2', tanggalPeriksa: tambahHari(P2, 400), ...panggil }, P2);
        const E2 = g(P2, rule(a, 'jarak-panggilan-2'));
        await tolak(p.id, P2, { tahap: 'panggilan-2', tanggalPeriksa: tambahHari(E2, -1), ...panggil }, E2);
        await maju(p.id, P2, { tahap: 'panggilan-2', tanggalPeriksa: E2, ...panggil });
        await maju(p.id, E2, { tahap: 'pemeriksaan', hadir: true, tempat: 'Ruang Rapat BKPSDM' });
        await maju(p.id, E2, { tahap: 'lhp', terbukti: true, usulanHukuman: kodeHukuman });
        // the deciding official is the table's row for the position class and the sanction's level
        const row = a.isi.pejabat.find((x) => x.jenjang === 'FUNGSIONAL' && x.tingkat === h.tingkat)!;
        expect(await call(core, 'kasus.pejabat', { terlaporId: p.id, hukuman: kodeHukuman })).toMatchObject({ pejabat: row.pejabat, label: row.label });

        const K = tambahHari(E2, 1);
        const afterK = dari(await maju(p.id, K, { tahap: 'keputusan', hasil: 'hukuman', hukuman: kodeHukuman }), p.id);
        expect(afterK.tenggat.find((x) => x.kode === 'penyampaian')?.tanggal).toBe(g(K, rule(a, 'penyampaian')));
        // sent by post: counted from the day the person received it
        const S = tambahHari(K, 1);
        const T = tambahHari(S, 2);
        const afterS = dari(await maju(p.id, S, { tahap: 'penyampaian', cara: 'dikirim', tanggalDiterima: T }), p.id);
        const mulai = g(T, rule(a, 'mulai-hukuman'));
        expect(afterS).toMatchObject({ hukuman: kodeHukuman, hukumanMulai: mulai, hukumanSelesai: tambahHari(tambahBulan(mulai, h.durasiBulan!), -1) });
        expect(afterS.tenggat.find((x) => x.kode === 'penyampaian')?.terpenuhi).toBe(T);
        // recorded only after the objection window the rule gives
        const akhir = g(T, rule(a, 'masa-keberatan'));
        await tolak(p.id, akhir, { tahap: 'pencatatan', sistem: 'SIASN' }, akhir);
        const C = tambahHari(akhir, 1);
        await maju(p.id, C, { tahap: 'pencatatan', sistem: 'SIASN' });
        await maju(p.id, C, { tahap: 'tindak-lanjut', nomorSurat: '800/1/BKPSDM', kepada: ['Bawaslu Kabupaten Sukamaju'] });
        const done = dari(await maju(p.id, C, { tahap: 'selesai' }), p.id);
        expect(done.tahap).toBe('selesai');
        expect(done.tenggat.find((x) => x.kode === 'tindak-lanjut')).toMatchObject({ tanggal: g(diterima, tl), terpenuhi: C });
      }
    } finally {
      core.close();
    }
  });
});

describe('a case takes the set in force on its incident date', () => {
  it('2020 vs 2022 at the boundary; ATURAN_PILIH when none or several apply; the frozen copy survives an edit of the set', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
    try {
      const guru = core.pegawai.create(pns());
      const buat = (tanggalKejadian: string, aturanId: number | null = null) =>
        dispatch(core, 'kasus.buat', {
          data: { sumber: 'bawaslu', tanggalDiterima: '2026-11-02', tanggalKejadian, pelanggaran: ['SKB-2'] },
          terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }],
          ...(aturanId === null ? {} : { aturanId }),
        });
      const kodeOf = async (tanggal: string) => {
        const r = await buat(tanggal);
        if (!r.ok) throw new Error(r.error.message);
        return (r.value as Kasus).aturan.kode;
      };
      expect(await kodeOf('2020-09-10')).toBe('SKB-2020');
      expect(await kodeOf('2022-09-21')).toBe('SKB-2020');
      expect(await kodeOf('2022-09-22')).toBe('SKB-2022');

      const none = await buat('2020-09-09');
      expect(!none.ok && none.error.code).toBe('ATURAN_PILIH');

      const s22 = (await call(core, 'aturan.list', {})).find((a) => a.kode === 'SKB-2022')!;
      const daerah = await call(core, 'aturan.simpan', { id: null, data: { ...inputOf(s22), kode: 'DAERAH-2026', nama: 'Aturan daerah 2026', berlakuMulai: '2026-01-01', berlakuSampai: '2026-12-31' }, izinkanTumpangTindih: true });
      const several = await buat('2026-10-20');
      expect(several.ok).toBe(false);
      if (!several.ok) {
        expect(several.error.code).toBe('ATURAN_PILIH');
        expect(several.error.message).toContain('SKB Netralitas ASN 2022');
        expect(several.error.message).toContain('Aturan daerah 2026');
      }
      const picked = await buat('2026-10-20', daerah.id);
      expect(picked.ok && (picked.value as Kasus).aturan.kode).toBe('DAERAH-2026');
      // outside the overlap the one set in force is taken without asking
      expect(await kodeOf('2025-05-05')).toBe('SKB-2022');

      // the case keeps the copy it froze: editing the set makes a new version for new cases only
      const before = await buat('2025-05-05');
      const frozen = (before.ok ? before.value : null) as Kasus;
      const edited = inputOf(s22);
      const tl = edited.isi.tenggat.find((t) => t.kode === 'tindak-lanjut')!;
      const oldJumlah = tl.jumlah;
      tl.jumlah = oldJumlah + 9;
      expect((await call(core, 'aturan.simpan', { id: s22.id, data: edited })).versi).toBe(2);
      const again = await call(core, 'kasus.get', { id: frozen.id });
      expect(again.aturan.versi).toBe(1);
      expect(again.aturan.isi.tenggat.find((t) => t.kode === 'tindak-lanjut')?.jumlah).toBe(oldJumlah);
      const libur = new Set((await call(core, 'libur.list', {})).map((l) => l.tanggal));
      expect(again.terlapor[0]!.tenggat.find((t) => t.kode === 'tindak-lanjut')?.tanggal).toBe(geser('2026-11-02', oldJumlah, tl.satuan, libur));
      const fresh = await buat('2025-05-05');
      const k2 = (fresh.ok ? fresh.value : null) as Kasus;
      expect(k2.aturan.versi).toBe(2);
      expect(k2.terlapor[0]!.tenggat.find((t) => t.kode === 'tindak-lanjut')?.tanggal).toBe(geser('2026-11-02', oldJumlah + 9, tl.satuan, libur));
    } finally {
      core.close();
    }
  });
});
