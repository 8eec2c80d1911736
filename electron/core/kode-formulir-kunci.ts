/**
 * The key behind the check value of pledge-form codes (shared/domain/kode-formulir.ts): 32 random
 * bytes made once and kept in the database (table kunci_formulir), so every backup holds the key
 * its forms were printed with and a restore brings both back together. It is never replaced: a new
 * key would make every printed form unreadable.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { bacaKodeFormulir, buatKodeFormulir, type FormMac, type KodeFormulir, type KodeFormulirHasil } from '../../shared/domain/kode-formulir';
import type { Db } from './db/open';
import { KunciFormulirRepository } from './db/repositories/kunci-formulir';

const KEY_BYTES = 32;

/** The database's key, created on first use. */
export function kunciFormulir(db: Db): Buffer {
  const repo = new KunciFormulirRepository(db);
  const have = repo.get();
  if (have) return have;
  repo.insertIfAbsent(randomBytes(KEY_BYTES), new Date().toISOString());
  return repo.get()!;
}

export const formMac =
  (key: Uint8Array): FormMac =>
  (message) =>
    createHmac('sha256', key).update(message).digest();

/** Makes and checks form codes with one database's key. */
export class KodeFormulirService {
  private readonly mac: FormMac;
  constructor(key: Uint8Array) {
    this.mac = formMac(key);
  }
  static forDatabase(db: Db): KodeFormulirService {
    return new KodeFormulirService(kunciFormulir(db));
  }
  buat(id: KodeFormulir): string {
    return buatKodeFormulir(id, this.mac);
  }
  baca(text: string): KodeFormulirHasil {
    return bacaKodeFormulir(text, this.mac);
  }
}
