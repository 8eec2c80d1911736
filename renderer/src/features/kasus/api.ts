import type { AturanKasus } from '../../../../shared/contract/aturan-kasus';
import { call } from '../../api/client';

/**
 * The rule sets in force on an incident date (`berlaku`), and the ones the clerk may pick from when
 * that is not exactly one (`calon`: those in force, or every set when none is).
 */
export async function aturanBerlaku(tanggal: string): Promise<{ berlaku: AturanKasus[]; calon: AturanKasus[] }> {
  const berlaku = await call('aturan.berlaku', { tanggal });
  if (berlaku.length !== 0) return { berlaku, calon: berlaku.length > 1 ? berlaku : [] };
  return { berlaku, calon: await call('aturan.list', {}) };
}
