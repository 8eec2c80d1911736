import type { z } from 'zod';
import type { LaporanHasilPemeriksaanSchema } from '../../../../shared/dokumen/jenis/laporan-hasil-pemeriksaan/def';
import type { PejabatBerwenang } from '../../../../shared/contract/aturan-kasus';
import type { InstansiProfil } from '../../../../shared/contract/dokumen';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { hukumanUntuk, jenjangDari, pejabatBerwenang, tingkatTertinggi } from '../../../../shared/domain/prosedur-kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { dokumenUntuk, identitas, kepalaDaerahDari, namaHukuman, pelanggaran, tahapTerakhir, KONTEKS_KOSONG, type KonteksIsi } from './bersama';

const MORAL = { tertutup: 'pernyataan secara tertutup', terbuka: 'pernyataan secara terbuka' } as const;

/** Who the report goes to, in words: the regional head for the PPK, the person's perangkat daerah head, or the superior. */
function tujuan(p: PejabatBerwenang | null, t: Terlapor, profil: InstansiProfil | null): string {
  if (!p) return '';
  if (p.pejabat === 'ppk') return kepalaDaerahDari(profil) || p.label;
  if (p.pejabat === 'kepala-perangkat-daerah') return t.unitInduk ? `Kepala ${t.unitInduk.replace(/^kepala\s+/i, '')}` : p.label;
  if (p.pejabat === 'atasan-langsung') return t.atasan?.jabatan || p.label;
  return p.label;
}

/**
 * The LHP from the report stage: the findings, proven or not, the proposed sanction (named from the
 * frozen rule set with its duration), and the deciding official from the rule table for the
 * person's position and the sanction's level (the case's highest level when none is proposed).
 */
export function isiLaporanHasilPemeriksaan(kasus: Kasus, t: Terlapor, konteks: KonteksIsi = KONTEKS_KOSONG): z.input<typeof LaporanHasilPemeriksaanSchema> {
  const lhp = tahapTerakhir(t, 'lhp');
  const d = lhp?.data;
  const isi = kasus.aturan.isi;
  const h = d?.usulanHukuman ? hukumanUntuk(isi, d.usulanHukuman, t.statusKepegawaian) : null;
  const tingkat = h?.tingkat ?? (d?.usulanSanksiMoral ? 'moral' : tingkatTertinggi(isi, kasus.pelanggaran));
  const pejabat = tingkat ? pejabatBerwenang(isi, jenjangDari(t.statusKepegawaian, t.jenisJabatan, t.eselon), tingkat) : null;
  const kepada = tujuan(pejabat, t, konteks.profil);
  const usulan = [h ? namaHukuman(h) : '', d?.usulanSanksiMoral ? `sanksi moral berupa ${MORAL[d.usulanSanksiMoral]}` : ''].filter(Boolean).join(' dan ');
  const periksa = tahapTerakhir(t, 'pemeriksaan');
  const bap = dokumenUntuk(kasus, 'berita-acara-pemeriksaan', t).at(-1);
  const v = pelanggaran(kasus);
  return {
    kasusId: kasus.id,
    terlaporId: t.id,
    kepada,
    ...identitas(t),
    ...v,
    tanggalPeriksa: periksa?.tanggal ?? lhp?.tanggal ?? '',
    bentuk: d?.bentuk || v.uraian,
    waktu: d?.waktu || formatTanggal(kasus.tanggalKejadian),
    tempatKejadian: d?.tempat || kasus.lokasi,
    memberatkan: d?.memberatkan ?? '',
    meringankan: d?.meringankan ?? '',
    dampak: d?.dampak ?? '',
    kesimpulan: d?.terbukti === false ? 'tidak-terbukti' : 'terbukti',
    usulanHukuman: d?.terbukti === false ? '' : usulan,
    pejabatBerwenang: pejabat ? (kepada && kepada !== pejabat.label ? `${kepada} selaku ${pejabat.label}` : pejabat.label) : '',
    lampiranBap: bap ? `Berita Acara Pemeriksaan Nomor ${bap.nomor} tanggal ${formatTanggal(bap.tanggal)}` : periksa ? `Berita Acara Pemeriksaan tanggal ${formatTanggal(periksa.tanggal)}` : 'Berita Acara Pemeriksaan',
    tembusan: [],
  };
}
