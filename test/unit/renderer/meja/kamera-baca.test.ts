import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { SaringUlang, bacaBingkai, ukuranBaca } from '../../../../renderer/src/features/meja/kamera-baca';

/**
 * A camera-like frame: the QR of `text` drawn at `scale` px a module, off-centre on a grey
 * background with a little noise and a dark edge, as a phone held up at a desk would see it.
 */
function bingkai(text: string, w: number, h: number, scale: number, seed = 1): Uint8ClampedArray {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const px = new Uint8ClampedArray(w * h * 4);
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 30 - 15;
  const ox = Math.floor(w * 0.3);
  const oy = Math.floor(h * 0.2);
  const quiet = 4 * scale;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let v = x < 20 ? 40 : 150; // grey table, a dark edge
      const qx = x - ox;
      const qy = y - oy;
      if (qx >= -quiet && qy >= -quiet && qx < n * scale + quiet && qy < n * scale + quiet) {
        const mx = Math.floor(qx / scale);
        const my = Math.floor(qy / scale);
        v = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx) ? 30 : 235;
      }
      const i = (y * w + x) * 4;
      const g = v + rnd();
      px[i] = g;
      px[i + 1] = g;
      px[i + 2] = g;
      px[i + 3] = 255;
    }
  return px;
}

describe('reading a QR code from a camera frame (jsQR, bundled)', () => {
  it('decodes a pledge-form code and a NIP from frames at the size the desk scales to', () => {
    const { lebar, tinggi } = ukuranBaca(1280, 720);
    expect([lebar, tinggi]).toEqual([640, 360]);
    for (const text of ['IK1-7Q2M-9XK4-F3', '198503122010011002']) {
      expect(bacaBingkai(bingkai(text, lebar, tinggi, 5), lebar, tinggi)).toBe(text);
    }
  });

  it('answers null for a frame without a code', () => {
    const w = 320;
    const h = 240;
    const px = new Uint8ClampedArray(w * h * 4).fill(140);
    expect(bacaBingkai(px, w, h)).toBeNull();
  });

  it('counts a code held in view once, and again only after it was out of sight', () => {
    const s = new SaringUlang(2500);
    expect(s.lihat('A', 0)).toBe(true);
    expect(s.lihat('A', 150)).toBe(false);
    for (let t = 300; t <= 6000; t += 150) expect(s.lihat('A', t)).toBe(false); // held in view for 6 s
    expect(s.lihat(null, 6200)).toBe(false);
    expect(s.lihat('B', 6300)).toBe(true);
    expect(s.lihat(null, 9000)).toBe(false); // B out of sight > 2.5 s
    expect(s.lihat('B', 9100)).toBe(true);
  });
});
