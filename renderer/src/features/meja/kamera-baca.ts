import jsQR from 'jsqr';

/** The largest side a camera frame is scaled to before decoding: QR codes on a form held up stay readable, and a frame costs a few ms. */
export const SISI_MAKS = 640;
/** Frames decoded per second at most: the desk's main thread stays free for the USB scanner. */
export const INTERVAL_MS = 150;

/** The QR payload in one RGBA frame, or null (no code, or one that does not decode). */
export function bacaBingkai(rgba: Uint8ClampedArray, lebar: number, tinggi: number): string | null {
  const code = jsQR(rgba, lebar, tinggi, { inversionAttempts: 'dontInvert' });
  const data = code?.data.trim();
  return data ? data : null;
}

/** The size a frame is drawn at for decoding, keeping its aspect ratio. */
export function ukuranBaca(lebar: number, tinggi: number): { lebar: number; tinggi: number } {
  const k = Math.min(1, SISI_MAKS / Math.max(lebar, tinggi, 1));
  return { lebar: Math.max(1, Math.round(lebar * k)), tinggi: Math.max(1, Math.round(tinggi * k)) };
}

/**
 * A form held in front of the camera is seen in every frame: the same code counts once until it
 * has been out of sight for `jedaMs` (the core would answer "sudah tercatat" anyway; this keeps the
 * banner on the first answer).
 */
export class SaringUlang {
  private terakhir: string | null = null;
  private terlihat = 0;
  constructor(private readonly jedaMs = 2500) {}

  /** True when `code` (seen at `time`) is new and should be recorded; null: no code in this frame. */
  lihat(code: string | null, time: number): boolean {
    if (code === null) {
      if (this.terakhir !== null && time - this.terlihat > this.jedaMs) this.terakhir = null;
      return false;
    }
    const baru = code !== this.terakhir || time - this.terlihat > this.jedaMs;
    this.terakhir = code;
    this.terlihat = time;
    return baru;
  }
}
