import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { makeCore } from '../../helpers/core';
import { duaUnit, nonce, ok } from '../../helpers/ikrar';

// Pledge-form returns as an adversary sends them: resent nonces carrying another form, forged and
// foreign codes, removed forms. A form is marked returned only by its own code or NIP, once.

const PEMILIHAN = 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026';

async function setup() {
  const core = makeCore();
  const staf = await duaUnit(core);
  const mk = (judul: string) => ok(core, 'ikrar.create', { data: { judul, pemilihan: PEMILIHAN, tanggal: '2026-12-07', peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'] } } });
  const k = await mk('Ikrar Desember');
  const forms = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id })).rows;
  return { core, staf, k, forms, mk };
}

describe('ikrar.terima: a nonce names one return', () => {
  it("a nonce resent with another form's code is refused, not answered as the first form's resend", async () => {
    const { core, k, forms } = await setup();
    const [a, b] = forms;
    const n = nonce();
    const first = await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: a!.kode, nonce: n });
    expect(first.hasil).toBe('tercatat');
    const r = await dispatch(core, 'ikrar.terima', { kampanyeId: k.id, masukan: b!.kode, nonce: n });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('Nonce');
    // the true resend is answered as before, and B is still missing (not silently "received")
    expect(await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: a!.kode, nonce: n })).toMatchObject({ ulangan: true, logId: first.logId });
    const rekap = await ok(core, 'ikrar.rekap', { id: k.id });
    expect(rekap.total.jumlah.kembali).toBe(1);
  });

  it("an undo's nonce replayed for another campaign is refused", async () => {
    const { core, k, forms, mk } = await setup();
    const k2 = await mk('Ikrar Lain');
    const t = await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: forms[0]!.kode, nonce: nonce() });
    const n = nonce();
    await ok(core, 'ikrar.terima.batal', { kampanyeId: k.id, logId: t.logId, alasan: 'Salah formulir', nonce: n });
    const r = await dispatch(core, 'ikrar.terima.batal', { kampanyeId: k2.id, logId: t.logId, alasan: 'Salah formulir', nonce: n });
    expect(r.ok).toBe(false);
  });
});

describe('ikrar.terima: only codes Netra printed for this campaign', () => {
  it('forged check values, a code of another campaign, a removed form and garbage are never counted', async () => {
    const { core, k, forms, mk } = await setup();
    const k2 = await mk('Ikrar Lain');
    const other = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k2.id })).rows[0]!;
    const kode = forms[0]!.kode;
    // every single-character change of the check value is refused
    const cek = kode.slice(kode.lastIndexOf('-') + 1);
    const prefix = kode.slice(0, kode.lastIndexOf('-') + 1);
    for (let i = 0; i < cek.length; i++) {
      const c = cek[i] === 'A' ? 'B' : 'A';
      const forged = `${prefix}${cek.slice(0, i)}${c}${cek.slice(i + 1)}`;
      const r = await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: forged, nonce: nonce() });
      expect(r.hasil, forged).toBe('tidak-dikenal');
    }
    // a form number swapped into a valid-looking code
    const parts = kode.split('-');
    parts[2] = String(Number(parts[2]) + 1).padStart(parts[2]!.length, '0');
    expect((await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: parts.join('-'), nonce: nonce() })).hasil).toBe('tidak-dikenal');
    const foreign = await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: other.kode, nonce: nonce() });
    expect(foreign).toMatchObject({ hasil: 'kegiatan-lain', kampanyeLain: { id: k2.id } });
    for (const junk of ['IK1', 'IK1----', `${kode}X`, `${kode}-${cek}`, "' OR 1=1 --", '%', '\u0000'.repeat(3)]) {
      const r = await dispatch(core, 'ikrar.terima', { kampanyeId: k.id, masukan: junk, nonce: nonce() });
      if (r.ok) expect((r.value as { hasil: string }).hasil, junk).toBe('tidak-dikenal');
    }
    expect((await ok(core, 'ikrar.rekap', { id: k.id })).total.jumlah.kembali).toBe(0);
    // a form dropped before the first print (its unit left the rule) is refused by code and by NIP
    await ok(core, 'ikrar.update', { id: k.id, data: { judul: k.judul, pemilihan: PEMILIHAN, tanggal: k.tanggal, peserta: { unit: ['Dinas Kesehatan'] } } });
    const gone = forms.find((f) => f.unitInduk === 'Dinas Pendidikan')!;
    const byCode = await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: gone.kode, nonce: nonce() });
    expect(byCode.hasil).toBe('tidak-dikenal');
    expect((await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: gone.nip!, nonce: nonce() })).hasil).toBe('bukan-peserta');
    expect((await ok(core, 'ikrar.rekap', { id: k.id })).total.jumlah.kembali).toBe(0);
    expect((await ok(core, 'ikrar.rekap', { id: k2.id })).total.jumlah.kembali).toBe(0);
  });
});
