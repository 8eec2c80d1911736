import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { ImportChanges, ImportPreview, ImportProgress, ImportReport, NewUnitProposal, UnitDecision } from '../../../shared/contract/types';
import {
  IMPORT_FIELD_LABEL,
  UPDATE_FIELDS,
  fieldBit,
  normalizeHeader,
  type ColumnMapping,
  type ImportField,
  type UpdateField,
} from '../../../shared/domain/import-fields';
import { STATUS_LABEL, type ImportIssue, type JenisUnit, type Pegawai, type PegawaiImportRow, type PegawaiInput } from '../../../shared/domain/pegawai';
import { parseGolonganPns, parseGolonganPppk } from '../../../shared/domain/pangkat';
import { columnLetter } from '../../../shared/domain/kolom';
import { dataVersion, type Db } from '../db/open';
import { namaLahirKey, type PegawaiRepository } from '../db/repositories/pegawai';
import type { PengaturanRepository } from '../db/repositories/pengaturan';
import type { UnitAliasRepository } from '../db/repositories/unit-alias';
import type { UnitKerjaRepository } from '../db/repositories/unit-kerja';
import { readGrid, type Grid } from '../sheets/read';
import { detectHeader, type HeaderInfo } from '../sheets/pegawai-columns';
import { readPegawaiRows, type PegawaiRowRead } from '../sheets/pegawai-rows';
import { writeRejectedRows } from '../sheets/rejected-rows';
import { fieldText } from './impor-diff';
import { aliasKey, loadMatcher, type UnitMatcher } from './unit-cocok';

export interface ImportFile {
  path: string;
  /** Name shown in messages (the original file name, not a temp path). */
  label: string;
}

export interface ImportDecisions {
  /** Update registered people: their rows are then checked as merged records, and their new units proposed. */
  update?: boolean;
  /** Fields an update leaves as stored. */
  fieldsOff?: readonly UpdateField[];
  /** Per proposed unit (NewUnitProposal.key): create it, or use an existing unit. */
  units?: Readonly<Record<string, UnitDecision>>;
}

/** How a long import reports where it is and learns that the clerk cancelled it. */
export interface JobHooks {
  progress?: (p: ImportProgress) => void;
  /** Polled between rows; true aborts the import and rolls back whatever it wrote. */
  cancelled?: () => boolean;
}

export interface CommitOptions extends ImportDecisions, JobHooks {
  mapping: ColumnMapping | null;
  update: boolean;
  skipInvalid: boolean;
  dryRun?: boolean;
  /** CLI `--buat-unit`: create every proposed unit without a decision (the clerk saw the list in a dry run). */
  createUnits?: boolean;
  /** Test hook: called after each written row, to prove a crash mid-import changes nothing. */
  afterRow?: (written: number) => void;
}

const REQUIRED: ImportField[] = ['nama'];
const MAPPING_KEY = 'impor.pemetaan.';
/** The preview lists this many problems and changed people; the counts say how many there are in all. */
const MAX_PREVIEW_ISSUES = 500;
const MAX_PREVIEW_CHANGES = 500;
const PROGRESS_EVERY = 1000;
class DryRunRollback extends Error {}

export const importCancelled = () => new AppError('DIBATALKAN', 'Impor dibatalkan. Tidak ada data yang disimpan.');

/** Where a row's unit goes: an existing unit, or a unit the import proposes to create. */
type UnitRef = { id: number } | { key: string };

interface PlannedRow extends PegawaiRowRead {
  existingId: number | null;
  unit: UnitRef | null;
  /** With an update: the registered person's record after this row, null when nothing changes (computed once while planning). */
  merged?: Merged | null;
}

type Merged = { input: PegawaiInput; changed: UpdateField[] };

interface Plan {
  grid: Grid;
  header: HeaderInfo;
  sheet: string | null;
  headerRow: number;
  mappingSaved: boolean;
  signature: string;
  /** Required fields without a column: no rows are read until the clerk maps them. */
  missingFields: ImportField[];
  rows: PlannedRow[];
  invalidRows: Set<number>;
  issues: ImportIssue[];
  totalRows: number;
  units: UnitPlanner;
}

