import type { InfoMeja } from '../../../../shared/contract/meja';
import { transport } from '../../api/client';

export type { InfoMeja, SesiMeja, StatusMeja } from '../../../../shared/contract/meja';

/**
 * Which device this page runs on. A paired desk's listener fills `meja.info` from its session
 * cookie; without a session it answers 401 (show the pairing form). The organiser's own app has no
 * desk session: there the call is refused otherwise (its input lacks the session id).
 */
export async function kenaliPerangkat(): Promise<{ jenis: 'meja'; info: InfoMeja } | { jenis: 'belum-dipasang' } | { jenis: 'penyelenggara' }> {
  // The desk listener fills in sesiId; the organiser's host validates the input as sent and refuses it.
  const r = await transport.invoke('meja.info', {} as { sesiId: number });
  if (r.ok) return { jenis: 'meja', info: r.value };
  if (r.error.code === 'TIDAK_BERWENANG') return { jenis: 'belum-dipasang' };
  return { jenis: 'penyelenggara' };
}
