/**
 * The kop and signatory a new document starts with, so the pair is consistent (format-dokumen.md):
 * the regional head's own documents with the kop jabatan and the regional head's signature; an
 * office letter with the office kop and the head of that office. Shared by the form and the CLI.
 */
import type { InstansiProfil, Penandatangan } from '../contract/dokumen';
import { jenisPenandatangan } from './aturan-ttd';
import { samaJabatan } from './periksa';

export function pasanganAwal(
  olehKepalaDaerah: boolean,
  profiles: readonly InstansiProfil[],
  signatories: readonly Penandatangan[],
): { profil: InstansiProfil | undefined; penandatangan: Penandatangan | undefined } {
  const active = signatories.filter((p) => p.aktif);
  if (olehKepalaDaerah) {
    const profil = profiles.find((p) => p.jenisKop === 'kepala-daerah') ?? profiles[0];
    return { profil, penandatangan: active.find((p) => jenisPenandatangan(p) === 'kepala-daerah') ?? active[0] };
  }
  const profil = profiles.find((p) => p.jenisKop === 'dinas') ?? profiles.find((p) => p.jenisKop !== 'kepala-daerah') ?? profiles[0];
  // "Kepala Badan Kepegawaian …" heads the office of the BKPSDM kop.
  const office = profil?.perangkatDaerah.trim() ?? '';
  const head = office ? active.find((p) => samaJabatan(p.jabatan, office)) : undefined;
  return { profil, penandatangan: head ?? active.find((p) => jenisPenandatangan(p) === 'pejabat') ?? active[0] };
}
