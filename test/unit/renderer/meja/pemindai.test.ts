import { describe, expect, it } from 'vitest';
import { PengumpulPindai, jenisKetikan } from '../../../../renderer/src/features/meja/pemindai';

/** Feeds `text` one key every `gap` ms from `t0`, returns the time of the last key. */
function ketik(p: PengumpulPindai, text: string, gap: number, t0 = 1000): number {
  let t = t0;
  for (const ch of text) {
    p.key(ch, t);
    t += gap;
  }
  return t - gap;
}

describe('PengumpulPindai: a scanner burst versus a person typing', () => {
  it('a scanner (5 ms a key, Enter) is a scan, with the code as typed', () => {
    const p = new PengumpulPindai();
    const last = ketik(p, '198503122010011002', 5);
    expect(p.enter(last + 5)).toBe('198503122010011002');
    expect(p.pending).toBe(false);
  });

  it('a person typing 150 ms a key, then Enter, is not a scan', () => {
    const p = new PengumpulPindai();
    const last = ketik(p, '198503122010011002', 150);
    expect(p.enter(last + 150)).toBeNull();
  });

  it('a fast typist (60–95 ms a key) on a short name is not a scan', () => {
    const p = new PengumpulPindai();
    let t = 0;
    for (const [ch, gap] of [['s', 0], ['u', 70], ['l', 90], ['i', 60], ['s', 95], ['t', 80], ['y', 65], ['o', 85]] as const) {
      t += gap;
      p.key(ch, t);
    }
    expect(p.enter(t + 90)).toBeNull();
  });

  it('a pause over 100 ms starts a new burst: only the scanned part is the code', () => {
    const p = new PengumpulPindai();
    ketik(p, 'budi', 200, 0); // the clerk typed slowly
    const last = ketik(p, 'IK1-7Q2M-9XK4', 4, 2000);
    expect(p.enter(last + 4)).toBe('IK1-7Q2M-9XK4');
  });

  it('the first key of each burst is flagged, so the hook can snapshot the field before it', () => {
    const p = new PengumpulPindai();
    expect(p.key('a', 0)).toBe(true);
    expect(p.key('b', 50)).toBe(false);
    expect(p.key('c', 300)).toBe(true);
  });

  it('too short a burst is not a scan (a quick "ok" + Enter)', () => {
    const p = new PengumpulPindai();
    const last = ketik(p, 'ok', 5);
    expect(p.enter(last + 5)).toBeNull();
  });

  it('a pause in the middle starts over: a person typing after a stall is never glued to a scan', () => {
    const p = new PengumpulPindai();
    ketik(p, '1985', 5, 0);
    const last = ketik(p, '03122010011002', 5, 500);
    expect(p.enter(last + 5)).toBe('03122010011002');
  });

  it('an Enter long after the last key is not a scan', () => {
    const p = new PengumpulPindai();
    const last = ketik(p, '198503122010011002', 5);
    expect(p.enter(last + 500)).toBeNull();
  });
});

describe('jenisKetikan: what the desk box holds when Enter is pressed', () => {
  it('a NIP with any spacing or a form code is sent; letters are a name search', () => {
    expect(jenisKetikan('1985 0312 2010 01 1 002')).toBe('masukan');
    expect(jenisKetikan('IK1-7Q2M')).toBe('masukan');
    expect(jenisKetikan('  siti aminah ')).toBe('nama');
    expect(jenisKetikan('   ')).toBe('kosong');
  });
});
