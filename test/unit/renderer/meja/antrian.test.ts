import { describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../../shared/contract/result';
import { AntrianPindai, pompa, sikapGalat, type EntriPindai, type Penyimpan } from '../../../../renderer/src/features/meja/antrian';
import { buatNonce } from '../../../../renderer/src/features/meja/nonce';

const store = (): Penyimpan & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const entri = (n: number): EntriPindai => ({
  nonce: `nonce-${String(n).padStart(4, '0')}`,
  kegiatanId: 1,
  masukan: `1985031220100110${String(n).padStart(2, '0')}`,
  pesertaId: null,
  status: null,
  meja: 'Meja 2',
  operator: 'Rina',
  waktu: new Date(Date.UTC(2026, 11, 1, 0, 30, n)).toISOString(),
  cara: 'pindai',
});
const putus: AppErrorData = { code: 'TERPUTUS', message: 'Tidak dapat menghubungi layanan Netra' };

describe('the desk outbox', () => {
  it('keeps every entry in storage until the core answered it, and sends in scan order after an outage', async () => {
    const s = store();
    const q = new AntrianPindai(s, 'k');
    let online = false;
    const diterima: string[] = [];
    const kirim = async (e: EntriPindai) => {
      if (!online) return { ok: false as const, error: putus };
      diterima.push(e.nonce);
      return { ok: true as const, value: e.nonce };
    };
    for (let i = 1; i <= 5; i++) q.tambah(entri(i));
    const off = await pompa(q, kirim);
    expect(off.tertahan?.sikap).toBe('ulangi');
    expect(off.terkirim).toHaveLength(0);
    // a reload of the page: a new queue over the same storage still holds all five
    const q2 = new AntrianPindai(s, 'k');
    expect(q2.list().map((e) => e.nonce)).toEqual([1, 2, 3, 4, 5].map((i) => entri(i).nonce));
    online = true;
    const on = await pompa(q2, kirim);
    expect(on.tertahan).toBeNull();
    expect(diterima).toEqual([1, 2, 3, 4, 5].map((i) => entri(i).nonce));
    expect(q2.jumlah).toBe(0);
    // the desk's own time of each scan travels with it, not the time it was sent
    expect(on.terkirim[0]!.entri.waktu).toBe(entri(1).waktu);
  });

  it('stops at the first entry that cannot be sent: later ones wait behind it', async () => {
    const q = new AntrianPindai(store(), 'k');
    for (let i = 1; i <= 3; i++) q.tambah(entri(i));
    const sent: string[] = [];
    let calls = 0;
    const r = await pompa(q, async (e) => {
      calls++;
      if (e.nonce === entri(2).nonce) return { ok: false as const, error: putus };
      sent.push(e.nonce);
      return { ok: true as const, value: 1 };
    });
    expect(sent).toEqual([entri(1).nonce]);
    expect(calls).toBe(2);
    expect(r.tertahan?.error.code).toBe('TERPUTUS');
    expect(q.list().map((e) => e.nonce)).toEqual([entri(2).nonce, entri(3).nonce]);
  });

  it('a refused entry leaves the queue and is reported; an ended session stops with everything kept', async () => {
    const q = new AntrianPindai(store(), 'k');
    for (let i = 1; i <= 3; i++) q.tambah(entri(i));
    const seen: string[] = [];
    const r = await pompa(
      q,
      async (e) =>
        e.nonce === entri(1).nonce
          ? { ok: false as const, error: { code: 'VALIDASI' as const, message: 'Nama meja wajib diisi.' } }
          : { ok: false as const, error: { code: 'TIDAK_BERWENANG' as const, message: 'Sesi meja berakhir.' } },
      (x) => seen.push('error' in x ? `${x.entri.nonce}:${x.error.message}` : x.entri.nonce),
    );
    expect(r.ditolak.map((d) => d.entri.nonce)).toEqual([entri(1).nonce]);
    expect(seen).toEqual([`${entri(1).nonce}:Nama meja wajib diisi.`]);
    expect(r.tertahan?.sikap).toBe('berhenti');
    expect(q.list().map((e) => e.nonce)).toEqual([entri(2).nonce, entri(3).nonce]);
  });

  it('takes new entries added while it is sending', async () => {
    const q = new AntrianPindai(store(), 'k');
    q.tambah(entri(1));
    const sent: string[] = [];
    await pompa(q, async (e) => {
      if (e.nonce === entri(1).nonce) q.tambah(entri(2));
      sent.push(e.nonce);
      return { ok: true as const, value: 1 };
    });
    expect(sent).toEqual([entri(1).nonce, entri(2).nonce]);
  });

  it('a storage that refuses the write throws, so the desk can say so instead of losing the scan', () => {
    const q = new AntrianPindai({ getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } }, 'k');
    expect(() => q.tambah(entri(1))).toThrow('QuotaExceededError');
  });

  it('classifies failures: network and server trouble retry, a closed session stops, a refusal is final', () => {
    expect(sikapGalat(putus)).toBe('ulangi');
    expect(sikapGalat({ code: 'INTERNAL', message: '' })).toBe('ulangi');
    expect(sikapGalat({ code: 'TIDAK_BERWENANG', message: '' })).toBe('berhenti');
    expect(sikapGalat({ code: 'VALIDASI', message: '' })).toBe('tolak');
  });

  it('nonces fit the core schema and do not repeat, also without crypto.randomUUID (plain http on the LAN)', () => {
    const re = /^[A-Za-z0-9_-]{8,64}$/;
    const a = new Set(Array.from({ length: 2000 }, buatNonce));
    expect(a.size).toBe(2000);
    for (const n of a) expect(n).toMatch(re);
    const orig = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const b = new Set(Array.from({ length: 2000 }, buatNonce));
      expect(b.size).toBe(2000);
      for (const n of b) expect(n).toMatch(re);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: orig, configurable: true });
    }
  });
});
