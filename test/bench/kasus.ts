/**
 * Cases at the size of a busy election year: 20,000 cases seeded straight into SQL (with the frozen
 * rule set each case really carries), then the recaps per grouping, the list, the home screen's
 * deadlines and opening one case with 50 documents and 200 audit entries, each against a floor
 * measured in the same run (a plain SELECT over the same rows). Bulk intake of 5,000 recommendation
 * rows goes the clerk's way: preview, the review's decisions, apply, through dispatch.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';
import { DATABASE_FILE } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/handlers';
import type { ImporKasusLaporan, ImporKasusPratinjau, KeputusanOrang } from '../../shared/contract/kasus-impor';
import { REKAP_MENURUT } from '../../shared/contract/kasus-rekap';
import { TAHAP, type Tahap } from '../../shared/domain/kasus';

const r2 = (x: number) => Math.round(x * 100) / 100;
function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: r2(s[s.length >> 1]!), p95: r2(s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!) };
}
function timeMany(n: number, fn: () => unknown, warm = 3): number[] {
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}
async function ok<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(core, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** A deterministic pseudo-random sequence (the same spread every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
/** Skewed choice: earlier entries far more often (Bawaslu's top categories dominate). */
const skew = (r: () => number, n: number) => Math.min(n - 1, Math.floor(n * r() ** 2.2));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDate: string, n: number) => iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * 86_400_000));

const STAGE_SPREAD: [Tahap, number][] = [
  ['diterima', 25],
  ['verifikasi', 15],
  ['panggilan-1', 10],
  ['pemeriksaan', 10],
  ['lhp', 5],
  ['keputusan', 10],
  ['penyampaian', 5],
  ['pencatatan', 5],
  ['tindak-lanjut', 5],
  ['selesai', 10],
];

