import type { ColumnMapping, ImportField, UpdateField } from '../domain/import-fields';
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
  sample: { row: number; data: PegawaiImportRow; existing: boolean; /** The registry unit the row goes to ("X (baru)" for a proposed one). */ unitTujuan: string | null }[];
  /** What an update would change in people already registered (computed whether or not update is on). */
  changes: ImportChanges;
  /** Units the import would create: nothing is created unless the clerk chose it for each. */
  newUnits: NewUnitProposal[];
}

export interface FieldChange {
  field: UpdateField;
  old: string;
  new: string;
}

export interface ImportChanges {
  /** Registered people whose stored data differs in at least one filled field. */
  people: number;
  /** Registered people the sheet describes exactly as stored (in the fields it fills). */
  unchanged: number;
  /** How many people each field would change for. */
  perField: { field: UpdateField; count: number }[];
  /** The first changed people (at most 500), each with its changes as old → new. */
  rows: { row: number; id: number; nama: string; nip: string | null; changes: FieldChange[] }[];
}

export interface NewUnitProposal {
  /** Stable key of this name (under its parent) within the file; used in the clerk's decision. */
  key: string;
  nama: string;
  /** Where it would be created: an existing unit's name, a new unit's name (parentKey set), or null (top level). */
  parentLabel: string | null;
  parentKey: string | null;
  /** Rows of the file that name it. */
  rows: number;
  /** The first row naming it, to find it in Excel. */
  firstRow: number;
  candidates: { id: number; label: string; score: number }[];
  /** A candidate close enough to preselect in the UI (the clerk still sees and confirms it). */
  suggestedId: number | null;
  /** The decision this preview was computed with, if any. */
  decision: UnitDecision | null;
}

/** The clerk's decision for a proposed unit: create it, or use an existing unit (remembered as an alias). */
export type UnitDecision = { buat: true } | { pakai: number };

/** Where a long import or export is, for the progress bar. */
export interface ImportProgress {
  phase: 'membaca' | 'memeriksa' | 'mencadangkan' | 'menulis' | 'selesai' | 'dibatalkan' | 'gagal';
  rowsRead: number;
  rowsChecked: number;
  rowsWritten: number;
  /** Rows in the file (0 while still unknown). */
  total: number;
  /** While reading: the part of the file read so far (0–1). */
  fraction?: number;
}

export interface ImportReport {
  ok: boolean;
  inserted: number;
  updated: number;
  /** Registered people found in the file with nothing to change. */
  unchanged: number;
  skipped: number;
  unitsCreated: number;
  /** Names confirmed as another name of an existing unit, remembered for the next import. */
  aliasesSaved: number;
  /** Per field, how many people it changed. */
  fieldChanges: { field: UpdateField; count: number }[];
  errors: ImportIssue[];
}

export interface ExportedFile {
  file: string; // token
  fileName: string;
  rows: number;
}

/** An abbreviation the importer expands when matching unit names ("RSUD" → "Rumah Sakit Umum Daerah"). */
export interface UnitSingkatan {
  singkatan: string;
  kepanjangan: string;
  /** Shipped with Netra (unchanged); false for the clerk's own. */
  bawaan: boolean;
}

/** A name a clerk confirmed as another name of a unit during an import (or left behind by a merge). */
export interface UnitAliasInfo {
  kunci: string;
  nama: string;
  unitKerjaId: number;
  unitNama: string;
  createdAt: string;
}
