import { z } from 'zod';
import { channel } from './channel';
import { Id } from './schemas';
import type { ExportedFile } from './types';

/** The documents of an event: daftar hadir, laporan kegiatan, recap workbook. Each answers with a file to save. */
export const kegiatanDokumenChannels = {
  /** The attendance sheet: .docx to sign, or .xlsx with each person's attendance; one unit or all. */
  'kegiatan.daftarHadir': channel<ExportedFile>()(
    z.object({
      id: Id,
      format: z.enum(['docx', 'xlsx']).default('docx'),
      /** Each perangkat daerah on its own page(s). */
      pisahPerUnit: z.boolean().default(false),
      /** Only this perangkat daerah; null: every participant. */
      unitIndukId: Id.nullable().default(null),
    }),
  ),
  'kegiatan.laporan': channel<ExportedFile>()(z.object({ id: Id })),
  'kegiatan.rekap.export': channel<ExportedFile>()(z.object({ id: Id })),
} as const;
