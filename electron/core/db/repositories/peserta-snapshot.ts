import type { AturanPeserta } from '../../../../shared/contract/kegiatan';
import { AppError } from '../../../../shared/contract/result';
import { parseEselon } from '../../../../shared/domain/jabatan';
import { kunciPejabat } from '../../../../shared/domain/kegiatan';
import { namaLengkap } from '../../../../shared/domain/nama';
import { golonganUrutan, pangkatLabel } from '../../../../shared/domain/pangkat';
import type { JenisJabatan, StatusKepegawaian } from '../../../../shared/domain/pegawai';
import type { Db } from '../open';

/**
 * One person as an event or a pledge campaign lists them: the registry's data copied at the moment
 * the row is made (columns `snapshotColumns` of migration 8), so a past event keeps who it invited.
 */
export interface SnapshotPeserta {
  pegawaiId: number | null;
  nama: string;
  nip: string | null;
  nik: string | null;
  status: StatusKepegawaian | null;
  golongan: string | null;
  golonganUrutan: number;
  pangkat: string | null;
  jabatan: string | null;
  jenisJabatan: JenisJabatan | null;
  eselon: string | null;
  unitKerja: string | null;
  /** The perangkat daerah: the top of the unit's tree (guests: their instansi; no unit: "Tanpa unit kerja"). */
  unitInduk: string;
  unitIndukId: number | null;
  urutan: number;
  tamu: boolean;
}

interface PegawaiRow {
  id: number;
  nip: string | null;
  jenis_identitas: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  status: StatusKepegawaian;
  golongan: string | null;
  golongan_urutan: number;
  jabatan: string | null;
  jenis_jabatan: JenisJabatan | null;
  eselon: string | null;
  unit_kerja_id: number | null;
}

interface UnitRow {
  id: number;
  nama: string;
  parent_id: number | null;
}

export const TANPA_UNIT = 'Tanpa unit kerja';

/** Column list and values of a snapshot, in the order of migration 8's `snapshotColumns`. */
export const SNAPSHOT_KOLOM =
  'pegawai_id, nama, nip, nik, status_kepegawaian, golongan, golongan_urutan, pangkat, jabatan, jenis_jabatan, eselon, unit_kerja, unit_induk, unit_induk_id, urutan, tamu, created_at';
export const snapshotNilai = (s: SnapshotPeserta, now: string) => [
  s.pegawaiId,
  s.nama,
  s.nip,
  s.nik,
  s.status,
  s.golongan,
  s.golonganUrutan,
  s.pangkat,
  s.jabatan,
  s.jenisJabatan,
  s.eselon,
  s.unitKerja,
  s.unitInduk,
  s.unitIndukId,
  s.urutan,
  s.tamu ? 1 : 0,
  now,
];

/** The stored snapshot columns of a row back into a SnapshotPeserta (rows of kegiatan_peserta and formulir_ikrar). */
export interface SnapshotRow {
  pegawai_id: number | null;
  nama: string;
  nip: string | null;
  nik: string | null;
  status_kepegawaian: StatusKepegawaian | null;
  golongan: string | null;
  golongan_urutan: number;
  pangkat: string | null;
  jabatan: string | null;
  jenis_jabatan: JenisJabatan | null;
  eselon: string | null;
  unit_kerja: string | null;
  unit_induk: string;
  unit_induk_id: number | null;
  urutan: number;
  tamu: number;
}
export const dariSnapshotRow = (r: SnapshotRow): SnapshotPeserta => ({
  pegawaiId: r.pegawai_id,
  nama: r.nama,
  nip: r.nip,
  nik: r.nik,
  status: r.status_kepegawaian,
  golongan: r.golongan,
  golonganUrutan: r.golongan_urutan,
  pangkat: r.pangkat,
  jabatan: r.jabatan,
  jenisJabatan: r.jenis_jabatan,
  eselon: r.eselon,
  unitKerja: r.unit_kerja,
  unitInduk: r.unit_induk,
  unitIndukId: r.unit_induk_id,
  urutan: r.urutan,
  tamu: r.tamu === 1,
});

