import type { Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/index';
import { pns } from './core';

/** A channel call that must succeed (fails the test with the message otherwise). */
export async function ok<C extends ChannelName>(core: Core, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message} ${JSON.stringify(r.error.fields ?? [])}`);
  return r.value as OutputOf<C>;
}

export interface Staf {
  pendidikan: number;
  sekolah: number;
  kesehatan: number;
  /** In expected print order per unit (head first). */
  nip: { pendidikan: string[]; kesehatan: string[] };
}

let nipSeq = 100;
/** Valid for pns(): born 12 March 1985, CPNS from January 2010, male. */
export const nipBaru = () => `198503122010011${String(nipSeq++ % 1000).padStart(3, '0')}`;

/**
 * Two perangkat daerah: Dinas Pendidikan (with a school under it) and Dinas Kesehatan. Staff are
 * created out of print order so the ordering is tested, not inherited.
 */
export async function duaUnit(core: Core): Promise<Staf> {
  const unit = async (nama: string, parentId: number | null, jenis: 'PERANGKAT_DAERAH' | 'SEKOLAH' = 'PERANGKAT_DAERAH') =>
    (await ok(core, 'unit.create', { data: { nama, singkatan: null, jenis, parentId } })).id;
  const pendidikan = await unit('Dinas Pendidikan', null);
  const sekolah = await unit('SD Negeri 1 Sukamaju', pendidikan, 'SEKOLAH');
  const kesehatan = await unit('Dinas Kesehatan', null);
  const add = async (unitKerjaId: number, over: Parameters<typeof pns>[0]) => {
    const n = nipBaru();
    await ok(core, 'pegawai.create', { data: pns({ nip: n, unitKerjaId, ...over }) });
    return n;
  };
  const guru = await add(sekolah, { nama: 'Ani Guru', golongan: 'III/a', jabatan: 'Guru Kelas', jenisJabatan: 'FUNGSIONAL' });
  const kabid = await add(pendidikan, { nama: 'Bambang Kabid', golongan: 'IV/a', jabatan: 'Kepala Bidang', jenisJabatan: 'ADMINISTRATOR', eselon: 'III.b' });
  const kadis = await add(pendidikan, { nama: 'Citra Kadis', gelarDepan: 'Dr.', gelarBelakang: 'M.Pd.', golongan: 'IV/c', jabatan: 'Kepala Dinas Pendidikan', jenisJabatan: 'JPT', eselon: 'II.a' });
  const staf = await add(pendidikan, { nama: 'Dedi Staf', golongan: 'II/c', jabatan: 'Pengadministrasi', jenisJabatan: 'PELAKSANA' });
  const perawat = await add(kesehatan, { nama: 'Eka Perawat', golongan: 'III/c', jabatan: 'Perawat', jenisJabatan: 'FUNGSIONAL' });
  const kadinkes = await add(kesehatan, { nama: 'Fajar Kadinkes', golongan: 'IV/b', jabatan: 'Kepala Dinas Kesehatan', jenisJabatan: 'JPT', eselon: 'II.b' });
  return { pendidikan, sekolah, kesehatan, nip: { pendidikan: [kadis, kabid, guru, staf], kesehatan: [kadinkes, perawat] } };
}

let nonceSeq = 0;
export const nonce = () => `uji-${Date.now().toString(36)}-${nonceSeq++}`;