export class ImporPegawaiService {
  constructor(
    private readonly db: Db,
    private readonly pegawai: PegawaiRepository,
    private readonly units: UnitKerjaRepository,
    private readonly aliases: UnitAliasRepository,
    private readonly settings: PengaturanRepository,
    private readonly beforeWrite: (label: string) => Promise<unknown> = async () => undefined,
  ) {}

  async preview(file: ImportFile, mapping: ColumnMapping | null, decisions: ImportDecisions = {}, hooks: JobHooks = {}): Promise<ImportPreview> {
    const plan = await this.plan(file, mapping, decisions, hooks);
    const valid = plan.rows;
    const existingCount = valid.reduce((n, r) => n + (r.existingId !== null ? 1 : 0), 0);
    return {
      fileName: file.label,
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      headers: plan.header.headers,
      mapping: plan.header.mapping,
      missingFields: plan.missingFields,
      mappingSaved: plan.mappingSaved,
      totalRows: plan.totalRows,
      validRows: valid.length,
      newCount: valid.length - existingCount,
      existingCount,
      invalidRows: plan.invalidRows.size,
      issues: plan.issues.slice(0, MAX_PREVIEW_ISSUES),
      issueCount: plan.issues.length,
      sample: valid.slice(0, 50).map((r) => ({
        row: r.row,
        data: r.data,
        existing: r.existingId !== null,
        unitTujuan: r.unit === null ? null : 'id' in r.unit ? plan.units.label(r.unit.id) : `${plan.units.nameOf(r.unit.key)} (baru)`,
      })),
      changes: this.changes(plan, new Set(decisions.fieldsOff ?? [])),
      newUnits: plan.units.proposals(),
    };
  }

  /** All or nothing: one transaction; any invalid row rejects the file unless skipInvalid. */
  async commit(file: ImportFile, opts: CommitOptions): Promise<ImportReport> {
    // The plan (who is already registered, under which id; which units exist) is read before the
    // backup and outside the transaction; another connection may change the data meanwhile.
    const version = this.dataVersion();
    const plan = await this.plan(file, opts.mapping, opts, opts);
    const missing = plan.missingFields[0];
    if (missing) throw new AppError('IMPOR_DITOLAK', `Kolom untuk "${IMPORT_FIELD_LABEL[missing]}" belum dipilih pada pemetaan kolom berkas ${file.label}.`);
    const report: ImportReport = {
      ok: false,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      unitsCreated: 0,
      aliasesSaved: 0,
      fieldChanges: [],
      errors: plan.issues,
    };
    const fileLevel = plan.issues.some((i) => i.row === null);
    if ((plan.invalidRows.size > 0 && !opts.skipInvalid) || fileLevel) return report;
    const undecided = plan.units.undecided();
    if (undecided.length > 0 && !opts.createUnits) throw unitsNotReviewed(undecided, file.label);
    report.skipped = plan.invalidRows.size;
    const off = new Set(opts.fieldsOff ?? []);
    const perField = new Map<UpdateField, number>();
    const total = plan.rows.length;
    const tick = (written: number) => {
      if (written % PROGRESS_EVERY === 0) opts.progress?.({ phase: 'menulis', rowsRead: total, rowsChecked: total, rowsWritten: written, total });
      if (written % 200 === 0 && opts.cancelled?.()) throw importCancelled();
    };
    if (!opts.dryRun && total > 0) {
      opts.progress?.({ phase: 'mencadangkan', rowsRead: total, rowsChecked: total, rowsWritten: 0, total });
      await this.beforeWrite(file.label);
      if (opts.cancelled?.()) throw importCancelled();
    }
    try {
      this.db.transaction(() => {
        if (this.dataVersion() !== version) throw changedMeanwhile(file.label);
        const created = plan.units.create(this.units);
        report.unitsCreated = created.size;
        report.aliasesSaved = plan.units.saveAliases(this.aliases);
        const unitId = (ref: UnitRef | null): number | null => (ref === null ? null : 'id' in ref ? ref.id : created.get(ref.key)!);
        let written = 0;
        // the search index is built once for all written rows, at the end of this transaction
        this.pegawai.bulkWrite(() => {
          for (const r of plan.rows) {
            const id = unitId(r.unit);
            if (r.existingId === null) {
              const { unitKerjaNama: _u, unitIndukNama: _i, ...rest } = r.data;
              this.pegawai.insert({ ...rest, unitKerjaId: id });
              report.inserted++;
            } else if (opts.update) {
              // the plan's merge still holds (data_version above); a unit it proposed now has its id
              const next =
                r.merged !== undefined
                  ? r.merged && { ...r.merged, input: { ...r.merged.input, unitKerjaId: r.merged.changed.includes('unitKerja') ? id : r.merged.input.unitKerjaId } }
                  : mergeFilled(this.pegawai.get(r.existingId)!, r, id, off);
              if (next === null) {
                report.unchanged++;
                continue;
              }
              for (const f of next.changed) perField.set(f, (perField.get(f) ?? 0) + 1);
              this.pegawai.update(r.existingId, next.input);
              report.updated++;
            } else {
              report.skipped++;
              continue;
            }
            opts.afterRow?.(++written);
            tick(written);
          }
        });
        if (opts.mapping && !opts.dryRun) this.settings.set(MAPPING_KEY + plan.signature, opts.mapping);
        if (opts.dryRun) throw new DryRunRollback();
      }).immediate();
    } catch (e) {
      if (!(e instanceof DryRunRollback)) throw e;
    }
    report.fieldChanges = UPDATE_FIELDS.filter((f) => perField.has(f)).map((f) => ({ field: f, count: perField.get(f)! }));
    report.ok = true;
    return report;
  }

