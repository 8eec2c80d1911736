import type { z } from 'zod';
import { TahapMajuSchema, type TahapRecord, type Terlapor } from '../../../../shared/contract/kasus';
import type { HasilKeputusan, SanksiMoral, Tahap } from '../../../../shared/domain/kasus';
import { todayIso } from '../../../../shared/domain/tanggal';
import { schemaErrors } from '../../lib/validation';
import { pejabatData, pejabatForm, pejabatKosong, type PejabatForm } from './pejabat';

/** The steps a clerk records forward (everything but the intake). */
export type TahapMajuId = Exclude<Tahap, 'diterima'>;

/** Every stage's fields in one flat shape; only the current stage's are sent. */
export interface FormTahap {
  tanggal: string;
  catatan: string;
  tanggalPeriksa: string;
  jam: string;
  tempat: string;
  pemeriksa: PejabatForm;
  hadir: '' | 'ya' | 'tidak';
  menolakTandaTangan: boolean;
  terbukti: '' | 'ya' | 'tidak';
  bentuk: string;
  waktu: string;
  memberatkan: string;
  meringankan: string;
  dampak: string;
  usulanHukuman: string;
  usulanSanksiMoral: '' | SanksiMoral;
  hasil: '' | HasilKeputusan;
  hukuman: string;
  sanksiMoral: '' | SanksiMoral;
  alasan: string;
  pejabatLain: boolean;
  pejabatLainLabel: string;
  pejabatLainCatatan: string;
  cara: 'langsung' | 'dikirim';
  tanggalDiterima: string;
  diajukan: boolean;
  sistem: 'SIASN' | 'IDIS';
  nomorSurat: string;
  kepada: string[];
  /** Why a recorded step is corrected (kasus.tahap.ubah). */
  alasanUbah: string;
}

export const TANGGAL_LABEL: Record<TahapMajuId, string> = {
  verifikasi: 'Tanggal verifikasi',
  'panggilan-1': 'Tanggal Surat Panggilan I',
  'panggilan-2': 'Tanggal Surat Panggilan II',
  pemeriksaan: 'Tanggal pemeriksaan',
  lhp: 'Tanggal laporan hasil pemeriksaan',
  keputusan: 'Tanggal keputusan',
  penyampaian: 'Tanggal penyampaian',
  keberatan: 'Tanggal dicatat',
  pencatatan: 'Tanggal dicatat di sistem',
  'tindak-lanjut': 'Tanggal surat tindak lanjut',
  selesai: 'Tanggal selesai',
};

export const tfFieldId = (f: string) => `tf-${f.replace(/\./g, '-')}`;

export const FIELD_ORDER = [
  'tanggal',
  'tanggalPeriksa',
  'jam',
  'tempat',
  'pemeriksa',
  'hadir',
  'terbukti',
  'usulanHukuman',
  'usulanSanksiMoral',
  'bentuk',
  'hasil',
  'hukuman',
  'sanksiMoral',
  'alasan',
  'pejabatLainLabel',
  'pejabatLainCatatan',
  'cara',
  'tanggalDiterima',
  'diajukan',
  'sistem',
  'nomorSurat',
  'kepada',
  'catatan',
  'alasanUbah',
] as const;

/** The latest summons' examination date and place (what the hearing is recorded with by default). */
function panggilanTerakhir(t: Terlapor) {
  for (let i = t.riwayat.length - 1; i >= 0; i--) {
    const d = t.riwayat[i]!.data;
    if (d.tahap === 'panggilan-1' || d.tahap === 'panggilan-2') return d;
  }
  return null;
}

function lhpTerakhir(t: Terlapor) {
  for (let i = t.riwayat.length - 1; i >= 0; i--) {
    const d = t.riwayat[i]!.data;
    if (d.tahap === 'lhp') return d;
  }
  return null;
}

