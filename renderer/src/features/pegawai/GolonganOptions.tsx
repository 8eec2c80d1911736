import type { StatusKepegawaian } from '../../../../shared/domain/pegawai';
import { GOLONGAN_PNS, GOLONGAN_PPPK, pangkatLabel } from '../../../../shared/domain/pangkat';

export type GolonganKelompok = 'PNS' | 'PPPK' | null;

/** Which golongan scale applies to a status: PNS/CPNS → I/a…IV/e, PPPK → I…XVII, Non-ASN → none. */
export function kelompokGolongan(status: StatusKepegawaian | null): GolonganKelompok | 'SEMUA' {
  if (status === null) return 'SEMUA';
  if (status === 'PNS' || status === 'CPNS') return 'PNS';
  if (status === 'PPPK' || status === 'PPPK_PARUH_WAKTU') return 'PPPK';
  return null;
}

export function golonganValid(kode: string, status: StatusKepegawaian): boolean {
  const k = kelompokGolongan(status);
  if (k === 'PNS') return GOLONGAN_PNS.some((g) => g.kode === kode);
  if (k === 'PPPK') return (GOLONGAN_PPPK as readonly string[]).includes(kode);
  return false;
}

/** `<option>`s of golongan for a status (all, grouped, when no status is chosen). */
export function GolonganOptions({ status }: { status: StatusKepegawaian | null }) {
  const k = kelompokGolongan(status);
  const pns = GOLONGAN_PNS.map((g) => (
    <option key={g.kode} value={g.kode}>
      {pangkatLabel(g.kode, 'singkat')}
    </option>
  ));
  const pppk = GOLONGAN_PPPK.map((kode) => (
    <option key={kode} value={kode}>
      {pangkatLabel(kode, 'singkat')}
    </option>
  ));
  if (k === 'PNS') return <>{pns}</>;
  if (k === 'PPPK') return <>{pppk}</>;
  if (k === 'SEMUA')
    return (
      <>
        <optgroup label="PNS/CPNS">{pns}</optgroup>
        <optgroup label="PPPK">{pppk}</optgroup>
      </>
    );
  return null;
}
