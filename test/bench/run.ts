/**
 * npm run bench [-- --json] [-- --rows N] [-- --only pegawai|search|dokumen|ikrar|meja|daftar-hadir|meja-ui|kasus]
 * Each phase runs in a fresh child process so its peak memory is its own.
 * Figures are medians over repeated runs. Import goes the clerk's way (a picked file committed
 * through dispatch) and is compared with its floor measured in the same run: reading the same file
 * with the raw exceljs stream reader plus inserting the same rows with one prepared statement in
 * one transaction (the floor stays that even when the importer's reader changes). Search reports
 * median and p95 per query set (phase.ts). Documents (dokumen.ts) are compared with deflating the
 * same XML alone and, for 1,000 pages, with the naive docx tree; the pledge forms with a QR per
 * page (ikrar, also part of dokumen) with deflating the same XML plus encoding the same QR images.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const rowsArg = argv.indexOf('--rows');
const ROWS = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 50_000;
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? argv[onlyArg + 1] : undefined;
if (only !== undefined && !['pegawai', 'search', 'dokumen', 'ikrar', 'meja', 'daftar-hadir', 'meja-ui', 'kasus'].includes(only))
  throw new Error(`--only pegawai|search|dokumen|ikrar|meja|daftar-hadir|meja-ui|kasus, bukan ${only}`);
const runPegawai = !only || only === 'pegawai';
const runSearch = runPegawai || only === 'search';
const runDokumen = !only || only === 'dokumen';
const runIkrar = runDokumen || only === 'ikrar';
const runDaftarHadir = runDokumen || only === 'daftar-hadir';
const runMejaUi = !only || only === 'meja-ui';
const runMeja = !only || only === 'meja';
const runKasus = !only || only === 'kasus';
const PHASE = path.resolve(import.meta.dirname, 'phase.ts');

export interface PhaseResult {
  name: string;
  timesMs: number[];
  peakRssMb: number;
  extra?: Record<string, number>;
}

function runPhase(name: string, work: string, repeat: number): PhaseResult {
  const r = spawnSync('npx', ['tsx', PHASE, name, work, String(ROWS), String(repeat)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`Fase ${name} gagal:\n${r.stderr}\n${r.stdout}`);
  return JSON.parse(line) as PhaseResult;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-bench-'));
const log = (s: string) => !json && console.log(s);
let result: Record<string, unknown> = {};
const lines: string[] = [];

/** One table row: what, median, p95, peak RSS, and the comparison that gives the figure meaning. */
const row = (what: string, median: string, p95: string, rss: string, note = '') =>
  `${what.padEnd(34)} ${median.padStart(10)} ${p95.padStart(9)} ${rss.padStart(8)}  ${note}`.trimEnd();
const ms = (x: number) => `${x} ms`;
const mb = (x: number) => `${x} MB`;

