import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TanyaJawab } from '../../../shared/contract/kasus';
import {
  bacaDraf,
  hapusDraf,
  JEDA_ULANG,
  pilihAwal,
  samaPasangan,
  SimpanOtomatis,
  tulisDraf,
  untukDisimpan,
  type PenyimpanLokal,
  type StatusSimpan,
} from '../../../renderer/src/features/kasus/pemeriksaan-draf';
import { PERTANYAAN_PEMBUKA, pembukaBelumAda } from '../../../renderer/src/features/kasus/pemeriksaan-templat';

const tj = (pertanyaan: string, jawaban = ''): TanyaJawab => ({ pertanyaan, jawaban });

function memori(): PenyimpanLokal & { m: Map<string, string> } {
  const m = new Map<string, string>();
  return { m, getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

describe('examination draft', () => {
  it('keeps a draft per person and reads back only a well-formed one', () => {
    const s = memori();
    expect(tulisDraf(s, 7, { pasangan: [tj('Apakah sehat?', 'Sehat.')], diketik: '2026-12-01T03:00:00Z', dasar: null })).toBe(true);
    expect(bacaDraf(s, 7)?.pasangan).toEqual([tj('Apakah sehat?', 'Sehat.')]);
    expect(bacaDraf(s, 8)).toBeNull();
    s.setItem('netra.pemeriksaan.9', '{"pasangan":[{"pertanyaan":1}],"diketik":"x"}');
    expect(bacaDraf(s, 9)).toBeNull();
    s.setItem('netra.pemeriksaan.10', 'bukan json');
    expect(bacaDraf(s, 10)).toBeNull();
    hapusDraf(s, 7);
    expect(bacaDraf(s, 7)).toBeNull();
  });

  it('says so when the browser refuses to keep the draft', () => {
    const penuh: PenyimpanLokal = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(tulisDraf(penuh, 1, { pasangan: [], diketik: 'x', dasar: null })).toBe(false);
  });

  it('opens with an unconfirmed draft over the server, and flags a server saved elsewhere since', () => {
    const server = { pasangan: [tj('A', '1')], updatedAt: '2026-12-01T03:00:00.000Z' };
    expect(pilihAwal(server, null)).toEqual({ pasangan: server.pasangan, dipulihkan: null, bentrok: false });
    const sama = { pasangan: [tj('A', '1')], diketik: 'x', dasar: null };
    expect(pilihAwal(server, sama).dipulihkan).toBeNull();
    const lebih = { pasangan: [tj('A', '1'), tj('B', '2')], diketik: 'x', dasar: server.updatedAt };
    expect(pilihAwal(server, lebih)).toMatchObject({ pasangan: lebih.pasangan, bentrok: false });
    expect(pilihAwal({ ...server, updatedAt: '2026-12-01T04:00:00.000Z' }, lebih).bentrok).toBe(true);
    expect(pilihAwal({ pasangan: [], updatedAt: null }, lebih).bentrok).toBe(false);
  });

  it('leaves out empty pairs at the end only', () => {
    expect(untukDisimpan([tj('A'), tj('', ''), tj('B'), tj(' ', ''), tj('', '')])).toEqual([tj('A'), tj('', ''), tj('B')]);
  });

  it('offers each opening question once', () => {
    expect(pembukaBelumAda([])).toEqual(PERTANYAAN_PEMBUKA);
    expect(pembukaBelumAda([` ${PERTANYAAN_PEMBUKA[0]} `])).toEqual(PERTANYAAN_PEMBUKA.slice(1));
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(simpan: (v: TanyaJawab[]) => Promise<{ updatedAt: string }>) {
    const status: StatusSimpan[] = [];
    const confirmed: TanyaJawab[][] = [];
    const c = new SimpanOtomatis<TanyaJawab[]>([], null, {
      simpan,
      sama: samaPasangan,
      onStatus: (s) => status.push(s),
      onTerkonfirmasi: (v) => confirmed.push(v),
      pesanGalat: (e) => (e as Error).message,
      jeda: 1000,
      timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    });
    return { c, status, confirmed };
  }

  it('saves once after typing stops, not per keystroke', async () => {
    const simpan = vi.fn(async () => ({ updatedAt: '2026-12-01T03:42:00Z' }));
    const { c, status, confirmed } = setup(simpan);
    c.ubah([tj('A')]);
    await vi.advanceTimersByTimeAsync(500);
    c.ubah([tj('Ap')]);
    await vi.advanceTimersByTimeAsync(500);
    c.ubah([tj('Apa')]);
    expect(simpan).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(simpan).toHaveBeenCalledTimes(1);
    expect(simpan).toHaveBeenCalledWith([tj('Apa')]);
    expect(confirmed).toEqual([[tj('Apa')]]);
    expect(status.at(-1)).toEqual({ jenis: 'tersimpan', pada: '2026-12-01T03:42:00Z' });
    expect(c.kotor).toBe(false);
  });

  it('saves what was typed during a save right after it, and confirms only the last', async () => {
    let release: (() => void) | null = null;
    const simpan = vi.fn((v: TanyaJawab[]) => new Promise<{ updatedAt: string }>((res) => (release = () => res({ updatedAt: `t${v[0]!.pertanyaan}` }))));
    const { c, confirmed } = setup(simpan);
    c.ubah([tj('A')]);
    const f = c.flush();
    c.ubah([tj('AB')]);
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(simpan).toHaveBeenCalledTimes(2);
    expect(confirmed).toEqual([]);
    release!();
    await f;
    expect(simpan.mock.calls.map((x) => x[0])).toEqual([[tj('A')], [tj('AB')]]);
    expect(confirmed).toEqual([[tj('AB')]]);
  });

  it('keeps it unconfirmed on failure, retries by itself with growing waits, and at once on request', async () => {
    let gagal = true;
    const simpan = vi.fn(async () => {
      if (gagal) throw new Error('Tidak dapat menghubungi layanan Netra');
      return { updatedAt: 'ok' };
    });
    const { c, status, confirmed } = setup(simpan);
    c.ubah([tj('A', 'jawaban penting')]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(simpan).toHaveBeenCalledTimes(1);
    expect(status.at(-1)).toEqual({ jenis: 'gagal', pesan: 'Tidak dapat menghubungi layanan Netra', ulangDalamDetik: JEDA_ULANG[0] });
    expect(c.kotor).toBe(true);
    expect(confirmed).toEqual([]);
    // typing more while failing does not hammer the server: the scheduled retry takes the newest text
    c.ubah([tj('A', 'jawaban penting sekali')]);
    await vi.advanceTimersByTimeAsync(JEDA_ULANG[0] * 1000);
    expect(simpan).toHaveBeenCalledTimes(2);
    expect(status.at(-1)).toMatchObject({ jenis: 'gagal', ulangDalamDetik: JEDA_ULANG[1] });
    gagal = false;
    await c.cobaLagi();
    expect(simpan).toHaveBeenCalledTimes(3);
    expect(confirmed).toEqual([[tj('A', 'jawaban penting sekali')]]);
    expect(status.at(-1)).toEqual({ jenis: 'tersimpan', pada: 'ok' });
    // nothing else is pending: the old retry timer does not fire a save
    await vi.advanceTimersByTimeAsync(120_000);
    expect(simpan).toHaveBeenCalledTimes(3);
  });

  it('saves nothing when the text goes back to what is saved', async () => {
    const simpan = vi.fn(async () => ({ updatedAt: 'x' }));
    const { c } = setup(simpan);
    c.ubah([tj('A')]);
    c.ubah([]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(simpan).not.toHaveBeenCalled();
    await c.flush();
    expect(simpan).not.toHaveBeenCalled();
  });

  it('flushes on leave even after being stopped, but schedules no more retries', async () => {
    const simpan = vi.fn(async () => {
      throw new Error('mati');
    });
    const { c } = setup(simpan);
    c.ubah([tj('A')]);
    c.hentikan();
    await c.flush();
    expect(simpan).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(simpan).toHaveBeenCalledTimes(1);
  });
});
