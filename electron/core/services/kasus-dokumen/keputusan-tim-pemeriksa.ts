import type { z } from 'zod';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import type { KeputusanTimPemeriksaSchema } from '../../../../shared/dokumen/jenis/keputusan-tim-pemeriksa/def';
import { tingkatTertinggi } from '../../../../shared/domain/prosedur-kasus';
import { anggotaDari, dasarLaporan, identitas, pelanggaran } from './bersama';

/** The decree forming the tim pemeriksa: the person, the violation and its level from the catalogue, the team as recorded. */
export function isiKeputusanTimPemeriksa(kasus: Kasus, t: Terlapor): z.input<typeof KeputusanTimPemeriksaSchema> {
  const tingkat = tingkatTertinggi(kasus.aturan.isi, kasus.pelanggaran);
  return {
    kasusId: kasus.id,
    terlaporId: t.id,
    ...identitas(t),
    ...pelanggaran(kasus),
    dasarLaporan: dasarLaporan(kasus),
    // a tim examines sedang and berat; dismissal is the gravest berat outcome
    tingkat: tingkat === 'berat' || tingkat === 'pemberhentian' ? 'berat' : 'sedang',
    anggota: t.tim.map((p) => anggotaDari(p)),
    tembusan: [],
  };
}
