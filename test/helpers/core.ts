import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';
import type { AppError } from '../../shared/contract/result';
import type { PegawaiInput } from '../../shared/domain/pegawai';

export function tempDir(prefix = 'netra-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function makeCore(dataDir = tempDir()): Core {
  return createCore({ dataDir, mode: 'cli' });
}

/** A valid PNS; override what the test is about. */
export function pns(over: Partial<PegawaiInput> = {}): PegawaiInput {
  return {
    nip: '198503122010011004',
    jenisIdentitas: 'NIP',
    nama: 'Budi Santoso',
    gelarDepan: null,
    gelarBelakang: 'S.E.',
    jenisKelamin: 'L',
    tempatLahir: 'Sukamaju',
    tanggalLahir: '1985-03-12',
    status: 'PNS',
    golongan: 'III/b',
    jabatan: 'Analis Kepegawaian Ahli Pertama',
    jenisJabatan: 'FUNGSIONAL',
    eselon: null,
    unitKerjaId: null,
    telepon: null,
    email: null,
    aktif: true,
    ...over,
  };
}

/** The AppError a synchronous call throws (fails the test when it throws nothing). */
export function thrown(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('tidak ada galat');
}
