import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { ImportPreview, ImportReport } from '../../../shared/contract/types';
import { IMPORT_FIELD_LABEL, normalizeHeader, type ColumnMapping, type ImportField } from '../../../shared/domain/import-fields';
import type { ImportIssue, JenisUnit, PegawaiImportRow } from '../../../shared/domain/pegawai';
import type { Db } from '../db/open';
import type { PegawaiRepository } from '../db/repositories/pegawai';
import type { PengaturanRepository } from '../db/repositories/pengaturan';
import type { UnitKerjaRepository } from '../db/repositories/unit-kerja';
import { readGrid } from '../sheets/read';
import { detectHeader } from '../sheets/pegawai-columns';
import { readPegawaiRows } from '../sheets/pegawai-rows';

export interface ImportFile {
  path: string;
  /** Name shown in messages (the original file name, not a temp path). */
  label: string;
}

export interface CommitOptions {
  mapping: ColumnMapping | null;
  update: boolean;
  skipInvalid: boolean;
  dryRun?: boolean;
  /** Test hook: called after each written row, to prove a crash mid-import changes nothing. */
  afterRow?: (written: number) => void;
}

const REQUIRED: ImportField[] = ['nama'];
const MAPPING_KEY = 'impor.pemetaan.';
/** The preview lists this many problems; the count says how many there are in all. */
const MAX_PREVIEW_ISSUES = 500;
class DryRunRollback extends Error {}

interface Plan {
  sheet: string | null;
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  mappingSaved: boolean;
  signature: string;
  /** Required fields without a column: no rows are read until the clerk maps them. */
  missingFields: ImportField[];
  rows: { row: number; data: PegawaiImportRow }[];
  invalidRows: Set<number>;
  issues: ImportIssue[];
  totalRows: number;
}

export class ImporPegawaiService {
  constructor(
    private readonly db: Db,
    private readonly pegawai: PegawaiRepository,
    private readonly units: UnitKerjaRepository,
    private readonly settings: PengaturanRepository,
  ) {}

  async preview(file: ImportFile, mapping: ColumnMapping | null): Promise<ImportPreview> {
    const plan = await this.plan(file, mapping);
    const valid = plan.rows;
    let existingCount = 0;
    const sample = valid.slice(0, 50).map((r) => ({ ...r, existing: false }));
    for (const r of valid) if (this.existingId(r.data) !== null) existingCount++;
    for (const s of sample) s.existing = this.existingId(s.data) !== null;
    return {
      fileName: file.label,
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      headers: plan.headers,
      mapping: plan.mapping,
      missingFields: plan.missingFields,
      mappingSaved: plan.mappingSaved,
      totalRows: plan.totalRows,
      validRows: valid.length,
      newCount: valid.length - existingCount,
      existingCount,
      invalidRows: plan.invalidRows.size,
      issues: plan.issues.slice(0, MAX_PREVIEW_ISSUES),
      issueCount: plan.issues.length,
      sample,
    };
  }

  /** All or nothing: one transaction; any invalid row rejects the file unless skipInvalid. */
  async commit(file: ImportFile, opts: CommitOptions): Promise<ImportReport> {
    const plan = await this.plan(file, opts.mapping);
    const missing = plan.missingFields[0];
    if (missing) throw new AppError('IMPOR_DITOLAK', `Kolom untuk "${IMPORT_FIELD_LABEL[missing]}" belum dipilih pada pemetaan kolom berkas ${file.label}.`);
    const report: ImportReport = { ok: false, inserted: 0, updated: 0, skipped: 0, unitsCreated: 0, errors: plan.issues };
    const fileLevel = plan.issues.some((i) => i.row === null);
    if ((plan.invalidRows.size > 0 && !opts.skipInvalid) || fileLevel) return report;
    const valid = plan.rows;
    report.skipped = plan.invalidRows.size;
    const unitCache = new Map<string, number | null>();
    try {
      this.db.transaction(() => {
        let written = 0;
        // the search index is built once for all written rows, at the end of this transaction
        this.pegawai.bulkWrite(() => {
        for (const { data } of valid) {
          const unitKerjaId = this.resolveUnit(data, unitCache, report);
          const { unitKerjaNama: _u, unitIndukNama: _i, ...rest } = data;
          const input = { ...rest, unitKerjaId };
          const existing = this.existingId(data);
          if (existing === null) {
            this.pegawai.insert(input);
            report.inserted++;
          } else if (opts.update) {
            this.pegawai.update(existing, input);
            report.updated++;
          } else {
            report.skipped++;
            continue;
          }
          opts.afterRow?.(++written);
        }
        });
        if (opts.mapping && !opts.dryRun) this.settings.set(MAPPING_KEY + plan.signature, opts.mapping);
        if (opts.dryRun) throw new DryRunRollback();
      })();
    } catch (e) {
      if (!(e instanceof DryRunRollback)) throw e;
    }
    report.ok = true;
    return report;
  }

