/**
 * Laporan kegiatan (.docx): what, when, where, the speakers, who was invited (per perangkat
 * daerah), attendance per unit as a table AND a native bar chart (grafik.ts), the photos fitted to
 * the text width with captions, the closing and the organiser's signature.
 *
 *   writeLaporanKegiatan(input: LaporanKegiatanInput, out: string): Promise<{ bytes: number }>
 *
 * The figures are the recap the core computes (RekapKegiatan of shared/contract/kegiatan.ts),
 * the same ones the recap workbook carries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { InstansiProfil } from '../../../../shared/contract/dokumen';
import type { RekapKegiatan } from '../../../../shared/contract/kegiatan';
import type { PageSetup, TableBlock } from '../../../../shared/dokumen/model';
import type { Level } from '../batch/zip-file';
import { listParagraphs } from '../docx/parts/daftar';
import { dataTable } from '../docx/parts/tabel';
import { documentStyles, pageProperties } from '../docx/render';
import { halfPoints, pt } from '../docx/units';
import { centred, contextOf, eventFields, kopParts, pageNumberFooters, signatureParts, writeDocx, type KegiatanCetak, type Part, type PenandatanganKegiatan } from './bagian';
import { chartHeightMm, chartRun, chartXml, withChartContentType, withChartRelationship } from './grafik';

export interface FotoLaporan {
  /** A PNG or JPEG file (validated when it was added to the event). */
  path: string;
  lebarPx: number;
  tinggiPx: number;
  keterangan: string;
}

export interface LaporanKegiatanInput {
  profil: InstansiProfil;
  setup: PageSetup;
  penandatangan: PenandatanganKegiatan | null;
  tempatTanggal: string;
  kegiatan: KegiatanCetak & {
    /** "Apel Ikrar Netralitas ASN". */
    jenis: string;
    /** "Luring (tatap muka)", "Daring melalui https://…". */
    mode: string;
    /** The organising office. */
    penyelenggara: string;
    pemilihan?: string;
  };
  /** The report's opening paragraph; default: one sentence from the event. */
  pendahuluan?: string;
  narasumber: readonly { nama: string; jabatan: string; instansi: string }[];
  rekap: Pick<RekapKegiatan, 'baris' | 'total'>;
  foto: readonly FotoLaporan[];
  /** The clerk's notes on how it went (catatan), as paragraphs. */
  catatan?: string;
  penutup?: string;
  timestamp?: Date;
  level?: Level;
}

const CHART_REL = 'rIdGrafikKehadiran';
const CHART_PART = 'word/charts/chart1.xml';
const CHART_MARK = '⟦grafik.kehadiran⟧';
/** Photos are at most this tall, so two fit on an F4 page with their captions. */
const PHOTO_MAX_MM = 105;
const PX_PER_MM = 96 / 25.4;

