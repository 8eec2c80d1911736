import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, schemaVersion, setBusyTimeout, type Db } from './db/open';
import { FileStore } from './files';
import { createRegistry } from './registry';
import { UnitAliasService } from './services/unit-alias';
import { JobRunner } from './jobs/runner';
import type { EksporPegawaiService } from './services/ekspor-pegawai';
import type { ImporPegawaiService } from './services/impor-pegawai';
import type { PegawaiService } from './services/pegawai';
import type { UnitKerjaService } from './services/unit-kerja';
import { DemoService } from './services/demo';
import { ArsipRepository } from './db/repositories/arsip';
import { InstansiRepository } from './db/repositories/instansi';
import { NomorRepository } from './db/repositories/nomor';
import { PenandatanganRepository } from './db/repositories/penandatangan';
import { TeksRepository } from './db/repositories/teks';
import { seedDokumenContoh } from './documents/contoh';
import { ArsipService } from './services/arsip';
import { DasarHukumRepository } from './db/repositories/dasar-hukum';
import { DasarHukumService } from './services/dasar-hukum';
import { DokumenService } from './services/dokumen';
import { HalamanService } from './services/halaman';
import { InstansiService } from './services/instansi';
import { KlasifikasiService } from './services/klasifikasi';
import { PenandatanganService } from './services/penandatangan';
import { PenomoranService } from './services/penomoran';
import { TeksService } from './services/teks';
import { JENIS } from '../../shared/dokumen/jenis/index';
import type { JenisRegistry } from '../../shared/dokumen/jenis/registry';
import { CadanganStore } from './db/cadangan-store';
import { CadanganService } from './services/cadangan';
import { IkrarRepository } from './db/repositories/ikrar';
import { IkrarService } from './services/ikrar';
import { IkrarDokumenService } from './services/ikrar-dokumen';
import { KegiatanRepository } from './db/repositories/kegiatan';
import { PesertaSnapshotRepository } from './db/repositories/peserta-snapshot';
import { KegiatanService } from './services/kegiatan';
import { KehadiranService } from './services/kehadiran';
import { KegiatanDokumenService } from './services/kegiatan-dokumen';
import { KodeFormulirService } from './kode-formulir-kunci';
import { MejaRepository } from './db/repositories/meja';
import { MejaService } from './services/meja';
import { LiburRepository } from './db/repositories/libur';
import { AturanKasusRepository } from './db/repositories/aturan-kasus';
import { LiburService } from './services/libur';
import { AturanKasusService } from './services/aturan-kasus';
import { KasusRepository } from './db/repositories/kasus';
import { KasusService } from './services/kasus';
import { KasusDokumenService } from './services/kasus-dokumen/index';
import { HukumanRepository } from './db/repositories/hukuman';
import { HukumanRegisterService } from './services/hukuman-register';
import { KasusImporService } from './services/kasus-impor';
import { KasusRekapService } from './services/kasus-rekap';
import { seedKasusContoh } from './demo/kasus-contoh';
import { todayIso } from '../../shared/domain/tanggal';

export interface CoreOptions {
  dataDir: string;
  mode: 'desktop' | 'web' | 'cli';
  /** Clock for backup times and the start-of-day backup (tests). */
  now?: () => Date;
  /** The document types (default: the shipped ones). Tests add a type of their own here. */
  jenis?: JenisRegistry;
}

