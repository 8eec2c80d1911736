/**
 * A QR code as the smallest PNG that prints it sharply: qrcode builds the module matrix, this
 * writes it as a 1-bit greyscale PNG with `scale` pixels per module. qrcode's own PNG output goes
 * through pngjs (8-bit RGBA, zlib per image) and costs about 10× more per code for the same
 * picture; with thousands of forms per document that is most of the time (see the bench,
 * `qr-massal`).
 *
 * Pixels per module: Word and LibreOffice smooth an image they enlarge, so one pixel per module
 * prints a blurred edge a full module wide; with 4 the blur stays within a quarter module. The
 * repeated rows make the bitmap compress to a few hundred bytes (level 6: a third of level 9's
 * time for 15% more bytes).
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

export interface QrPngOptions {
  /** Pixels per module (default 4). */
  scale?: number;
  /** Quiet zone in modules (default 4, what the standard asks for). */
  margin?: number;
  /** Error correction (default Q: a quarter of the symbol may be stained or signed over). */
  level?: 'L' | 'M' | 'Q' | 'H';
}

const ALPHANUMERIC = /^[0-9A-Z $%*+./:-]+$/;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = chunk('IEND', Buffer.alloc(0));

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The module matrix: `size` × `size`, 1 for dark. */
export function qrModules(text: string, level: QrPngOptions['level'] = 'Q'): { size: number; data: Uint8Array } {
  // Form codes are all alphanumeric: naming the mode skips qrcode's search for the best mix of
  // segments (a shortest-path search per code), 40% of its time, for the same symbol.
  const input = ALPHANUMERIC.test(text) ? [{ data: text, mode: 'alphanumeric' as const }] : text;
  const m = QRCode.create(input, { errorCorrectionLevel: level }).modules;
  return { size: m.size, data: m.data };
}

/** Side of the PNG in pixels for a matrix of `size` modules. */
export const qrPixels = (size: number, opts: QrPngOptions = {}): number => (size + 2 * (opts.margin ?? 4)) * (opts.scale ?? 4);

export function qrPng(text: string, opts: QrPngOptions = {}): Buffer {
  const { size, data } = qrModules(text, opts.level);
  return modulesPng(size, data, opts);
}

export function modulesPng(size: number, data: Uint8Array, opts: QrPngOptions = {}): Buffer {
  const scale = opts.scale ?? 4;
  const margin = opts.margin ?? 4;
  const side = (size + 2 * margin) * scale;
  const stride = 1 + Math.ceil(side / 8);
  // Greyscale 1 bit: 0 is black, 1 white. Filter 0 on each row; identical rows compress to almost nothing.
  const raw = Buffer.alloc(stride * side);
  const white = Buffer.alloc(stride - 1, 0xff);
  for (let y = 0; y < side; y++) {
    const row = y * stride;
    white.copy(raw, row + 1);
    const my = Math.floor(y / scale) - margin;
    if (my < 0 || my >= size) continue;
    if (y % scale !== 0) {
      raw.copy(raw, row, row - stride, row); // the same module row as the pixel row above
      continue;
    }
    for (let mx = 0; mx < size; mx++) {
      if (!data[my * size + mx]) continue;
      for (let x = (mx + margin) * scale, end = x + scale; x < end; x++) raw[row + 1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 6 })), IEND]);
}
