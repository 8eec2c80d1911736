import { beritaAcaraPemeriksaan } from './berita-acara-pemeriksaan/def';
import { keputusanPembebasanSementara } from './keputusan-pembebasan-sementara/def';
import { keputusanTimPemeriksa } from './keputusan-tim-pemeriksa/def';
import { laporanHasilPemeriksaan } from './laporan-hasil-pemeriksaan/def';
import { buatRegistry, daftarkan } from './registry';
import { beritaAcaraPenyampaian } from './berita-acara-penyampaian/def';
import { keputusanHukumanDisiplin } from './keputusan-hukuman-disiplin/def';
import { laporanTindakLanjut } from './laporan-tindak-lanjut/def';
import { panggilanPenyampaian } from './panggilan-penyampaian/def';
import { pernyataanSanksiMoral } from './pernyataan-sanksi-moral/def';
import { suratKeteranganHukdis } from './surat-keterangan-hukdis/def';
import { skSatgas } from './sk-satgas/def';
import { suratEdaran } from './surat-edaran/def';
import { suratPanggilan } from './surat-panggilan/def';
import { suratPengingatIkrar } from './surat-pengingat-ikrar/def';
import { suratUndangan } from './surat-undangan/def';

/**
 * Every document type Netra ships, in the order the app offers them. Adding a type is its folder
 * (def.ts, formulir.ts, teks.json) plus one line here; the contract's JENIS_DOKUMEN, the core, the
 * CLI and the renderer read this list.
 */
export const DAFTAR_JENIS = [
  daftarkan(suratEdaran),
  daftarkan(suratUndangan),
  daftarkan(skSatgas),
  daftarkan(suratPengingatIkrar),
  daftarkan(suratPanggilan),
  daftarkan(beritaAcaraPemeriksaan),
  daftarkan(laporanHasilPemeriksaan),
  daftarkan(keputusanTimPemeriksa),
  daftarkan(keputusanPembebasanSementara),
  daftarkan(keputusanHukumanDisiplin),
  daftarkan(pernyataanSanksiMoral),
  daftarkan(panggilanPenyampaian),
  daftarkan(beritaAcaraPenyampaian),
  daftarkan(laporanTindakLanjut),
  daftarkan(suratKeteranganHukdis),
] as const;

export const JENIS = buatRegistry(DAFTAR_JENIS);

export type { BuildContext, JenisDef, KategoriDokumen } from './types';
export type { Jenis, JenisRegistry } from './registry';