  /**
   * The rows the import rejects, as an .xlsx the clerk fixes in Excel and imports again: the original
   * header and cells, plus a column with the problems of each row.
   */
  async rejectedRows(file: ImportFile, mapping: ColumnMapping | null, outPath: string, decisions: ImportDecisions = {}): Promise<number> {
    const plan = await this.plan(file, mapping, decisions, {});
    const messages = new Map<number, string[]>();
    for (const i of plan.issues) {
      if (i.row === null) continue;
      const list = messages.get(i.row) ?? [];
      list.push(i.column ? `Kolom ${i.column}${i.header ? ` (${i.header})` : ''}: ${i.message}` : i.message);
      messages.set(i.row, list);
    }
    const dataRows = plan.grid.rows.filter((r) => messages.has(r.row));
    return writeRejectedRows(outPath, plan.header.headers, dataRows, messages);
  }

  private async plan(file: ImportFile, mapping: ColumnMapping | null, decisions: ImportDecisions, hooks: JobHooks): Promise<Plan> {
    const abort = new AbortController();
    const grid = await readGrid(file.path, {
      signal: abort.signal,
      onProgress: (p) => {
        hooks.progress?.({ phase: 'membaca', rowsRead: p.rowsRead, rowsChecked: 0, rowsWritten: 0, total: 0, fraction: p.totalBytes ? p.bytesRead / p.totalBytes : undefined });
        if (hooks.cancelled?.()) abort.abort(importCancelled());
      },
    });
    grid.fileName = file.label;
    if (hooks.cancelled?.()) throw importCancelled();
    const detected = detectHeader(grid, mapping);
    const signature = detected.headers.map(normalizeHeader).join('|');
    const saved = mapping ? null : this.settings.get<ColumnMapping>(MAPPING_KEY + signature);
    const header = { ...detected, mapping: mapping ?? saved ?? detected.mapping };
    const missingFields = REQUIRED.filter((f) => header.mapping[f] === undefined);
    const total = grid.rows.length - detected.dataStartIndex;
    hooks.progress?.({ phase: 'memeriksa', rowsRead: total, rowsChecked: 0, rowsWritten: 0, total });
    // rows holds only rows without issues; an issue without a row concerns the whole file
    const { rows, issues } = missingFields.length ? { rows: [], issues: [] } : readPegawaiRows(grid, header, { fileLabel: file.label });
    const invalidRows = new Set<number>();
    for (const i of issues) if (i.row !== null) invalidRows.add(i.row);
    const planner = new UnitPlanner(loadMatcher(this.units, this.aliases), decisions.units ?? {});
    const planned: PlannedRow[] = new Array(rows.length);
    const known = this.pegawai.identityIndex();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      planned[i] = { ...r, existingId: existingId(known, r.data), unit: planner.resolve(r.data, r.row) };
      if (i % PROGRESS_EVERY === 0) {
        hooks.progress?.({ phase: 'memeriksa', rowsRead: total, rowsChecked: i, rowsWritten: 0, total });
        if (hooks.cancelled?.()) throw importCancelled();
      }
    }
    const kept = this.checkMerged(planned, planner, decisions, header, grid.sheet, file.label, issues, invalidRows);
    return {
      grid,
      header,
      sheet: grid.sheet,
      headerRow: grid.rows[detected.headerRowIndex]?.row ?? 1,
      mappingSaved: saved !== null,
      signature,
      missingFields,
      rows: kept,
      invalidRows,
      issues,
      // Before the required columns are mapped, the rows below the header are only counted.
      totalRows: missingFields.length ? total : kept.length + invalidRows.size,
      units: planner,
    };
  }

  /**
   * With an update, the record each registered person would end up with must pass the form's rules
   * (a status changed to Non-ASN beside a stored golongan would leave a record the form refuses): such
   * a row is a problem of its own. And only units that rows really written use are proposed.
   */
  private checkMerged(
    planned: PlannedRow[],
    planner: UnitPlanner,
    decisions: ImportDecisions,
    header: HeaderInfo,
    sheet: string | null,
    label: string,
    issues: ImportIssue[],
    invalidRows: Set<number>,
  ): PlannedRow[] {
    const off = new Set(decisions.fieldsOff ?? []);
    const used = new Map<string, { rows: number; firstRow: number }>();
    const use = (key: string, row: number) => {
      const u = used.get(key);
      if (u) u.rows++;
      else used.set(key, { rows: 1, firstRow: row });
    };
    const kept: PlannedRow[] = [];
    for (const r of planned) {
      const newKey = r.unit && 'key' in r.unit ? r.unit.key : null;
      if (r.existingId === null) {
        if (newKey) use(newKey, r.row);
      } else if (decisions.update) {
        const stored = this.pegawai.get(r.existingId)!;
        const next = mergeFilled(stored, r, r.unit && 'id' in r.unit ? r.unit.id : null, off, newKey);
        r.merged = next;
        const problem = next ? mergedProblem(next.input) : null;
        if (problem) {
          const col = header.mapping[problem.field] ?? header.mapping.nama;
          issues.push({
            file: label,
            sheet,
            row: r.row,
            column: col === undefined ? null : columnLetter(col),
            header: col === undefined ? null : header.headers[col] || null,
            message: problem.message,
          });
          invalidRows.add(r.row);
          continue;
        }
        if (newKey && next?.changed.includes('unitKerja')) use(newKey, r.row);
      }
      kept.push(r);
    }
    planner.keepOnly(used);
    return kept;
  }

  /** What an update would change, per person and per field (fields switched off excluded). */
  private changes(plan: Plan, off: ReadonlySet<UpdateField>): ImportChanges {
    const perField = new Map<UpdateField, number>();
    const out: ImportChanges = { people: 0, unchanged: 0, perField: [], rows: [] };
    for (const r of plan.rows) {
      if (r.existingId === null) continue;
      // with an update, checkMerged already merged each row (same fields off, same unit): only the
      // listed rows need the stored person again, for its old values
      const stored = r.merged === undefined ? this.pegawai.get(r.existingId)! : null;
      const next = r.merged !== undefined ? r.merged : mergeFilled(stored!, r, r.unit && 'id' in r.unit ? r.unit.id : null, off, r.unit && 'key' in r.unit ? r.unit.key : null);
      if (next === null) {
        out.unchanged++;
        continue;
      }
      out.people++;
      for (const f of next.changed) perField.set(f, (perField.get(f) ?? 0) + 1);
      if (out.rows.length < MAX_PREVIEW_CHANGES) {
        const was = stored ?? this.pegawai.get(r.existingId)!;
        const newUnitName = r.unit && 'key' in r.unit ? `${plan.units.nameOf(r.unit.key)} (baru)` : null;
        out.rows.push({
          row: r.row,
          id: was.id,
          nama: was.nama,
          nip: was.nip,
          changes: next.changed.map((f) => ({
            field: f,
            old: f === 'unitKerja' ? (was.unitKerjaNama ?? '') : fieldText(f, was),
            new: f === 'unitKerja' ? (newUnitName ?? plan.units.label(next.input.unitKerjaId)) : fieldText(f, next.input),
          })),
        });
      }
    }
    out.perField = UPDATE_FIELDS.filter((f) => perField.has(f)).map((f) => ({ field: f, count: perField.get(f)! }));
    return out;
  }

  private dataVersion(): number {
    return dataVersion(this.db);
  }

}

