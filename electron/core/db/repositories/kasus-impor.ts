import type { Db } from '../open';

export type OrangRow = [id: number, nip: string | null, nama: string, gelarDepan: string | null, gelarBelakang: string | null, lahir: string | null, jabatan: string | null, unit: string | null];

/** What a recommendation-list import looks up: the registry's people, and the recommendations already registered. */
export class KasusImporRepository {
  constructor(private readonly db: Db) {}

  orang(): OrangRow[] {
    return this.db
      .prepare('SELECT p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.tanggal_lahir, p.jabatan, u.nama AS unit FROM pegawai p LEFT JOIN unit_kerja u ON u.id = p.unit_kerja_id ORDER BY p.id')
      .raw()
      .all() as OrangRow[];
  }

  /** Number and date of every case not archived that has a letter number, with its register number. */
  rekomendasiTerdaftar(): Iterable<[nomorSurat: string, tanggalSurat: string | null, nomorRegister: string]> {
    return this.db.prepare("SELECT nomor_surat, tanggal_surat, nomor_register FROM kasus WHERE diarsipkan_at IS NULL AND nomor_surat <> ''").raw().iterate() as Iterable<[string, string | null, string]>;
  }
}
