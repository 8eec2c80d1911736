import { z } from 'zod';
import { id as indonesian } from 'zod/v4/locales';
import {
  AppError,
  contract,
  isChannel,
  type AppErrorData,
  type ChannelName,
  type OutputOf,
  type ParsedInputOf,
  type Result,
} from '../../shared/contract/index';
import type { Core } from './core';
import { EksporPegawaiService } from './services/ekspor-pegawai';
import { arsipRingkas } from './services/dokumen';
import { writeFileAtomic } from './fs-atomic';
import { PenomoranService } from './services/penomoran';
import { SheetError } from './sheets/errors';

z.config(indonesian());

type Handlers = { [C in ChannelName]: (core: Core, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>> };

/** Contract → services. The only place that knows both. */
const handlers: Handlers = {
  'app.info': (core) => ({
    version: APP_VERSION,
    dataDir: core.dataDir,
    databasePath: core.db.name,
    schemaVersion: core.schemaVersion(),
    jumlahPegawai: core.db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get() as number,
    jumlahUnit: core.db.prepare('SELECT COUNT(*) FROM unit_kerja').pluck().get() as number,
    mode: core.mode === 'desktop' ? 'desktop' : 'web',
  }),
  'pegawai.list': (core, q) => core.pegawai.list(q),
  'pegawai.get': (core, { id }) => core.pegawai.get(id),
  'pegawai.create': (core, { data }) => core.pegawai.create(data),
  'pegawai.update': (core, { id, data }) => core.pegawai.update(id, data),
  'pegawai.setAktif': (core, { id, aktif }) => core.pegawai.setAktif(id, aktif),
  'pegawai.export': async (core, { jobId, ...q }) => {
    const out = core.files.outputPath(EksporPegawaiService.defaultFileName());
    const unit = q.unitKerjaId ? core.units.get(q.unitKerjaId).nama : null;
    const title = ['DAFTAR PEGAWAI', ...(unit ? [unit.toUpperCase()] : [])];
    const rows = await core.jobs.run('ekspor.pegawai', { outPath: out.path, query: q, title }, jobId);
    return { file: out.token, fileName: out.name, rows };
  },
  'pegawai.importPreview': (core, { file, mapping, update, fieldsOff, units, jobId }) => {
    const f = core.files.resolve(file);
    return core.jobs.run('impor.pratinjau', { file: { path: f.path, label: f.name }, mapping, decisions: { update, fieldsOff, units } }, jobId);
  },
  'pegawai.importRejected': async (core, { file, mapping, update, fieldsOff, units, jobId }) => {
    const f = core.files.resolve(file);
    const out = core.files.outputPath(rejectedFileName(f.name));
    const rows = await core.jobs.run('impor.ditolak', { file: { path: f.path, label: f.name }, mapping, outPath: out.path, decisions: { update, fieldsOff, units } }, jobId);
    return { file: out.token, fileName: out.name, rows };
  },
  'pegawai.importCommit': (core, { file, jobId, ...options }) => {
    const f = core.files.resolve(file);
    return core.jobs.run('impor.simpan', { file: { path: f.path, label: f.name }, options }, jobId);
  },
  'job.progress': (core, { jobId }) => ({ progress: core.jobs.progress(jobId) }),
  'job.cancel': (core, { jobId }) => ({ cancelled: core.jobs.cancel(jobId) }),
  'unit.list': (core) => core.units.list(),
  'unit.create': (core, { data }) => core.units.create(data),
  'unit.update': (core, { id, data }) => core.units.update(id, data),
  'unit.merge': (core, { sourceId, targetId }) => core.units.merge(sourceId, targetId),
  'unit.delete': (core, { id }) => {
    core.units.delete(id);
    return { id };
  },
  'unit.singkatan.list': (core) => core.unitAlias.singkatan(),
  'unit.singkatan.save': (core, { daftar }) => core.unitAlias.saveSingkatan(daftar),
  'unit.alias.list': (core) => core.unitAlias.aliases(),
  'unit.alias.delete': (core, { kunci }) => {
    core.unitAlias.forget(kunci);
    return { kunci };
  },
  'file.forget': (core, { file }) => {
    core.files.forget(file);
    return { file };
  },

  'instansi.list': (core) => core.instansi.list(),
  'instansi.save': (core, { id, data }) => core.instansi.save(id, data),
  'instansi.setLogo': (core, { id, file }) => {
    const f = core.files.resolve(file);
    return core.instansi.setLogo(id, f.path, f.name);
  },
  'instansi.clearLogo': (core, { id }) => core.instansi.clearLogo(id),
  'instansi.delete': (core, { id }) => {
    core.instansi.delete(id);
    return { id };
  },
  'penandatangan.list': (core) => core.penandatangan.list(),
  'penandatangan.save': (core, { id, data }) => core.penandatangan.save(id, data),
  'penandatangan.delete': (core, { id }) => {
    core.penandatangan.delete(id);
    return { id };
  },
  'halaman.get': (core) => core.halaman.get(),
  'halaman.save': (core, setup) => core.halaman.save(setup),
  'teks.jenis': (core) => core.teks.jenisInfo(),
  'teks.versi': (core, { jenis }) => core.teks.versions(jenis),
  'teks.simpan': (core, { jenis, teks, catatan }) => core.teks.simpan(jenis, teks, catatan),
  'nomor.skema.list': (core) => core.penomoran.skemaList(),
  'nomor.skema.save': (core, { jenis, data }) => core.penomoran.saveSkema(jenis, data),
  'nomor.pesan': (core, { jenis, hal, tanggal, profilId }) =>
    core.penomoran.reserve(jenis, { tanggal, hal, unitKode: profilId ? core.instansi.get(profilId).kodeUnit || null : core.instansi.kodeUnitBawaan() }),
  'nomor.batal': (core, { id, alasan }) => core.penomoran.void(id, alasan),
  'nomor.list': (core, filter) => core.penomoran.list(filter),
  'nomor.export': async (core, { tahun }) => {
    const out = core.files.outputPath(PenomoranService.exportFileName(tahun));
    const rows = await core.penomoran.exportXlsx(out.path, tahun);
    return { file: out.token, fileName: out.name, rows };
  },
  'klasifikasi.list': (core) => core.klasifikasi.list(),
  'klasifikasi.save': (core, { daftar }) => core.klasifikasi.save(daftar),
  'klasifikasi.import': (core, { file }) => {
    const f = core.files.resolve(file);
    return core.klasifikasi.import({ path: f.path, label: f.name });
  },

  'dokumen.pratinjau': (core, input) => core.dokumen.pratinjau(input),
  'dokumen.buat': (core, input) => core.dokumen.buat(input),
  'dokumen.arsip': (core, q) => core.arsip.list(q),
  'dokumen.file': (core, { id }) => {
    const token = core.dokumen.fileToken(id);
    return { file: token, fileName: core.files.resolve(token).name };
  },
  'dokumen.buatUlang': async (core, { id }) => {
    const again = await core.dokumen.buatUlang(id);
    const out = core.files.outputPath(again.fileName);
    await writeFileAtomic(out.path, again.bytes);
    return { dokumen: arsipRingkas(core.arsip.get(id)), file: out.token };
  },

  'cadangan.list': (core) => core.cadangan.list(),
  'cadangan.buat': (core, { catatan }) => core.cadangan.buat(catatan),
  'cadangan.pulihkan': (core, { id }) => {
    noJobRunning(core);
    return core.cadangan.pulihkan(id);
  },
  'cadangan.pulihkanBerkas': (core, { file }) => {
    noJobRunning(core);
    const f = core.files.resolve(file);
    return core.cadangan.pulihkanBerkas({ path: f.path, label: f.name });
  },
};


export const APP_VERSION = '0.1.0';

/** A restore replaces the data an import or export is reading or writing: it waits for them to finish. */
function noJobRunning(core: Core): void {
  if (core.jobs.active > 0)
    throw new AppError('VALIDASI', 'Impor atau ekspor sedang berjalan. Tunggu sampai selesai (atau batalkan), lalu pulihkan cadangan; tidak ada yang diubah.');
}

/** "pegawai.xlsx" → "pegawai - baris ditolak.xlsx". */
export const rejectedFileName = (name: string) => `${name.replace(/\.(xlsx|csv|xls)$/i, '')} - baris ditolak.xlsx`;

/**
 * The single entry for every transport: checks the channel name and validates the payload
 * against the contract's schema before any service sees it. Never throws.
 */
export async function dispatch(core: Core, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail({ code: 'KANAL_TIDAK_DIKENAL', message: `Perintah "${channel}" tidak dikenal.` });
  const parsed = contract[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(isian)', message: i.message }));
    return fail({ code: 'VALIDASI', message: `Isian tidak valid: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields });
  }
  try {
    const run = handlers[channel] as (core: Core, input: unknown) => unknown;
    return { ok: true, value: await run(core, parsed.data) };
  } catch (e) {
    return fail(toErrorData(e));
  }
}

export function toErrorData(e: unknown): AppErrorData {
  if (e instanceof AppError) return e.toData();
  if (e instanceof SheetError) return { code: 'FILE', message: e.message };
  const err = e as Error & { code?: string };
  if (typeof err?.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(err.code))
    return {
      code: 'DATABASE',
      message: 'Perubahan ini belum disimpan karena data sedang ditulis oleh proses lain (misalnya impor yang sedang berjalan). Tunggu sampai selesai, lalu coba lagi.',
    };
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_'))
    return { code: 'DATABASE', message: `Kesalahan basis data: ${err.message}` };
  console.error(e);
  return { code: 'INTERNAL', message: `Terjadi kesalahan tak terduga: ${err?.message ?? String(e)}` };
}

function fail(error: AppErrorData): Result<never> {
  return { ok: false, error };
}
