import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { TAHAP_LABEL } from '../../../../shared/domain/kasus';
import { identitasDari, pasalDari, perbuatanDari, tolak } from './sanksi-umum';

/** The moral-sanction statement's data: closed or open as decided, the breach and the provisions of the code of ethics. */
export function isiPernyataanSanksiMoral(k: Kasus, t: Terlapor): Record<string, unknown> {
  const orang = identitasDari(t);
  if (!t.sanksiMoral) return tolak(`${t.nama} belum diputus dijatuhi sanksi moral (tahap sekarang: ${TAHAP_LABEL[t.tahap]}).`);
  const pasal = pasalDari(k, (p) => p.sanksiMoral);
  return {
    kasusId: k.id,
    terlaporId: t.id,
    ...orang,
    cara: t.sanksiMoral,
    pelanggaran: perbuatanDari(k, t),
    tanggalPelanggaran: k.tanggalKejadian,
    ketentuan: pasal
      ? `kewajiban menjaga netralitas sebagaimana dimaksud dalam ${pasal}, dan kode etik Pegawai Negeri Sipil menurut Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil`
      : 'kode etik Pegawai Negeri Sipil menurut Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil',
    forum: '',
    tembusan: ['Inspektur Daerah', `Kepala ${t.unitInduk || t.unitKerja}`, 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
  };
}
