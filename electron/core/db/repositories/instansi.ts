import type { InstansiProfil, InstansiProfilInput } from '../../../../shared/contract/dokumen';
import type { Db } from '../open';

interface ProfilRow {
  id: number;
  nama: string;
  jenis_kop: InstansiProfil['jenisKop'];
  pemerintah: string;
  kepala_daerah: string;
  perangkat_daerah: string;
  alamat: string;
  telepon: string;
  email: string;
  laman: string;
  kode_pos: string;
  kota: string;
  kode_unit: string;
  logo: string | null;
  lambang: string | null;
}

export type Logo = NonNullable<InstansiProfil['logo']>;

const toProfil = (r: ProfilRow): InstansiProfil => ({
  id: r.id,
  nama: r.nama,
  jenisKop: r.jenis_kop,
  pemerintah: r.pemerintah,
  kepalaDaerah: r.kepala_daerah,
  perangkatDaerah: r.perangkat_daerah,
  alamat: r.alamat,
  telepon: r.telepon,
  email: r.email,
  laman: r.laman,
  kodePos: r.kode_pos,
  kota: r.kota,
  kodeUnit: r.kode_unit,
  logo: r.logo === null ? null : (JSON.parse(r.logo) as Logo),
  lambang: r.lambang === null ? null : (JSON.parse(r.lambang) as Logo),
});

const columns = (d: InstansiProfilInput) => [
  d.nama,
  d.jenisKop,
  d.pemerintah,
  d.kepalaDaerah,
  d.perangkatDaerah,
  d.alamat,
  d.telepon,
  d.email,
  d.laman,
  d.kodePos,
  d.kota,
  d.kodeUnit,
];

export class InstansiRepository {
  constructor(private readonly db: Db) {}

  list(): InstansiProfil[] {
    return (this.db.prepare('SELECT * FROM instansi_profil ORDER BY nama COLLATE NOCASE').all() as ProfilRow[]).map(toProfil);
  }

  get(id: number): InstansiProfil | null {
    const row = this.db.prepare('SELECT * FROM instansi_profil WHERE id = ?').get(id) as ProfilRow | undefined;
    return row ? toProfil(row) : null;
  }

  idByName(nama: string): number | null {
    const row = this.db.prepare('SELECT id FROM instansi_profil WHERE nama = ? COLLATE NOCASE').get(nama) as { id: number } | undefined;
    return row?.id ?? null;
  }

  insert(data: InstansiProfilInput): number {
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO instansi_profil (nama, jenis_kop, pemerintah, kepala_daerah, perangkat_daerah, alamat, telepon, email, laman, kode_pos, kota, kode_unit, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...columns(data), now, now);
    return Number(info.lastInsertRowid);
  }

  update(id: number, data: InstansiProfilInput): void {
    this.db
      .prepare(
        `UPDATE instansi_profil SET nama = ?, jenis_kop = ?, pemerintah = ?, kepala_daerah = ?, perangkat_daerah = ?, alamat = ?, telepon = ?, email = ?,
           laman = ?, kode_pos = ?, kota = ?, kode_unit = ?, updated_at = ? WHERE id = ?`,
      )
      .run(...columns(data), new Date().toISOString(), id);
  }

  setLogo(id: number, logo: Logo | null): void {
    this.db
      .prepare('UPDATE instansi_profil SET logo = ?, updated_at = ? WHERE id = ?')
      .run(logo === null ? null : JSON.stringify(logo), new Date().toISOString(), id);
  }

  /** The state emblem of the kop jabatan, kept apart from the regional logo. */
  setLambang(id: number, lambang: Logo | null): void {
    this.db
      .prepare('UPDATE instansi_profil SET lambang = ?, updated_at = ? WHERE id = ?')
      .run(lambang === null ? null : JSON.stringify(lambang), new Date().toISOString(), id);
  }

  /** Archived documents built with this profile (they must stay regenerable). */
  documentCount(id: number): number {
    return this.db.prepare('SELECT COUNT(*) FROM dokumen WHERE profil_id = ?').pluck().get(id) as number;
  }

  delete(id: number): void {
    this.db.prepare('DELETE FROM instansi_profil WHERE id = ?').run(id);
  }
}
