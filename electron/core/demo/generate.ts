/**
 * Synthetic staff registry of the fictional "Kabupaten Sukamaju", for demos, tests and benchmarks.
 * Deterministic for a seed: the same options always give the same rows. Plain TypeScript, no Node APIs.
 */

import type { JenisJabatan, JenisKelamin, JenisUnit, PegawaiImportRow, StatusKepegawaian } from '../../../shared/domain/pegawai';
import { KODE_NI_PPPK } from '../../../shared/domain/nip';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from '../../../shared/domain/pangkat';
import { daysInMonth, toIsoDate } from '../../../shared/domain/tanggal';
import {
  DOMAIN_EMAIL,
  GELAR_D3,
  GELAR_ILMU,
  GELAR_LAMA,
  JABATAN,
  KELOMPOK_NAMA,
  KODE_WILAYAH_NIK,
  KECAMATAN,
  NON_ASN_KANTOR,
  PERANGKAT_DAERAH,
  PREFIKS_HP,
  type BidangIlmu,
  type FungsionalSeed,
  type JabatanKey,
  type JabatanSeed,
  type KelompokNama,
  type Pendidikan,
  type PerangkatDaerahSeed,
  type StrukturalSeed,
  type SubUnitSeed,
} from './seed-data';

export interface DemoUnit {
  nama: string;
  singkatan: string | null;
  jenis: JenisUnit;
  /** Name of the parent unit; parents are always listed before their children. */
  induk: string | null;
}

export interface DemoData {
  units: DemoUnit[];
  pegawai: PegawaiImportRow[];
}

export interface DemoOptions {
  seed?: number;
  /** Number of staff; default 2,000. */
  pegawai?: number;
  /** Reference date for ages and appointment dates; default 1 July 2026, so that output never depends on the clock. */
  today?: Date;
}

export const DEMO_DEFAULT_PEGAWAI = 2000;
export const DEMO_DEFAULT_SEED = 1;
export const DEMO_MAX_PEGAWAI = 1_000_000;
/** Reference date used when none is given (1 July 2026, local time). */
export const demoReferenceDate = (): Date => new Date(2026, 6, 1);