if (runSearch) {
  log(`Netra bench: ${ROWS} pegawai, folder kerja ${work}`);
  const phases = [runPhase('prepare', work, 1)];
  if (runPegawai) {
    phases.push(
      runPhase('baseline-read', work, 5),
      runPhase('baseline-insert', work, 5),
      runPhase('import', work, 3),
      runPhase('import-update', work, 3),
      runPhase('export', work, 3),
      runPhase('responsive', work, 1),
    );
  }
  phases.push(runPhase('search', work, 1));
  const by = (n: string) => phases.find((p) => p.name === n)!;
  const s = by('search');
  const set = (name: string) => ({
    queries: s.extra?.[`${name}Queries`] ?? 0,
    medianMs: s.extra?.[`${name}MedianMs`] ?? 0,
    p95Ms: s.extra?.[`${name}P95Ms`] ?? 0,
    maxMs: s.extra?.[`${name}MaxMs`] ?? 0,
  });
  const search = { ...set('cari'), peakRssMb: s.peakRssMb, typing: set('ketik'), mixed: set('campuran') };
  lines.push(row('', 'median', 'p95', 'RSS'));
  if (runPegawai) {
    const imp = median(by('import').timesMs);
    const read = median(by('baseline-read').timesMs);
    const insert = median(by('baseline-insert').timesMs);
    const upd = median(by('import-update').timesMs);
    const pegawai = {
      rows: ROWS,
      import: { medianMs: r1(imp), peakRssMb: by('import').peakRssMb, rowsPerSecond: Math.round(ROWS / (imp / 1000)) },
      baselineRead: { medianMs: r1(read), peakRssMb: by('baseline-read').peakRssMb },
      baselineInsert: { medianMs: r1(insert), peakRssMb: by('baseline-insert').peakRssMb },
      importVsBaseline: r1(imp / (read + insert)),
      importUpdate: { medianMs: r1(upd), peakRssMb: by('import-update').peakRssMb, vsBaseline: r1(upd / (read + insert)) },
      export: { medianMs: r1(median(by('export').timesMs)), peakRssMb: by('export').peakRssMb },
      responsive: by('responsive').extra ?? {},
    };
    result = { ...result, ...pegawai };
    lines.push(
      row(`Impor ${ROWS} baris xlsx`, ms(pegawai.import.medianMs), '', mb(pegawai.import.peakRssMb),
        `${pegawai.importVsBaseline}× dasar ${r1(read + insert)} ms (target ≤ 1,5× dan < 300 MB)`),
      row('  dasar: baca stream exceljs', ms(pegawai.baselineRead.medianMs), '', mb(pegawai.baselineRead.peakRssMb)),
      row('  dasar: 1 INSERT siap pakai', ms(pegawai.baselineInsert.medianMs), '', mb(pegawai.baselineInsert.peakRssMb)),
      row(`Impor ulang, perbarui ${ROWS}`, ms(pegawai.importUpdate.medianMs), '', mb(pegawai.importUpdate.peakRssMb), `${pegawai.importUpdate.vsBaseline}× dasar impor`),
      row(`Ekspor ${ROWS} baris xlsx`, ms(pegawai.export.medianMs), '', mb(pegawai.export.peakRssMb)),
      row('Panggilan UI selama impor', ms(pegawai.responsive.duringMedianMs ?? NaN), ms(pegawai.responsive.duringP95Ms ?? NaN), '',
        `maks ${pegawai.responsive.duringMaxMs} ms, ${pegawai.responsive.duringCalls} panggilan; saat diam median ${pegawai.responsive.idleMedianMs} ms (target < 100 ms)`),
    );
  }
  result = { ...result, rows: ROWS, search };
  lines.push(
    row(`Cari: ${search.queries} kueri × 3`, ms(search.medianMs), ms(search.p95Ms), mb(search.peakRssMb), 'target median < 2 ms, p95 < 10 ms'),
    row(`Cari per ketikan: ${search.typing.queries} × 3`, ms(search.typing.medianMs), ms(search.typing.p95Ms), '', `maks ${search.typing.maxMs} ms; aktif saja, 200 baris, dari huruf pertama`),
    row(`Urut/saring/gulir: ${search.mixed.queries} × 3`, ms(search.mixed.medianMs), ms(search.mixed.p95Ms), '', `maks ${search.mixed.maxMs} ms; tiap urutan, unit/status, halaman jauh`),
  );
}

if (runPegawai) {
  // start-up of the command line: the built bundle against tsx, in its own script
  const r = spawnSync('npx', ['tsx', path.resolve(import.meta.dirname, 'cli-start.ts'), '--json', '--runs', '7'], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status === 0 && line.startsWith('{')) {
    const cli = JSON.parse(line) as { runs: number; builtMedianMs: number; tsxMedianMs: number };
    result = { ...result, cli };
    lines.push(row('netra info (CLI terbangun)', ms(cli.builtMedianMs), '', '', `lewat tsx ${cli.tsxMedianMs} ms; ${cli.runs} kali (target < 300 ms)`));
  } else lines.push(`netra info (CLI): gagal diukur (${r.stderr.trim().split('\n').pop() ?? ''})`);
}