/** 20,000 cases, ~1.5 people each, stages, sanctions, catalogue codes, audit rows: one transaction of prepared INSERTs. */
export function __seed(core: Core, cases: number) { return seed(core, cases); }
function seed(core: Core, cases: number): { terlapor: number; seedMs: number } {
  const t0 = performance.now();
  const db = core.db;
  const a = db.prepare("SELECT * FROM aturan_kasus WHERE kode = 'SKB-2022'").get() as { id: number; kode: string; nama: string; versi: number; berlaku_mulai: string; berlaku_sampai: string | null; isi: string };
  const isi = JSON.parse(a.isi) as { kategoriPelapor: { kategori: string; pelanggaran: string[] }[]; hukuman: { kode: string; untuk: string[] }[] };
  const beku = JSON.stringify({ kode: a.kode, nama: a.nama, versi: a.versi, berlakuMulai: a.berlaku_mulai, berlakuSampai: a.berlaku_sampai, isi: JSON.parse(a.isi) });
  db.prepare("INSERT OR IGNORE INTO aturan_beku (sha256, isi) VALUES ('bench', ?)").run(beku);
  const bekuId = db.prepare("SELECT id FROM aturan_beku WHERE sha256 = 'bench'").pluck().get() as number;
  const units = new Map((db.prepare('SELECT id, nama, parent_id FROM unit_kerja').all() as { id: number; nama: string; parent_id: number | null }[]).map((u) => [u.id, u]));
  const root = (id: number) => {
    let u = units.get(id)!;
    while (u.parent_id !== null) u = units.get(u.parent_id)!;
    return u.nama;
  };
  const staff = (
    db.prepare("SELECT id, nip, nama, status, golongan, jabatan, jenis_jabatan, eselon, unit_kerja_id FROM pegawai WHERE nip IS NOT NULL AND status = 'PNS' AND unit_kerja_id IS NOT NULL").all() as {
      id: number; nip: string; nama: string; status: string; golongan: string | null; jabatan: string | null; jenis_jabatan: string | null; eselon: string | null; unit_kerja_id: number;
    }[]
  ).map((p) => ({ ...p, unit: units.get(p.unit_kerja_id)!.nama, induk: root(p.unit_kerja_id) }));
  const r = rng(7);
  const sumber = ['bawaslu', 'bawaslu', 'bawaslu', 'bkn', 'lapor', 'pengaduan', 'satgas', 'media'];
  const pemilihan = ['Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2024', 'Pemilihan Umum Tahun 2024', 'Pemilihan Gubernur dan Wakil Gubernur Tahun 2024'];
  const hukumanPns = isi.hukuman.filter((h) => h.untuk.includes('PNS')).map((h) => h.kode);
  const now = new Date().toISOString();
  const insK = db.prepare(
    `INSERT INTO kasus (nomor_register, sumber, pelapor, nomor_surat, tanggal_surat, tanggal_diterima, tanggal_kejadian, lokasi, kronologi, pemilihan, kategori_pelapor, rekomendasi, aturan_id, aturan_beku_id, diarsipkan_at, diarsipkan_alasan, created_at, updated_at)
     VALUES (?, ?, 'Bawaslu Kabupaten Sukamaju', ?, ?, ?, ?, 'Kabupaten Sukamaju', 'Terlapor mengunggah foto bersama pasangan calon.', ?, ?, 'Sanksi moral dan hukuman disiplin', ?, ?, ?, ?, ?, ?)`,
  );
  const insP = db.prepare('INSERT INTO kasus_pelanggaran (kasus_id, kode, urutan) VALUES (?, ?, ?)');
  const insT = db.prepare(
    `INSERT INTO kasus_terlapor (kasus_id, jenis, pegawai_id, nama, nip, status_kepegawaian, golongan, jabatan, jenis_jabatan, eselon, unit_kerja, unit_induk, urutan, tahap, hasil, hukuman, sanksi_moral, created_at, updated_at)
     VALUES (?, 'pegawai', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insS = db.prepare('INSERT INTO kasus_tahap (kasus_id, terlapor_id, tahap, tanggal, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insA = db.prepare("INSERT INTO kasus_audit (kasus_id, terlapor_id, waktu, oleh, aksi, bidang, lama, baru) VALUES (?, ?, ?, 'bench', ?, ?, NULL, ?)");
  const stageBag = STAGE_SPREAD.flatMap(([s, n]) => Array<Tahap>(n).fill(s));
  let terlapor = 0;
  db.transaction(() => {
    for (let i = 0; i < cases; i++) {
      const diterima = addDays('2024-01-02', Math.floor(r() * 700));
      const kat = isi.kategoriPelapor[skew(r, isi.kategoriPelapor.length)]!;
      const archived = r() < 0.02;
      const year = diterima.slice(0, 4);
      const kasusId = Number(
        insK.run(
          `${String(i + 1).padStart(5, '0')}/KASUS/${year}`,
          sumber[Math.floor(r() * sumber.length)]!,
          `${100 + i}/PP.01.02/K.JB-12/${year}`,
          addDays(diterima, -3),
          diterima,
          addDays(diterima, -10),
          pemilihan[skew(r, pemilihan.length)]!,
          kat.kategori,
          a.id,
          bekuId,
          archived ? now : null,
          archived ? 'Salah catat' : null,
          now,
          now,
        ).lastInsertRowid,
      );
      kat.pelanggaran.slice(0, 1 + Math.floor(r() * 2)).forEach((k, j) => insP.run(kasusId, k, j));
      insA.run(kasusId, null, now, 'buat', 'aturan', 'SKB-2022 v1');
      const people = r() < 0.65 ? 1 : r() < 0.8 ? 2 : 3;
      for (let j = 0; j < people; j++) {
        const p = staff[Math.floor(r() * staff.length)]!;
        const tahap = stageBag[Math.floor(r() * stageBag.length)]!;
        const decided = TAHAP.indexOf(tahap) >= TAHAP.indexOf('keputusan');
        const hasil = decided ? (r() < 0.7 ? 'hukuman' : r() < 0.7 ? 'tidak-terbukti' : 'dihentikan') : null;
        const hukuman = hasil === 'hukuman' ? hukumanPns[skew(r, hukumanPns.length)]! : null;
        const tid = Number(
          insT.run(kasusId, p.id, p.nama, p.nip, p.status, p.golongan, p.jabatan ?? '', p.jenis_jabatan, p.eselon, p.unit, p.induk, j, tahap, hasil, hukuman, hasil === 'hukuman' && r() < 0.5 ? 'tertutup' : null, now, now).lastInsertRowid,
        );
        insS.run(kasusId, tid, 'diterima', diterima, '{"tahap":"diterima"}', now, now);
        if (tahap !== 'diterima') {
          const data: Record<string, unknown> = { tahap };
          if (tahap === 'panggilan-1') Object.assign(data, { tanggalPeriksa: addDays(diterima, 14), jam: '09.00', tempat: 'Aula' });
          if (tahap === 'penyampaian') Object.assign(data, { cara: 'langsung', tanggalDiterima: addDays(diterima, 30) });
          insS.run(kasusId, tid, tahap, addDays(diterima, 7), JSON.stringify(data), now, now);
        }
        insA.run(kasusId, tid, now, 'tambah-terlapor', 'terlapor', JSON.stringify({ jenis: 'pegawai', nama: p.nama, nip: p.nip }));
        terlapor++;
      }
    }
  }).immediate();
  return { terlapor, seedMs: performance.now() - t0 };
}

/** One case opened the way the case screen does: 3 people with stages, 50 archived documents naming it, 200 audit rows. */
async function bukaKasus(core: Core, dir: string): Promise<Record<string, number>> {
  const guru = core.db.prepare("SELECT id FROM pegawai WHERE status = 'PNS' AND nip IS NOT NULL ORDER BY id LIMIT 3").pluck().all() as number[];
  const k = await ok<{ id: number; terlapor: { id: number }[] }>(core, 'kasus.buat', {
    data: { sumber: 'bawaslu', nomorSurat: 'BENCH/1', tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', kategoriPelapor: 'Kampanye di media sosial', pelanggaran: ['SKB-2', 'SKB-7'] },
    terlapor: guru.map((pegawaiId) => ({ jenis: 'pegawai', pegawaiId })),
  });
  for (const t of k.terlapor) {
    await ok(core, 'kasus.tahap.maju', { terlaporId: t.id, tanggal: '2026-11-03', data: { tahap: 'verifikasi', catatan: 'Diperiksa.' } });
    const pemeriksa = { pegawaiId: null, nama: 'Drs. Hadi', nip: null, pangkat: null, jabatan: 'Kepala Bidang', peran: 'Ketua' };
    await ok(core, 'kasus.tahap.maju', { terlaporId: t.id, tanggal: '2026-11-04', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-16', tempat: 'Aula', pemeriksa } });
  }
  // documents and audit rows straight into SQL (a document's own render is not what opening a case costs)
  const raw = new Database(path.join(dir, DATABASE_FILE));
  raw.pragma('foreign_keys = OFF');
  const insD = raw.prepare(
    "INSERT INTO dokumen (jenis, nomor, tanggal, hal, file_name, rel_path, sha256, bytes, teks_versi, profil_id, penandatangan_id, data, tanda_tangan, setup, konteks, created_at) VALUES ('kasus-panggilan', ?, '2026-11-04', ?, ?, ?, ?, 20480, 1, 1, 1, ?, '{}', '{}', '{}', ?)",
  );
  const insA = raw.prepare("INSERT INTO kasus_audit (kasus_id, terlapor_id, waktu, oleh, aksi, bidang, lama, baru) VALUES (?, ?, ?, 'bench', 'ubah', 'kronologi', ?, ?)");
  raw.transaction(() => {
    for (let i = 0; i < 50; i++)
      insD.run(`800/${i + 1}/BKPSDM/2026`, `Panggilan ${i + 1}`, `panggilan-${i}.docx`, `arsip/2026/bench-${i}.docx`, `${i}`.padStart(64, '0'), JSON.stringify({ kasusId: k.id, terlaporId: k.terlapor[i % 3]!.id, isi: 'x'.repeat(2000) }), new Date().toISOString());
    const have = raw.prepare('SELECT COUNT(*) FROM kasus_audit WHERE kasus_id = ?').pluck().get(k.id) as number;
    for (let i = have; i < 200; i++) insA.run(k.id, k.terlapor[i % 3]!.id, new Date().toISOString(), `lama ${i}`, `baru ${i}`);
  })();
  raw.close();
  const got = await ok<{ dokumen: unknown[]; terlapor: unknown[] }>(core, 'kasus.get', { id: k.id });
  if (got.dokumen.length !== 50) throw new Error(`${got.dokumen.length} dokumen, bukan 50`);
  const audit = (core.db.prepare('SELECT COUNT(*) FROM kasus_audit WHERE kasus_id = ?').pluck().get(k.id) as number) >= 200;
  if (!audit) throw new Error('audit < 200');
  // through dispatch (schema check and all), as the screen asks
  const lat: number[] = [];
  for (let i = 0; i < 103; i++) {
    const t = performance.now();
    await ok(core, 'kasus.get', { id: k.id });
    if (i >= 3) lat.push(performance.now() - t);
  }
  const auditLat: number[] = [];
  for (let i = 0; i < 53; i++) {
    const t = performance.now();
    await ok(core, 'kasus.audit', { kasusId: k.id, limit: 500 });
    if (i >= 3) auditLat.push(performance.now() - t);
  }
  const floor = timeMany(100, () => {
    core.db.prepare('SELECT * FROM kasus WHERE id = ?').get(k.id);
    core.db.prepare('SELECT * FROM kasus_terlapor WHERE kasus_id = ?').all(k.id);
    core.db.prepare('SELECT * FROM kasus_tahap WHERE kasus_id = ?').all(k.id);
    core.db.prepare("SELECT * FROM dokumen WHERE json_extract(data, '$.kasusId') = ?").all(k.id);
  });
  const g = stats(lat);
  const f = stats(floor);
  const au = stats(auditLat);
  return { getMedianMs: g.median, getP95Ms: g.p95, getFloorMedianMs: f.median, getFloorP95Ms: f.p95, auditMedianMs: au.median, auditP95Ms: au.p95 };
}

/** A recommendation list of `rows` rows: ~2.5 people per recommendation; 90% with a registry NIP, 5% name + birth date only, 5% unknown. */
export async function tulisDaftar(core: Core, file: string, rows: number): Promise<void> {
  const staff = core.db.prepare("SELECT nip, nama, tanggal_lahir, jabatan FROM pegawai WHERE nip IS NOT NULL AND status = 'PNS' AND tanggal_lahir IS NOT NULL ORDER BY id").all() as { nip: string; nama: string; tanggal_lahir: string; jabatan: string | null }[];
  const kategori = ['Kampanye di media sosial', 'menghadiri kampanye', 'Memasang baliho calon', 'pendekatan partai', 'dukungan KTP', 'Ujaran kebencian di grup WhatsApp'];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('Rekomendasi');
  ws.addRow(['No', 'Nomor Rekomendasi', 'Tanggal Rekomendasi', 'Tanggal Kejadian', 'Nama', 'NIP', 'Tanggal Lahir', 'Jabatan', 'Instansi/Unit Kerja', 'Jenis/Dugaan Pelanggaran', 'Rekomendasi (Sanksi)']).commit();
  const r = rng(3);
  let nomor = 0;
  let left = 0;
  let tgl = '2026-10-01';
  for (let i = 0; i < rows; i++) {
    if (left === 0) {
      nomor++;
      left = 1 + Math.floor(r() * 4);
      tgl = addDays('2026-09-01', Math.floor(r() * 60));
    }
    left--;
    const p = staff[(i * 7919) % staff.length]!;
    const kind = r();
    const nip = kind < 0.9 ? p.nip : '';
    const nama = kind < 0.95 ? p.nama : `Orang Tak Dikenal ${i}`;
    ws.addRow([i + 1, `${nomor}/PP.01.02/K.JB-12/2026`, tgl, addDays(tgl, -5), nama, nip, kind >= 0.9 && kind < 0.95 ? p.tanggal_lahir : '', p.jabatan ?? 'Staf', 'Dinas Pendidikan', kategori[skew(r, kategori.length)]!, 'Sanksi moral dan hukuman disiplin']).commit();
  }
  ws.commit();
  await wb.commit();
}

export async function intake(work: string, rows: number, repeat: number): Promise<Record<string, number>> {
  const base = path.join(work, `kasus-impor-base`);
  fs.mkdirSync(base);
  const seedCore = createCore({ dataDir: base, mode: 'cli' });
  seedCore.demo.load({ pegawai: 10_000, seed: 5 });
  const file = path.join(work, 'rekomendasi-5000.xlsx');
  await tulisDaftar(seedCore, file, rows);
  seedCore.close();
  const preview: number[] = [];
  const apply: number[] = [];
  let last: ImporKasusLaporan | null = null;
  for (let i = 0; i < repeat; i++) {
    const dir = path.join(work, `kasus-impor-${i}`);
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(base, DATABASE_FILE), path.join(dir, DATABASE_FILE));
    const core = createCore({ dataDir: dir, mode: 'cli' });
    const token = core.files.register(file);
    let p: ImporKasusPratinjau | null = null;
    let t = performance.now();
    p = await ok<ImporKasusPratinjau>(core, 'kasus.impor.pratinjau', { file: token, pengaturan: { pelapor: 'Bawaslu Kabupaten Sukamaju' } });
    preview.push(performance.now() - t);
    // the review step: every unmatched person kept as not identified, then the preview the clerk confirms
    const orang: Record<string, KeputusanOrang> = {};
    for (const k of p.kasus) for (const x of k.terlapor) if (x.pegawai === null) orang[String(x.baris)] = { belumDikenal: true };
    const keputusan = { orang };
    p = await ok<ImporKasusPratinjau>(core, 'kasus.impor.pratinjau', { file: token, keputusan, pengaturan: { pelapor: 'Bawaslu Kabupaten Sukamaju' } });
    t = performance.now();
    last = await ok<ImporKasusLaporan>(core, 'kasus.impor.terapkan', { file: token, keputusan, kunci: p.kunci, pengaturan: { pelapor: 'Bawaslu Kabupaten Sukamaju' } });
    apply.push(performance.now() - t);
    if (!last.ok || last.terlaporDibuat !== rows) throw new Error(`impor kasus: ${JSON.stringify(last).slice(0, 400)}`);
    core.close();
  }
  const pv = stats(preview);
  const ap = stats(apply);
  return { intakeRows: rows, intakeCases: last!.kasusDibuat, intakeMatched: last!.terlaporPegawai, intakePreviewMedianMs: pv.median, intakeApplyMedianMs: ap.median, intakeApplyMaxMs: r2(Math.max(...apply)) };
}

export async function kasusBench(work: string, repeat: number): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const dir = path.join(work, `kasus-${Math.random().toString(36).slice(2)}`);
  fs.mkdirSync(dir);
  const core = createCore({ dataDir: dir, mode: 'cli' });
  core.demo.load({ pegawai: 10_000, seed: 9 });
  const cases = 20_000;
  const { terlapor, seedMs } = seed(core, cases);
  const extra: Record<string, number> = { cases, terlapor, seedMs: Math.round(seedMs) };
  const where = 'k.diarsipkan_at IS NULL AND t.diarsipkan_at IS NULL';
  const floorPlain = stats(timeMany(30, () => core.db.prepare('SELECT COUNT(*) FROM kasus_terlapor').pluck().get()));
  const floorJoin = stats(timeMany(30, () => core.db.prepare(`SELECT COUNT(*) FROM kasus k JOIN kasus_terlapor t ON t.kasus_id = k.id WHERE ${where}`).pluck().get()));
  Object.assign(extra, { floorCountMedianMs: floorPlain.median, floorCountP95Ms: floorPlain.p95, floorJoinMedianMs: floorJoin.median, floorJoinP95Ms: floorJoin.p95 });
  const times: number[] = [];
  for (const menurut of REKAP_MENURUT) {
    const lat: number[] = [];
    for (let i = 0; i < 33; i++) {
      const t = performance.now();
      await ok(core, 'kasus.rekap', { menurut });
      if (i >= 3) lat.push(performance.now() - t);
    }
    const s = stats(lat);
    extra[`rekap_${menurut}_MedianMs`] = s.median;
    extra[`rekap_${menurut}_P95Ms`] = s.p95;
    times.push(s.p95);
  }
  const ekspor = performance.now();
  await ok(core, 'kasus.rekap.ekspor', { menurut: 'kategori' });
  extra.rekapEksporMs = r2(performance.now() - ekspor);
  const list: number[] = [];
  for (let i = 0; i < 13; i++) {
    const t = performance.now();
    await ok(core, 'kasus.list', { limit: 100, offset: i * 100 });
    if (i >= 3) list.push(performance.now() - t);
  }
  const l = stats(list);
  Object.assign(extra, { listMedianMs: l.median, listP95Ms: l.p95 });
  const tenggat: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    await ok(core, 'kasus.tenggat', { limit: 50 });
    if (i >= 1) tenggat.push(performance.now() - t);
  }
  const tg = stats(tenggat);
  Object.assign(extra, { tenggatMedianMs: tg.median, tenggatP95Ms: tg.p95 });
  Object.assign(extra, await bukaKasus(core, dir));
  core.close();
  Object.assign(extra, await intake(work, 5000, repeat));
  return { timesMs: times, extra };
}
