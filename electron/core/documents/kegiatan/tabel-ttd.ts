/**
 * The signature table of the daftar hadir and the collective pledge sheet: No / Nama / NIP /
 * Jabatan / Unit Kerja / Tanda Tangan, the signature column zig-zag (odd numbers sign in its left
 * half, even in its right, each half with its number, so neighbours never sign over each other),
 * a heading row per perangkat daerah, the header row repeated on every page (w:tblHeader) and
 * rows that never split across pages (w:cantSplit).
 *
 * Why direct XML: a docx object tree of 5,000 rows × 7 cells takes over a second just to pack
 * (measured: 1.1 s for bare cells; with widths, borders and shading well past the 2 s budget on
 * these machines), and grows with every property. So the table is built ONCE with the docx
 * builders as a template (header row, heading row, one odd and one even person row, with `⟦key⟧`
 * tokens, the same styles as every document), and its rows are written per person here with
 * escaped values, the way the volume engine repeats the pledge-form page (batch/).
 */
import { AlignmentType, BorderStyle, Paragraph, TableCell, TableRow, TextRun, VerticalAlign, type Table } from 'docx';
import { formatNip } from '../../../../shared/domain/nip';
import { escapeText, token } from '../batch/tokens';
import { cellWidth, fixedTable } from '../docx/layout';
import type { PartContext } from '../docx/parts/context';
import { halfPoints, mm } from '../docx/units';

export interface PesertaCetak {
  /** With gelar, as signed. */
  nama: string;
  nip?: string | null;
  /** Printed where there is no NIP (guests, non-ASN). */
  nik?: string | null;
  jabatan?: string | null;
  unitKerja?: string | null;
}

export interface KelompokCetak<P extends PesertaCetak = PesertaCetak> {
  /** The perangkat daerah (or a guest's instansi): the heading row of the group. */
  unit: string;
  /** In print order (the caller sorts: bandingkanPejabat). */
  peserta: readonly P[];
}

export interface TabelTtdOptions {
  /** A heading row per group ("DINAS PENDIDIKAN (120 orang)"). */
  judulKelompok: boolean;
  /** Each group on its own page(s), in its own table with its own header row. */
  pisahPerUnit: boolean;
}

/** Column widths for a 165 mm text column (F4, 30/20 mm margins), scaled to the page's. */
// "No" holds four digits on one line at 9 pt (a pemda's list runs into the thousands).
const BASE = { no: 10.5, nama: 32, nip: 38.5, jabatan: 29, unit: 27, ttd: 14 } as const;
const BASE_WIDTH = BASE.no + BASE.nama + BASE.nip + BASE.jabatan + BASE.unit + BASE.ttd * 2;
/** The signature space: a row is at least this tall. */
const ROW_MM = 10;
const MARK = 'tabelTtd';
type Field = 'no' | 'nama' | 'nip' | 'jabatan' | 'unit';

export const HEADERS = ['No', 'Nama', 'NIP', 'Jabatan', 'Unit Kerja', 'Tanda Tangan'] as const;

export function columnWidths(ctx: PartContext): number[] {
  const k = ctx.widthMm / BASE_WIDTH;
  const w = [BASE.no, BASE.nama, BASE.nip, BASE.jabatan, BASE.unit, BASE.ttd, BASE.ttd].map((v) => Math.round(v * k * 10) / 10);
  w[1]! += Math.round((ctx.widthMm - w.reduce((a, b) => a + b, 0)) * 10) / 10; // rounding goes to the name column
  return w;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * The template table to place in the document where the rows go; `writeTableRows` replaces it.
 * `fontSizePt`: the table's type (9 pt: a formatted NIP fits its column in one line).
 */
export function signatureTableTemplate(ctx: PartContext, fontSizePt = 9): Table {
  const widths = columnWidths(ctx);
  const size = halfPoints(fontSizePt);
  const run = (text: string, bold = false) => new TextRun({ text, bold, size });
  const p = (text: string, o: { align?: 'left' | 'center'; bold?: boolean; keepNext?: boolean } = {}) =>
    new Paragraph({ alignment: o.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, keepNext: o.keepNext, children: text ? [run(text, o.bold)] : [] });
  const cell = (i: number, children: Paragraph[], o: { span?: number; fill?: string; borders?: object; vAlign?: 'top' | 'center' } = {}) =>
    new TableCell({
      width: cellWidth(o.span ? widths.slice(i, i + o.span).reduce((a, b) => a + b, 0) : widths[i]!),
      columnSpan: o.span,
      shading: o.fill ? { fill: o.fill } : undefined,
      verticalAlign: o.vAlign === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
      borders: o.borders,
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADERS.map((h, i) => cell(i, [p(h, { align: 'center', bold: true })], { span: i === 5 ? 2 : undefined, fill: 'E7E6E6' })),
  });
  const heading = new TableRow({
    cantSplit: true,
    children: [cell(0, [p(token(`${MARK}.kelompok`), { bold: true, keepNext: true })], { span: 7, fill: 'F2F2F2' })],
  });
  // The two halves of the signature column look like one cell: no border between them.
  const leftHalf = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: NONE };
  const rightHalf = { top: SINGLE, bottom: SINGLE, left: NONE, right: SINGLE };
  const person = (odd: boolean) =>
    new TableRow({
      cantSplit: true,
      height: { value: mm(ROW_MM), rule: 'atLeast' },
      children: [
        cell(0, [p(token(`${MARK}.no`), { align: 'center' })]),
        cell(1, [p(token(`${MARK}.nama`))]),
        cell(2, [p(token(`${MARK}.nip`))]),
        cell(3, [p(token(`${MARK}.jabatan`))]),
        cell(4, [p(token(`${MARK}.unit`))]),
        cell(5, [p(odd ? `${token(`${MARK}.no`)}.` : '')], { borders: leftHalf, vAlign: 'top' }),
        cell(6, [p(odd ? '' : `${token(`${MARK}.no`)}.`)], { borders: rightHalf, vAlign: 'top' }),
      ],
    });
  return fixedTable(widths, [header, heading, person(true), person(false)], { borders: true });
}