/**
 * The stored person with the row's filled fields applied (except those switched off), or null when
 * nothing would change. An empty cell or an unmapped column never clears a stored value.
 */
function mergeFilled(
  stored: Pegawai,
  r: PlannedRow,
  unitId: number | null,
  off: ReadonlySet<UpdateField>,
  newUnitKey: string | null = null,
): Merged | null {
  const { id: _id, unitKerjaNama: _n, createdAt: _c, updatedAt: _u, ...input } = stored;
  const changed: UpdateField[] = [];
  const d = r.data;
  for (const f of UPDATE_FIELDS) {
    if (off.has(f) || (r.filled & fieldBit(f)) === 0) continue;
    if (f === 'nip') {
      if (stored.nip === null && d.nip !== null) {
        input.nip = d.nip;
        input.jenisIdentitas = d.jenisIdentitas;
        changed.push(f);
      }
      continue;
    }
    if (f === 'unitKerja') {
      if (newUnitKey !== null || (unitId !== null && unitId !== stored.unitKerjaId)) {
        input.unitKerjaId = unitId;
        changed.push(f);
      }
      continue;
    }
    const value = d[f];
    if (value !== null && value !== stored[f]) {
      (input as Record<string, unknown>)[f] = value;
      changed.push(f);
    }
  }
  return changed.length ? { input, changed } : null;
}