/** A guest outside the registry (instansi vertikal, camat, kepala desa, Forkopimda). */
export function snapshotTamu(t: { nama: string; jabatan: string; instansi: string; nik: string | null }): SnapshotPeserta {
  return {
    pegawaiId: null,
    nama: t.nama,
    nip: null,
    nik: t.nik,
    status: null,
    golongan: null,
    golonganUrutan: 0,
    pangkat: null,
    jabatan: t.jabatan || null,
    jenisJabatan: null,
    eselon: null,
    unitKerja: t.instansi,
    unitInduk: t.instansi,
    unitIndukId: null,
    urutan: kunciPejabat({ eselon: null, jenisJabatan: null, golonganUrutan: 0 }),
    tamu: true,
  };
}

/** Reads the registry for events and campaigns: who a rule selects, and one person by id or NIP. */
export class PesertaSnapshotRepository {
  constructor(private readonly db: Db) {}

  private units(): Map<number, UnitRow> {
    const rows = this.db.prepare('SELECT id, nama, parent_id FROM unit_kerja').all() as UnitRow[];
    return new Map(rows.map((u) => [u.id, u]));
  }

  /** The root of a unit's tree (cycles cannot exist: the unit service refuses them; a depth cap guards anyway). */
  private static root(units: Map<number, UnitRow>, id: number): UnitRow | null {
    let u = units.get(id) ?? null;
    for (let depth = 0; u?.parent_id != null && depth < 50; depth++) u = units.get(u.parent_id) ?? u;
    return u;
  }

  private toSnapshot(units: Map<number, UnitRow>, p: PegawaiRow): SnapshotPeserta {
    const unit = p.unit_kerja_id === null ? null : (units.get(p.unit_kerja_id) ?? null);
    const root = p.unit_kerja_id === null ? null : PesertaSnapshotRepository.root(units, p.unit_kerja_id);
    const isNik = p.jenis_identitas === 'NIK';
    return {
      pegawaiId: p.id,
      nama: namaLengkap({ gelarDepan: p.gelar_depan, nama: p.nama, gelarBelakang: p.gelar_belakang }),
      nip: isNik ? null : p.nip,
      nik: isNik ? p.nip : null,
      status: p.status,
      golongan: p.golongan,
      golonganUrutan: p.golongan_urutan,
      pangkat: p.golongan ? pangkatLabel(p.golongan, 'dokumen') : null,
      jabatan: p.jabatan,
      jenisJabatan: p.jenis_jabatan,
      eselon: p.eselon,
      unitKerja: unit?.nama ?? null,
      unitInduk: root?.nama ?? TANPA_UNIT,
      unitIndukId: root?.id ?? null,
      urutan: kunciPejabat({ eselon: p.eselon, jenisJabatan: p.jenis_jabatan, golonganUrutan: p.golongan_urutan }),
      tamu: false,
    };
  }

  /** Unit ids a rule names (by id or name), with their sub-units when asked; an unknown name is refused by name. */
  private unitIds(aturan: AturanPeserta, units: Map<number, UnitRow>): Set<number> | null {
    if (aturan.unit.length === 0) return null;
    const ids = new Set<number>();
    const children = new Map<number, number[]>();
    for (const u of units.values()) if (u.parent_id !== null) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
    const add = (id: number) => {
      if (ids.has(id)) return;
      ids.add(id);
      if (aturan.subunit) for (const c of children.get(id) ?? []) add(c);
    };
    aturan.unit.forEach((ref, i) => {
      if (typeof ref === 'number') {
        if (!units.has(ref)) throw new AppError('VALIDASI', `Unit kerja dengan id ${ref} tidak ada.`, [{ field: `peserta.unit.${i}`, message: 'Unit tidak ada.' }]);
        return add(ref);
      }
      const matches = [...units.values()].filter((u) => u.nama.toLocaleLowerCase('id') === ref.toLocaleLowerCase('id'));
      if (matches.length === 0)
        throw new AppError('VALIDASI', `Unit kerja "${ref}" tidak ada di daftar unit kerja.`, [{ field: `peserta.unit.${i}`, message: `Unit "${ref}" tidak ada.` }]);
      matches.forEach((u) => add(u.id));
    });
    return ids;
  }

