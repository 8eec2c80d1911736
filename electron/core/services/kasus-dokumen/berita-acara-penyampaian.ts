import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { keputusanUntuk } from './panggilan-penyampaian';
import { identitasDari, tahapTerakhir } from './sanksi-umum';

/**
 * The receipt of the decree: how it was delivered and when it was received, from the delivery stage
 * once recorded (the summons the person did not answer is named when it was sent instead).
 */
export function isiBeritaAcaraPenyampaian(k: Kasus, t: Terlapor): Record<string, unknown> {
  const orang = identitasDari(t);
  const sk = keputusanUntuk(k, t);
  const sampai = tahapTerakhir(t, 'penyampaian');
  const panggilan = [...k.dokumen].reverse().find((d) => d.jenis === 'panggilan-penyampaian' && d.batal === null && d.hal.endsWith(`kepada ${t.nama}`));
  return {
    kasusId: k.id,
    terlaporId: t.id,
    ...orang,
    ...sk,
    cara: sampai?.data.cara ?? 'langsung',
    tanggalDiterima: sampai?.data.tanggalDiterima ?? '',
    alamat: '',
    tanggalDikirim: sampai?.data.cara === 'dikirim' ? sampai.tanggal : '',
    panggilan: panggilan ? `Nomor ${panggilan.nomor} tanggal ${formatTanggal(panggilan.tanggal)}` : '',
    tembusan: [`Kepala ${t.unitInduk || t.unitKerja}`],
  };
}
