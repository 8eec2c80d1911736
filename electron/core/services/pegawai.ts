import { AppError, type FieldError } from '../../../shared/contract/result';
import type { PegawaiQuery } from '../../../shared/contract/schemas';
import type { Pegawai, PegawaiInput } from '../../../shared/domain/pegawai';
import { namaLengkap } from '../../../shared/domain/nama';
import { checkNipConsistency, parseNik, parseNip } from '../../../shared/domain/nip';
import { parseGolonganPns, parseGolonganPppk } from '../../../shared/domain/pangkat';
import type { PegawaiRepository } from '../db/repositories/pegawai';
import type { UnitKerjaRepository } from '../db/repositories/unit-kerja';
import type { Db } from '../db/open';
import { found } from './found';

export class PegawaiService {
  constructor(
    private readonly db: Db,
    private readonly repo: PegawaiRepository,
    private readonly units: UnitKerjaRepository,
  ) {}

  list(q: PegawaiQuery) {
    return { ...this.repo.list(q), offset: q.offset };
  }

  count(): number {
    return this.repo.count();
  }

  get(id: number): Pegawai {
    return found(this.repo.get(id), () => `Pegawai dengan id ${id} tidak ditemukan.`);
  }

  create(data: PegawaiInput): Pegawai {
    return this.db.transaction(() => {
      const clean = this.validate(data, null);
      return this.get(this.repo.insert(clean));
    })();
  }

  update(id: number, data: PegawaiInput): Pegawai {
    return this.db.transaction(() => {
      this.get(id);
      const clean = this.validate(data, id);
      this.repo.update(id, clean);
      return this.get(id);
    })();
  }

  setAktif(id: number, aktif: boolean): Pegawai {
    this.get(id);
    this.repo.setAktif(id, aktif);
    return this.get(id);
  }

  /** Domain rules beyond the schema; every problem is reported against its field. */
  validate(data: PegawaiInput, selfId: number | null): PegawaiInput {
    const errors: FieldError[] = [];
    const clean: PegawaiInput = { ...data };
    const needsNip = data.jenisIdentitas === 'NIP' || data.jenisIdentitas === 'NI_PPPK';
    const label = data.jenisIdentitas === 'NI_PPPK' ? 'NI PPPK' : 'NIP';
    if (needsNip) {
      if (!data.nip) errors.push({ field: 'nip', message: `${label} wajib diisi.` });
      else {
        const r = parseNip(data.nip);
        if (!r.ok) errors.push({ field: 'nip', message: r.message.replace(/^NIP/, label) });
        else {
          clean.nip = r.nip;
          if (r.jenisNomor === 'NI_PPPK' && data.jenisIdentitas === 'NIP')
            errors.push({ field: 'nip', message: 'Nomor ini adalah NI PPPK (digit 13–14 bernilai 21); pilih jenis identitas "NI PPPK".' });
          for (const m of checkNipConsistency(r.nip, { jenisKelamin: data.jenisKelamin, tanggalLahir: data.tanggalLahir }))
            errors.push({ field: /lahir/i.test(m) ? 'tanggalLahir' : 'jenisKelamin', message: m });
        }
      }
    } else if (data.jenisIdentitas === 'NIK' && data.nip) {
      const r = parseNik(data.nip);
      if (!r.ok) errors.push({ field: 'nip', message: r.message });
      else clean.nip = r.nik;
    }
    if (clean.nip) {
      const other = this.repo.idByNip(clean.nip);
      if (other !== null && other !== selfId) {
        const owner = this.repo.get(other);
        errors.push({ field: 'nip', message: `Nomor ${clean.nip} sudah terdaftar atas nama ${owner ? namaLengkap(owner) : 'pegawai lain'}.` });
      }
    }
    if (data.golongan) {
      const isPppk = data.status === 'PPPK' || data.status === 'PPPK_PARUH_WAKTU';
      if (data.status === 'NON_ASN') errors.push({ field: 'golongan', message: 'Pegawai Non-ASN tidak memiliki golongan.' });
      else {
        const r = isPppk ? parseGolonganPppk(data.golongan) : parseGolonganPns(data.golongan);
        if (r.ok) clean.golongan = r.kode;
        else errors.push({ field: 'golongan', message: r.message });
      }
    }
    if (data.unitKerjaId !== null && !this.units.get(data.unitKerjaId))
      errors.push({ field: 'unitKerjaId', message: 'Unit kerja yang dipilih tidak ada lagi.' });
    if (data.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(data.email))
      errors.push({ field: 'email', message: 'Alamat email tidak valid.' });
    if (errors.length) throw new AppError('VALIDASI', 'Data pegawai belum benar. Periksa isian yang ditandai.', errors);
    return clean;
  }

  iterate(q: Omit<PegawaiQuery, 'offset' | 'limit'>) {
    return this.repo.iterate(q);
  }
}
