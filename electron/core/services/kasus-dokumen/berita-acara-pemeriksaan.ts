import type { z } from 'zod';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import type { BeritaAcaraPemeriksaanSchema } from '../../../../shared/dokumen/jenis/berita-acara-pemeriksaan/def';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { dokumenUntuk, identitas, pelanggaran, pemeriksaDari, tahapTerakhir, KONTEKS_KOSONG, type KonteksIsi } from './bersama';

/**
 * The BAP from the examination stage (its date, time, place, whether the examinee refused to sign)
 * and the pairs typed during the hearing; the tim's authority is its decree when one is archived.
 */
export function isiBeritaAcaraPemeriksaan(kasus: Kasus, t: Terlapor, { pasangan }: KonteksIsi = KONTEKS_KOSONG): z.input<typeof BeritaAcaraPemeriksaanSchema> {
  const periksa = tahapTerakhir(t, 'pemeriksaan');
  const panggilan = tahapTerakhir(t, 'panggilan-2') ?? tahapTerakhir(t, 'panggilan-1');
  const sk = dokumenUntuk(kasus, 'keputusan-tim-pemeriksa', t).at(-1);
  const dasar = sk
    ? `Keputusan Nomor ${sk.nomor} tanggal ${formatTanggal(sk.tanggal)} tentang Pembentukan Tim Pemeriksa atas Dugaan Pelanggaran Disiplin Pegawai Negeri Sipil`
    : t.tim.length > 1
      ? 'keputusan pejabat yang berwenang menghukum tentang pembentukan tim pemeriksa'
      : '';
  const menolak = periksa?.data.menolakTandaTangan === true;
  return {
    kasusId: kasus.id,
    terlaporId: t.id,
    tanggalPeriksa: periksa?.tanggal ?? panggilan?.data.tanggalPeriksa ?? '',
    pukul: periksa?.data.jam || panggilan?.data.jam || '',
    tempat: periksa?.data.tempat || panggilan?.data.tempat || '',
    pemeriksa: pemeriksaDari(t),
    dasarPemeriksaan: dasar,
    ...identitas(t),
    ...pelanggaran(kasus),
    pasangan: [...pasangan],
    tandaTanganTerperiksa: menolak ? 'menolak' : 'menandatangani',
    alasanMenolak: menolak ? (periksa?.data.catatan ?? '') : '',
  };
}
