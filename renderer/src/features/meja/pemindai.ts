/**
 * Tells a USB barcode/QR scanner from a person at the keyboard. A scanner "types" a whole code in
 * a few milliseconds per key and ends it with Enter; a person types slower and unevenly. A burst is
 * a run of printable keys each within `gapMs` of the one before; it is a scan when it ends with
 * Enter, has at least `minLength` characters and its keys came on average faster than
 * `maxAvgGapMs` (a fast typist may hit a few keys 90 ms apart, never a dozen 20 ms apart). A pause
 * only starts a new burst: a scanner must end with Enter (every scanner's default suffix), so a burst
 * is never cut into a partial code by a busy moment. Pure: the hook feeds it the keys' time stamps
 * (the operating system's, so the page being busy does not stretch the gaps).
 */
export interface PemindaiOpsi {
  gapMs: number;
  minLength: number;
  maxAvgGapMs: number;
}

export const OPSI_PEMINDAI: PemindaiOpsi = { gapMs: 100, minLength: 6, maxAvgGapMs: 50 };

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
    // n keys and the Enter: n gaps from the first key to the Enter.
    const avg = (end - this.first) / this.buf.length;
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
