import type { z } from 'zod';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import type { KeputusanPembebasanSementaraSchema } from '../../../../shared/dokumen/jenis/keputusan-pembebasan-sementara/def';
import { dasarLaporan, identitas, pelanggaran } from './bersama';

/** The decree of temporary release: the person, the violation, from the date the case records. */
export function isiKeputusanPembebasanSementara(kasus: Kasus, t: Terlapor): z.input<typeof KeputusanPembebasanSementaraSchema> {
  return {
    kasusId: kasus.id,
    terlaporId: t.id,
    ...identitas(t),
    ...pelanggaran(kasus),
    dasarLaporan: dasarLaporan(kasus),
    sejak: t.dibebaskanSejak ?? '',
    pelaksanaTugas: '',
    tembusan: [],
  };
}
