import { z } from 'zod';
import { channel } from './channel';
import { JENIS_DOKUMEN, type JenisDokumen } from './dokumen';
import { Id } from './schemas';

/**
 * A case document's data filled from the case: the person's identity snapshot, the stage records,
 * the frozen rule set, the hearing's questions and answers. The answer opens in the Dokumen form
 * (bukaDrafDokumen) or goes to `dokumen.buat`; `profilId` is the kop the type usually goes out under.
 * Options name what the case alone does not decide; types that need none ignore them.
 */
export const KasusDokumenDataSchema = z
  .object({
    terlaporId: Id,
    /** The case the screen shows; when given, the person must belong to it. */
    kasusId: Id.optional(),
    jenis: z.enum(JENIS_DOKUMEN),
    /** Surat Panggilan I or II; null: the latest summons stage recorded for the person (I when none). */
    ke: z.union([z.literal(1), z.literal(2)]).nullable().default(null),
  })
  .strict();
export type KasusDokumenDataInput = z.output<typeof KasusDokumenDataSchema>;

export interface KasusDokumenData {
  jenis: JenisDokumen;
  data: Record<string, unknown>;
  /** The instansi profile the type starts with (office kop for letters, kop jabatan for decrees); null when none fits. */
  profilId: number | null;
}

export const kasusDokumenChannels = {
  'kasus.dokumen.data': channel<KasusDokumenData>()(KasusDokumenDataSchema),
} as const;
