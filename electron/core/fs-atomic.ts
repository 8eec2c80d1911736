/**
 * Writing files so that a crash or a full disk never leaves a half-written one under the final
 * name: the bytes go to a temporary file in the same folder, are flushed, then moved into place.
 */

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eachChunk, sha256Hex } from './hash';

export interface AtomicOptions {
  /** Permission bits of the new file (e.g. 0o600 for a secret); applied at creation, ignored where the OS has none. */
  mode?: number;
}

/** A flushed temporary file beside `target`, filled by `fill`; removed again if filling fails. */
function fillTemp(target: string, fill: (fd: number) => void, opts: AtomicOptions = {}): string {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', opts.mode ?? 0o666);
  try {
    fill(fd);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  return tmp;
}

const writeTemp = (target: string, bytes: Uint8Array, opts?: AtomicOptions) => fillTemp(target, (fd) => fs.writeSync(fd, bytes), opts);

/** A complete, flushed temporary file waiting for its name (see claimNew); remove `tmp` when done. */
export interface Staged {
  tmp: string;
  bytes: number;
  sha256: string;
}

/** Stages `bytes` beside `target` (see Staged). */
export function stageBytes(target: string, bytes: Uint8Array): Staged {
  return { tmp: writeTemp(target, bytes), bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
}

/**
 * Stages a copy of the file `source` beside `target`, a chunk at a time, hashing on the way: a
 * file of any size goes through CHUNK_BYTES of memory, and is read once.
 */
export function stageCopy(target: string, source: string): Staged {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  const tmp = fillTemp(target, (out) =>
    eachChunk(source, (chunk) => {
      hash.update(chunk);
      for (let off = 0; off < chunk.length; ) off += fs.writeSync(out, chunk, off, chunk.length - off);
      bytes += chunk.length;
    }),
  );
  return { tmp, bytes, sha256: hash.digest('hex') };
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
 * (the caller picks another name).
 */
export function writeNewFileAtomic(target: string, bytes: Uint8Array, opts: AtomicOptions = {}): boolean {
  const tmp = writeTemp(target, bytes, opts);
  try {
    return claimNew(tmp, target);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Gives the staged file `tmp` the name `target` unless that name is taken (false). A hard link
 * claims the name atomically and leaves `tmp` for another try; where the file system has no hard
 * links, an existence check before the rename has to do (and `tmp` is then gone).
 */
export function claimNew(tmp: string, target: string): boolean {
  try {
    fs.linkSync(tmp, target);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (fs.existsSync(target)) return false;
    fs.renameSync(tmp, target);
    return true;
  }
}