/**
 * A restore or an edit elsewhere landed between the plan and the write: the plan's ids may now name
 * other people or units, so writing it could overwrite the wrong record.
 */
function changedMeanwhile(label: string): AppError {
  return new AppError(
    'IMPOR_DITOLAK',
    `Impor ${label} dibatalkan karena data di Netra berubah selagi impor disiapkan (misalnya cadangan dipulihkan atau data diubah di jendela lain). ` +
      'Tidak ada data yang disimpan; jalankan impor sekali lagi.',
  );
}

/**
 * The registered employee a row describes: by NIP/NIK; else by name and birth date among people
 * registered without an identifier (a honorer whose NIK the sheet now carries is the same person).
 */
function existingId(known: ReturnType<PegawaiRepository['identityIndex']>, data: PegawaiImportRow): number | null {
  const byId = data.nip ? known.byNip.get(data.nip) : undefined;
  if (byId !== undefined) return byId;
  return data.tanggalLahir ? (known.byNamaLahir.get(namaLahirKey(data.nama, data.tanggalLahir)) ?? null) : null;
}

/** Why a merged record would not pass the form (status and golongan must agree), or null. */
function mergedProblem(p: PegawaiInput): { field: ImportField; message: string } | null {
  if (!p.golongan) return null;
  if (p.status === 'NON_ASN')
    return {
      field: 'status',
      message: `Status kepegawaian menjadi ${STATUS_LABEL.NON_ASN}, tetapi pegawai ini tersimpan bergolongan ${p.golongan}, padahal Non-ASN tidak memiliki golongan. Periksa status di berkas, atau ubah data pegawai itu di formulir lebih dulu.`,
    };
  const pppk = p.status === 'PPPK' || p.status === 'PPPK_PARUH_WAKTU';
  if ((pppk ? parseGolonganPppk(p.golongan) : parseGolonganPns(p.golongan)).ok) return null;
  return {
    field: 'status',
    message: `Status kepegawaian menjadi ${STATUS_LABEL[p.status]}, tetapi golongan tersimpan ${p.golongan} bukan golongan ${pppk ? 'PPPK (I–XVII)' : 'PNS (I/a–IV/e)'}. Isi kolom golongan yang sesuai di berkas, atau periksa statusnya.`,
  };
}

