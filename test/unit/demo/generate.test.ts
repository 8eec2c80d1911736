import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  demoReferenceDate,
  generateDemoData,
  mulberry32,
  type DemoData,
} from '../../../electron/core/demo/generate';
import { PERANGKAT_DAERAH } from '../../../electron/core/demo/seed-data';
import { parseJenisJabatan } from '../../../shared/domain/jabatan';
import { namaLengkap } from '../../../shared/domain/nama';
import { checkNipConsistency, parseNik, parseNip } from '../../../shared/domain/nip';
import { golonganUrutan, parseGolonganPns, parseGolonganPppk } from '../../../shared/domain/pangkat';
import { JENIS_JABATAN_LABEL, type PegawaiImportRow } from '../../../shared/domain/pegawai';
import { isValidIsoDate } from '../../../shared/domain/tanggal';

const data: DemoData = generateDemoData({});
const rows = data.pegawai;
const REF = demoReferenceDate();
const refYm = REF.getFullYear() * 12 + REF.getMonth() + 1;
const ym = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
const share = (pred: (p: PegawaiImportRow) => boolean) => rows.filter(pred).length / rows.length;

describe('mulberry32', () => {
  it('is deterministic and uniform enough', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
  });
});

describe('generateDemoData', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoData({ seed: 5, pegawai: 300 })).toEqual(generateDemoData({ seed: 5, pegawai: 300 }));
    expect(generateDemoData({})).toEqual(generateDemoData({ seed: 1, pegawai: 2000 }));
    const other = generateDemoData({ seed: 6, pegawai: 300 });
    expect(other.pegawai.map((p) => p.nip)).not.toEqual(generateDemoData({ seed: 5, pegawai: 300 }).pegawai.map((p) => p.nip));
  });

  it.each([0, 1, 10, 35, 100, 777, 2000, 5000])('gives exactly %d staff', (n) => {
    const d = generateDemoData({ pegawai: n, seed: 3 });
    expect(d.pegawai).toHaveLength(n);
    expect(d.units.length).toBe(data.units.length);
  });

  it.each([-1, 1.5, Number.NaN, 2_000_000])('rejects pegawai = %d', (n) => {
    expect(() => generateDemoData({ pegawai: n })).toThrow(RangeError);
  });

  it('has about 30 perangkat daerah with bidang, UPT Puskesmas, schools and kelurahan', () => {
    const pd = data.units.filter((u) => u.jenis === 'PERANGKAT_DAERAH');
    expect(pd.length).toBeGreaterThanOrEqual(28);
    expect(pd.length).toBeLessThanOrEqual(40);
    expect(pd.every((u) => u.induk === null)).toBe(true);
    const names = pd.map((u) => u.nama);
    for (const n of [
      'Sekretariat Daerah',
      'Sekretariat Dewan Perwakilan Rakyat Daerah',
      'Inspektorat Daerah',
      'Badan Perencanaan Pembangunan Daerah',
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'Badan Pengelolaan Keuangan dan Aset Daerah',
      'Badan Pendapatan Daerah',
      'Dinas Pendidikan',
      'Dinas Kesehatan',
      'Rumah Sakit Umum Daerah Sukamaju',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      'Dinas Perhubungan',
      'Dinas Sosial',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Satuan Polisi Pamong Praja',
      'Badan Kesatuan Bangsa dan Politik',
      'Badan Penanggulangan Bencana Daerah',
      'Dinas Pertanian',
      'Dinas Lingkungan Hidup',
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      'Dinas Komunikasi dan Informatika',
      'Kecamatan Sukamaju',
    ])
      expect(names).toContain(n);
    expect(names.filter((n) => n.startsWith('Kecamatan ')).length).toBeGreaterThanOrEqual(5);
    const byJenis = (j: string) => data.units.filter((u) => u.jenis === j);
    expect(byJenis('SEKOLAH').every((u) => u.induk === 'Dinas Pendidikan')).toBe(true);
    expect(byJenis('SEKOLAH').some((u) => u.nama.startsWith('SD Negeri'))).toBe(true);
    expect(byJenis('SEKOLAH').some((u) => u.nama.startsWith('SMP Negeri'))).toBe(true);
    expect(byJenis('UPT').filter((u) => u.nama.startsWith('UPT Puskesmas')).every((u) => u.induk === 'Dinas Kesehatan')).toBe(true);
    expect(byJenis('UPT').filter((u) => u.nama.startsWith('UPT Puskesmas')).length).toBeGreaterThanOrEqual(5);
    expect(byJenis('BIDANG').length).toBeGreaterThan(60);
    expect(byJenis('LAINNYA').some((u) => u.nama.startsWith('Kelurahan '))).toBe(true);
  });

  it('lists unique units, each parent before its children', () => {
    const seen = new Set<string>();
    for (const u of data.units) {
      expect(seen.has(u.nama.toLowerCase()), u.nama).toBe(false);
      if (u.induk) expect(seen.has(u.induk.toLowerCase()), `${u.nama} → ${u.induk}`).toBe(true);
      seen.add(u.nama.toLowerCase());
    }
  });

  it('places every staff member in an existing unit under its perangkat daerah', () => {
    const units = new Map(data.units.map((u) => [u.nama, u]));
    for (const p of rows) {
      expect(p.unitKerjaNama).not.toBeNull();
      const u = units.get(p.unitKerjaNama ?? '');
      expect(u, p.unitKerjaNama ?? '').toBeDefined();
      expect(p.unitIndukNama).toBe(u?.induk ?? u?.nama);
    }
    const used = new Set(rows.map((p) => p.unitKerjaNama));
    expect(data.units.filter((u) => !used.has(u.nama)).map((u) => u.nama)).toEqual([]);
  });

  it('has exactly one head per perangkat daerah, in the perangkat daerah itself', () => {
    const pdUnits = data.units.filter((u) => u.jenis === 'PERANGKAT_DAERAH');
    expect(pdUnits.map((u) => u.nama)).toEqual(PERANGKAT_DAERAH.map((pd) => pd.nama));
    for (const pd of PERANGKAT_DAERAH) {
      const heads = rows.filter((p) => p.jabatan === pd.kepala.jabatan);
      expect(heads, pd.nama).toHaveLength(1);
      const h = heads[0]!;
      expect(h.unitKerjaNama).toBe(pd.nama);
      expect(h.status).toBe('PNS');
      expect(h.aktif).toBe(true);
      expect(h.jenisJabatan).toBe(pd.kepala.jenis);
      expect(h.eselon).toBe(pd.kepala.eselon);
    }
    const kepalaDinas = rows.find((p) => p.jabatan === 'Kepala Dinas Kesehatan');
    expect(kepalaDinas).toMatchObject({ jenisJabatan: 'JPT', eselon: 'II.b' });
    expect(rows.find((p) => p.jabatan === 'Sekretaris Daerah')).toMatchObject({ jenisJabatan: 'JPT', eselon: 'II.a' });
    expect(rows.find((p) => p.jabatan === 'Camat Cibening')).toMatchObject({ jenisJabatan: 'ADMINISTRATOR', eselon: 'III.a' });
  });

  it('generates the heads first when asked for very few staff', () => {
    const d = generateDemoData({ pegawai: 10 });
    expect(d.pegawai.map((p) => p.jabatan)).toEqual(PERANGKAT_DAERAH.slice(0, 10).map((pd) => pd.kepala.jabatan));
  });

  it('gives every NIP / NI PPPK a valid, unique number consistent with sex and birth date', () => {
    const seen = new Set<string>();
    for (const p of rows) {
      if (!p.nip) continue;
      expect(seen.has(p.nip), p.nip).toBe(false);
      seen.add(p.nip);
      if (p.jenisIdentitas === 'NIP' || p.jenisIdentitas === 'NI_PPPK') {
        const r = parseNip(p.nip);
        expect(r, p.nip).toMatchObject({
          ok: true,
          nip: p.nip,
          jenisKelamin: p.jenisKelamin,
          tanggalLahir: p.tanggalLahir,
          jenisNomor: p.jenisIdentitas,
        });
        expect(checkNipConsistency(p.nip, p)).toEqual([]);
        if (r.ok && r.tmtCpns) {
          expect(ym(r.tmtCpns)).toBeLessThanOrEqual(refYm);
          expect(ym(r.tmtCpns)).toBeGreaterThanOrEqual(ym(r.tanggalLahir) + 18 * 12);
        }
        if (r.ok && r.jenisNomor === 'NI_PPPK') {
          expect(r.tahunPengangkatan).toBeGreaterThanOrEqual(2021);
          expect(r.tahunPengangkatan).toBeLessThanOrEqual(REF.getFullYear());
        }
      } else {
        expect(p.jenisIdentitas).toBe('NIK');
        expect(parseNik(p.nip)).toEqual({ ok: true, nik: p.nip });
        // NIK encodes the birth date, day + 40 for women
        const day = Number(p.nip.slice(6, 8));
        expect(day - (p.jenisKelamin === 'P' ? 40 : 0)).toBe(Number(p.tanggalLahir?.slice(8, 10)));
        expect(p.nip.slice(8, 10)).toBe(p.tanggalLahir?.slice(5, 7));
        expect(p.nip.slice(10, 12)).toBe(p.tanggalLahir?.slice(2, 4));
      }
    }
  });

  it('matches identity kind, golongan and jabatan to the status', () => {
    for (const p of rows) {
      switch (p.status) {
        case 'PNS':
        case 'CPNS':
          expect(p.jenisIdentitas).toBe('NIP');
          expect(p.nip).not.toBeNull();
          expect(parseGolonganPns(p.golongan ?? '')).toEqual({ ok: true, kode: p.golongan });
          expect(p.jenisJabatan).not.toBeNull();
          break;
        case 'PPPK':
          expect(p.jenisIdentitas).toBe('NI_PPPK');
          expect(parseGolonganPppk(p.golongan ?? '')).toEqual({ ok: true, kode: p.golongan });
          expect(['FUNGSIONAL', 'PELAKSANA']).toContain(p.jenisJabatan);
          break;
        case 'PPPK_PARUH_WAKTU':
          expect(p.jenisIdentitas).toBe('NI_PPPK');
          expect(p.golongan).toBeNull();
          break;
        case 'NON_ASN':
          expect(p.jenisIdentitas).toBe('NIK');
          expect(p.golongan).toBeNull();
          expect(p.jenisJabatan).toBeNull();
          expect(p.eselon).toBeNull();
          break;
      }
      expect(p.jabatan).toBeTruthy();
    }
  });

  it('gives PPPK the golongan of their education', () => {
    const pppk = rows.filter((p) => p.status === 'PPPK');
    const guru = pppk.filter((p) => p.jabatan === 'Guru Ahli Pertama');
    expect(guru.length).toBeGreaterThan(10);
    expect(guru.every((p) => p.golongan === 'IX' || p.golongan === 'X')).toBe(true);
    expect(pppk.filter((p) => p.jabatan === 'Perawat Terampil').every((p) => p.golongan === 'VII')).toBe(true);
    expect(pppk.filter((p) => p.golongan === 'V').every((p) => !p.gelarBelakang)).toBe(true);
  });

  it('has a realistic status mix', () => {
    const pns = share((p) => p.status === 'PNS' || p.status === 'CPNS');
    const pppk = share((p) => p.status === 'PPPK' || p.status === 'PPPK_PARUH_WAKTU');
    expect(pns).toBeGreaterThan(0.64);
    expect(pns).toBeLessThan(0.76);
    expect(pppk).toBeGreaterThan(0.15);
    expect(pppk).toBeLessThan(0.27);
    expect(share((p) => p.status === 'CPNS')).toBeGreaterThan(0.01);
    expect(share((p) => p.status === 'PPPK_PARUH_WAKTU')).toBeGreaterThan(0.005);
    expect(share((p) => p.status === 'NON_ASN')).toBeGreaterThan(0.03);
    expect(share((p) => p.status === 'NON_ASN' && p.nip === null)).toBeGreaterThan(0);
    expect(share((p) => p.status === 'NON_ASN' && p.nip !== null)).toBeGreaterThan(0);
  });

  it('uses real jenis jabatan, eselon and jenjang', () => {
    for (const p of rows) {
      if (p.jenisJabatan) expect(parseJenisJabatan(JENIS_JABATAN_LABEL[p.jenisJabatan])).toBe(p.jenisJabatan);
      if (p.jenisJabatan === 'JPT') expect(p.eselon).toMatch(/^II\.[ab]$/);
      else if (p.jenisJabatan === 'ADMINISTRATOR') expect(p.eselon).toMatch(/^III\.[ab]$/);
      else if (p.jenisJabatan === 'PENGAWAS') expect(p.eselon).toMatch(/^IV\.[ab]$/);
      else expect(p.eselon).toBeNull();
      if (p.jenisJabatan === 'FUNGSIONAL')
        expect(p.jabatan).toMatch(/ (Ahli (Pertama|Muda|Madya|Utama)|Pemula|Terampil|Mahir|Penyelia)$/);
      if (p.jenisJabatan === 'FUNGSIONAL' && (p.status === 'PNS' || p.status === 'CPNS')) {
        const u = golonganUrutan(p.golongan ?? '');
        if (p.jabatan?.endsWith('Ahli Pertama')) expect(u).toBeLessThanOrEqual(10);
        if (p.jabatan?.endsWith('Ahli Muda')) expect([11, 12]).toContain(u);
        if (p.jabatan?.endsWith('Ahli Madya')) expect([13, 14, 15]).toContain(u);
        if (p.jabatan?.endsWith('Terampil')) expect([6, 7, 8]).toContain(u);
        if (p.jabatan?.endsWith('Penyelia')) expect([11, 12]).toContain(u);
      }
    }
    const jabatan = new Set(rows.map((p) => p.jabatan));
    for (const j of ['Guru Ahli Pertama', 'Perawat Terampil', 'Pengadministrasi Umum', 'Pengelola Keuangan', 'Bidan Terampil'])
      expect(jabatan, j).toContain(j);
    expect([...jabatan].some((j) => j?.startsWith('Analis Kepegawaian Ahli'))).toBe(true);
    expect([...jabatan].some((j) => j?.startsWith('Kepala Bidang '))).toBe(true);
    expect([...jabatan].some((j) => j?.startsWith('Kepala Subbagian '))).toBe(true);
    expect([...jabatan].some((j) => j?.startsWith('Kepala Seksi '))).toBe(true);
    const kabid = rows.filter((p) => p.jabatan?.startsWith('Kepala Bidang '));
    expect(kabid.every((p) => p.jenisJabatan === 'ADMINISTRATOR' && p.eselon === 'III.b')).toBe(true);
    const kasubbag = rows.filter((p) => p.jabatan?.startsWith('Kepala Subbagian ') || p.jabatan?.startsWith('Kepala Seksi '));
    expect(kasubbag.every((p) => p.jenisJabatan === 'PENGAWAS' && p.eselon === 'IV.a')).toBe(true);
  });

  it('gives older PNS higher golongan', () => {
    const pns = rows.filter((p) => p.status === 'PNS' || p.status === 'CPNS');
    const masaKerja = (p: PegawaiImportRow) => {
      const r = parseNip(p.nip ?? '');
      return r.ok && r.tmtCpns ? (refYm - ym(r.tmtCpns)) / 12 : Number.NaN;
    };
    for (const p of pns) {
      const u = golonganUrutan(p.golongan ?? '');
      expect(u).toBeGreaterThanOrEqual(3);
      expect(u, `${p.golongan} after ${masaKerja(p)} years`).toBeLessThanOrEqual(10 + Math.ceil(masaKerja(p) / 4));
      if (p.status === 'CPNS') {
        expect(masaKerja(p)).toBeLessThan(1);
        expect(u).toBeLessThanOrEqual(10);
      }
    }
    const mean = (xs: PegawaiImportRow[]) => xs.reduce((s, p) => s + golonganUrutan(p.golongan ?? ''), 0) / xs.length;
    const senior = pns.filter((p) => masaKerja(p) >= 20);
    const junior = pns.filter((p) => masaKerja(p) < 5);
    expect(senior.length).toBeGreaterThan(100);
    expect(junior.length).toBeGreaterThan(100);
    expect(mean(senior)).toBeGreaterThan(mean(junior) + 3);
  });

  it('has plausible people: names, degrees, ages, sex, phones, a few inactive', () => {
    for (const p of rows) {
      expect(p.nama).toMatch(/^[A-Z][A-Za-z.' ]+$/);
      const full = namaLengkap(p);
      expect(full).not.toMatch(/,,|, ,|\s{2}|,$/);
      expect(isValidIsoDate(p.tanggalLahir ?? '')).toBe(true);
      const umur = (refYm - ym(p.tanggalLahir ?? '')) / 12;
      expect(umur).toBeGreaterThanOrEqual(18);
      expect(umur).toBeLessThan(60);
      if (p.telepon !== null) expect(p.telepon).toMatch(/^08\d{10,11}$/);
      if (p.email !== null) expect(p.email).toMatch(/^[a-z]+(\.[a-z]+)*\d*@sukamajukab\.go\.id$/);
      expect(p.tempatLahir).toBeTruthy();
    }
    const perempuan = share((p) => p.jenisKelamin === 'P');
    expect(perempuan).toBeGreaterThan(0.4);
    expect(perempuan).toBeLessThan(0.65);
    expect(new Set(rows.map((p) => p.nama)).size).toBeGreaterThan(rows.length * 0.5);
    expect(share((p) => !p.aktif)).toBeGreaterThan(0.005);
    expect(share((p) => !p.aktif)).toBeLessThan(0.05);
    expect(share((p) => p.telepon !== null)).toBeGreaterThan(0.7);
    const gelar = new Set(rows.flatMap((p) => [p.gelarDepan, ...(p.gelarBelakang ?? '').split(', ')]));
    for (const g of ['S.Pd.', 'S.E.', 'S.H.', 'M.M.', 'S.Kom.', 'S.Sos.', 'S.T.', 'M.Si.', 'dr.', 'A.Md.', 'A.Md.Kep.', 'S.Kep.', 'Ns.'])
      expect(gelar, g).toContain(g);
    const big = generateDemoData({ pegawai: 20_000, seed: 9 }).pegawai;
    const depan = new Set(big.map((p) => p.gelarDepan));
    for (const g of ['Dr.', 'dr.', 'Ir.', 'Drs.', 'Dra.', 'drg.', 'apt.']) expect(depan, g).toContain(g);
    // Batak marga, Bugis Andi, Christian and Sundanese names appear
    const all = big.map((p) => p.nama).join('\n');
    for (const re of [/ (Siregar|Nasution|Simanjuntak|Sinaga)\b/, /^Andi /m, /^(Yohanes|Maria|Theresia|Fransiskus)\b/m, /^(Asep|Euis|Ujang|Neneng)\b/m])
      expect(all).toMatch(re);
    expect(rows.some((p) => namaLengkap(p).includes('Siti') && p.unitIndukNama === 'Dinas Pendidikan')).toBe(true);
  });

  it('does not depend on the clock and respects a given reference date', () => {
    const today = new Date(2024, 0, 15);
    const d = generateDemoData({ pegawai: 1500, seed: 2, today });
    for (const p of d.pegawai) {
      if (p.jenisIdentitas !== 'NIP' && p.jenisIdentitas !== 'NI_PPPK') continue;
      expect(parseNip(p.nip ?? '', today).ok, p.nip ?? '').toBe(true);
    }
    expect(generateDemoData({ pegawai: 200, today: demoReferenceDate() })).toEqual(generateDemoData({ pegawai: 200 }));
  });

  it('makes 50,000 valid, unique staff quickly', () => {
    const t = performance.now();
    const d = generateDemoData({ pegawai: 50_000, seed: 42 });
    const ms = performance.now() - t;
    expect(d.pegawai).toHaveLength(50_000);
    expect(ms).toBeLessThan(2000);
    const nips = d.pegawai.map((p) => p.nip).filter((n): n is string => n !== null);
    expect(new Set(nips).size).toBe(nips.length);
    const today = new Date();
    for (const p of d.pegawai)
      if (p.jenisIdentitas === 'NIP' || p.jenisIdentitas === 'NI_PPPK') expect(parseNip(p.nip ?? '', today).ok).toBe(true);
  });

  it('is plain TypeScript without Electron or Node imports', () => {
    for (const f of ['generate.ts', 'seed-data.ts']) {
      const src = fs.readFileSync(path.join(__dirname, '../../../electron/core/demo', f), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => i === 'electron' || i?.startsWith('node:') || !i?.startsWith('.'))).toEqual([]);
    }
  });
});
