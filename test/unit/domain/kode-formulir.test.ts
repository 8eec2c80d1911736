import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bacaKodeFormulir, buatKodeFormulir, FORMULIR_ID_MAKS, KAMPANYE_ID_MAKS, PANJANG_KODE, type FormMac } from '../../../shared/domain/kode-formulir';
import { formMac, KodeFormulirService, kunciFormulir } from '../../../electron/core/kode-formulir-kunci';
import { makeCore, tempDir } from '../../helpers/core';

const KEY = Buffer.alloc(32, 7);
const mac: FormMac = (m) => createHmac('sha256', KEY).update(m).digest();
const otherMac: FormMac = (m) => createHmac('sha256', Buffer.alloc(32, 8)).update(m).digest();
const SYMBOLS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** What bacaKodeFormulir reads a base32 character as (Crockford's look-alikes). */
const alias = (c: string) => (c === 'O' ? '0' : c === 'I' || c === 'L' ? '1' : c);

describe('kode formulir', () => {
  it.each([
    [1, 1],
    [7, 10_000],
    [1234, 987_654],
    [KAMPANYE_ID_MAKS, FORMULIR_ID_MAKS],
  ])('round trip: kampanye %i, formulir %i', (kampanyeId, formulirId) => {
    const kode = buatKodeFormulir({ kampanyeId, formulirId }, mac);
    expect(kode).toMatch(/^IK1-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(kode).toHaveLength(PANJANG_KODE);
    expect(bacaKodeFormulir(kode, mac)).toEqual({ ok: true, kode, kampanyeId, formulirId });
  });

  it('different forms get different codes, the same form always the same', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => buatKodeFormulir({ kampanyeId: 3, formulirId: i + 1 }, mac)));
    expect(codes.size).toBe(2000);
    expect(buatKodeFormulir({ kampanyeId: 3, formulirId: 5 }, mac)).toBe(buatKodeFormulir({ kampanyeId: 3, formulirId: 5 }, mac));
  });

  it('refuses ids out of range when printing', () => {
    for (const [k, f] of [[0, 1], [1, 0], [KAMPANYE_ID_MAKS + 1, 1], [1, FORMULIR_ID_MAKS + 1], [1.5, 1], [-1, 1]] as const) {
      expect(() => buatKodeFormulir({ kampanyeId: k, formulirId: f }, mac)).toThrow(/di luar rentang kode formulir/);
    }
  });

  it('every single-character change is refused', () => {
    const kode = buatKodeFormulir({ kampanyeId: 42, formulirId: 31_337 }, mac);
    let tried = 0;
    for (let i = 0; i < kode.length; i++) {
      if (kode[i] === '-') continue;
      for (const c of SYMBOLS) {
        // Look-alikes of the same character read as that character (that is the point of them).
        if (i >= 3 && alias(c) === alias(kode[i]!)) continue;
        if (c === kode[i]) continue;
        const changed = kode.slice(0, i) + c + kode.slice(i + 1);
        const r = bacaKodeFormulir(changed, mac);
        expect(r.ok, changed).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(20 * 30);
  });

  it('the wrong key is refused with its own reason', () => {
    const kode = buatKodeFormulir({ kampanyeId: 2, formulirId: 9 }, mac);
    const r = bacaKodeFormulir(kode, otherMac);
    expect(r).toEqual({ ok: false, alasan: 'periksa', pesan: expect.stringContaining('tidak dicetak oleh Netra ini') });
  });

  it('normalises what a scanner or a clerk types', () => {
    const kode = buatKodeFormulir({ kampanyeId: 21, formulirId: 4242 }, mac);
    const compact = kode.replace(/-/g, '');
    const variants = [
      kode.toLowerCase(),
      ` ${kode}\r\n`,
      `${kode}\t`,
      compact,
      compact.toLowerCase(),
      kode.replace(/-/g, ' '),
      kode.replace(/0/g, 'O'),
      kode.slice(0, 3) + kode.slice(3).replace(/1/g, 'l'),
    ];
    for (const v of variants) expect(bacaKodeFormulir(v, mac), JSON.stringify(v)).toEqual({ ok: true, kode, kampanyeId: 21, formulirId: 4242 });
  });

  it.each([
    ['', /kosong/],
    ['   \n', /kosong/],
    ['IK1ß0001ß0000Aß7KQ2M9XD', /tanda "ß".*tata letak papan ketik/],
    ['IK1/0001/0000A', /tanda "\/"/],
    ['198503122010011004', /Ini NIP, bukan kode formulir/],
    ['XK1-0001-0000A-7KQ2M9XD', /diawali IK1/],
    ['IK1-0001-0000A-7KQ2M9X', /harus 20 huruf\/angka.*yang terbaca 19/],
    ['IK1-0001-0000A-7KQ2M9XDD', /yang terbaca 21/],
    ['IK1-0001-0000U-7KQ2M9XD', /huruf "U"/],
    ['IK1-0000-0000A-7KQ2M9XD', /nol/],
    ['IK1-0001-0000A-7KQ2M9XD', /tanda periksanya tidak cocok/],
  ])('refuses %j clearly', (text, message) => {
    const r = bacaKodeFormulir(text, mac);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toMatch(message);
  });
});

describe('kunci kode formulir', () => {
  it('is made once in the database and reused; another database has another key', () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const a = kunciFormulir(core.db);
    expect(a).toHaveLength(32);
    expect(kunciFormulir(core.db).equals(a)).toBe(true);
    const kode = KodeFormulirService.forDatabase(core.db).buat({ kampanyeId: 1, formulirId: 2 });
    core.close();
    // Codes survive a restart; another data folder has another key.
    const again = makeCore(dir);
    expect(KodeFormulirService.forDatabase(again.db).baca(kode).ok).toBe(true);
    again.close();
    const other = makeCore();
    expect(KodeFormulirService.forDatabase(other.db).baca(kode)).toMatchObject({ ok: false, alasan: 'periksa' });
    other.close();
    expect(bacaKodeFormulir(kode, formMac(a)).ok).toBe(true);
  });

  it('a key of another length is refused by the table, never stored', () => {
    const core = makeCore();
    expect(() => core.db.prepare('INSERT INTO kunci_formulir (id, kunci, created_at) VALUES (1, ?, ?)').run(Buffer.alloc(5), 'x')).toThrow(/CHECK/);
    core.close();
  });

  it('a backup carries the key: forms printed before a restore are still recognised after it', async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const kode = core.kodeFormulir().buat({ kampanyeId: 3, formulirId: 9 });
    const backup = await core.cadangan.buat('sebelum uji');
    // the key lost (a database rebuilt by hand): a new one is made and the printed form is refused …
    core.db.prepare('DELETE FROM kunci_formulir').run();
    core.close();
    const later = makeCore(dir);
    expect(later.kodeFormulir().baca(kode)).toMatchObject({ ok: false, alasan: 'periksa' });
    // … until the backup is restored, which brings its key back (and the cached one is dropped)
    await later.cadangan.pulihkan(backup.id);
    expect(later.kodeFormulir().baca(kode).ok).toBe(true);
    later.close();
  });
});
