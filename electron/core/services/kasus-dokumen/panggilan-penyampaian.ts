import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { jenjangDari, pejabatBerwenang } from '../../../../shared/domain/prosedur-kasus';
import { hukumanDiputus, identitasDari, keputusanArsip, tahapTerakhir } from './sanksi-umum';

/** The decree a delivery document names: the archived decree when Netra made it, else the decision's date. */
export function keputusanUntuk(k: Kasus, t: Terlapor) {
  const h = hukumanDiputus(k, t);
  const sk = keputusanArsip(k, t);
  const putusan = tahapTerakhir(t, 'keputusan');
  // who decided: the official set on the decision, else the rule table's row for this person and level
  const baris = pejabatBerwenang(k.aturan.isi, jenjangDari(t.statusKepegawaian, t.jenisJabatan, t.eselon), h.tingkat);
  const pejabat = putusan?.data.pejabatLain?.label ?? (baris ? (baris.pejabat === 'ppk' ? 'Pejabat Pembina Kepegawaian' : baris.label) : 'Pejabat yang Berwenang Menghukum');
  return {
    keputusan: `Keputusan ${pejabat}`,
    nomorKeputusan: sk?.nomor ?? '',
    tanggalKeputusan: sk?.tanggal ?? putusan?.tanggal ?? '',
    tentangKeputusan: sk ? sk.hal.replace(/^Keputusan\s+/i, '').replace(/\s*\(NIP [^)]*\)$/, '') : `penjatuhan hukuman disiplin atas nama ${t.nama}`,
  };
}

/** The summons to receive the decree: the person and the decree; day, time and room are the clerk's. */
export function isiPanggilanPenyampaian(k: Kasus, t: Terlapor): Record<string, unknown> {
  return {
    kasusId: k.id,
    terlaporId: t.id,
    ...identitasDari(t),
    ...keputusanUntuk(k, t),
    tanggalPenyampaian: '',
    pukul: '09.00',
    zonaWaktu: 'WIB',
    tempat: '',
    menghadap: '',
    tembusan: [`Kepala ${t.unitInduk || t.unitKerja}`],
  };
}
