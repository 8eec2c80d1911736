/**
 * The default texts shipped with Netra (version 1 of each document type's texts). Imported
 * statically so every bundle (electron-vite main, tsx, vitest) carries them without a file lookup.
 */

import type { JenisDokumen } from '../../../shared/contract/dokumen';
import type { Teks } from '../../../shared/dokumen/teks';
import skSatgas from '../../../shared/dokumen/jenis/sk-satgas/teks.json';
import suratEdaran from '../../../shared/dokumen/jenis/surat-edaran/teks.json';
import suratUndangan from '../../../shared/dokumen/jenis/surat-undangan/teks.json';

export const TEKS_BAWAAN: Readonly<Record<JenisDokumen, Teks>> = {
  'surat-edaran': suratEdaran,
  'surat-undangan': suratUndangan,
  'sk-satgas': skSatgas,
};