if (runDokumen) {
  log(`Netra bench: dokumen, folder kerja ${work}`);
  // halaman-massal: one pledge form per employee, repeated by writeRepeatedPages (one .docx).
  const massal = [runPhase('halaman-1000', work, 3), runPhase('halaman-10000', work, 3)];
  const floor = runPhase('halaman-floor', work, 3).extra ?? {};
  const naif = runPhase('halaman-naif', work, 1);
  const halaman = massal.map((p) => {
    const pages = p.extra?.pages ?? 0;
    const ms = median(p.timesMs);
    const fflate = floor[`fflate${pages}Ms`] ?? NaN;
    const zlib = floor[`zlib${pages}Ms`] ?? NaN;
    return {
      pages,
      medianMs: r1(ms),
      peakRssMb: p.peakRssMb,
      rssBeforeMb: p.extra?.rssBeforeMb ?? 0,
      pagesPerSecond: Math.round(pages / (ms / 1000)),
      fileKb: Math.round((p.extra?.bytes ?? 0) / 1024),
      xmlMb: r1((p.extra?.xmlBytes ?? 0) / 1048576),
      floorFflateMs: r1(fflate),
      floorZlibMs: r1(zlib),
      vsFloorFflate: r1(ms / fflate),
      vsFloorZlib: r1(ms / zlib),
    };
  });
  const naiveMs = naif.timesMs[0];
  const naive = naiveMs === undefined ? null : { pages: naif.extra?.pages ?? 0, ms: r1(naiveMs), peakRssMb: naif.peakRssMb, vsEngine: r1(naiveMs / halaman[0]!.medianMs) };
  const satuan = runPhase('surat-1000', work, 1);
  const surat = {
    letters: satuan.extra?.letters ?? 0,
    medianMs: r1(median(satuan.timesMs)),
    p95Ms: r1([...satuan.timesMs].sort((a, b) => a - b)[Math.floor(satuan.timesMs.length * 0.95)] ?? NaN),
    totalMs: r1(satuan.extra?.totalMs ?? NaN),
    peakRssMb: satuan.peakRssMb,
    avgKb: r1(satuan.extra?.avgKb ?? NaN),
  };
  const ab = runPhase('arsip-berkas', work, 3);
  const mbOf = (b: number | undefined) => Math.round((b ?? 0) / 1048576);
  const arsip = {
    batchKb: Math.round((ab.extra?.batchBytes ?? 0) / 1024),
    batchMs: ab.extra?.batchMs ?? NaN,
    bigMb: mbOf(ab.extra?.bigBytes),
    fromPathMedianMs: r1(median(ab.timesMs)),
    peakRssBeforeMb: ab.extra?.rssBeforeMb ?? 0,
    peakRssFromPathMb: ab.extra?.rssAfterPathMb ?? 0,
    fromBytesMs: ab.extra?.bytesMs ?? NaN,
    peakRssFromBytesMb: ab.extra?.rssAfterBytesMb ?? 0,
  };
  const dokumen = { halamanMassal: halaman, halamanNaif: naive, suratSatuan: surat, arsipBerkas: arsip };
  result = { ...result, dokumen };
  for (const h of halaman) {
    lines.push(
      `Halaman massal ${h.pages} hlm      : median ${h.medianMs} ms (${h.pagesPerSecond} halaman/detik), puncak RSS ${h.peakRssMb} MB (${h.rssBeforeMb} MB sebelum mulai), ${h.fileKb} KB (XML ${h.xmlMb} MB)`,
      `  dasar: deflate XML saja    : fflate ${h.floorFflateMs} ms (rasio ${h.vsFloorFflate}×), zlib ${h.floorZlibMs} ms (rasio ${h.vsFloorZlib}×)`,
    );
  }
  lines.push(
    `Arsip dari berkas           : batch 10.000 hlm (${arsip.batchKb} KB) ${arsip.batchMs} ms; ${arsip.bigMb} MB median ${arsip.fromPathMedianMs} ms, puncak RSS ${arsip.peakRssFromPathMb} MB (${arsip.peakRssBeforeMb} MB sebelumnya)`,
    `  dari bita (dibaca utuh)    : ${arsip.fromBytesMs} ms, puncak RSS ${arsip.peakRssFromBytesMb} MB`,
    `Surat satuan ${surat.letters} berkas   : median ${surat.medianMs} ms/surat, p95 ${surat.p95Ms} ms, total ${surat.totalMs} ms, puncak RSS ${surat.peakRssMb} MB, ${surat.avgKb} KB/berkas`,
    naive
      ? `  cara naif ${naive.pages} hlm (1 pohon docx, sekali): ${naive.ms} ms (${naive.vsEngine}× lebih lambat), puncak RSS ${naive.peakRssMb} MB`
      : `  cara naif: dilewati (lebih dari 10 detik)`,
  );
}
if (runIkrar) {
  log(`Netra bench: formulir ikrar ber-QR, folder kerja ${work}`);
  // One .docx of 10,000 pledge forms, each with its own QR; the floor reads back that file.
  const qr = runPhase('formulir-qr-10000', work, 3);
  const floor = runPhase('formulir-qr-floor', work, 3);
  const f = floor.extra ?? {};
  const engineMs = median(qr.timesMs);
  const floorMs = median(floor.timesMs);
  const formulir = {
    pages: qr.extra?.pages ?? 0,
    medianMs: r1(engineMs),
    runsMs: qr.timesMs.map(r1),
    peakRssMb: qr.peakRssMb,
    rssBeforeMb: qr.extra?.rssBeforeMb ?? 0,
    fileKb: Math.round((qr.extra?.bytes ?? 0) / 1024),
    xmlMb: r1((qr.extra?.xmlBytes ?? 0) / 1048576),
    floorMs: r1(floorMs),
    floorDeflateMs: r1(f.deflateMs ?? NaN),
    floorQrMs: r1(f.qrMs ?? NaN),
    vsFloor: r1(engineMs / floorMs),
    matrixUs: r1(f.matrixUs ?? NaN),
    qrcodePngUs: r1(f.qrcodePngUs ?? NaN),
  };
  result = { ...result, formulirQr: formulir };
  lines.push(
    `Formulir ikrar ${formulir.pages} hlm + QR: median ${formulir.medianMs} ms (${formulir.runsMs.join(' / ')}), puncak RSS ${formulir.peakRssMb} MB (${formulir.rssBeforeMb} MB sebelum mulai), ${formulir.fileKb} KB (XML ${formulir.xmlMb} MB)`,
    `  dasar: deflate XML + QR saja: ${formulir.floorMs} ms (deflate ${formulir.floorDeflateMs} + QR ${formulir.floorQrMs}), rasio ${formulir.vsFloor}× (target ≤ 2× dan < 300 MB)`,
    `  QR per kode: matriks qrcode ${formulir.matrixUs} µs; PNG bawaan qrcode ${formulir.qrcodePngUs} µs (acuan, tidak dipakai)`,
  );
  // The same forms the clerk's way: made from the registry, printed through dispatch, returned at the desk.
  const kampanye = runPhase('ikrar-kampanye', work, 1);
  const e = kampanye.extra ?? {};
  result = { ...result, ikrarKampanye: { ...e, peakRssMb: kampanye.peakRssMb } };
  lines.push(
    `Kampanye ikrar ${e.forms} pegawai lewat dispatch: buat ${r1(e.createMs ?? NaN)} ms, cetak .docx ${r1(e.cetakMs ?? NaN)} ms (baca formulir ${r1(e.bacaMs ?? NaN)} ms), per unit .zip ${r1(e.zipMs ?? NaN)} ms`,
    `  RSS: ${e.rssBeforeMb} MB sebelum cetak (inti dengan ${e.forms} pegawai), puncak selama cetak .docx ${e.cetakPeakRssMb} MB, puncak seluruh fase ${kampanye.peakRssMb} MB`,
    `  terima 2.000 formulir: median ${r1(e.terimaMedianMs ?? NaN)} ms, p95 ${r1(e.terimaP95Ms ?? NaN)} ms; rekap ${r1(e.rekapMs ?? NaN)} ms`,
  );
}
if (runDaftarHadir) {
  log(`Netra bench: daftar hadir 5.000 orang, folder kerja ${work}`);
  // Each format written three times; the floor deflates the XML of the very files written.
  const docx = runPhase('daftar-hadir-docx-5000', work, 3);
  const xlsx = runPhase('daftar-hadir-xlsx-5000', work, 3);
  const f = runPhase('daftar-hadir-floor', work, 5).extra ?? {};
  const of = (p: PhaseResult, fmt: 'docx' | 'xlsx') => {
    const ms = median(p.timesMs);
    const floor = f[`${fmt}FloorMs`] ?? NaN;
    return { people: p.extra?.people ?? 0, medianMs: r1(ms), runsMs: p.timesMs.map(r1), peakRssMb: p.peakRssMb, fileKb: Math.round((p.extra?.bytes ?? 0) / 1024), xmlMb: r1((f[`${fmt}XmlBytes`] ?? 0) / 1048576), floorMs: r1(floor), vsFloor: r1(ms / floor) };
  };
  const daftarHadir = { docx: of(docx, 'docx'), xlsx: of(xlsx, 'xlsx') };
  result = { ...result, daftarHadir };
  for (const [fmt, d] of Object.entries(daftarHadir))
    lines.push(
      `Daftar hadir ${d.people} orang .${fmt}: median ${d.medianMs} ms (${d.runsMs.join(' / ')}), puncak RSS ${d.peakRssMb} MB, ${d.fileKb} KB (XML ${d.xmlMb} MB) (target < 2000 ms)`,
      `  dasar: deflate XML saja    : ${d.floorMs} ms (rasio ${d.vsFloor}×)`,
    );
}
if (runKasus) {
  // Cases (kasus.ts): 20,000 seeded cases, recaps per grouping against a plain COUNT over the same
  // rows, the list, the home screen's deadlines, one case opened, and a 5,000-row intake (3 runs).
  log(`Netra bench: kasus, 20.000 kasus dan impor 5.000 baris rekomendasi, folder kerja ${work}`);
  const p = runPhase('kasus', work, 3);
  const e = p.extra ?? {};
  result = { ...result, kasus: { ...e, peakRssMb: p.peakRssMb } };
  lines.push(
    row(`Kasus: ${e.cases} kasus, ${e.terlapor} terlapor`, '', '', mb(p.peakRssMb), `diisi langsung lewat SQL dalam ${e.seedMs} ms`),
    row('  dasar: COUNT(*) terlapor aktif', ms(e.floorJoinMedianMs ?? NaN), ms(e.floorJoinP95Ms ?? NaN), '', `COUNT(*) kasus_terlapor saja: ${e.floorCountMedianMs} ms`),
    ...['kategori', 'pelanggaran', 'unit', 'tahap', 'sanksi', 'periode', 'pemilihan'].map((m) =>
      row(`  rekap menurut ${m}`, ms(e[`rekap_${m}_MedianMs`] ?? NaN), ms(e[`rekap_${m}_P95Ms`] ?? NaN), '', 'target p95 < 200 ms'),
    ),
    row('  rekap .xlsx (kategori)', ms(e.rekapEksporMs ?? NaN), '', ''),
    row('  kasus.list 100 baris', ms(e.listMedianMs ?? NaN), ms(e.listP95Ms ?? NaN), ''),
    row('  kasus.tenggat (beranda)', ms(e.tenggatMedianMs ?? NaN), ms(e.tenggatP95Ms ?? NaN), ''),
    row('  kasus.get: 50 dokumen, 200 audit', ms(e.getMedianMs ?? NaN), ms(e.getP95Ms ?? NaN), '', `dasar SELECT baris yang sama ${e.getFloorMedianMs} / ${e.getFloorP95Ms} ms (target < 100 ms); kasus.audit ${e.auditMedianMs} ms`),
    row(`  impor ${e.intakeRows} baris → ${e.intakeCases} kasus`, ms(e.intakeApplyMedianMs ?? NaN), '', '', `terapkan, maks ${e.intakeApplyMaxMs} ms (target < 3000 ms); pratinjau ${e.intakePreviewMedianMs} ms; ${e.intakeMatched} cocok di data pegawai`),
  );
}
if (runMeja) {
  log(`Netra bench: meja hadir, 4 meja × 2.500 pindaian lewat HTTP, folder kerja ${work}`);
  const p = runPhase('meja-4x2500', work, 1);
  const e = p.extra ?? {};
  const meja = { ...e, wallMs: r1(p.timesMs[0] ?? NaN), peakRssMb: p.peakRssMb };
  result = { ...result, meja };
  lines.push(
    row(`Meja hadir ${e.desks}×${(e.scans ?? 0) / (e.desks || 1)} pindai + ${e.resends} ulang`, ms(e.medianMs ?? NaN), ms(e.p95Ms ?? NaN), mb(p.peakRssMb),
      `p99 ${e.p99Ms} ms, maks ${e.maxMs} ms, ${e.scansPerSecond}/detik; target p95 < 100 ms`),
    `  diperiksa di basis data: hilang ${e.lost}, dihitung dua kali ${e.countedTwice}, baris lebih ${e.extraRows}, ulangan salah ${e.wrongResend}, gagal ${e.failures}; hadir ${e.rekapHadir} = ${e.distinctPeople} orang berbeda`,
  );
}
if (runMejaUi) {
  // The check-in desk in Chromium: Enter to banner with ROWS staff (meja-ui.ts, its own process).
  log(`Netra bench: meja hadir di peramban, ${ROWS} pegawai`);
  const r = spawnSync('npx', ['tsx', path.resolve(import.meta.dirname, 'meja-ui.ts'), '--json', '--rows', String(ROWS)], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`Fase meja-ui gagal:\n${r.stderr}\n${r.stdout}`);
  const m = JSON.parse(line) as { scans: number; peserta: number; loadAverage: number; hadir: number; hadirExpected: number } & Record<'enterToBanner' | 'pindaiHttp' | 'pindaiCore' | 'answerToBanner', { medianMs: number; p95Ms: number }>;
  result = { ...result, mejaUi: m };
  lines.push(
    row(`Meja hadir: Enter → banner`, ms(m.enterToBanner.medianMs), ms(m.enterToBanner.p95Ms), '', `${m.scans} pindai, ${m.peserta} peserta (target p95 < 50 ms); load average ${m.loadAverage}`),
    row('  HTTP kegiatan.hadir.pindai', ms(m.pindaiHttp.medianMs), ms(m.pindaiHttp.p95Ms), '', `inti ${m.pindaiCore.medianMs} / ${m.pindaiCore.p95Ms} ms`),
    row('  jawaban → banner tampil', ms(m.answerToBanner.medianMs), ms(m.answerToBanner.p95Ms), '', `hadir ${m.hadir} dari ${m.hadirExpected} orang yang dipindai`),
  );
}
fs.rmSync(work, { recursive: true, force: true });

if (json) console.log(JSON.stringify(result));
else for (const l of lines) console.log(l);