  /** Active staff a rule selects, in print order (unit, then head first, eselon, jabatan, rank, name). */
  select(aturan: AturanPeserta): SnapshotPeserta[] {
    const units = this.units();
    const unitIds = this.unitIds(aturan, units);
    const where = ['aktif = 1'];
    const params: unknown[] = [];
    if (unitIds) {
      where.push('unit_kerja_id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify([...unitIds]));
    }
    if (aturan.status.length) {
      where.push('status IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(aturan.status));
    }
    if (aturan.jenisJabatan.length) {
      where.push('jenis_jabatan IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(aturan.jenisJabatan));
    }
    const range = golonganRange(aturan);
    if (range) {
      where.push('golongan_urutan BETWEEN ? AND ?');
      params.push(range[0], range[1]);
    }
    if (aturan.golongan.length) {
      where.push('golongan IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(aturan.golongan));
    }
    const rows = this.db.prepare(`SELECT * FROM pegawai WHERE ${where.join(' AND ')}`).all(...params) as PegawaiRow[];
    const eselon = eselonFilter(aturan.eselon);
    return urutkan(rows.filter((p) => eselon(p.eselon)).map((p) => this.toSnapshot(units, p)));
  }

  /** Registered people by id (any state: a clerk may add an inactive one by hand), in print order. */
  byIds(ids: readonly number[]): SnapshotPeserta[] {
    const units = this.units();
    const rows = this.db.prepare('SELECT * FROM pegawai WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as PegawaiRow[];
    return urutkan(rows.map((p) => this.toSnapshot(units, p)));
  }

  /** A registered person by NIP, NI PPPK or NIK (exact digits). */
  byNomor(nomor: string): { id: number; nama: string; nip: string | null; unitKerja: string | null } | null {
    const p = this.db.prepare('SELECT * FROM pegawai WHERE nip = ?').get(nomor) as PegawaiRow | undefined;
    if (!p) return null;
    const s = this.toSnapshot(this.units(), p);
    return { id: p.id, nama: s.nama, nip: p.nip, unitKerja: s.unitKerja };
  }
}

/** One collator for a whole sort: localeCompare builds one per call, 40× slower over 50,000 names. */
const collator = new Intl.Collator('id');

/** Units by name, then print order inside each. */
export function urutkan(rows: SnapshotPeserta[]): SnapshotPeserta[] {
  return rows.sort((a, b) => collator.compare(a.unitInduk, b.unitInduk) || a.urutan - b.urutan || collator.compare(a.nama, b.nama));
}

function golonganRange(a: AturanPeserta): [number, number] | null {
  if (!a.golonganDari && !a.golonganSampai) return null;
  const ujung = (kode: string | null, field: string): number | null => {
    if (!kode) return null;
    const u = golonganUrutan(kode);
    if (u === 0) throw new AppError('VALIDASI', `Golongan "${kode}" tidak dikenali (contoh: III/a untuk PNS, IX untuk PPPK).`, [{ field: `peserta.${field}`, message: 'Golongan tidak dikenali.' }]);
    return u;
  };
  const dari = ujung(a.golonganDari, 'golonganDari');
  const sampai = ujung(a.golonganSampai, 'golonganSampai');
  // A range stays on one scale: PNS 1–17, PPPK 101–117.
  const lo = dari ?? (sampai! > 100 ? 101 : 1);
  const hi = sampai ?? (lo > 100 ? 117 : 17);
  if ((lo > 100) !== (hi > 100))
    throw new AppError('VALIDASI', 'Rentang golongan mencampur golongan PNS dan PPPK: pilih ujung dari skala yang sama.', [{ field: 'peserta.golonganSampai', message: 'Skala berbeda.' }]);
  if (lo > hi) throw new AppError('VALIDASI', 'Rentang golongan terbalik: "dari" lebih tinggi daripada "sampai".', [{ field: 'peserta.golonganDari', message: 'Rentang terbalik.' }]);
  return [lo, hi];
}

/** `III` selects III.a and III.b; `III.a` only itself. An eselon the rule cannot read is refused. */
function eselonFilter(list: readonly string[]): (raw: string | null) => boolean {
  if (list.length === 0) return () => true;
  const wanted = list.map((w, i) => {
    const e = parseEselon(w);
    if (!e) throw new AppError('VALIDASI', `Eselon "${w}" tidak dikenali (contoh: II, III.a, IV.b).`, [{ field: `peserta.eselon.${i}`, message: 'Eselon tidak dikenali.' }]);
    return e;
  });
  return (raw) => {
    const e = parseEselon(raw);
    return e !== null && wanted.some((w) => (w.kode.includes('.') ? w.kode === e.kode : w.tingkat === e.tingkat));
  };
}
