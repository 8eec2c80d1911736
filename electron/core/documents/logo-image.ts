/**
 * Checks a logo by its bytes, not its name: PNG or JPEG only, with the pixel size read from the
 * PNG IHDR chunk or the JPEG SOF marker. Both renderers embed the bytes as they are, so a file
 * that is not really an image (a PDF renamed .png) or is cut short must be refused here.
 */

import { AppError } from '../../../shared/contract/result';

export const LOGO_MAX_BYTES = 500 * 1024;
/** Shortest side: smaller emblems print as a blur at kop size. */
const MIN_PX = 32;
/** Longest side. */
const MAX_PX = 4000;
/** Longest side over shortest side: the kop gives the logo a roughly square box. */
const MAX_RATIO = 4;

export interface LogoImage {
  type: 'png' | 'jpg';
  widthPx: number;
  heightPx: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const EOI = Buffer.from([0xff, 0xd9]);

const startsWith = (b: Uint8Array, sig: readonly number[]) => b.length >= sig.length && sig.every((v, i) => b[i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** Names a few formats people pick by mistake, so the message says what the file really is. */
function whatItIs(b: Uint8Array): string | null {
  const head = ascii(b, 0, Math.min(b.length, 16));
  if (head.startsWith('%PDF')) return 'dokumen PDF';
  if (head.startsWith('GIF8')) return 'gambar GIF';
  if (head.startsWith('BM')) return 'gambar BMP';
  if (head.startsWith('RIFF') && ascii(b, 8, 12) === 'WEBP') return 'gambar WebP';
  if (/^\s*<(\?xml|svg)/i.test(head)) return 'gambar SVG';
  if (head.startsWith('PK')) return 'dokumen Office atau arsip ZIP';
  return null;
}

const rusak = (name: string, detail: string, label = 'logo') =>
  new AppError('VALIDASI', `Berkas ${label} rusak: "${name}" ${detail}. Simpan ulang gambarnya (misalnya dari aplikasi pengolah gambar), lalu pilih lagi.`);

const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) + b[i + 1]!;

/** Walks the chunks up to IEND: a file cut short (or padded with garbage chunks) is refused. */
function readPng(b: Uint8Array, name: string, label: string): LogoImage {
  if (b.length < 33 || ascii(b, 12, 16) !== 'IHDR') throw rusak(name, 'tidak memiliki kepala PNG (IHDR) yang utuh', label);
  const widthPx = u32(b, 16);
  const heightPx = u32(b, 20);
  for (let at = 8; ; ) {
    if (at + 12 > b.length) throw rusak(name, 'terpotong (bagian akhir PNG tidak ada)', label);
    const length = u32(b, at);
    const type = ascii(b, at + 4, at + 8);
    at += 12 + length;
    if (at > b.length) throw rusak(name, `terpotong di tengah bagian ${type}`, label);
    if (type === 'IEND') break;
  }
  return { type: 'png', widthPx, heightPx };
}

/** SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function readJpeg(b: Uint8Array, name: string, label: string): LogoImage {
  let at = 2;
  while (at < b.length) {
    if (b[at] !== 0xff) throw rusak(name, 'memiliki penanda JPEG yang tidak sah', label);
    while (b[at] === 0xff) at++; // fill bytes
    const marker = b[at++];
    if (marker === undefined) break;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // no length
    if (marker === 0xd9 || marker === 0xda) break; // EOI or scan data before any frame header
    if (at + 2 > b.length) break;
    const length = u16(b, at);
    if (isSof(marker)) {
      if (at + 7 > b.length) break;
      const heightPx = u16(b, at + 3);
      const widthPx = u16(b, at + 5);
      // the image data must end with EOI (FF D9) somewhere after the frame header
      // (scan data escapes FF bytes, so FF D9 after the frame header is the real end marker)
      if (Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(EOI, at) < 0)
        throw rusak(name, 'terpotong (penanda akhir JPEG tidak ada)', label);
      return { type: 'jpg', widthPx, heightPx };
    }
    at += length;
  }
  throw rusak(name, 'tidak memiliki ukuran gambar JPEG (SOF)', label);
}

/** Refuses a file over the limit (callers check the size on disk before reading it). */
export function checkLogoSize(bytes: number): void {
  if (bytes > LOGO_MAX_BYTES)
    throw new AppError(
      'VALIDASI',
      `Logo terlalu besar: ${Math.ceil(bytes / 1024)} KB; paling besar ${LOGO_MAX_BYTES / 1024} KB. ` +
        'Perkecil ukuran gambarnya (misalnya lebar 300–600 piksel cukup untuk kop), lalu pilih lagi.',
    );
}

/** Validates logo bytes; `name` is the file name the clerk chose, used in messages. */
export function readLogoImage(bytes: Uint8Array, name: string): LogoImage {
  checkLogoSize(bytes.length);
  const image = readPngOrJpeg(bytes, name, 'logo');
  checkLogoDimensions(image.widthPx, image.heightPx);
  return image;
}

/** The type and pixel size of PNG or JPEG bytes, walked to their end; `label` ("logo", "foto") names the file in messages. */
export function readPngOrJpeg(bytes: Uint8Array, name: string, label: string): LogoImage {
  if (startsWith(bytes, PNG_SIGNATURE)) return readPng(bytes, name, label);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return readJpeg(bytes, name, label);
  const actual = whatItIs(bytes);
  const Label = label[0]!.toUpperCase() + label.slice(1);
  throw new AppError(
    'VALIDASI',
    `${Label} harus berupa gambar PNG atau JPG; berkas "${name}" ${actual ? `ternyata ${actual}` : 'bukan gambar PNG atau JPG'}, ` +
      `walaupun nama berkasnya berakhiran seperti gambar. Simpan ${label} sebagai PNG atau JPG, lalu pilih lagi.`,
  );
}

/**
 * Refuses a logo the letterhead cannot hold: the shape first (a banner or a strip breaks the kop
 * whatever its size), then a short side under MIN_PX, then a long side over MAX_PX.
 */
export function checkLogoDimensions(widthPx: number, heightPx: number): void {
  const size = `${widthPx}×${heightPx} piksel`;
  const short = Math.min(widthPx, heightPx);
  const long = Math.max(widthPx, heightPx);
  if (short === 0) throw new AppError('VALIDASI', `Logo tidak memiliki ukuran (${size}). Simpan ulang gambarnya, lalu pilih lagi.`);
  if (long > MAX_RATIO * short)
    throw new AppError(
      'VALIDASI',
      `Logo terlalu ${widthPx > heightPx ? 'lebar' : 'tinggi'} (${size}): sisi panjangnya lebih dari ${MAX_RATIO} kali sisi pendeknya, ` +
        'sehingga kop surat menjadi rusak; pakai gambar lambang yang kira-kira persegi.',
    );
  if (short < MIN_PX)
    throw new AppError(
      'VALIDASI',
      `Logo terlalu kecil (${size}): sisi terpendeknya paling sedikit ${MIN_PX} piksel agar lambang tetap terbaca saat dicetak. Pakai gambar yang lebih besar.`,
    );
  if (long > MAX_PX)
    throw new AppError(
      'VALIDASI',
      `Logo terlalu besar (${size}): sisi terpanjangnya paling banyak ${MAX_PX} piksel. Perkecil gambarnya (misalnya lebar 300–600 piksel cukup untuk kop), lalu pilih lagi.`,
    );
}
