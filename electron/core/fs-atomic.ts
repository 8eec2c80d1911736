/**
 * Writing files so that a crash or a full disk never leaves a half-written one under the final
 * name: the bytes go to a temporary file in the same folder, are flushed, then moved into place.
 */

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AtomicOptions {
  /** Permission bits of the new file (e.g. 0o600 for a secret); applied at creation, ignored where the OS has none. */
  mode?: number;
}

function writeTemp(target: string, bytes: Uint8Array, opts: AtomicOptions = {}): string {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', opts.mode ?? 0o666);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  return tmp;
}

/** Writes `bytes` to `target`, replacing it if present, all or nothing. */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const tmp = writeTemp(target, bytes);
  try {
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Like writeFileAtomic, but never replaces an existing file: returns false when `target` exists
 * (the caller picks another name). A hard link claims the name atomically; where the file system
 * has no hard links, an existence check before the rename has to do.
 */
export function writeNewFileAtomic(target: string, bytes: Uint8Array, opts: AtomicOptions = {}): boolean {
  const tmp = writeTemp(target, bytes, opts);
  try {
    fs.linkSync(tmp, target);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (fs.existsSync(target)) return false;
    fs.renameSync(tmp, target);
    return true;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