/** A row template split at its tokens: even indexes are fixed XML, odd ones field keys. */
type Template = string[];
const TOKEN = /⟦tabelTtd\.([a-z]+)⟧/g;
const compile = (xml: string): Template => xml.split(TOKEN);

interface Layout {
  before: string;
  after: string;
  /** `<w:tbl>` with its properties and grid, before the first row. */
  open: string;
  header: string;
  heading: Template;
  odd: Template;
  even: Template;
}

function layoutOf(xml: string): Layout {
  const at = xml.indexOf(`⟦${MARK}.`);
  if (at < 0) throw new Error('Templat tabel tanda tangan tidak ditemukan di dokumen.');
  const start = xml.lastIndexOf('<w:tbl>', at);
  const end = xml.indexOf('</w:tbl>', at) + '</w:tbl>'.length;
  const table = xml.slice(start, end);
  const firstRow = table.indexOf('<w:tr>') >= 0 ? table.indexOf('<w:tr>') : table.indexOf('<w:tr ');
  const rows = table.slice(firstRow, -'</w:tbl>'.length).split('</w:tr>').filter((r) => r.trim()).map((r) => `${r}</w:tr>`);
  if (rows.length !== 4) throw new Error(`Templat tabel tanda tangan tidak sah: ${rows.length} baris, bukan 4.`);
  return { before: xml.slice(0, start), after: xml.slice(end), open: table.slice(0, firstRow), header: rows[0]!, heading: compile(rows[1]!), odd: compile(rows[2]!), even: compile(rows[3]!) };
}

function fill(t: Template, values: Record<string, string>): string {
  let s = t[0]!;
  for (let i = 1; i < t.length; i += 2) s += escapeText(values[t[i]!] ?? '') + t[i + 1]!;
  return s;
}

const dash = (v: string | null | undefined) => (v?.trim() ? v.trim() : '-');

/** What a person's row prints. */
export function rowValues(p: PesertaCetak, no: number): Record<Field, string> {
  const nip = p.nip?.trim();
  const nik = p.nik?.trim();
  return { no: String(no), nama: p.nama.trim(), nip: nip ? formatNip(nip) : nik ? `NIK ${nik}` : '-', jabatan: dash(p.jabatan), unit: dash(p.unitKerja) };
}

/** "DINAS PENDIDIKAN (120 orang)". */
export const groupHeading = (k: KelompokCetak) => `${k.unit.trim().toUpperCase() || 'TANPA UNIT'} (${k.peserta.length.toLocaleString('id-ID')} orang)`;

/**
 * An empty paragraph that starts a new page, between the groups' tables (two tables need a
 * paragraph between them or Word joins them). One point tall: the group's table starts at the top.
 */
export const GROUP_BREAK = '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>';

/**
 * document.xml with the template table replaced by the rows of every group, as chunks (5,000
 * people are some 15 MB of XML; the writer deflates them as they come). Numbers run on across
 * groups, so odd and even alternate through the whole list.
 */
export function* writeTableRows(xml: string, groups: readonly KelompokCetak[], opts: TabelTtdOptions): Generator<string> {
  const l = layoutOf(xml);
  yield l.before;
  let no = 0;
  let open = false;
  for (const k of groups) {
    if (!k.peserta.length) continue;
    if (!open || opts.pisahPerUnit) {
      if (open) yield `</w:tbl>${GROUP_BREAK}`;
      yield l.open + l.header;
      open = true;
    }
    if (opts.judulKelompok) yield fill(l.heading, { kelompok: groupHeading(k) });
    const rows: string[] = [];
    for (const p of k.peserta) {
      no++;
      rows.push(fill(no % 2 ? l.odd : l.even, rowValues(p, no)));
      if (rows.length === 500) yield rows.splice(0).join('');
    }
    yield rows.join('');
  }
  if (!open) throw new Error('Tidak ada peserta untuk dicetak.');
  yield '</w:tbl>';
  yield l.after;
}

export const totalPeserta = (groups: readonly KelompokCetak[]) => groups.reduce((n, k) => n + k.peserta.length, 0);
