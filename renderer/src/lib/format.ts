import type { JenisIdentitas, Pegawai, StatusKepegawaian } from '../../../shared/domain/pegawai';
import { formatNip } from '../../../shared/domain/nip';
import { pangkatLabel } from '../../../shared/domain/pangkat';
import { BULAN, formatTanggal, toIsoDate } from '../../../shared/domain/tanggal';

// One number format for screen and documents (`50000` → `50.000`).
export { formatAngka } from '../../../shared/domain/terbilang';

export { JENIS_KELAMIN_LABEL } from '../../../shared/domain/jenis-kelamin';
export { namaLengkap } from '../../../shared/domain/nama';

/** Status as a short badge text (the full label is in STATUS_LABEL). */
export const STATUS_SINGKAT: Record<StatusKepegawaian, string> = {
  PNS: 'PNS',
  CPNS: 'CPNS',
  PPPK: 'PPPK',
  PPPK_PARUH_WAKTU: 'PPPK PW',
  NON_ASN: 'Non-ASN',
};

export const JENIS_IDENTITAS_LABEL: Record<JenisIdentitas, string> = {
  NIP: 'NIP PNS',
  NI_PPPK: 'NI PPPK',
  NIK: 'NIK',
  LAINNYA: 'Lainnya',
};

/** Short name of the number held in `nip`, as a column or field label. */
export function labelNomor(jenis: JenisIdentitas): string {
  return jenis === 'NI_PPPK' ? 'NI PPPK' : jenis === 'NIK' ? 'NIK' : jenis === 'LAINNYA' ? 'Nomor identitas' : 'NIP';
}

/** NIP / NI PPPK with its customary spaces; other identifiers as stored. */
export function tampilNomor(p: Pick<Pegawai, 'nip' | 'jenisIdentitas'>): string {
  if (!p.nip) return '';
  return p.jenisIdentitas === 'NIP' || p.jenisIdentitas === 'NI_PPPK' ? formatNip(p.nip) : p.nip;
}

/** `III/b` → `Penata Muda Tk. I (III/b)`; `IX` → `Golongan IX`. */
export function golonganLabel(kode: string | null): string {
  return kode ? pangkatLabel(kode, 'singkat') : '';
}

/** `2010-01` → `Januari 2010`. */
export function formatBulanTahun(ym: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  if (!m) return ym;
  const bulan = BULAN[Number(m[2]) - 1];
  return bulan ? `${bulan} ${m[1]}` : ym;
}

/** `TMT CPNS Januari 2010`, or for an NI PPPK (code 21 instead of a month) `Pengangkatan PPPK 2022`. */
export function pengangkatanLabel(r: { tmtCpns: string | null; tahunPengangkatan: number }): { label: string; value: string } {
  return r.tmtCpns
    ? { label: 'TMT CPNS', value: formatBulanTahun(r.tmtCpns) }
    : { label: 'Pengangkatan PPPK', value: String(r.tahunPengangkatan) };
}

/** An ISO timestamp in local time: `16 September 2020 pukul 14.05`. */
export function formatWaktu(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const tanggal = formatTanggal(toIsoDate(d.getFullYear(), d.getMonth() + 1, d.getDate()));
  const jam = `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
  return `${tanggal} pukul ${jam}`;
}
