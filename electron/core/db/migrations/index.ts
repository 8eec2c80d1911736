import type Database from 'better-sqlite3';

/**
 * Forward-only migrations. Never edit a released one: add the next number.
 * Each runs inside one transaction together with its schema_version row: its `sql` first, then
 * its `run` step (for what SQL alone cannot do: reshaping JSON in a column, computing a value in
 * TypeScript). A throw in either rolls the whole migration back.
 */
export interface Migration {
  version: number;
  name: string;
  sql?: string;
  run?: (db: Database.Database) => void;
}

import { m001 } from './001-pegawai';
import { m002 } from './002-dokumen';
import { m003 } from './003-unit-alias';
import { m004 } from './004-pencarian';
import { m005 } from './005-kunci-dokumen';
import { m006 } from './006-penandatangan-kop';
import { m007 } from './007-dasar-hukum';
import { m008 } from './008-kegiatan';
import { m009 } from './009-meja';
import { m010 } from './010-ikrar';
import { m011 } from './011-kasus';
import { m012 } from './012-aturan-versi';
import { m013 } from './013-kasus-indeks';

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013];
export const LATEST_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;
