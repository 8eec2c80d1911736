import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { isiAkibat, jumlahTeks, keTeks, namaHukuman } from '../../../../shared/domain/hukuman-teks';
import type { TingkatHukuman } from '../../../../shared/domain/kasus';
import { hukumanDiputus, identitasDari, pasalDari, perbuatanDari, tolak } from './sanksi-umum';

/** Levels of the decree's title: a dismissal is a heavy (berat) sanction of PP 94/2021. */
const TINGKAT_KEPUTUSAN: Partial<Record<TingkatHukuman, 'ringan' | 'sedang' | 'berat'>> = { ringan: 'ringan', sedang: 'sedang', berat: 'berat', pemberhentian: 'berat' };

/**
 * The decree of sanction's data from the case: the person, what they did and when, the article, the
 * sanction with its duration and consequence (the frozen rule set's `akibat`, dates filled once the
 * decree was received), the effective day (`mulai-hukuman` rule) and the objection period
 * (`masa-keberatan` rule). A rule the set lacks is refused by name, never replaced by a constant.
 */
export function isiKeputusanHukumanDisiplin(k: Kasus, t: Terlapor): Record<string, unknown> {
  const orang = identitasDari(t);
  const h = hukumanDiputus(k, t);
  const tingkat = TINGKAT_KEPUTUSAN[h.tingkat] ?? tolak(`Hukuman "${h.nama}" bertingkat ${h.tingkat}: bukan hukuman disiplin yang diputus dengan keputusan ini.`);
  const aturan = (kode: string) =>
    k.aturan.isi.tenggat.find((x) => x.kode === kode) ?? tolak(`Perangkat aturan kasus ${k.nomorRegister} (${k.aturan.nama}) tidak punya aturan "${kode}": tambahkan di Pengaturan → Aturan kasus.`);
  const banding = h.tetap;
  return {
    kasusId: k.id,
    terlaporId: t.id,
    ...orang,
    tingkat,
    hukuman: namaHukuman(h),
    akibat: isiAkibat(h, t.hukumanMulai, t.hukumanSelesai),
    perbuatan: perbuatanDari(k, t),
    tanggalPelanggaran: k.tanggalKejadian,
    pasal: pasalDari(k),
    mulaiBerlaku: keTeks(aturan('mulai-hukuman')),
    masaKeberatan: jumlahTeks(aturan('masa-keberatan')),
    // PP 94/2021: a dismissal is appealed (banding administratif), the other sanctions objected to (verify)
    upaya: banding ? 'banding administratif' : 'keberatan',
    kepadaUpaya: banding ? 'Badan Pertimbangan Aparatur Sipil Negara' : 'atasan Pejabat yang Berwenang Menghukum',
    sanksiMoral: t.sanksiMoral ?? 'tidak ada',
    tembusan: [
      'Kepala Kantor Regional Badan Kepegawaian Negara',
      'Inspektur Daerah',
      `Kepala ${t.unitInduk || t.unitKerja}`,
      'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      `Berkas kepegawaian Saudara ${t.nama}`,
    ],
  };
}
