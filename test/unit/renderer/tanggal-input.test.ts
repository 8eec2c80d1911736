import { describe, expect, it } from 'vitest';
import { formatTanggalInput, parseTanggalInput } from '../../../renderer/src/lib/tanggal-input';

describe('formatTanggalInput', () => {
  it('shows an ISO date day first', () => {
    expect(formatTanggalInput('2026-08-17')).toBe('17/08/2026');
    expect(formatTanggalInput('2024-02-29')).toBe('29/02/2024');
  });
  it('leaves empty, half-typed and impossible text as it is', () => {
    expect(formatTanggalInput('')).toBe('');
    expect(formatTanggalInput('17/08')).toBe('17/08');
    expect(formatTanggalInput('2026-02-30')).toBe('2026-02-30');
  });
});

describe('parseTanggalInput', () => {
  const iso = (t: string) => {
    const p = parseTanggalInput(t);
    return p.ok ? p.iso : `!${p.pesan}`;
  };
  it('reads the day first, with any separator', () => {
    expect(iso('17/08/2026')).toBe('2026-08-17');
    expect(iso('1/2/2026')).toBe('2026-02-01'); // 1 February, never 2 January
    expect(iso('17-8-2026')).toBe('2026-08-17');
    expect(iso('17.08.2026')).toBe('2026-08-17');
    expect(iso(' 17/08/2026 ')).toBe('2026-08-17');
  });
  it('reads eight digits as ddmmyyyy, month names, and ISO', () => {
    expect(iso('17082026')).toBe('2026-08-17');
    expect(iso('17 Agustus 2026')).toBe('2026-08-17');
    expect(iso('17 Agt 2026')).toBe('2026-08-17');
    expect(iso('2026-08-17')).toBe('2026-08-17');
  });
  it('is empty for empty text', () => {
    expect(parseTanggalInput('  ')).toEqual({ ok: true, iso: '' });
  });
  it('says why a date is refused', () => {
    expect(iso('31/02/2026')).toBe('!Tanggal 31/02/2026 tidak ada di kalender.');
    expect(iso('17/08/26')).toMatch(/^!Tulis tahun dengan 4 angka/);
    expect(iso('besok')).toMatch(/^!Tanggal tidak dikenali\. Tulis HH\/BB\/TTTT/);
    expect(iso('13/13/2026')).toMatch(/tidak ada di kalender/);
  });
  it('checks inclusive bounds', () => {
    expect(parseTanggalInput('31/12/2100', { max: '2100-12-31' })).toEqual({ ok: true, iso: '2100-12-31' });
    expect(parseTanggalInput('01/01/2101', { max: '2100-12-31' })).toEqual({ ok: false, pesan: 'Tanggal paling akhir 31/12/2100.' });
    expect(parseTanggalInput('31/12/1899', { min: '1900-01-01' })).toEqual({ ok: false, pesan: 'Tanggal paling awal 01/01/1900.' });
  });
  it('round-trips every day of a leap year', () => {
    for (let d = new Date(Date.UTC(2024, 0, 1)); d.getUTCFullYear() === 2024; d.setUTCDate(d.getUTCDate() + 1)) {
      const v = d.toISOString().slice(0, 10);
      expect(parseTanggalInput(formatTanggalInput(v))).toEqual({ ok: true, iso: v });
    }
  });
});
