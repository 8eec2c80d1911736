import crypto from 'node:crypto';
import fs from 'node:fs';

/** Hex SHA-256 of text (as UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Read size for streaming a file through a hash or a copy: memory stays at this whatever the file's size. */
export const CHUNK_BYTES = 1024 * 1024;

/** Calls `onChunk` with each CHUNK_BYTES piece of a file in order (the buffer is reused: copy what you keep). */
export function eachChunk(file: string, onChunk: (chunk: Buffer) => void): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      onChunk(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Hex SHA-256 of a file, read a chunk at a time. */
export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  eachChunk(file, (chunk) => hash.update(chunk));
  return hash.digest('hex');
}