export function formAwal(tahap: TahapMajuId, t: Terlapor, record: TahapRecord | null, pelapor: string): FormTahap {
  const p = panggilanTerakhir(t);
  const lhp = lhpTerakhir(t);
  const base: FormTahap = {
    tanggal: tahap === 'pemeriksaan' && p ? p.tanggalPeriksa : todayIso(),
    catatan: '',
    tanggalPeriksa: '',
    jam: tahap === 'pemeriksaan' ? (p?.jam ?? '') : '09.00',
    tempat: tahap === 'pemeriksaan' ? (p?.tempat ?? '') : (p?.tempat ?? ''),
    pemeriksa: p ? pejabatForm(p.pemeriksa) : t.tim[0] ? pejabatForm({ ...t.tim[0], peran: '' }) : t.atasan ? pejabatForm(t.atasan) : pejabatKosong(),
    hadir: '',
    menolakTandaTangan: false,
    terbukti: '',
    bentuk: '',
    waktu: '',
    memberatkan: '',
    meringankan: '',
    dampak: '',
    usulanHukuman: '',
    usulanSanksiMoral: '',
    hasil: t.jenis === 'luar' ? 'diteruskan' : lhp ? (lhp.terbukti ? 'hukuman' : 'tidak-terbukti') : '',
    hukuman: lhp?.usulanHukuman ?? '',
    sanksiMoral: lhp?.usulanSanksiMoral ?? '',
    alasan: '',
    pejabatLain: false,
    pejabatLainLabel: '',
    pejabatLainCatatan: '',
    cara: 'langsung',
    tanggalDiterima: todayIso(),
    diajukan: false,
    sistem: 'SIASN',
    nomorSurat: '',
    kepada: pelapor ? [pelapor] : [''],
    alasanUbah: '',
  };
  if (!record || record.data.tahap === 'diterima') return base;
  const d = record.data;
  const f: FormTahap = { ...base, tanggal: record.tanggal };
  switch (d.tahap) {
    case 'verifikasi':
    case 'selesai':
      return { ...f, catatan: d.catatan };
    case 'panggilan-1':
    case 'panggilan-2':
      return { ...f, tanggalPeriksa: d.tanggalPeriksa, jam: d.jam, tempat: d.tempat, pemeriksa: pejabatForm(d.pemeriksa) };
    case 'pemeriksaan':
      return { ...f, hadir: d.hadir ? 'ya' : 'tidak', tempat: d.tempat, jam: d.jam, menolakTandaTangan: d.menolakTandaTangan, catatan: d.catatan };
    case 'lhp':
      return { ...f, terbukti: d.terbukti ? 'ya' : 'tidak', bentuk: d.bentuk, waktu: d.waktu, tempat: d.tempat, memberatkan: d.memberatkan, meringankan: d.meringankan, dampak: d.dampak, usulanHukuman: d.usulanHukuman ?? '', usulanSanksiMoral: d.usulanSanksiMoral ?? '' };
    case 'keputusan':
      return { ...f, hasil: d.hasil, hukuman: d.hukuman ?? '', sanksiMoral: d.sanksiMoral ?? '', alasan: d.alasan, pejabatLain: d.pejabatLain !== null, pejabatLainLabel: d.pejabatLain?.label ?? '', pejabatLainCatatan: d.pejabatLain?.catatan ?? '' };
    case 'penyampaian':
      return { ...f, cara: d.cara, tanggalDiterima: d.tanggalDiterima, catatan: d.catatan };
    case 'keberatan':
      return { ...f, diajukan: d.diajukan, catatan: d.catatan };
    case 'pencatatan':
      return { ...f, sistem: d.sistem, catatan: d.catatan };
    case 'tindak-lanjut':
      return { ...f, nomorSurat: d.nomorSurat, kepada: d.kepada.length ? [...d.kepada] : [''], catatan: d.catatan };
  }
}

const kosongNull = (s: string) => (s ? s : null);