const n = (v: number) => v.toLocaleString('id-ID');
const persen = (v: number) => `${v.toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

function imageType(bytes: Buffer, file: string): 'png' | 'jpg' {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  throw new Error(`Foto "${path.basename(file)}" bukan gambar PNG atau JPEG.`);
}

function readPhoto(f: FotoLaporan): Buffer {
  try {
    return fs.readFileSync(f.path);
  } catch {
    throw new Error(`Foto "${f.keterangan || path.basename(f.path)}" tidak ditemukan di folder data; hapus foto itu dari kegiatan atau tambahkan lagi.`);
  }
}

export async function writeLaporanKegiatan(input: LaporanKegiatanInput, out: string): Promise<{ bytes: number }> {
  const ctx = contextOf(input.setup);
  const size = halfPoints(input.setup.fontSizePt);
  const k = input.kegiatan;
  const heading = (text: string) => new Paragraph({ keepNext: true, spacing: { before: pt(10), after: pt(4) }, children: [new TextRun({ text, bold: true, size })] });
  const body = (text: string, after = 6, keepNext = false) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, keepNext, spacing: { after: pt(after) }, children: [new TextRun({ text, size })] });
  const caption = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, keepLines: true, spacing: { before: pt(2), after: pt(10) }, children: [new TextRun({ text, italics: true, size: halfPoints(input.setup.fontSizePt - 1) })] });
  const t = input.rekap.total;
  const units = input.rekap.baris.length;

  const letters = 'ABCDEFGH';
  let section = 0;
  const next = (title: string) => heading(`${letters[section++]}. ${title}`);

  const children: Part[] = [
    ...kopParts(input.profil, ctx),
    centred('LAPORAN KEGIATAN', { bold: true, sizePt: input.setup.fontSizePt + 2, before: 6 }),
    centred(k.judul.toUpperCase(), { bold: true, after: 10 }),
    next('Pendahuluan'),
    body(
      input.pendahuluan ??
        `${k.penyelenggara} telah menyelenggarakan ${k.jenis}${k.pemilihan ? ` dalam rangka ${k.pemilihan}` : ''}. Laporan ini memuat waktu dan tempat pelaksanaan, narasumber, peserta, kehadiran per perangkat daerah, dan dokumentasi kegiatan.`,
    ),
    next('Waktu dan Tempat'),
    eventFields(k, ctx, [{ label: 'Pelaksanaan', value: k.mode }]),
  ];
  if (input.narasumber.length) {
    children.push(
      next('Narasumber'),
      ...listParagraphs({ marker: 'angka', align: 'left', items: input.narasumber.map((r) => ({ text: [r.nama, r.jabatan, r.instansi].map((s) => s.trim()).filter(Boolean).join(', ') })) }),
    );
  }
  const table: TableBlock = {
    kind: 'tabel',
    // 8 pt: the figure headers ("Berhalangan") fit their columns without breaking a word
    fontSizePt: 8,
    columns: [
      { header: 'No', widthMm: 7, align: 'center' },
      { header: 'Perangkat Daerah', widthMm: 0, align: 'left' },
      { header: 'Diundang', widthMm: 17, align: 'center' },
      { header: 'Hadir', widthMm: 13, align: 'center' },
      { header: 'Terlambat', widthMm: 19, align: 'center' },
      { header: 'Berhalangan', widthMm: 22, align: 'center' },
      { header: 'Tanpa Ket.', widthMm: 15, align: 'center' },
      { header: 'Belum', widthMm: 13, align: 'center' },
      { header: '% Hadir', widthMm: 15, align: 'center' },
    ],
    rows: [],
  };
  table.columns[1]!.widthMm = ctx.widthMm - table.columns.reduce((a, c) => a + c.widthMm, 0);
  const row = (no: string, unit: string, b: (typeof input.rekap)['total']) => {
    const s = b.jumlah.perStatus;
    return [no, unit, n(b.jumlah.peserta), n(b.jumlah.hadir), n(b.jumlah.terlambat), n(s.izin + s.sakit + s['dinas-luar'] + s.cuti), n(s['tanpa-keterangan']), n(b.jumlah.belum), persen(b.persenHadir)];
  };
  table.rows = [...input.rekap.baris.map((b, i) => row(String(i + 1), b.unit, b)), row('', 'Jumlah', t)];
  children.push(
    next('Peserta dan Kehadiran'),
    body(
      `Peserta yang diundang sebanyak ${n(t.jumlah.peserta)} orang dari ${n(units)} perangkat daerah/instansi; yang hadir ${n(t.jumlah.hadir)} orang (${persen(t.persenHadir)}), ` +
        `${n(t.jumlah.terlambat)} di antaranya terlambat. Berhalangan (izin, sakit, dinas luar, cuti) ${n(t.jumlah.perStatus.izin + t.jumlah.perStatus.sakit + t.jumlah.perStatus['dinas-luar'] + t.jumlah.perStatus.cuti)} orang, ` +
        `tanpa keterangan ${n(t.jumlah.perStatus['tanpa-keterangan'])} orang, dan belum tercatat ${n(t.jumlah.belum)} orang. Rincian per perangkat daerah:`,
    ),
    dataTable(table),
    caption('Tabel 1. Kehadiran peserta per perangkat daerah (hadir termasuk yang terlambat)'),
  );
  if (units) {
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun({ text: CHART_MARK })] }),
      caption('Grafik 1. Persentase kehadiran per perangkat daerah'),
    );
  }
  if (input.catatan?.trim()) children.push(next('Catatan Pelaksanaan'), ...input.catatan.split(/\n\s*\n|\n/).filter((p) => p.trim()).map((p) => body(p.trim())));
  if (input.foto.length) {
    children.push(next('Dokumentasi'));
    input.foto.forEach((f, i) => {
      const data = readPhoto(f);
      const scale = Math.min(ctx.widthMm / f.lebarPx, PHOTO_MAX_MM / f.tinggiPx);
      const transformation = { width: Math.round(f.lebarPx * scale * PX_PER_MM), height: Math.round(f.tinggiPx * scale * PX_PER_MM) };
      children.push(
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: imageType(data, f.path), data, transformation, altText: { name: `Foto ${i + 1}`, title: `Foto ${i + 1}`, description: f.keterangan || `Foto kegiatan ${i + 1}` } })] }),
        caption(`Foto ${i + 1}. ${f.keterangan.trim() || k.judul}`),
      );
    });
  }
  children.push(next('Penutup'), // kept with the signature, which must never stand alone on the last page
    body(input.penutup ?? 'Demikian laporan ini disampaikan untuk menjadi bahan maklum dan tindak lanjut.', 6, !!input.penandatangan), ...signatureParts(input.penandatangan, input.tempatTanggal, ctx));

  const doc = new Document({
    creator: 'Netra',
    title: `Laporan ${k.judul}`,
    styles: documentStyles(input.setup),
    sections: [{ properties: pageProperties(input.setup), footers: pageNumberFooters(), children }],
  });
  const chart = units
    ? chartXml({
        kategori: input.rekap.baris.map((b) => b.unit),
        seri: [{ nama: 'Persentase hadir', nilai: input.rekap.baris.map((b) => b.persenHadir), warna: '2E75B6' }],
        maks: 100,
        format: '0.0"%"',
        formatSumbu: '0"%"',
      })
    : null;
  const bytes = await writeDocx(await Packer.toBuffer(doc), {
    out,
    timestamp: input.timestamp ?? new Date(),
    level: input.level,
    body: (xml) => {
      if (!chart) return [xml];
      const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]));
      const run = chartRun(CHART_REL, Math.max(0, ...ids) + 1, ctx.widthMm, chartHeightMm(units), 'Grafik kehadiran per perangkat daerah');
      // The placeholder run (its properties and text) gives way to the drawing.
      const re = /<w:r>(?:(?!<w:r>).)*?⟦grafik\.kehadiran⟧<\/w:t><\/w:r>/s;
      if (!re.test(xml)) throw new Error('Tempat grafik tidak ditemukan di laporan.');
      return [xml.replace(re, run)];
    },
    rewrite: chart
      ? {
          'word/_rels/document.xml.rels': (rels) => withChartRelationship(rels, CHART_REL, 'charts/chart1.xml'),
          '[Content_Types].xml': (types) => withChartContentType(types, `/${CHART_PART}`),
        }
      : undefined,
    extra: chart ? [{ name: CHART_PART, data: Buffer.from(chart) }] : [],
  });
  return { bytes };
}