function unitsNotReviewed(list: NewUnitProposal[], label: string): AppError {
  const names = list.slice(0, 10).map((u) => `"${u.nama}"${u.parentLabel ? ` (di bawah ${u.parentLabel})` : ''}`);
  const more = list.length > 10 ? ` dan ${list.length - 10} lainnya` : '';
  return new AppError(
    'UNIT_BELUM_DITINJAU',
    `Berkas ${label} menyebut ${list.length} unit kerja yang belum ada: ${names.join(', ')}${more}. ` +
      'Tinjau unit kerja baru itu lebih dulu: pilih unit yang sudah ada bila maksudnya sama, atau setujui untuk dibuat ' +
      '(di baris perintah: jalankan dengan --dry-run untuk melihat daftarnya, lalu --buat-unit).',
  );
}

interface UnitEntry {
  key: string;
  nama: string;
  parent: UnitRef | null;
  jenis: JenisUnit;
  rows: number;
  firstRow: number;
  decided: boolean;
  /** The existing unit the clerk chose for this name: listed, not created. */
  pakai: number | null;
}

/**
 * Resolves the unit names of every row against the registry and collects the units the import would
 * create, applying the clerk's decisions (create, or use an existing unit and remember the alias).
 */
class UnitPlanner {
  private readonly entries = new Map<string, UnitEntry>();
  private readonly cache = new Map<string, UnitRef | null>();
  private readonly aliasesToSave = new Map<string, { nama: string; unitId: number }>();
  /** The proposal a (perangkat daerah, unit) pair ended at, also when the clerk mapped it to an existing unit. */
  private readonly entryOf = new Map<string, string | undefined>();
  private lastProposed: string | undefined;

  constructor(
    private readonly matcher: UnitMatcher,
    private readonly decisions: Readonly<Record<string, UnitDecision>>,
  ) {}

  resolve(data: PegawaiImportRow, row: number): UnitRef | null {
    const unit = data.unitKerjaNama?.trim() || null;
    const induk = data.unitIndukNama?.trim() || null;
    if (!unit && !induk) return null;
    const cacheKey = `${induk ?? ''}\u0000${unit ?? ''}`;
    if (this.cache.has(cacheKey)) {
      this.count(this.entryOf.get(cacheKey), row);
      return this.cache.get(cacheKey)!;
    }
    this.lastProposed = undefined;
    let ref: UnitRef;
    if (induk) {
      const top = this.top(induk, row);
      if (!unit || this.matcher.key(unit) === this.matcher.key(induk)) ref = top;
      else if ('id' in top) {
        const found = this.matcher.findUnder(unit, top.id);
        ref = found !== null ? { id: found } : this.propose(`${top.id}/${this.matcher.key(unit)}`, unit, top, guessJenis(unit), row);
      } else ref = this.propose(`${top.key}>${this.matcher.key(unit)}`, unit, top, guessJenis(unit), row);
    } else {
      const found = this.matcher.findAnywhere(unit!);
      ref = found !== null ? { id: found } : this.propose(this.matcher.key(unit!), unit!, null, 'PERANGKAT_DAERAH', row);
    }
    this.cache.set(cacheKey, ref);
    this.entryOf.set(cacheKey, this.lastProposed);
    this.count(this.lastProposed, row);
    return ref;
  }

  private top(name: string, row: number): UnitRef {
    const found = this.matcher.findTop(name);
    return found !== null ? { id: found } : this.propose(this.matcher.key(name), name, null, 'PERANGKAT_DAERAH', row);
  }

  /** A unit not in the registry: the clerk's decision for it, else a proposal to create it. */
  private propose(key: string, nama: string, parent: UnitRef | null, jenis: JenisUnit, row: number): UnitRef {
    const decision = this.decisions[key];
    const pakai = decision && 'pakai' in decision && this.matcher.get(decision.pakai) ? decision.pakai : null;
    if (!this.entries.has(key)) this.entries.set(key, { key, nama, parent, jenis, rows: 0, firstRow: row, decided: !!decision && 'buat' in decision, pakai });
    this.lastProposed = key;
    if (pakai !== null) {
      if (parent === null || 'id' in parent) this.aliasesToSave.set(aliasKey(this.matcher.key(nama), parent ? parent.id : null), { nama, unitId: pakai });
      return { id: pakai };
    }
    return { key };
  }

