/**
 * The key behind the check value of pledge-form codes (shared/domain/kode-formulir.ts): 32 random
 * bytes made once in the data folder and reused, so every form this Netra printed stays
 * recognisable. It is never replaced: a new key would make every printed form unreadable, so a
 * damaged key file is an error the clerk must resolve (restore a backup), not something to repair.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bacaKodeFormulir, buatKodeFormulir, type FormMac, type KodeFormulir, type KodeFormulirHasil } from '../../shared/domain/kode-formulir';
import { writeNewFileAtomic } from './fs-atomic';

export const KUNCI_FORMULIR_FILE = 'kunci-kode-formulir.bin';
const KEY_BYTES = 32;

/** The data folder's key, created on first use (readable by the user only where the OS has permissions). */
export function kunciFormulir(dataDir: string): Buffer {
  const file = path.join(dataDir, KUNCI_FORMULIR_FILE);
  // Never overwrites: when two processes create it at once, the loser reads the winner's key.
  if (!fs.existsSync(file)) writeNewFileAtomic(file, randomBytes(KEY_BYTES), { mode: 0o600 });
  const key = fs.readFileSync(file);
  if (key.length !== KEY_BYTES) {
    throw new Error(
      `Berkas kunci kode formulir ${file} rusak (${key.length} bita, seharusnya ${KEY_BYTES}). ` +
        'Pulihkan dari cadangan; kunci baru membuat semua formulir ikrar yang sudah dicetak tidak dikenali.',
    );
  }
  return key;
}

export const formMac =
  (key: Uint8Array): FormMac =>
  (message) =>
    createHmac('sha256', key).update(message).digest();

/** Makes and checks form codes with one data folder's key. */
export class KodeFormulirService {
  private readonly mac: FormMac;
  constructor(key: Uint8Array) {
    this.mac = formMac(key);
  }
  static forDataDir(dataDir: string): KodeFormulirService {
    return new KodeFormulirService(kunciFormulir(dataDir));
  }
  buat(id: KodeFormulir): string {
    return buatKodeFormulir(id, this.mac);
  }
  baca(text: string): KodeFormulirHasil {
    return bacaKodeFormulir(text, this.mac);
  }
}
