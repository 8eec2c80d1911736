import type { z } from 'zod';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import type { SuratPanggilanSchema } from '../../../../shared/dokumen/jenis/surat-panggilan/def';
import { anggotaDari, dokumenUntuk, identitas, pelanggaran, pemeriksaDari, tahapTerakhir, KONTEKS_KOSONG, type KonteksIsi } from './bersama';

/**
 * Surat Panggilan I or II from the summons stage: the examination date, time and place it set, the
 * examiners (the tim when formed, else the official it named); Panggilan II names the first letter.
 */
export function isiSuratPanggilan(kasus: Kasus, t: Terlapor, konteks: KonteksIsi = KONTEKS_KOSONG): z.input<typeof SuratPanggilanSchema> {
  const ke = konteks.ke ?? (tahapTerakhir(t, 'panggilan-2') ? 2 : 1);
  const tahap = tahapTerakhir(t, ke === 2 ? 'panggilan-2' : 'panggilan-1');
  const pemeriksa = t.tim.length ? pemeriksaDari(t) : tahap ? [anggotaDari(tahap.data.pemeriksa, tahap.data.pemeriksa.peran || 'Atasan langsung')] : pemeriksaDari(t);
  const pertama = ke === 2 ? dokumenUntuk(kasus, 'surat-panggilan', t, 'Surat Panggilan I ').at(-1) : undefined;
  return {
    kasusId: kasus.id,
    terlaporId: t.id,
    ke: ke === 2 ? '2' : '1',
    ...identitas(t),
    ...pelanggaran(kasus),
    pemeriksa,
    tanggalPeriksa: tahap?.data.tanggalPeriksa ?? '',
    pukul: tahap?.data.jam ?? '',
    tempat: tahap?.data.tempat ?? '',
    nomorPanggilanI: pertama?.nomor ?? '',
    tanggalPanggilanI: ke === 2 ? (pertama?.tanggal ?? tahapTerakhir(t, 'panggilan-1')?.tanggal ?? '') : '',
    tembusan: [],
  };
}
