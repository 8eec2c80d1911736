/** Fixtures for the naskah-dinas settings, register and archive tests. */

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/handlers';
import type { ChannelName, OutputOf } from '../../shared/contract/index';
import type { ArsipMasuk } from '../../electron/core/services/arsip';
import type { DokumenBuat, InstansiProfilInput, JenisDokumen, PenandatanganInput } from '../../shared/contract/dokumen';
import { JENIS } from '../../shared/dokumen/jenis/index';
import { DEFAULT_PAGE_SETUP } from '../../shared/dokumen/model';

/** A channel call through the contract boundary that must succeed, typed by the channel. */
export async function call<C extends ChannelName>(core: Core, channel: C, input: unknown): Promise<OutputOf<C>> {
  const r = await dispatch(core, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

export function profil(over: Partial<InstansiProfilInput> = {}): InstansiProfilInput {
  return {
    nama: 'BKPSDM',
    jenisKop: 'dinas',
    pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU',
    kepalaDaerah: 'BUPATI SUKAMAJU',
    perangkatDaerah: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    alamat: 'Jalan Merdeka Nomor 1',
    telepon: '(0285) 123456',
    email: 'bkpsdm@sukamajukab.go.id',
    laman: 'bkpsdm.sukamajukab.go.id',
    kodePos: '51111',
    kota: 'Sukamaju',
    kodeUnit: 'BKPSDM',
    ...over,
  };
}

export function kepalaBadan(over: Partial<PenandatanganInput> = {}): PenandatanganInput {
  return {
    jabatan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    nama: 'Siti Aminah',
    gelarDepan: 'Dr.',
    gelarBelakang: 'S.H., M.H.',
    golongan: 'IV/c',
    nip: '197203151998032004',
    jenis: 'pejabat',
    aktif: true,
    ...over,
  };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** A real grey PNG any viewer opens: 8-bit greyscale, filter 0 rows, deflated IDAT, IEND. */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const segment = (marker: number, data: number[]) => [0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff, ...data];

/**
 * A real baseline greyscale JPEG (mid grey): one-symbol Huffman tables (DC category 0, AC end of
 * block), so every 8×8 block is the two bits "00". Width and height must be multiples of 8.
 */
export function jpeg(width: number, height: number): Buffer {
  const blocks = (width / 8) * (height / 8);
  const scan = Buffer.alloc(Math.ceil((blocks * 2) / 8), 0);
  const padBits = scan.length * 8 - blocks * 2;
  if (padBits > 0) scan[scan.length - 1]! |= (1 << padBits) - 1; // pad with 1-bits
  const oneCode = (tableClass: number) => [tableClass << 4, 1, ...new Array<number>(15).fill(0), 0x00];
  return Buffer.from([
    0xff, 0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCode(0)),
    ...segment(0xc4, oneCode(1)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff, 0xd9,
  ]);
}

/** Profile, signatory, a reserved number (or the `manual` number typed by the clerk) and the archive input for it. */
export function archiveInput(
  core: Core,
  over: { jenis?: JenisDokumen; tanggal?: string; hal?: string; fileName?: string; manual?: string } = {},
): ArsipMasuk {
  const jenis = over.jenis ?? 'surat-undangan';
  const tanggal = over.tanggal ?? '2026-03-12';
  const hal = over.hal ?? 'Undangan Sosialisasi Netralitas ASN';
  const p = core.instansi.list()[0] ?? core.instansi.save(null, profil());
  const s = core.penandatangan.list()[0] ?? core.penandatangan.save(null, kepalaBadan());
  const nomor =
    over.manual === undefined
      ? core.penomoran.reserve(jenis, { tanggal, hal, unitKode: p.kodeUnit })
      : core.penomoran.manual(jenis, { nomor: over.manual, tanggal, hal, unit: p.kodeUnit });
  return {
    jenis,
    nomorId: nomor.id,
    tanggal,
    hal,
    fileName: over.fileName ?? `UND_${nomor.nomor.replace(/\//g, '-')}.docx`,
    teksVersi: core.teks.latest(jenis).versi,
    profilId: p.id,
    konteks: { profil: p, penandatangan: s },
    penandatanganId: s.id,
    pegawaiIds: [],
    data: { acara: 'Sosialisasi' },
    tandaTangan: { penandatanganId: s.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
    setup: DEFAULT_PAGE_SETUP,
  };
}

/**
 * A create request for the sample invitation in a demo core: the office kop signed by its own head
 * (a pair without consistency warnings), numbered from the counter.
 */
export function undanganContoh(core: Core, over: Partial<DokumenBuat> = {}): DokumenBuat {
  return {
    jenis: 'surat-undangan',
    data: JENIS.get('surat-undangan').contoh as Record<string, unknown>,
    profilId: core.instansi.list().find((p) => p.jenisKop === 'dinas')!.id,
    tandaTangan: { penandatanganId: core.penandatangan.list().find((p) => p.jenis === 'pejabat')!.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
    tanggal: '2026-11-23',
    nomor: { cara: 'otomatis' },
    ...over,
  };
}

/** Gives a kop jabatan profile an emblem (a real PNG), as a clerk uploads it; without one it warns. */
export function denganLambang(core: Core, profilId: number): void {
  const file = path.join(core.dataDir, `lambang-${profilId}.png`);
  fs.writeFileSync(file, png(60, 60));
  core.instansi.setLambang(profilId, file);
}