/** Tiny seeded PRNG (mulberry32): uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Weighted choice prepared once. */
class Weighted<T> {
  private readonly items: T[] = [];
  private readonly cum: number[] = [];
  private total = 0;
  constructor(entries: readonly (readonly [T, number])[]) {
    for (const [item, w] of entries) {
      this.total += w;
      this.items.push(item);
      this.cum.push(this.total);
    }
  }
  pick(rng: Rng): T {
    const x = rng.float() * this.total;
    let i = 0;
    while (i < this.cum.length - 1 && (this.cum[i] ?? 0) <= x) i++;
    return this.items[i] as T;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// Units

function buildUnits(): DemoUnit[] {
  const units: DemoUnit[] = [];
  const seen = new Set<string>();
  const add = (u: DemoUnit) => {
    const key = u.nama.toLowerCase();
    if (seen.has(key)) throw new Error(`Nama unit demo ganda: ${u.nama}`);
    seen.add(key);
    units.push(u);
  };
  for (const pd of PERANGKAT_DAERAH) {
    add({ nama: pd.nama, singkatan: pd.singkatan, jenis: 'PERANGKAT_DAERAH', induk: null });
    for (const s of pd.sub) add({ nama: s.nama, singkatan: s.singkatan ?? null, jenis: s.jenis, induk: pd.nama });
  }
  return units;
}

/** Where general staff go: one entry per unit with its share and pools. */
interface Tempat {
  pd: PerangkatDaerahSeed;
  unit: string;
  bobot: number;
  pool: Weighted<JabatanKey>;
  nonAsn: readonly string[];
  jenis: JenisUnit;
}

function buildTempat(): Tempat[] {
  const out: Tempat[] = [];
  for (const pd of PERANGKAT_DAERAH) {
    const inner = pd.bobotInti + pd.sub.reduce((s, u) => s + u.bobot, 0);
    const pdPool = new Weighted<JabatanKey>(pd.pool);
    out.push({ pd, unit: pd.nama, bobot: (pd.bobot * pd.bobotInti) / inner, pool: pdPool, nonAsn: NON_ASN_KANTOR, jenis: 'PERANGKAT_DAERAH' });
    for (const s of pd.sub)
      out.push({
        pd,
        unit: s.nama,
        bobot: (pd.bobot * s.bobot) / inner,
        pool: s.pool ? new Weighted<JabatanKey>(s.pool) : pdPool,
        nonAsn: s.nonAsn ?? NON_ASN_KANTOR,
        jenis: s.jenis,
      });
  }
  return out;
}

/** Splits `total` over the weights by largest remainder (exact sum, deterministic). */
function allocate(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (sum > 0 ? (w * total) / sum : 0));
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// People

const START_GOL: Record<Pendidikan, number> = { SMP: 3, SMA: 5, D3: 7, S1: 9, S2: 10 };
const CAP_GOL: Record<Pendidikan, number> = { SMP: 7, SMA: 10, D3: 12, S1: 14, S2: 15 };
const ENTRY_AGE: Record<Pendidikan, readonly [number, number]> = {
  SMP: [19, 24],
  SMA: [19, 27],
  D3: [21, 30],
  S1: [23, 33],
  S2: [25, 35],
};
const PPPK_GOL: Record<Pendidikan, string> = { SMP: 'IV', SMA: 'V', D3: 'VII', S1: 'IX', S2: 'X' };
const PPPK_PELAKSANA: Record<Pendidikan, string> = {
  SMP: 'Operator Layanan Operasional',
  SMA: 'Operator Layanan Operasional',
  D3: 'Pengelola Umum Operasional',
  S1: 'Penata Layanan Operasional',
  S2: 'Penata Layanan Operasional',
};
/** Years of PPPK appointment; an NI PPPK holds the year followed by the code 21 (`202221`). */
const PPPK_TAHUN: readonly number[] = [2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025];
const PPPK_PARUH_WAKTU_TAHUN: readonly number[] = [2025, 2026];

/** Golongan range [from, to] (1 = I/a … 17 = IV/e) of a structural post by eselon. */
const STRUKTURAL_GOL: Record<string, readonly [number, number]> = {
  'II.a': [15, 16],
  'II.b': [14, 15],
  'III.a': [13, 14],
  'III.b': [12, 13],
  'IV.a': [10, 12],
  'IV.b': [9, 11],
};

function jenjang(seed: FungsionalSeed, urutan: number): string {
  if (seed.jalur === 'keahlian') return urutan <= 10 ? 'Ahli Pertama' : urutan <= 12 ? 'Ahli Muda' : urutan <= 15 ? 'Ahli Madya' : 'Ahli Utama';
  return urutan <= 5 ? 'Pemula' : urutan <= 8 ? 'Terampil' : urutan <= 10 ? 'Mahir' : 'Penyelia';
}

const kodeGol = (urutan: number): string => GOLONGAN_PNS[urutan - 1]?.kode ?? 'III/a';

interface Orang {
  nama: string;
  jk: JenisKelamin;
  tempatLahir: string;
}

interface Gelar {
  depan: string | null;
  belakang: string | null;
}

class Generator {
  private readonly rng: Rng;
  private readonly nips = new Set<string>();
  private readonly niks = new Set<string>();
  private readonly kelompok: Weighted<KelompokNama>;
  private readonly refYear: number;
  private readonly refMonth: number;

  constructor(seed: number, today: Date) {
    this.rng = new Rng(mulberry32(seed));
    this.kelompok = new Weighted(KELOMPOK_NAMA.map((k) => [k, k.bobot] as const));
    this.refYear = today.getFullYear();
    this.refMonth = today.getMonth() + 1;
  }

  private orang(perempuan: number): Orang {
    const r = this.rng;
    const jk: JenisKelamin = r.chance(perempuan) ? 'P' : 'L';
    const k = this.kelompok.pick(r);
    const depan = r.pick(jk === 'L' ? k.laki : k.perempuan);
    let nama = depan;
    if (r.chance(k.pakaiBelakang)) {
      const belakang = r.pick(jk === 'L' ? k.belakangLaki : k.belakangPerempuan);
      if (!depan.split(' ').includes(belakang)) nama = `${depan} ${belakang}`;
    }
    return { nama, jk, tempatLahir: r.pick(k.tempatLahir) };
  }

  private tanggalLahir(tmtYear: number, tmtMonth: number, umurMasuk: number): [number, number, number] {
    const r = this.rng;
    // born umurMasuk (≥ 19) years before the TMT, give or take up to 11 months: always ≥ 18 at the TMT
    let y = tmtYear - umurMasuk;
    let m = tmtMonth - r.int(0, 11);
    if (m < 1) {
      m += 12;
      y -= 1;
    }
    return [y, m, r.int(1, daysInMonth(y, m))];
  }

  /** NIP from birth date and TMT CPNS (year, month), or NI PPPK when the "month" is the code 21. */
  private nip(lahir: readonly [number, number, number], tmt: readonly [number, number], jk: JenisKelamin): string {
    const base = `${pad(lahir[0], 4)}${pad(lahir[1], 2)}${pad(lahir[2], 2)}${pad(tmt[0], 4)}${pad(tmt[1], 2)}${jk === 'L' ? 1 : 2}`;
    for (let urut = this.rng.int(1, 30); urut <= 999; urut++) {
      const nip = base + pad(urut, 3);
      if (!this.nips.has(nip)) {
        this.nips.add(nip);
        return nip;
      }
    }
    throw new Error(`Nomor urut NIP demo habis untuk ${base}`);
  }

  private nik(lahir: readonly [number, number, number], jk: JenisKelamin): string {
    const r = this.rng;
    const wilayah = `${KODE_WILAYAH_NIK}${pad(r.int(1, KECAMATAN.length), 2)}`;
    const tgl = `${pad(lahir[2] + (jk === 'P' ? 40 : 0), 2)}${pad(lahir[1], 2)}${pad(lahir[0] % 100, 2)}`;
    for (let urut = r.int(1, 200); urut <= 9999; urut++) {
      const nik = `${wilayah}${tgl}${pad(urut, 4)}`;
      if (!this.niks.has(nik)) {
        this.niks.add(nik);
        return nik;
      }
    }
    throw new Error('Nomor urut NIK demo habis');
  }

  private kontak(nama: string, tahunLahir: number): { telepon: string | null; email: string | null } {
    const r = this.rng;
    const telepon = r.chance(0.88) ? `${r.pick(PREFIKS_HP)}${pad(r.int(0, 99_999_999), 8)}${r.chance(0.3) ? r.int(0, 9) : ''}` : null;
    let email: string | null = null;
    if (r.chance(0.35)) {
      const local = nama
        .toLowerCase()
        .replace(/[^a-z]+/g, '.')
        .replace(/^\.+|\.+$/g, '');
      email = `${local}${r.chance(0.5) ? pad(tahunLahir % 100, 2) : ''}@${DOMAIN_EMAIL}`;
    }
    return { telepon, email };
  }

  /** Degrees of a structural official or an S1/S2 pelaksana, from a field of study. */
  private gelarIlmu(ilmu: BidangIlmu, s2: boolean, jk: JenisKelamin, tahunLahir: number, bolehProfesi: boolean): Gelar {
    const r = this.rng;
    const profiles = (r.chance(0.6) ? GELAR_ILMU[ilmu] : GELAR_ILMU.umum).filter((p) => bolehProfesi || !p.depan);
    const p = r.pick(profiles.length ? profiles : GELAR_ILMU.umum);
    return this.susun(p.depan ?? null, p.s1, s2 && p.s2.length ? r.pick(p.s2) : null, jk, tahunLahir);
  }

  private susun(depan: string | null, s1: string, s2: string | null, jk: JenisKelamin, tahunLahir: number): Gelar {
    let d = depan;
    let first = s1;
    const lama = GELAR_LAMA[s1];
    if (lama && tahunLahir < 1970 && !d && this.rng.chance(0.5)) {
      d = lama[jk];
      first = '';
    }
    const belakang = [first, s2].filter((g): g is string => !!g).join(', ');
    return { depan: d, belakang: belakang || null };
  }

  private row(
    o: Orang,
    lahir: readonly [number, number, number],
    gelar: Gelar,
    fields: {
      nip: string | null;
      jenisIdentitas: PegawaiImportRow['jenisIdentitas'];
      status: StatusKepegawaian;
      golongan: string | null;
      jabatan: string;
      jenisJabatan: JenisJabatan | null;
      eselon: string | null;
      unit: string;
      pd: string;
      aktif: boolean;
    },
  ): PegawaiImportRow {
    const { telepon, email } = this.kontak(o.nama, lahir[0]);
    return {
      nip: fields.nip,
      jenisIdentitas: fields.jenisIdentitas,
      nama: o.nama,
      gelarDepan: gelar.depan,
      gelarBelakang: gelar.belakang,
      jenisKelamin: o.jk,
      tempatLahir: o.tempatLahir,
      tanggalLahir: toIsoDate(lahir[0], lahir[1], lahir[2]),
      status: fields.status,
      golongan: fields.golongan,
      jabatan: fields.jabatan,
      jenisJabatan: fields.jenisJabatan,
      eselon: fields.eselon,
      telepon,
      email,
      aktif: fields.aktif,
      unitKerjaNama: fields.unit,
      unitIndukNama: fields.pd,
    };
  }

  /** TMT of a PNS with `years` of service: a month of the year `years` before the reference, not after it. */
  private tmtPns(years: number): [number, number] {
    const y = this.refYear - years;
    return [y, this.rng.int(1, y === this.refYear ? this.refMonth : 12)];
  }

  struktural(pd: PerangkatDaerahSeed, unit: string, s: StrukturalSeed): PegawaiImportRow {
    const r = this.rng;
    const [lo, hi] = STRUKTURAL_GOL[s.eselon] ?? [10, 12];
    const urutan = r.int(lo, hi);
    const years = (urutan - 9) * 4 + r.int(1, 4);
    const maxUmur = s.jenis === 'JPT' ? 59 : 57;
    const umurMasuk = Math.max(19, Math.min(r.int(23, 30), maxUmur - years));
    const o = this.orang(s.jenis === 'JPT' ? 0.2 : s.jenis === 'ADMINISTRATOR' ? 0.35 : 0.45);
    const tmt = this.tmtPns(years);
    const lahir = this.tanggalLahir(tmt[0], tmt[1], umurMasuk);
    const s2 = r.chance(s.jenis === 'JPT' ? 0.9 : s.jenis === 'ADMINISTRATOR' ? 0.7 : 0.4);
    const gelar = this.gelarIlmu(pd.ilmu, s2, o.jk, lahir[0], true);
    if (s.jenis === 'JPT' && s2 && r.chance(0.12)) gelar.depan = gelar.depan ? `Dr. ${gelar.depan}` : 'Dr.';
    return this.row(o, lahir, gelar, {
      nip: this.nip(lahir, tmt, o.jk),
      jenisIdentitas: 'NIP',
      status: 'PNS',
      golongan: kodeGol(urutan),
      jabatan: s.jabatan,
      jenisJabatan: s.jenis,
      eselon: s.eselon,
      unit,
      pd: pd.nama,
      aktif: true,
    });
  }

  umum(t: Tempat): PegawaiImportRow {
    const r = this.rng;
    const nonAsn = t.pd.porsiNonAsn ?? 0.07;
    const pppk = t.jenis === 'SEKOLAH' ? 0.3 : 0.22;
    const x = r.float();
    const aktif = r.chance(0.98);
    if (x < nonAsn) return this.nonAsn(t, aktif);
    if (x < nonAsn + pppk) return this.pppk(t, aktif, false);
    if (x < nonAsn + pppk + 0.02) return this.pppk(t, aktif, true);
    return this.pns(t, aktif, x < nonAsn + pppk + 0.06);
  }

  private pendidikan(seed: JabatanSeed): Pendidikan {
    if (seed.jenis === 'PELAKSANA') return this.rng.pick(seed.pendidikan);
    if (seed.pendidikan) return seed.pendidikan;
    if (seed.jalur === 'keterampilan') return 'D3';
    return seed.gelarS2 && this.rng.chance(0.12) ? 'S2' : 'S1';
  }

  private gelarJabatan(seed: JabatanSeed, edu: Pendidikan, t: Tempat, jk: JenisKelamin, tahunLahir: number): Gelar {
    const r = this.rng;
    if (seed.jenis === 'FUNGSIONAL') {
      const s2 = edu === 'S2' && seed.gelarS2 ? r.pick(seed.gelarS2) : null;
      return this.susun(seed.gelarDepan ?? null, r.pick(seed.gelar), s2, jk, tahunLahir);
    }
    if (edu === 'SMP' || edu === 'SMA') return { depan: null, belakang: null };
    if (edu === 'D3') return { depan: null, belakang: r.pick(GELAR_D3) };
    return this.gelarIlmu(t.pd.ilmu, edu === 'S2', jk, tahunLahir, false);
  }

  private pns(t: Tempat, aktif: boolean, cpns: boolean): PegawaiImportRow {
    const r = this.rng;
    const seed: JabatanSeed = JABATAN[t.pool.pick(r)];
    const edu = this.pendidikan(seed);
    const [a0, a1] = ENTRY_AGE[edu];
    const umurMasuk = r.int(a0, a1);
    let years = 0;
    let tmt: [number, number];
    if (cpns) {
      let m = this.refMonth - r.int(0, 11);
      let y = this.refYear;
      if (m < 1) {
        m += 12;
        y -= 1;
      }
      tmt = [y, m];
    } else {
      years = Math.max(1, Math.min(r.int(1, 34), 57 - umurMasuk));
      tmt = this.tmtPns(years);
    }
    // keterampilan posts end at Penyelia (III/d); pelaksana posts rarely pass III/d either
    const cap = seed.jenis === 'PELAKSANA' || seed.jalur === 'keterampilan' ? Math.min(12, CAP_GOL[edu]) : CAP_GOL[edu];
    const urutan = Math.min(cap, START_GOL[edu] + Math.floor(Math.max(0, years - r.int(0, 3)) / 4));
    const o = this.orang(seed.perempuan ?? 0.5);
    const lahir = this.tanggalLahir(tmt[0], tmt[1], umurMasuk);
    return this.row(o, lahir, this.gelarJabatan(seed, edu, t, o.jk, lahir[0]), {
      nip: this.nip(lahir, tmt, o.jk),
      jenisIdentitas: 'NIP',
      status: cpns ? 'CPNS' : 'PNS',
      golongan: kodeGol(urutan),
      jabatan: seed.jenis === 'FUNGSIONAL' ? `${seed.nama} ${jenjang(seed, urutan)}` : seed.nama,
      jenisJabatan: seed.jenis,
      eselon: null,
      unit: t.unit,
      pd: t.pd.nama,
      aktif,
    });
  }

  private pppkTahun(list: readonly number[]): number {
    const ok = list.filter((y) => y <= this.refYear);
    return ok.length ? this.rng.pick(ok) : this.refYear;
  }

  private pppk(t: Tempat, aktif: boolean, paruhWaktu: boolean): PegawaiImportRow {
    const r = this.rng;
    const seed: JabatanSeed = JABATAN[t.pool.pick(r)];
    const edu = this.pendidikan(seed);
    const tahun = this.pppkTahun(paruhWaktu ? PPPK_PARUH_WAKTU_TAHUN : PPPK_TAHUN);
    const umurMasuk = r.int(Math.max(ENTRY_AGE[edu][0], 22), 50);
    const o = this.orang(seed.perempuan ?? 0.5);
    // born in January at the latest of (tahun - umurMasuk): 18 or older during the whole year of appointment
    const lahir = this.tanggalLahir(tahun, 1, umurMasuk);
    const fungsional = seed.jenis === 'FUNGSIONAL' && !paruhWaktu;
    const golongan = PPPK_GOL[edu];
    const urutan = (GOLONGAN_PPPK as readonly string[]).indexOf(golongan) + 1;
    const jabatan = fungsional
      ? `${seed.nama} ${seed.jalur === 'keahlian' ? 'Ahli Pertama' : urutan <= 5 ? 'Pemula' : 'Terampil'}`
      : PPPK_PELAKSANA[edu];
    return this.row(o, lahir, this.gelarJabatan(seed, edu, t, o.jk, lahir[0]), {
      nip: this.nip(lahir, [tahun, Number(KODE_NI_PPPK)], o.jk),
      jenisIdentitas: 'NI_PPPK',
      status: paruhWaktu ? 'PPPK_PARUH_WAKTU' : 'PPPK',
      golongan: paruhWaktu ? null : golongan,
      jabatan,
      jenisJabatan: fungsional ? 'FUNGSIONAL' : 'PELAKSANA',
      eselon: null,
      unit: t.unit,
      pd: t.pd.nama,
      aktif,
    });
  }

  private nonAsn(t: Tempat, aktif: boolean): PegawaiImportRow {
    const r = this.rng;
    const jabatan = r.pick(t.nonAsn);
    const o = this.orang(/^(Pengemudi|Petugas Keamanan|Penjaga|Operator Alat|Petugas Pemadam)/.test(jabatan) ? 0.05 : 0.5);
    const umur = r.int(20, 52);
    const y = this.refYear - umur;
    const m = r.int(1, 12);
    const lahir: [number, number, number] = [y, m, r.int(1, daysInMonth(y, m))];
    const gelar: Gelar = jabatan.startsWith('Guru')
      ? { depan: null, belakang: 'S.Pd.' }
      : jabatan === 'Tenaga Kesehatan'
        ? { depan: null, belakang: r.pick(['A.Md.Kep.', 'A.Md.Keb.', 'S.Kep., Ns.']) }
        : jabatan === 'Operator Komputer' && r.chance(0.5)
          ? { depan: null, belakang: r.pick(['A.Md.Kom.', 'S.Kom.']) }
          : { depan: null, belakang: null };
    return this.row(o, lahir, gelar, {
      nip: r.chance(0.8) ? this.nik(lahir, o.jk) : null,
      jenisIdentitas: 'NIK',
      status: 'NON_ASN',
      golongan: null,
      jabatan,
      jenisJabatan: null,
      eselon: null,
      unit: t.unit,
      pd: t.pd.nama,
      aktif,
    });
  }
}

/** Structural posts in the order they are filled: every head first, then the other posts per perangkat daerah. */
function strukturalSlots(): { pd: PerangkatDaerahSeed; unit: string; s: StrukturalSeed }[] {
  const heads = PERANGKAT_DAERAH.map((pd) => ({ pd, unit: pd.nama, s: pd.kepala }));
  const rest = PERANGKAT_DAERAH.flatMap((pd) => [
    ...(pd.struktural ?? []).map((s) => ({ pd, unit: pd.nama, s })),
    ...pd.sub.flatMap((u: SubUnitSeed) => [
      ...(u.kepala ? [{ pd, unit: u.nama, s: u.kepala }] : []),
      ...(u.struktural ?? []).map((s) => ({ pd, unit: u.nama, s })),
    ]),
  ]);
  return [...heads, ...rest];
}

/**
 * Units and staff of "Kabupaten Sukamaju". The head of every perangkat daerah is generated first,
 * then the other structural posts, then general staff spread over the units by weight; with fewer
 * staff than posts the list is cut in that order.
 */
export function generateDemoData(opts: DemoOptions = {}): DemoData {
  const n = opts.pegawai ?? DEMO_DEFAULT_PEGAWAI;
  if (!Number.isInteger(n) || n < 0 || n > DEMO_MAX_PEGAWAI)
    throw new RangeError(`Jumlah pegawai demo harus bilangan bulat 0 sampai ${DEMO_MAX_PEGAWAI}; diterima ${String(n)}.`);
  const seed = opts.seed ?? DEMO_DEFAULT_SEED;
  if (!Number.isFinite(seed)) throw new RangeError(`Seed data demo harus berupa angka; diterima ${String(seed)}.`);
  const g = new Generator(Math.trunc(seed), opts.today ?? demoReferenceDate());

  const units = buildUnits();
  const pegawai: PegawaiImportRow[] = [];
  const slots = strukturalSlots().slice(0, n);
  for (const { pd, unit, s } of slots) pegawai.push(g.struktural(pd, unit, s));

  const tempat = buildTempat();
  const counts = allocate(
    tempat.map((t) => t.bobot),
    n - slots.length,
  );
  tempat.forEach((t, i) => {
    for (let k = 0; k < (counts[i] ?? 0); k++) pegawai.push(g.umum(t));
  });
  return { units, pegawai };
}
