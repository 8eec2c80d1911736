import fs from 'node:fs';
import path from 'node:path';
import type { InstansiProfil, InstansiProfilInput, Penandatangan, PenandatanganInput } from '../../../shared/contract/dokumen';
import type { Logo } from '../../../shared/dokumen/model';
import { resourcesDir } from '../resources';
import type { InstansiService } from '../services/instansi';
import type { PenandatanganService } from '../services/penandatangan';

const logoPath = () => path.join(resourcesDir(), 'logo-contoh.png');
/** A neutral placeholder marked "LAMBANG CONTOH": the clerk uploads the real state emblem. */
const lambangPath = () => path.join(resourcesDir(), 'lambang-contoh.png');

function pngOf(file: string): Logo {
  const bytes = fs.readFileSync(file);
  // PNG IHDR: width and height are the first two big-endian words after the 16-byte signature+header.
  return { base64: bytes.toString('base64'), type: 'png', widthPx: bytes.readUInt32BE(16), heightPx: bytes.readUInt32BE(20) };
}

/** The sample logo shipped in resources/ (a neutral placeholder, not an official emblem). */
export const logoContoh = (): Logo => pngOf(logoPath());
/** The sample emblem of the kop jabatan shipped in resources/ (a placeholder, not the lambang negara). */
export const lambangContoh = (): Logo => pngOf(lambangPath());

/**
 * Demo instansi of the synthetic "Kabupaten Sukamaju": the BKPSDM office, the Bupati (kop jabatan)
 * and the Pemerintah Kabupaten (Sekretariat Daerah) for letters the Sekda signs for the Bupati.
 * Indexes are stable (tests and the CLI pick by them): 0 BKPSDM, 1 Bupati, 2 Setda.
 */
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
  {
    nama: 'Sekretariat Daerah',
    jenisKop: 'pemerintah-daerah',
    pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU',
    kepalaDaerah: 'BUPATI SUKAMAJU',
    perangkatDaerah: 'SEKRETARIAT DAERAH',
    alamat: 'Jalan Alun-Alun Utara Nomor 1, Sukamaju',
    telepon: '(0285) 381001',
    email: 'setda@sukamajukab.go.id',
    laman: 'sukamajukab.go.id',
    kodePos: '51161',
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
    jenis: 'pejabat',
    aktif: true,
  },
  { jabatan: 'Bupati Sukamaju', nama: 'Ahmad Fauzi', gelarDepan: 'H.', gelarBelakang: 'S.E., M.M.', golongan: '', nip: '', jenis: 'kepala-daerah', aktif: true },
  {
    jabatan: 'Sekretaris Daerah',
    nama: 'Bambang Hartono',
    gelarDepan: 'Drs.',
    gelarBelakang: 'M.Si.',
    golongan: 'IV/d',
    nip: '196805121994031007',
    jenis: 'sekretaris-daerah',
    aktif: true,
  },
];

/** Profiles and signatories as records, for previews and tests that need no database. */
export function contohProfil(i: number): InstansiProfil {
  const p = PROFIL_CONTOH[i]!;
  return { id: i + 1, ...p, logo: logoContoh(), lambang: p.jenisKop === 'kepala-daerah' ? lambangContoh() : null };
}
export function contohPenandatangan(i: number): Penandatangan {
  return { id: i + 1, ...PENANDATANGAN_CONTOH[i]! };
}

/** Demo profiles (with the sample logo) and signatories, when none exist yet. Returns how many were added. */
export function seedDokumenContoh(instansi: InstansiService, penandatangan: PenandatanganService): { profil: number; penandatangan: number } {
  const added = { profil: 0, penandatangan: 0 };
  if (instansi.list().length === 0)
    for (const p of PROFIL_CONTOH) {
      const id = instansi.save(null, p).id;
      instansi.setLogo(id, logoPath());
      if (p.jenisKop === 'kepala-daerah') instansi.setLambang(id, lambangPath());
      added.profil++;
    }
  if (penandatangan.list().length === 0)
    for (const s of PENANDATANGAN_CONTOH) {
      penandatangan.save(null, s);
      added.penandatangan++;
    }
  return added;
}
