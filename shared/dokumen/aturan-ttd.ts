/**
 * Who signs decides the look (Permendagri 1/2023 Pasal 44; format-dokumen.md): whether the name is
 * in capitals and whether titles, pangkat and NIP are printed, keyed by the signer's class and the
 * document's category. The table is data: a region that reads the annex differently passes its
 * own table to `signatureLines` (not a setting yet: every row below is marked verify in the
 * reference only where noted).
 */
import type { JenisPenandatangan, ModeTtd, Penandatangan, TandaTangan } from '../contract/dokumen';
import type { KategoriDokumen } from './jenis/types';

/** The rows of the reference table. */
export const KELAS_PENANDATANGAN = ['kepala-daerah', 'sekretaris-daerah', 'pengganti-kepala-daerah', 'pengganti-sekda', 'pejabat'] as const;
export type KelasPenandatangan = (typeof KELAS_PENANDATANGAN)[number];

export interface AturanTtd {
  /** The name in capitals ("H. AHMAD FAUZI"), else as recorded. */
  namaKapital: boolean;
  /** Academic and religious titles (gelar) per category of document. */
  gelar: Record<KategoriDokumen, boolean>;
  pangkat: boolean;
  nip: boolean;
}

export type TabelAturanTtd = Record<KelasPenandatangan, AturanTtd>;

/** The table of format-dokumen.md, row by row. */
export const ATURAN_TTD: TabelAturanTtd = {
  // kepala daerah, wakil kepala daerah: capitals; titles on letters only; elected, so no pangkat or NIP
  'kepala-daerah': { namaKapital: true, gelar: { penetapan: false, korespondensi: true }, pangkat: false, nip: false },
  // sekretaris daerah: as signed; no titles on pengaturan/penetapan; no pangkat, no NIP
  'sekretaris-daerah': { namaKapital: false, gelar: { penetapan: false, korespondensi: true }, pangkat: false, nip: false },
  // Pj., Pjs., Plt., Plh. of a kepala daerah: as signed, nothing else
  'pengganti-kepala-daerah': { namaKapital: false, gelar: { penetapan: false, korespondensi: false }, pangkat: false, nip: false },
  // Pj., Plh. of a sekda: as signed, nothing else
  'pengganti-sekda': { namaKapital: false, gelar: { penetapan: false, korespondensi: false }, pangkat: false, nip: false },
  // every other official: titles except on pengaturan/penetapan, pangkat and NIP
  pejabat: { namaKapital: false, gelar: { penetapan: false, korespondensi: true }, pangkat: true, nip: true },
};

/** Stand-in modes: the signer holds another post for the time being. */
export const MODE_PENGGANTI: readonly ModeTtd[] = ['plt', 'plh', 'pj', 'pjs'];
/** Which stand-ins of a Sekda the table names (Pj., Plh.); a Plt./Pjs. Sekda is an ordinary official. */
const PENGGANTI_SEKDA: readonly ModeTtd[] = ['pj', 'plh'];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toUpperCase();
/** "BUPATI SUKAMAJU", "WAKIL WALI KOTA …", "GUBERNUR …": a regional head's post by its title. */
// "Pj. BUPATI SUKAMAJU" (a.n. an acting regional head) is the regional head's office too
export const isJabatanKepalaDaerah = (jabatan: string) => /^((PJS?|PLT|PLH)\.? )?(WAKIL )?(BUPATI|WALI ?KOTA|GUBERNUR)\b/.test(norm(jabatan));
export const isJabatanSekda = (jabatan: string) => /^SEKRETARIS DAERAH\b/.test(norm(jabatan));

/**
 * The signer kind of a record; archived signatories from before kinds existed carry only
 * `kepalaDaerah: boolean`.
 */
export function jenisPenandatangan(p: Pick<Penandatangan, 'jenis'> | { jenis?: JenisPenandatangan; kepalaDaerah?: boolean }): JenisPenandatangan {
  if (p.jenis) return p.jenis;
  return 'kepalaDaerah' in p && p.kepalaDaerah ? 'kepala-daerah' : 'pejabat';
}

/** The post a stand-in holds: the one named in "atas nama", else the signer's own. */
export const jabatanDipegang = (t: TandaTangan, p: Pick<Penandatangan, 'jabatan'>) => (t.atasNama.trim() || p.jabatan).trim();

/** The row of the table for this signer signing this way. */
export function kelasPenandatangan(t: TandaTangan, p: Pick<Penandatangan, 'jabatan' | 'jenis'>): KelasPenandatangan {
  const jenis = jenisPenandatangan(p);
  if (MODE_PENGGANTI.includes(t.mode)) {
    const post = t.atasNama.trim();
    const kepala = post ? isJabatanKepalaDaerah(post) : jenis === 'kepala-daerah' || jenis === 'wakil-kepala-daerah';
    if (kepala) return 'pengganti-kepala-daerah';
    const sekda = post ? isJabatanSekda(post) : jenis === 'sekretaris-daerah';
    if (sekda && PENGGANTI_SEKDA.includes(t.mode)) return 'pengganti-sekda';
    return 'pejabat';
  }
  if (jenis === 'kepala-daerah' || jenis === 'wakil-kepala-daerah') return 'kepala-daerah';
  if (jenis === 'sekretaris-daerah') return 'sekretaris-daerah';
  return 'pejabat';
}

/** Whether this signature is the regional head's own (in person or by a Pj./Pjs./Plt./Plh.). */
export function ttdKepalaDaerah(t: TandaTangan, p: Pick<Penandatangan, 'jabatan' | 'jenis'>): boolean {
  const kelas = kelasPenandatangan(t, p);
  return kelas === 'pengganti-kepala-daerah' || (kelas === 'kepala-daerah' && t.mode === 'langsung');
}
