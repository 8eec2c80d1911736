import fs from 'node:fs';
import path from 'node:path';
import type { InstansiProfil, InstansiProfilInput, Penandatangan, PenandatanganInput } from '../../../shared/contract/dokumen';
import type { Logo } from '../../../shared/dokumen/model';
import { resourcesDir } from '../resources';
import type { InstansiService } from '../services/instansi';
import type { PenandatanganService } from '../services/penandatangan';

const logoPath = () => path.join(resourcesDir(), 'logo-contoh.png');

/** The sample logo shipped in resources/ (a neutral placeholder, not an official emblem). */
export function logoContoh(): Logo {
  const bytes = fs.readFileSync(logoPath());
  // PNG IHDR: width and height are the first two big-endian words after the 16-byte signature+header.
  return { base64: bytes.toString('base64'), type: 'png', widthPx: bytes.readUInt32BE(16), heightPx: bytes.readUInt32BE(20) };
}

/** Demo instansi of the synthetic "Kabupaten Sukamaju": the BKPSDM office and the Bupati. */
export const PROFIL_CONTOH: InstansiProfilInput[] = [
  {
    nama: 'BKPSDM',
    jenisKop: 'dinas',
    pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU',
    kepalaDaerah: 'BUPATI SUKAMAJU',
    perangkatDaerah: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    alamat: 'Jalan Pemuda Nomor 12, Sukamaju',
    telepon: '(0285) 381234',
    email: 'bkpsdm@sukamajukab.go.id',
    laman: 'bkpsdm.sukamajukab.go.id',
    kodePos: '51161',
    kota: 'Sukamaju',
    kodeUnit: 'BKPSDM',
  },
  {
    nama: 'Bupati Sukamaju',
    jenisKop: 'kepala-daerah',
    pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU',
    kepalaDaerah: 'BUPATI SUKAMAJU',
    perangkatDaerah: '',
    alamat: '',
    telepon: '',
    email: '',
    laman: '',
    kodePos: '',
    kota: 'Sukamaju',
    kodeUnit: 'Setda',
  },
];

export const PENANDATANGAN_CONTOH: PenandatanganInput[] = [
  {
    jabatan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    nama: 'Sri Rahayu',
    gelarDepan: '',
    gelarBelakang: 'S.H., M.H.',
    golongan: 'IV/c',
    nip: '197303141998032004',
    kepalaDaerah: false,
    aktif: true,
  },
  { jabatan: 'Bupati Sukamaju', nama: 'Ahmad Fauzi', gelarDepan: 'H.', gelarBelakang: 'S.E., M.M.', golongan: '', nip: '', kepalaDaerah: true, aktif: true },
  {
    jabatan: 'Sekretaris Daerah',
    nama: 'Bambang Hartono',
    gelarDepan: 'Drs.',
    gelarBelakang: 'M.Si.',
    golongan: 'IV/d',
    nip: '196805121994031007',
    kepalaDaerah: false,
    aktif: true,
  },
];

/** Profiles and signatories as records, for previews and tests that need no database. */
export function contohProfil(i: number): InstansiProfil {
  return { id: i + 1, ...PROFIL_CONTOH[i]!, logo: logoContoh() };
}
export function contohPenandatangan(i: number): Penandatangan {
  return { id: i + 1, ...PENANDATANGAN_CONTOH[i]! };
}

/** Demo profiles (with the sample logo) and signatories, when none exist yet. Returns how many were added. */
export function seedDokumenContoh(instansi: InstansiService, penandatangan: PenandatanganService): { profil: number; penandatangan: number } {
  const added = { profil: 0, penandatangan: 0 };
  if (instansi.list().length === 0)
    for (const p of PROFIL_CONTOH) {
      instansi.setLogo(instansi.save(null, p).id, logoPath());
      added.profil++;
    }
  if (penandatangan.list().length === 0)
    for (const s of PENANDATANGAN_CONTOH) {
      penandatangan.save(null, s);
      added.penandatangan++;
    }
  return added;
}
