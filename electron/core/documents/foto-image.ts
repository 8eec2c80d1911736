/** Photos for the laporan kegiatan: PNG or JPEG checked by their bytes (as logos are), with limits for camera pictures. */
import { AppError } from '../../../shared/contract/result';
import { readPngOrJpeg, type LogoImage } from './logo-image';

export const FOTO_MAX_BYTES = 15 * 1024 * 1024;
/** Shortest side: smaller pictures print as a blur at half the text width. */
const MIN_PX = 200;
const MAX_PX = 12_000;

export function readFotoImage(bytes: Uint8Array, name: string): LogoImage {
  if (bytes.length > FOTO_MAX_BYTES)
    throw new AppError('VALIDASI', `Foto "${name}" terlalu besar: ${(bytes.length / 1024 / 1024).toFixed(1)} MB; paling besar ${FOTO_MAX_BYTES / 1024 / 1024} MB. Perkecil fotonya, lalu pilih lagi.`);
  const img = readPngOrJpeg(bytes, name, 'foto');
  const short = Math.min(img.widthPx, img.heightPx);
  const long = Math.max(img.widthPx, img.heightPx);
  if (short < MIN_PX) throw new AppError('VALIDASI', `Foto "${name}" terlalu kecil (${img.widthPx}×${img.heightPx} piksel): sisi terpendeknya paling sedikit ${MIN_PX} piksel.`);
  if (long > MAX_PX) throw new AppError('VALIDASI', `Foto "${name}" terlalu besar (${img.widthPx}×${img.heightPx} piksel): sisi terpanjangnya paling banyak ${MAX_PX} piksel.`);
  return img;
}