  private count(entryKey: string | undefined, row: number): void {
    const e = entryKey === undefined ? undefined : this.entries.get(entryKey);
    if (e) {
      e.rows++;
      e.firstRow = Math.min(e.firstRow, row);
    }
  }

  nameOf(key: string): string {
    return this.entries.get(key)?.nama ?? '';
  }

  label(id: number | null): string {
    return id === null ? '' : this.matcher.label(id);
  }

  proposals(): NewUnitProposal[] {
    return [...this.entries.values()].map((e) => {
      const parentId = e.parent && 'id' in e.parent ? e.parent.id : null;
      const candidates = this.matcher.candidates(e.nama, parentId);
      const best = candidates[0];
      // two units that fit equally well ("Sekretariat" of two offices) are for the clerk to tell apart
      const tie = best !== undefined && candidates[1]?.score === best.score;
      return {
        key: e.key,
        nama: e.nama,
        parentLabel: e.parent === null ? null : 'id' in e.parent ? this.matcher.label(e.parent.id) : this.nameOf(e.parent.key),
        parentKey: e.parent && 'key' in e.parent ? e.parent.key : null,
        rows: e.rows,
        firstRow: e.firstRow,
        candidates,
        suggestedId: best && best.score >= 0.75 && !tie ? best.id : null,
        decision: e.pakai !== null ? { pakai: e.pakai } : e.decided ? { buat: true } : null,
      };
    });
  }

  /** Drops proposals no written row uses (keeping the parents of those that are). */
  /**
   * Drops proposals no written row uses, keeping the parents of those that are, and counts for each
   * the rows that will really land in it or below it.
   */
  keepOnly(used: ReadonlyMap<string, { rows: number; firstRow: number }>): void {
    const counts = new Map<string, { rows: number; firstRow: number }>();
    for (const [key, u] of used) {
      for (let k: string | undefined = key; k !== undefined; ) {
        const c = counts.get(k);
        if (c) {
          c.rows += u.rows;
          c.firstRow = Math.min(c.firstRow, u.firstRow);
        } else counts.set(k, { ...u });
        const parent: UnitRef | null | undefined = this.entries.get(k)?.parent;
        k = parent && 'key' in parent ? parent.key : undefined;
      }
    }
    for (const [key, e] of this.entries) {
      if (e.pakai !== null) continue; // mapped to an existing unit: listed with the rows that named it
      const c = counts.get(key);
      if (!c) this.entries.delete(key);
      else Object.assign(e, c);
    }
  }

  undecided(): NewUnitProposal[] {
    const keys = new Set([...this.entries.values()].filter((e) => !e.decided && e.pakai === null).map((e) => e.key));
    return this.proposals().filter((p) => keys.has(p.key));
  }

  /** Creates the proposed units, parents first (call inside the import's transaction). */
  create(repo: UnitKerjaRepository): Map<string, number> {
    const ids = new Map<string, number>();
    for (const e of this.entries.values()) {
      if (e.pakai !== null) continue;
      const parentId = e.parent === null ? null : 'id' in e.parent ? e.parent.id : ids.get(e.parent.key)!;
      ids.set(e.key, repo.insert({ nama: e.nama, singkatan: null, jenis: e.jenis, parentId }));
    }
    return ids;
  }

  saveAliases(repo: UnitAliasRepository): number {
    for (const [kunci, a] of this.aliasesToSave) repo.remember(kunci, a.nama, a.unitId);
    return this.aliasesToSave.size;
  }
}

function guessJenis(nama: string): JenisUnit {
  if (/^(SD|SMP|SMA|SMK|TK|SLB)\b/i.test(nama)) return 'SEKOLAH';
  if (/^(UPT|UPTD|Puskesmas)\b/i.test(nama)) return 'UPT';
  return 'BIDANG';
}

export const fileLabel = (p: string) => path.basename(p);