/** Everything below the transports: one per process, shared by Electron IPC, the web host and the CLI. */
export interface Core {
  readonly dataDir: string;
  readonly mode: CoreOptions['mode'];
  readonly db: Db;
  readonly files: FileStore;
  readonly pegawai: PegawaiService;
  readonly units: UnitKerjaService;
  readonly impor: ImporPegawaiService;
  readonly unitAlias: UnitAliasService;
  readonly ekspor: EksporPegawaiService;
  readonly demo: DemoService;
  readonly instansi: InstansiService;
  readonly penandatangan: PenandatanganService;
  readonly halaman: HalamanService;
  readonly penomoran: PenomoranService;
  readonly klasifikasi: KlasifikasiService;
  readonly dasarHukum: DasarHukumService;
  readonly teks: TeksService;
  readonly arsip: ArsipService;
  readonly dokumen: DokumenService;
  /** The document types this core builds, numbers and keeps texts for. */
  readonly jenis: JenisRegistry;
  /** Imports and exports off the request path (a worker thread with its own connection), with progress and cancel. */
  readonly jobs: JobRunner;
  readonly cadangan: CadanganService;
  /** Pledge campaigns: forms with keyed codes, the pledge text, returns, recaps. */
  readonly ikrar: IkrarService;
  readonly ikrarDokumen: IkrarDokumenService;
  /** Events and their participant lists. */
  readonly kegiatan: KegiatanService;
  /** Attendance at the door (the append-only log). */
  readonly kehadiran: KehadiranService;
  /** Daftar hadir, laporan kegiatan and the recap workbook of an event. */
  readonly kegiatanDokumen: KegiatanDokumenService;
  /** Pledge-form codes with this data folder's key (made on first use). */
  readonly kodeFormulir: () => KodeFormulirService;
  /** Meja hadir: desk sessions over the office network (the hosts give it their listener). */
  readonly meja: MejaService;
  /** The holiday table and working-day counts the case deadlines use. */
  readonly libur: LiburService;
  /** Versioned rule sets of the disciplinary procedure, picked by incident date. */
  readonly aturanKasus: AturanKasusService;
  /** Violation cases and the disciplinary procedure per reported person. */
  readonly kasus: KasusService;
  /** A case document's data filled from the case (the examination and decision documents). */
  readonly kasusDokumen: KasusDokumenService;
  /** The sanction register: a person's sanctions from the cases, and the certificate of not being under one. */
  readonly hukuman: HukumanRegisterService;
  /** Bulk intake of recommendation lists (.xlsx/.csv), through `kasus`. */
  readonly kasusImpor: KasusImporService;
  /** Recaps of reported persons by category, violation, unit, stage, sanction, month, election. */
  readonly kasusRekap: KasusRekapService;
  schemaVersion(): number;
  close(): void;
}

/** Set when demo data is loaded: the document forms then start from the example data. */
const KUNCI_DEMO = 'demo.dimuat';

