/**
 * Parts the event documents share (daftar hadir, collective pledge sheet, laporan kegiatan): the
 * kop and the signature exactly as the letters build them (shared/dokumen/bagian.ts through the
 * docx parts), the heading, the "Hari/Tanggal : …" rows, page numbers, and the writer that packs a
 * docx-built document, lets the caller rewrite its body XML (rows written directly, a chart part)
 * and writes the file atomically.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { InstansiProfil, Penandatangan, TandaTangan } from '../../../../shared/contract/dokumen';
import { kop, signature } from '../../../../shared/dokumen/bagian';
import { textWidthMm, type PageSetup } from '../../../../shared/dokumen/model';
import { createZipFile, type Level } from '../batch/zip-file';
import { deterministicDocx } from '../docx/deterministic';
import type { PartContext } from '../docx/parts/context';
import { kopBlock } from '../docx/parts/kop';
import { labelValueTable } from '../docx/parts/rincian';
import { signatureBlock } from '../docx/parts/tanda-tangan';
import { halfPoints, pt } from '../docx/units';

export type Part = Paragraph | Table;

/** Who signs an event document, as a letter's signer: the official and how they sign (langsung, a.n., Plt. …). */
export interface PenandatanganKegiatan {
  pejabat: Penandatangan;
  /** Default: in their own right. */
  tandaTangan?: Omit<TandaTangan, 'penandatanganId'>;
}

/** The event as the documents print it; the caller formats the day and time. */
export interface KegiatanCetak {
  judul: string;
  /** "Senin, 7 Desember 2026" (formatHariTanggal). */
  hariTanggal: string;
  /** "07.30 WIB s.d. selesai". */
  pukul: string;
  tempat: string;
}

export const contextOf = (setup: PageSetup): PartContext => ({ setup, widthMm: textWidthMm(setup) });

/** The organiser's kop, the same parts a letter of that profile gets. */
export const kopParts = (profil: InstansiProfil, ctx: PartContext): Part[] => kopBlock(kop(profil), ctx);

/** The signature block of the letters (signing mode, gelar/pangkat/NIP rules) for a korespondensi document. */
export function signatureParts(ttd: PenandatanganKegiatan | null, tempatTanggal: string, ctx: PartContext): Part[] {
  if (!ttd) return [];
  const t: TandaTangan = { mode: 'langsung', atasNama: '', untukBeliau: '', ...ttd.tandaTangan, penandatanganId: ttd.pejabat.id };
  return [new Paragraph({ keepNext: true, children: [] }), signatureBlock(signature([tempatTanggal], t, ttd.pejabat, 'korespondensi'), ctx)];
}

export const centred = (text: string, o: { bold?: boolean; sizePt?: number; after?: number; before?: number; underline?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: pt(o.after ?? 0), before: pt(o.before ?? 0) },
    keepNext: true,
    children: [new TextRun({ text, bold: o.bold, underline: o.underline ? {} : undefined, size: o.sizePt ? halfPoints(o.sizePt) : undefined })],
  });

export const para = (text: string, o: { bold?: boolean; after?: number; before?: number; align?: 'left' | 'justify'; sizePt?: number; keepNext?: boolean } = {}) =>
  new Paragraph({
    keepNext: o.keepNext,
    alignment: o.align === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
    spacing: { after: pt(o.after ?? 0), before: pt(o.before ?? 0) },
    children: [new TextRun({ text, bold: o.bold, size: o.sizePt ? halfPoints(o.sizePt) : undefined })],
  });

/** "Kegiatan : …", "Hari/Tanggal : …", "Pukul : …", "Tempat : …" aligned on their colons. */
export function eventFields(k: KegiatanCetak, ctx: PartContext, extra: { label: string; value: string }[] = []): Table {
  const rows = [
    { label: 'Kegiatan', value: k.judul },
    { label: 'Hari/Tanggal', value: k.hariTanggal },
    { label: 'Pukul', value: k.pukul },
    { label: 'Tempat', value: k.tempat },
    ...extra,
  ];
  return labelValueTable(rows, 32, ctx.widthMm - 32 - 4, 0);
}

/** "Halaman 3 dari 41" centred at the foot of every page (the first included: the section has a title page). */
export function pageNumberFooters(sizePt = 9) {
  const make = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ size: halfPoints(sizePt), children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] })],
        }),
      ],
    });
  return { default: make(), first: make() };
}

/** An entry added to the package after docx packed it (a chart part). */
export interface ExtraEntry {
  name: string;
  data: Uint8Array;
}

export interface PackOptions {
  out: string;
  /** The one time in the file: the same input and time give the same bytes. */
  timestamp: Date;
  level?: Level;
  /** Rewrites word/document.xml; returns the new body as chunks (written in order, never joined). */
  body?: (xml: string) => Iterable<string>;
  /** Rewrites another entry (relationships, content types) by name. */
  rewrite?: Record<string, (xml: string) => string>;
  extra?: ExtraEntry[];
}

const DOCUMENT = 'word/document.xml';
const CHUNK = 256 * 1024;

/**
 * Packs the docx, rewrites what the options say, and writes the package to a temporary file
 * renamed over `out` only when complete: a failure never leaves a half file under its name.
 */
export async function writeDocx(docBytes: Uint8Array, opts: PackOptions): Promise<number> {
  const entries = unzipSync(deterministicDocx(docBytes, opts.timestamp));
  const zip = createZipFile(opts.out, opts.level ?? 6, opts.timestamp);
  try {
    for (const [name, data] of Object.entries(entries)) {
      const rewrite = opts.rewrite?.[name];
      if (name === DOCUMENT && opts.body) {
        const stream = zip.stream(name);
        let pending: string[] = [];
        let size = 0;
        for (const piece of opts.body(strFromU8(data))) {
          pending.push(piece);
          size += piece.length;
          if (size >= CHUNK) {
            await stream.write(Buffer.from(pending.join('')));
            pending = [];
            size = 0;
          }
        }
        if (pending.length) await stream.write(Buffer.from(pending.join('')));
        await stream.end();
      } else if (rewrite) await zip.add(name, Buffer.from(rewrite(strFromU8(data))));
      else await zip.add(name, data);
    }
    for (const e of opts.extra ?? []) await zip.add(e.name, e.data);
    return await zip.finish();
  } catch (e) {
    await zip.abort();
    throw e;
  }
}