/** The request's `data` for this stage. */
export function dataTahap(tahap: TahapMajuId, f: FormTahap): z.input<typeof TahapMajuSchema> {
  switch (tahap) {
    case 'verifikasi':
      return { tahap, catatan: f.catatan };
    case 'panggilan-1':
    case 'panggilan-2':
      return { tahap, tanggalPeriksa: f.tanggalPeriksa, jam: f.jam, tempat: f.tempat, pemeriksa: pejabatData(f.pemeriksa) };
    case 'pemeriksaan':
      return { tahap, hadir: f.hadir === 'ya', tempat: f.tempat, jam: f.jam, menolakTandaTangan: f.menolakTandaTangan, catatan: f.catatan };
    case 'lhp': {
      const terbukti = f.terbukti === 'ya';
      return {
        tahap,
        terbukti,
        bentuk: f.bentuk,
        waktu: f.waktu,
        tempat: f.tempat,
        memberatkan: f.memberatkan,
        meringankan: f.meringankan,
        dampak: f.dampak,
        usulanHukuman: terbukti ? kosongNull(f.usulanHukuman) : null,
        usulanSanksiMoral: terbukti ? kosongNull(f.usulanSanksiMoral) as SanksiMoral | null : null,
      };
    }
    case 'keputusan': {
      const dihukum = f.hasil === 'hukuman';
      return {
        tahap,
        hasil: (f.hasil || 'hukuman') as HasilKeputusan,
        hukuman: dihukum ? kosongNull(f.hukuman) : null,
        sanksiMoral: dihukum ? (kosongNull(f.sanksiMoral) as SanksiMoral | null) : null,
        alasan: f.alasan,
        pejabatLain: dihukum && f.pejabatLain ? { label: f.pejabatLainLabel, catatan: f.pejabatLainCatatan } : null,
      };
    }
    case 'penyampaian':
      return { tahap, cara: f.cara, tanggalDiterima: f.tanggalDiterima, catatan: f.catatan };
    case 'keberatan':
      return { tahap, diajukan: f.diajukan, catatan: f.catatan };
    case 'pencatatan':
      return { tahap, sistem: f.sistem, catatan: f.catatan };
    case 'tindak-lanjut':
      return { tahap, nomorSurat: f.nomorSurat, kepada: f.kepada.map((s) => s.trim()).filter(Boolean), catatan: f.catatan };
    case 'selesai':
      return { tahap, catatan: f.catatan };
  }
}

/** Field → message: the contract's rules plus the choices a stage cannot go without. */
export function validasiTahap(tahap: TahapMajuId, f: FormTahap, ubah: boolean): Record<string, string> {
  const e = schemaErrors(TahapMajuSchema, dataTahap(tahap, f));
  if (!f.tanggal) e.tanggal = `${TANGGAL_LABEL[tahap]} wajib diisi.`;
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(f.tanggal)) e.tanggal ??= 'Tanggal tidak dikenali.';
  if ((tahap === 'panggilan-1' || tahap === 'panggilan-2') && !f.tanggalPeriksa) e.tanggalPeriksa = 'Tanggal pemeriksaan wajib diisi.';
  if (tahap === 'pemeriksaan' && !f.hadir) e.hadir = 'Pilih apakah terperiksa hadir.';
  if (tahap === 'lhp' && !f.terbukti) e.terbukti = 'Pilih apakah pelanggaran terbukti.';
  if (tahap === 'keputusan' && !f.hasil) e.hasil = 'Pilih hasil keputusan.';
  if (tahap === 'penyampaian' && !f.tanggalDiterima) e.tanggalDiterima = 'Tanggal diterima wajib diisi.';
  if (ubah && !f.alasanUbah.trim()) e.alasanUbah = 'Tuliskan alasan perbaikan: tercatat di jejak audit.';
  // the contract's pejabatLain.label/catatan and pemeriksa.* paths, as the form's fields
  for (const [k, m] of Object.entries(e)) {
    if (k === 'pejabatLain.label') e.pejabatLainLabel ??= m;
    if (k === 'pejabatLain.catatan') e.pejabatLainCatatan ??= m;
  }
  return e;
}
