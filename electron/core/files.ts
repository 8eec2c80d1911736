import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/result';

interface Entry {
  path: string;
  name: string;
}

/**
 * Files cross the UI boundary as opaque tokens: the UI can only name files the user picked
 * (dialog or upload) or that the app wrote, never an arbitrary path on disk.
 */
export class FileStore {
  private readonly entries = new Map<string, Entry>();
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'sementara');
    fs.mkdirSync(this.dir, { recursive: true });
    this.sweep();
  }

  /** A file the user chose with a dialog (desktop) or that the CLI was given. */
  register(filePath: string, name = path.basename(filePath)): string {
    const token = crypto.randomBytes(12).toString('base64url');
    this.entries.set(token, { path: filePath, name });
    return token;
  }

  /** Stores uploaded bytes (web host) and returns their token. */
  storeUpload(name: string, bytes: Buffer): string {
    const { path: target, name: safe } = this.freshPath(name);
    fs.writeFileSync(target, bytes);
    return this.register(target, safe);
  }

  /** A fresh path in the temporary folder for a file the app is about to write. */
  outputPath(name: string): { token: string; path: string; name: string } {
    const { path: target, name: safe } = this.freshPath(name);
    const token = this.register(target, safe);
    return { token, path: target, name: safe };
  }

  /** Each file gets its own folder so it keeps its real name: messages about it then name what the clerk chose. */
  private freshPath(name: string): { path: string; name: string } {
    const safe = sanitizeFileName(name);
    const folder = path.join(this.dir, crypto.randomBytes(6).toString('hex'));
    fs.mkdirSync(folder);
    return { path: path.join(folder, safe), name: safe };
  }

  resolve(token: string): Entry {
    const entry = this.entries.get(token);
    if (!entry) throw new AppError('TIDAK_DITEMUKAN', 'Berkas tidak ditemukan atau sudah kedaluwarsa. Pilih berkasnya sekali lagi.');
    return entry;
  }

  forget(token: string): void {
    const entry = this.entries.get(token);
    this.entries.delete(token);
    if (entry && path.dirname(path.dirname(entry.path)) === this.dir) fs.rmSync(path.dirname(entry.path), { recursive: true, force: true });
  }

  /** Temporary files older than a day are left-overs of earlier runs. */
  private sweep(): void {
    const cutoff = Date.now() - 24 * 3600 * 1000;
    for (const name of fs.readdirSync(this.dir)) {
      const p = path.join(this.dir, name);
      try {
        if (fs.statSync(p).mtimeMs < cutoff) fs.rmSync(p, { recursive: true, force: true });
      } catch {
        /* a file removed meanwhile is fine */
      }
    }
  }
}

/** Device names Windows reserves in every folder, also with an extension ("NUL.xlsx", "con.csv"). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

export function sanitizeFileName(name: string): string {
  // Windows drops trailing dots and spaces; "." and ".." name a folder, not a file
  const base = path.basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').trim().replace(/[. ]+$/, '');
  if (!base) return 'berkas';
  return (WINDOWS_DEVICE.test(base) ? `_${base}` : base).slice(0, 120);
}