  private async plan(file: ImportFile, mapping: ColumnMapping | null): Promise<Plan> {
    const grid = await readGrid(file.path);
    grid.fileName = file.label;
    const detected = detectHeader(grid, mapping);
    const signature = detected.headers.map(normalizeHeader).join('|');
    const saved = mapping ? null : this.settings.get<ColumnMapping>(MAPPING_KEY + signature);
    const header = { ...detected, mapping: mapping ?? saved ?? detected.mapping };
    const missingFields = REQUIRED.filter((f) => header.mapping[f] === undefined);
    // rows holds only rows without issues; an issue without a row concerns the whole file
    const { rows, issues } = missingFields.length ? { rows: [], issues: [] } : readPegawaiRows(grid, header, { fileLabel: file.label });
    const invalidRows = new Set<number>();
    for (const i of issues) if (i.row !== null) invalidRows.add(i.row);
    return {
      sheet: grid.sheet,
      headerRow: grid.rows[detected.headerRowIndex]?.row ?? 1,
      headers: detected.headers,
      mapping: header.mapping,
      mappingSaved: saved !== null,
      signature,
      missingFields,
      rows,
      invalidRows,
      issues,
      // Before the required columns are mapped, the rows below the header are only counted.
      totalRows: missingFields.length ? grid.rows.length - detected.dataStartIndex : rows.length + invalidRows.size,
    };
  }

  /** The registered employee a row describes: by NIP/NIK, else (non-ASN) by name and birth date. */
  private existingId(data: PegawaiImportRow): number | null {
    if (data.nip) return this.pegawai.idByNip(data.nip);
    return data.tanggalLahir ? this.pegawai.idByNamaLahir(data.nama, data.tanggalLahir) : null;
  }

  /** Finds the unit by name (under its perangkat daerah when given), creating what is missing. */
  private resolveUnit(data: PegawaiImportRow, cache: Map<string, number | null>, report: ImportReport): number | null {
    const unit = data.unitKerjaNama?.trim() || null;
    const induk = data.unitIndukNama?.trim() || null;
    if (!unit && !induk) return null;
    const key = `${induk ?? ''}\u0000${unit ?? ''}`.toLowerCase();
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let id: number;
    if (induk) {
      const top = this.findOrCreate(induk, null, 'PERANGKAT_DAERAH', report);
      id = !unit || unit.toLowerCase() === induk.toLowerCase() ? top : this.findOrCreate(unit, top, guessJenis(unit), report);
    } else {
      const all = this.units.findAllByName(unit!);
      id = all.find((u) => u.parentId === null)?.id ?? all[0]?.id ?? this.findOrCreate(unit!, null, 'PERANGKAT_DAERAH', report);
    }
    cache.set(key, id);
    return id;
  }

  private findOrCreate(nama: string, parentId: number | null, jenis: JenisUnit, report: ImportReport): number {
    const found = this.units.findByName(nama, parentId);
    if (found) return found.id;
    report.unitsCreated++;
    return this.units.insert({ nama, singkatan: null, jenis, parentId });
  }
}

function guessJenis(nama: string): JenisUnit {
  if (/^(SD|SMP|SMA|SMK|TK|SLB)\b/i.test(nama)) return 'SEKOLAH';
  if (/^(UPT|UPTD|Puskesmas)\b/i.test(nama)) return 'UPT';
  return 'BIDANG';
}

export const fileLabel = (p: string) => path.basename(p);