export function createCore(opts: CoreOptions): Core {
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(dataDir, undefined, { now: opts.now });
  // The job worker holds the write lock for a whole import. The thread that answers the UI must not
  // wait SQLite's 5 s for it (the window froze, then the write failed anyway): it fails at once with
  // a message to wait for the import. The CLI serves nothing else and may wait.
  if (opts.mode !== 'cli') setBusyTimeout(db, 100);
  // Every import that writes is preceded by a verified backup (made when the import knows it will write).
  const registry = createRegistry(db, { beforeWrite: (label) => cadangan.sebelumImpor(label) });
  const { pegawaiRepo, unitRepo, settings, pegawai, units } = registry;
  const jenis = opts.jenis ?? JENIS;
  const klasifikasi: KlasifikasiService = new KlasifikasiService(db, settings, (kode: string): string[] =>
    // called at save time, after penomoran exists
    penomoran
      .skemaList()
      .filter((sk) => sk.kode === kode)
      .map((sk) => jenis.label(sk.jenis)),
  );
  const penomoran: PenomoranService = new PenomoranService(db, new NomorRepository(db), jenis, (kode) => klasifikasi.list().some((k) => k.kode === kode));
  const files = new FileStore(dataDir);
  const instansi = new InstansiService(db, new InstansiRepository(db));
  const penandatangan = new PenandatanganService(db, new PenandatanganRepository(db));
  const halaman = new HalamanService(settings);
  const dasarHukumRepo = new DasarHukumRepository(db);
  const teks = new TeksService(db, new TeksRepository(db), jenis, () => settings.get<boolean>(KUNCI_DEMO) === true, (kode) => dasarHukumRepo.byKode(kode) !== null);
  const dasarHukum = new DasarHukumService(db, dasarHukumRepo, (kode) => teks.citing(kode));
  const arsip = new ArsipService(db, new ArsipRepository(db), penomoran, dataDir);
  const jobs = new JobRunner(opts.mode === 'cli' ? { inline: { db, registry } } : { dataDir });
  // Whatever a crash left half-done last time: numbers voided with the reason, stray files set aside.
  penomoran.voidInterrupted();
  arsip.sweepOrphans();
  const cadangan = new CadanganService({
    db,
    store: new CadanganStore(dataDir, opts.now),
    now: opts.now,
    // a restored snapshot may hold what a crash would have left: treat it as start-up does
    afterRestore: () => {
      kode = null;
      penomoran.voidInterrupted();
      arsip.sweepOrphans();
    },
  });
  cadangan.awalHari();
  const kegiatanRepo = new KegiatanRepository(db);
  const snapshot = new PesertaSnapshotRepository(db);
  const kegiatan = new KegiatanService(db, kegiatanRepo, snapshot, settings, files, dataDir, opts.now);
  let kode: KodeFormulirService | null = null;
  // Read on first use: a restore replaces the database and with it the key, so it is read again after one.
  const kodeFormulir = () => (kode ??= KodeFormulirService.forDatabase(db));
  const kehadiran = new KehadiranService(db, kegiatanRepo, snapshot, kegiatan, kodeFormulir, opts.now);
  const aturanKasusRepo = new AturanKasusRepository(db);
  const kasus = new KasusService(db, new KasusRepository(db), aturanKasusRepo, new LiburRepository(db), snapshot, new ArsipRepository(db), settings, files, dataDir, opts.now);
  const hukuman = new HukumanRegisterService(new HukumanRepository(db), (id) => pegawai.get(id), opts.now);
  const ikrar = new IkrarService({ db, repo: new IkrarRepository(db), kode: kodeFormulir, instansi, snapshot, now: opts.now });
  return {
    dataDir,
    mode: opts.mode,
    db,
    files,
    pegawai,
    units,
    impor: registry.impor,
    unitAlias: new UnitAliasService(db, registry.unitAliases, unitRepo),
    ekspor: registry.ekspor,
    jobs,
    demo: new DemoService(db, pegawaiRepo, unitRepo, () => {
      seedDokumenContoh(instansi, penandatangan);
      seedKasusContoh(db, kasus, todayIso(opts.now?.() ?? new Date()));
      // From now on the forms start from the example data: this registry is a demo.
      settings.set(KUNCI_DEMO, true);
    }),
    instansi,
    penandatangan,
    halaman,
    penomoran,
    klasifikasi,
    dasarHukum,
    teks,
    arsip,
    dokumen: new DokumenService(instansi, penandatangan, halaman, penomoran, teks, arsip, files, (id) => pegawaiRepo.get(id) !== null, () => dasarHukum.list(), jenis, (j, data, tanggal) => {
      kasus.syaratDokumen(data);
      hukuman.syaratDokumen(j, data, tanggal);
    }),
    jenis,
    cadangan,
    ikrar,
    ikrarDokumen: new IkrarDokumenService(ikrar, files, () => halaman.get('korespondensi')),
    kegiatan,
    kehadiran,
    kegiatanDokumen: new KegiatanDokumenService(kegiatan, kehadiran, instansi, penandatangan, halaman, files, (id) => unitRepo.get(id)?.singkatan ?? null),
    kodeFormulir,
    meja: new MejaService(db, new MejaRepository(db), opts.now),
    libur: new LiburService(db, new LiburRepository(db), opts.now, (label) => cadangan.sebelumImpor(label)),
    aturanKasus: new AturanKasusService(db, new AturanKasusRepository(db), files, opts.now, (label) => cadangan.sebelumImpor(label)),
    kasus,
    kasusDokumen: new KasusDokumenService(kasus, new KasusRepository(db), instansi, penandatangan, jenis),
    hukuman,
    kasusImpor: new KasusImporService(db, kasus, aturanKasusRepo, (label) => cadangan.sebelumImpor(label), opts.now),
    kasusRekap: new KasusRekapService(db, instansi, files),
    schemaVersion: () => schemaVersion(db),
    close: () => {
      jobs.close();
      db.close();
    },
  };
}

/** `--data-dir DIR`, then NETRA_DATA_DIR, then a folder in the user's home. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.indexOf('--data-dir');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]!);
  const eq = argv.find((a) => a.startsWith('--data-dir='));
  if (eq) return path.resolve(eq.slice('--data-dir='.length));
  if (env.NETRA_DATA_DIR) return path.resolve(env.NETRA_DATA_DIR);
  return path.join(env.HOME ?? env.USERPROFILE ?? '.', '.netra');
}
