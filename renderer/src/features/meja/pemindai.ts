/**
 * Tells a USB barcode/QR scanner from a person at the keyboard. A scanner "types" a whole code in
 * a few milliseconds per key and ends it with Enter; a person types slower and unevenly. A burst is
 * a run of printable keys each within `gapMs` of the one before; it is a scan when it ends with
 * Enter, has at least `minLength` characters and its keys came on average faster than
 * `maxAvgGapMs` (a fast typist may hit a few keys 90 ms apart, never a dozen 20 ms apart). A burst
 * that stops without Enter is a scan only when longer and faster still (scanners set up without a
 * suffix). Pure: the hook feeds it key events with their time stamps.
 */
export interface PemindaiOpsi {
  gapMs: number;
  minLength: number;
  maxAvgGapMs: number;
  /** Without Enter: at least this many characters, and on average this fast. */
  minLengthTanpaEnter: number;
  maxAvgGapTanpaEnterMs: number;
}

export const OPSI_PEMINDAI: PemindaiOpsi = { gapMs: 100, minLength: 6, maxAvgGapMs: 50, minLengthTanpaEnter: 10, maxAvgGapTanpaEnterMs: 30 };

export class PengumpulPindai {
  private buf = '';
  private first = 0;
  private last = 0;
  constructor(private readonly opsi: PemindaiOpsi = OPSI_PEMINDAI) {}

  /** A printable key at `time` ms; true when it starts a new burst (the caller snapshots the field then). */
  key(ch: string, time: number): boolean {
    const fresh = this.buf === '' || time - this.last > this.opsi.gapMs;
    if (fresh) {
      this.buf = '';
      this.first = time;
    }
    this.buf += ch;
    this.last = time;
    return fresh;
  }

  /** Enter at `time`: the scanned code, or null when the keys before it were typed by a person. */
  enter(time: number): string | null {
    const code = this.burst(time, this.opsi.minLength, this.opsi.maxAvgGapMs);
    this.reset();
    return code;
  }

  /** Called once the keys stopped for `gapMs`: a suffix-less scan, or null. Clears the burst either way. */
  idle(time: number): string | null {
    if (this.buf === '' || time - this.last < this.opsi.gapMs) return null;
    const code = this.burst(this.last, this.opsi.minLengthTanpaEnter, this.opsi.maxAvgGapTanpaEnterMs);
    this.reset();
    return code;
  }

  get pending(): boolean {
    return this.buf !== '';
  }

  reset(): void {
    this.buf = '';
  }

  private burst(end: number, minLength: number, maxAvg: number): string | null {
    if (this.buf === '' || end - this.last > this.opsi.gapMs) return null;
    const code = this.buf.trim();
    if (code.length < minLength) return null;
    // n keys have n-1 gaps between them, plus the one to the terminating Enter (0 for idle).
    const gaps = end > this.last ? this.buf.length : this.buf.length - 1;
    const avg = gaps > 0 ? (end - this.first) / gaps : 0;
    return avg <= maxAvg ? code : null;
  }
}

/**
 * What a clerk typed into the desk's one box and pressed Enter on: anything with a digit is a NIP
 * or a form code (sent as typed; the core ignores spaces), a text of letters is a name search.
 */
export function jenisKetikan(teks: string): 'masukan' | 'nama' | 'kosong' {
  const t = teks.trim();
  if (!t) return 'kosong';
  return /\d/.test(t) ? 'masukan' : 'nama';
}
