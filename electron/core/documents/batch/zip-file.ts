/**
 * A .zip written as it is produced: fflate's Zip feeds a file write stream, callers await room
 * (backpressure) between chunks, and the file only appears under its real name once complete.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { TransformOptions } from 'node:stream';
import { crc32, createDeflateRaw, type ZlibOptions } from 'node:zlib';
import { Zip, ZipDeflate, type DeflateOptions, type ZipInputFile } from 'fflate';

export type Level = NonNullable<DeflateOptions['level']>;

/** Streamed entries: the ZIP here has no Zip64, so one entry must stay under 4 GiB uncompressed. */
const MAX_ENTRY = 0xffff_ffff;

export interface EntryStream {
  /** Deflates the bytes and resolves when there is room for more. */
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
  /** Stops compressing (on failure). */
  destroy(): void;
}

export interface ZipFile {
  /** A whole entry copied as it is: already-compressed media stored, everything else deflated. */
  add(name: string, data: Uint8Array): Promise<void>;
  stream(name: string): EntryStream;
  /** Ends the archive, flushes it to disk and renames it into place; returns its size. */
  finish(): Promise<number>;
  /** Discards the temp file; safe to call after any failure. */
  abort(): Promise<void>;
}

const GATHER_BYTES = 64 * 1024;
const NATIVE_BYTES = 256 * 1024;
const STORED = /\.(png|jpe?g|gif|tiff?|wdp|mp4|zip|docx|xlsx)$/i;

/**
 * `mtime`: the time stamped on every entry (default: now). With a fixed time the same content
 * gives the same bytes (zip times are local time, so on the same machine's time zone).
 */
export function createZipFile(out: string, level: Level = 6, mtime?: Date): ZipFile {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(4).toString('hex')}.tmp`);
  const ws = fs.createWriteStream(tmp, { flush: true });
  let failure: unknown = null;
  let bytes = 0;
  ws.on('error', (e) => (failure ??= e));
  // Small chunks (entry headers, a page's QR picture) are gathered before they reach the stream:
  // 10,000 pictures are 30,000 chunks, and one write each cost a third of a second.
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  const flush = () => {
    if (!heldBytes || ws.destroyed) return;
    ws.write(held.length === 1 ? held[0]! : Buffer.concat(held, heldBytes));
    held = [];
    heldBytes = 0;
  };
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else if (!ws.destroyed) {
      bytes += chunk.length;
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes >= GATHER_BYTES) flush();
    }
  });

  let active: EntryStream | null = null;
  const room = async (): Promise<void> => {
    if (failure) throw failure;
    if (ws.writableNeedDrain) await once(ws, 'drain');
  };

  const self: ZipFile = {
    async add(name, data) {
      if (!STORED.test(name) && data.length > NATIVE_BYTES) {
        // A big part (the relationships of 10,000 pictures) through native deflate: fflate's JS deflate is ~3× slower.
        const entry = self.stream(name);
        await entry.write(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
        await entry.end();
        return;
      }
      if (STORED.test(name)) {
        // Stored as it is, with the CRC from native zlib (fflate's ZipPassThrough computes it in JS).
        const file: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: 0, mtime };
        zip.add(file);
        file.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
      } else {
        const file = new ZipDeflate(name, { level });
        file.mtime = mtime; // a public attribute of the entry; the constructor takes deflate options only
        zip.add(file);
        file.push(data, true);
      }
      await room();
    },
    stream(name) {
      return (active = nativeEntry(zip, name, level, ws, () => failure, mtime));
    },
    async finish() {
      if (failure) throw failure;
      zip.end();
      flush();
      ws.end();
      // Wait for the descriptor to close: Windows cannot rename an open file.
      if (!ws.closed) await once(ws, 'close');
      if (failure) throw failure;
      await fs.promises.rename(tmp, out);
      return bytes;
    },
    async abort() {
      active?.destroy();
      ws.destroy();
      if (!ws.closed) await once(ws, 'close').catch(() => undefined);
      await fs.promises.rm(tmp, { force: true });
    },
  };
  return self;
}

/**
 * The big streamed entry is deflated by Node's zlib rather than fflate's ZipDeflate: native
 * deflate is about 3× faster on document XML, its CRC-32 is native too, and it runs on the libuv
 * thread pool, so the next pages are rendered while the previous ones are compressed. fflate's
 * Zip still writes the container (a ZipInputFile only has to supply raw deflate data, crc, size).
 */
function nativeEntry(zip: Zip, name: string, level: Level, ws: fs.WriteStream, failure: () => unknown, mtime: Date | undefined): EntryStream {
  const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8, mtime };
  zip.add(file); // sets file.ondata
  const emit = (chunk: Uint8Array, final: boolean) => file.ondata!(null, chunk as Uint8Array<ArrayBuffer>, final);
  // Room for a few chunks in flight, so rendering the next one overlaps compressing the last
  // (with the 16 KB default every write would wait for zlib to finish the previous chunk).
  const options: ZlibOptions & TransformOptions = { level, chunkSize: 64 * 1024, writableHighWaterMark: 4 << 20 };
  const z = createDeflateRaw(options);
  // A failing file must also fail a write waiting for zlib to drain (zlib may be paused for it).
  ws.once('error', (e) => z.destroy(e));
  let paused = false;
  z.on('data', (chunk: Buffer) => {
    emit(chunk, false);
    // Backpressure from the file: stop compressing until it drains.
    if (ws.writableNeedDrain && !paused) {
      paused = true;
      z.pause();
      ws.once('drain', () => {
        paused = false;
        z.resume();
      });
    }
  });
  const done = new Promise<void>((resolve, reject) => {
    z.once('end', () => {
      emit(new Uint8Array(0), true);
      resolve();
    });
    z.once('error', reject);
  });
  done.catch(() => undefined); // observed by end(); a write may fail first
  return {
    async write(chunk) {
      file.crc = crc32(chunk, file.crc);
      file.size += chunk.length;
      if (file.size > MAX_ENTRY) throw new Error(`${name} melebihi 4 GB; bagi datanya menjadi beberapa berkas.`);
      if (!z.write(chunk)) await once(z, 'drain');
      if (failure()) throw failure();
    },
    async end() {
      z.end();
      await done;
      if (failure()) throw failure();
    },
    destroy() {
      z.destroy();
    },
  };
}
