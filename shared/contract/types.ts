import type { ColumnMapping, ImportField } from '../domain/import-fields';
import type { ImportIssue, Pegawai, PegawaiImportRow } from '../domain/pegawai';

export interface PegawaiPage {
  total: number;
  offset: number;
  rows: Pegawai[];
}

export interface AppInfo {
  version: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  jumlahPegawai: number;
  jumlahUnit: number;
  mode: 'desktop' | 'web';
}

export interface ImportPreview {
  fileName: string;
  sheet: string | null;
  /** Excel row number of the detected header. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Fields the importer needs a column for but found none. */
  missingFields: ImportField[];
  mappingSaved: boolean;
  totalRows: number;
  validRows: number;
  newCount: number;
  existingCount: number;
  invalidRows: number;
  /** The first problems (at most 500); issueCount says how many there are in all. */
  issues: ImportIssue[];
  issueCount: number;
  /** The first rows as they would be imported. */
  sample: { row: number; data: PegawaiImportRow; existing: boolean }[];
}

export interface ImportReport {
  ok: boolean;
  inserted: number;
  updated: number;
  skipped: number;
  unitsCreated: number;
  errors: ImportIssue[];
}

export interface ExportedFile {
  file: string; // token
  fileName: string;
  rows: number;
}
