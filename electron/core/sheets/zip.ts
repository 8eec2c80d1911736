/**
 * Just enough of the zip format to read an xlsx: the central directory (zip64 included) and one
 * entry at a time, inflated with node:zlib under a hard cap on the bytes it inflates to.
 */

import fs from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

export interface ZipEntry {
  /** Name as stored, with a leading slash removed and backslashes turned into slashes. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** What the directory claims; never trusted for memory, only to refuse early. */
  uncompressedSize: number;
  localOffset: number;
}

/** Reads a byte range; returns fewer bytes at the end of the file. */
export async function readRange(fh: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

const MAX_DIRECTORY = 16 << 20;
const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/**
 * The central directory, or null when the end-of-central-directory record is missing (a truncated
 * download) or the directory does not fit the file.
 */
export async function readZipDirectory(fh: fs.promises.FileHandle, size: number): Promise<ZipEntry[] | null> {
  const tailLen = Math.min(size, 65_557);
  const tailStart = size - tailLen;
  const tail = await readRange(fh, tailStart, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // zip64: the locator sits right before the classic record and points at the zip64 record
    const loc = eocd - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== 0x07064b50) return null;
    const recAt = u64(tail, loc + 8);
    if (recAt + 56 > size) return null;
    const rec = await readRange(fh, recAt, 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== 0x06064b50) return null;
    count = u64(rec, 32);
    cdSize = u64(rec, 40);
    cdOffset = u64(rec, 48);
  }
  if (cdOffset + cdSize > size || cdSize > MAX_DIRECTORY) return null;
  const cd = await readRange(fh, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  while (p + 46 <= cd.length && cd.readUInt32LE(p) === 0x02014b50 && entries.length < count) {
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen > cd.length) return null;
    const name = cd.toString('utf8', p + 46, nameEnd).replace(/\\/g, '/').replace(/^\/+/, '');
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // zip64 extended information: only the fields that overflowed, in this order
      for (let x = nameEnd; x + 4 <= nameEnd + extraLen; ) {
        const id = cd.readUInt16LE(x);
        const len = cd.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let f = x + 4;
          const take = () => {
            const v = f + 8 <= x + 4 + len ? u64(cd, f) : NaN;
            f += 8;
            return v;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
          break;
        }
        x += 4 + len;
      }
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset });
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}

/** An entry that inflates to more than its cap. */
export class EntryTooLarge extends Error {
  constructor(
    readonly entry: string,
    readonly cap: number,
  ) {
    super(`${entry} inflates to more than ${cap} bytes`);
    this.name = 'EntryTooLarge';
  }
}

/** The zip structure of an entry is broken (bad local header, unknown method, encryption …). */
export class ZipDamaged extends Error {
  override name = 'ZipDamaged';
}

export interface EntryReadOptions {
  /** Most inflated bytes accepted, counted as they come out of the inflater. */
  cap: number;
  /** Called with the number of compressed bytes consumed since the previous call. */
  onCompressed?: (bytes: number) => void;
  signal?: AbortSignal;
}

/**
 * The inflated bytes of one entry, chunk by chunk. Throws `EntryTooLarge` as soon as the output
 * passes `cap` (the declared size is checked first but never relied on) and `ZipDamaged` for a
 * structure it cannot read; zlib errors (corrupt data, truncated stream) pass through.
 */
export async function* entryChunks(fh: fs.promises.FileHandle, fileSize: number, entry: ZipEntry, opts: EntryReadOptions): AsyncGenerator<Buffer> {
  if (entry.uncompressedSize > opts.cap) throw new EntryTooLarge(entry.name, opts.cap);
  if (entry.flags & 1) throw new ZipDamaged(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipDamaged(`${entry.name}: compression method ${entry.method}`);
  const local = await readRange(fh, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw new ZipDamaged(`${entry.name}: no local header`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const end = start + entry.compressedSize;
  if (!Number.isFinite(end) || end > fileSize) throw new ZipDamaged(`${entry.name} runs past the end of the file`);
  if (entry.compressedSize === 0) return;

  // read through the caller's handle (a stream over a FileHandle would close it when it ends)
  const onCompressed = opts.onCompressed;
  async function* compressed(): AsyncGenerator<Buffer> {
    for (let at = start; at < end; ) {
      const piece = await readRange(fh, at, Math.min(512 << 10, end - at));
      if (piece.length === 0) throw new ZipDamaged(`${entry.name} is cut short`);
      at += piece.length;
      onCompressed?.(piece.length);
      yield piece;
    }
  }
  const input = Readable.from(compressed(), { objectMode: false });
  const source = entry.method === 8 ? input.pipe(zlib.createInflateRaw({ chunkSize: 128 << 10 })) : input;
  input.on('error', (e) => source.destroy(e));
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > opts.cap) throw new EntryTooLarge(entry.name, opts.cap);
      opts.signal?.throwIfAborted();
      yield chunk;
    }
  } finally {
    source.destroy();
    input.destroy();
    // let a read in flight finish before the caller closes the file handle
    if (!input.closed) await new Promise((resolve) => input.once('close', resolve));
  }
}
