import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { namaHukuman } from '../../../../shared/domain/hukuman-teks';
import { HASIL_LABEL, SUMBER_LABEL, TAHAP_LABEL } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { keputusanArsip, tahapTerakhir } from './sanksi-umum';

const tanpaPipa = (s: string) => s.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();

/** What was done about one person, in the words of the report (the sanction with its decree, or why not). */
export function tindakLanjutTerlapor(k: Kasus, t: Terlapor): string {
  const putusan = tahapTerakhir(t, 'keputusan');
  const alasan = putusan?.data.alasan.trim() ?? '';
  switch (t.hasil) {
    case 'hukuman': {
      const h = t.hukuman ? k.aturan.isi.hukuman.find((x) => x.kode === t.hukuman) : undefined;
      const sk = keputusanArsip(k, t);
      const moral = t.sanksiMoral ? `, serta sanksi moral berupa pernyataan secara ${t.sanksiMoral}` : '';
      const dasar = sk ? ` dengan Keputusan Nomor ${sk.nomor} tanggal ${formatTanggal(sk.tanggal)}` : putusan ? ` (diputus tanggal ${formatTanggal(putusan.tanggal)})` : '';
      return `Dijatuhi hukuman disiplin${h ? ` tingkat ${h.tingkat} berupa ${namaHukuman(h)}` : ''}${moral}${dasar}`;
    }
    case 'tidak-terbukti':
    case 'dihentikan':
    case 'diteruskan':
      return `${HASIL_LABEL[t.hasil]}${alasan ? `: ${alasan}` : ''}`;
    default:
      return `Masih dalam proses: ${TAHAP_LABEL[t.tahap]}`;
  }
}

/** The follow-up report to BKN and the recommending body: the recommendation, then every person named in it. */
export function isiLaporanTindakLanjut(k: Kasus, t: Terlapor): Record<string, unknown> {
  const pengirim = k.pelapor.trim() || SUMBER_LABEL[k.sumber];
  const baris = k.terlapor
    .filter((x) => x.diarsipkan === null)
    .map((x) => [x.nama, x.nip ?? '', [x.jabatan, x.unitKerja || x.instansi].filter(Boolean).join(', '), tindakLanjutTerlapor(k, x)].map(tanpaPipa).join(' | '));
  return {
    kasusId: k.id,
    terlaporId: t.id,
    hal: 'Laporan Tindak Lanjut Rekomendasi Pelanggaran Netralitas ASN',
    sifat: 'Penting',
    // BKN always; the recommending body by its head (Bawaslu, the Satgas); a public complaint is answered through its own channel
    kepada: ['Kepala Badan Kepegawaian Negara', ...(k.sumber === 'bawaslu' || k.sumber === 'satgas' ? [/^ketua\b/i.test(pengirim) ? pengirim : `Ketua ${pengirim}`] : [])],
    rekomendasi: `${k.sumber === 'bawaslu' || k.sumber === 'bkn' || k.sumber === 'kasn' ? 'Rekomendasi' : 'Laporan'} ${pengirim}`,
    nomorRekomendasi: k.nomorSurat,
    tanggalRekomendasi: k.tanggalSurat ?? k.tanggalDiterima,
    perihal: k.pemilihan ? `dugaan pelanggaran netralitas Aparatur Sipil Negara pada ${k.pemilihan}` : 'dugaan pelanggaran netralitas Aparatur Sipil Negara',
    terlapor: baris,
    tembusan: ['Kepala Kantor Regional Badan Kepegawaian Negara'],
  };
}
