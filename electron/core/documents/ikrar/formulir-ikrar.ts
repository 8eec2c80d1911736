/**
 * The personal pledge form (pakta integritas netralitas ASN): one F4 page a person, pre-filled,
 * with the form's QR code and its code printed under it, for thousands of staff in one .docx.
 * The page is built once with the docx builders and repeated by the volume engine
 * (batch/repeat-pages.ts); the QR of each person is drawn in place of a placeholder.
 *
 * The texts come in as input (the editable, versioned pledge text is the caller's); TEKS_IKRAR
 * is Netra's default wording (shared/reference/ikrar.md).
 */
import { AlignmentType, BorderStyle, Document, ImageRun, LineRuleType, Packer, Paragraph, Tab, TableCell, TableRow, type Table, type TableVerticalAlign, TextRun, VerticalAlign } from 'docx';
import { isiTeksIkrar, TEKS_IKRAR_BAWAAN } from '../../../../shared/domain/ikrar';
import { formatNip } from '../../../../shared/domain/nip';
import { DEFAULT_PAGE_SETUP, textWidthMm, type PageSetup } from '../../../../shared/dokumen/model';
import { writeRepeatedPages, type PageRecord, type RepeatPagesResult } from '../batch/repeat-pages';
import { qrPng } from '../batch/qr-png';
import { token } from '../batch/tokens';
import { type Level } from '../batch/zip-file';
import { deterministicDocx } from '../docx/deterministic';
import { cellWidth, fixedTable } from '../docx/layout';
import { documentStyles, pageProperties } from '../docx/render';
import { halfPoints, mm } from '../docx/units';

export interface PesertaIkrar {
  /** With gelar, as it is signed: "Dr. Siti Aminah, S.E., M.Si." */
  nama: string;
  nip?: string | null;
  /** For staff without a NIP (PPNPN, honorer, kepala desa). */
  nik?: string | null;
  /** "Penata Muda Tingkat I, III/b"; empty for non-ASN. */
  pangkat?: string | null;
  jabatan?: string | null;
  unitKerja?: string | null;
  /** The form's code (shared/domain/kode-formulir.ts): encoded in the QR and printed under it. */
  kode: string;
}

export interface TeksIkrar {
  /** Title lines, centred and bold: ["PAKTA INTEGRITAS", "NETRALITAS APARATUR SIPIL NEGARA"]. */
  judul: readonly string[];
  /** The election it concerns: "Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2024". */
  pemilihan: string;
  /** The sentence before the points. */
  pernyataan: string;
  butir: readonly string[];
  /** Willingness to accept sanctions. */
  sanksi: string;
  penutup: string;
}

/** Netra's default wording (shared/domain/ikrar.ts) filled for one election and instansi. */
export function teksIkrarBawaan(pemilihan: string, instansi = 'Pemerintah Daerah'): TeksIkrar {
  return { ...isiTeksIkrar(TEKS_IKRAR_BAWAAN, { pemilihan, instansi }), pemilihan };
}

export interface FormulirIkrarOptions {
  /** In print order (head of unit first, then by eselon and rank: the caller's query). */
  peserta: Iterable<PesertaIkrar> | AsyncIterable<PesertaIkrar>;
  teks: TeksIkrar;
  /** "Sukamaju, 1 Juli 2026" */
  tempatTanggal: string;
  /** A box for the meterai 10.000 where the signature goes. */
  meterai?: boolean;
  out: string;
  setup?: PageSetup;
  /** The document's time (docProps/core.xml and the zip entries): the same input and time give the same bytes. */
  timestamp?: Date;
  level?: Level;
  signal?: AbortSignal;
  onProgress?: (pages: number) => void;
}

/** Side of the printed QR: 25.4 mm holds a version-2 code (33 modules with its quiet zone) at 0.77 mm a module. */
const QR_PX = 96;
const PLACEHOLDER = qrPng('IK1-0000-00000-00000000');
const LABEL_MM = 34;
const COLON_MM = 4;

const FIELDS = ['nama', 'labelNomor', 'nomor', 'pangkat', 'jabatan', 'unit', 'nomorTtd', 'kode'] as const;
type Field = (typeof FIELDS)[number];

export async function writeFormulirIkrar(opts: FormulirIkrarOptions): Promise<RepeatPagesResult> {
  const setup = opts.setup ?? DEFAULT_PAGE_SETUP;
  const timestamp = opts.timestamp ?? new Date();
  const template = deterministicDocx(await Packer.toBuffer(formDocument(opts.teks, opts.tempatTanggal, opts.meterai ?? false, setup)), timestamp);
  return writeRepeatedPages({
    template,
    records: records(opts.peserta),
    out: opts.out,
    level: opts.level,
    mtime: timestamp,
    signal: opts.signal,
    onProgress: opts.onProgress,
    images: [{ placeholder: PLACEHOLDER, render: (r) => qrPng(r.kode!) }],
  });
}

const dash = (v: string | null | undefined) => (v?.trim() ? v.trim() : '-');

/** One person's field values. */
export function formRecord(p: PesertaIkrar): Record<Field, string> {
  // "19751029 199904 2 016", as every letter prints a NIP (formatNip leaves anything else as it is).
  const nip = p.nip?.trim() ? formatNip(p.nip.trim()) : undefined;
  const nik = p.nik?.trim();
  const [labelNomor, nomor] = nip ? ['NIP', nip] : nik ? ['NIK', nik] : ['NIP/NIK', '-'];
  return {
    nama: p.nama.trim(),
    labelNomor,
    nomor,
    pangkat: dash(p.pangkat),
    jabatan: dash(p.jabatan),
    unit: dash(p.unitKerja),
    nomorTtd: nip ? `NIP. ${nip}` : nik ? `NIK. ${nik}` : '',
    kode: p.kode,
  };
}

async function* records(people: FormulirIkrarOptions['peserta']): AsyncGenerator<PageRecord> {
  for await (const p of people) yield formRecord(p);
}

const T = Object.fromEntries(FIELDS.map((f) => [f, token(f)])) as Record<Field, string>;

function formDocument(teks: TeksIkrar, tempatTanggal: string, meterai: boolean, setup: PageSetup): Document {
  const width = textWidthMm(setup);
  const size = halfPoints(setup.fontSizePt);
  const run = (text: string, o: { bold?: boolean; underline?: boolean; sizePt?: number; color?: string } = {}) =>
    new TextRun({ text, bold: o.bold, underline: o.underline ? {} : undefined, size: o.sizePt ? halfPoints(o.sizePt) : size, color: o.color });
  const para = (children: (TextRun | ImageRun)[], o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; indentLeft?: number; hanging?: number; line?: number } = {}) =>
    new Paragraph({
      alignment: o.align ?? AlignmentType.JUSTIFIED,
      // lineRule stated: without it LibreOffice clips the inline QR picture to one line.
      spacing: { before: o.before ?? 0, after: o.after ?? 0, line: Math.round(240 * (o.line ?? setup.lineSpacing)), lineRule: LineRuleType.AUTO },
      indent: o.indentLeft !== undefined ? { left: o.indentLeft, hanging: o.hanging } : undefined,
      children,
    });
  const cell = (w: number, children: (Paragraph | Table)[], o: { vAlign?: TableVerticalAlign } = {}) =>
    new TableCell({ width: cellWidth(w), verticalAlign: o.vAlign, children });

  const title = teks.judul.map((line) => para([run(line, { bold: true, sizePt: setup.fontSizePt + 2 })], { align: AlignmentType.CENTER }));
  const election = para([run(teks.pemilihan.toUpperCase(), { bold: true })], { align: AlignmentType.CENTER, before: 60, after: 360 });

  const identity: [string, string][] = [
    ['Nama', T.nama],
    [T.labelNomor, T.nomor],
    ['Pangkat/Gol.', T.pangkat],
    ['Jabatan', T.jabatan],
    ['Unit Kerja', T.unit],
  ];
  const identityTable = fixedTable(
    [LABEL_MM, COLON_MM, width - 10 - LABEL_MM - COLON_MM],
    identity.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(LABEL_MM, [para([run(label)], { align: AlignmentType.LEFT, after: 80 })]),
            cell(COLON_MM, [para([run(':')], { align: AlignmentType.LEFT, after: 80 })]),
            cell(width - 10 - LABEL_MM - COLON_MM, [para([run(value, { bold: value === T.nama })], { align: AlignmentType.LEFT, after: 80 })]),
          ],
        }),
    ),
    { indentMm: 10 },
  );

  // Numbers written as text: automatic numbering would run on from one person to the next.
  const body = Math.max(setup.lineSpacing, 1.1);
  const points = teks.butir.map((b, i) => para([new TextRun({ size, children: [`${i + 1}.`, new Tab(), b] })], { indentLeft: mm(8), hanging: mm(8), after: 120, line: body }));

  const qrColumn = 45;
  const gap = 20;
  const signColumn = width - qrColumn - gap;
  const box = meterai
    ? fixedTable(
        [26],
        [
          new TableRow({
            height: { value: mm(16), rule: 'exact' },
            children: [
              new TableCell({
                width: cellWidth(26),
                verticalAlign: VerticalAlign.CENTER,
                borders: dashed,
                children: [para([run('METERAI', { sizePt: 7, color: '808080' })], { align: AlignmentType.CENTER }), para([run('10.000', { sizePt: 7, color: '808080' })], { align: AlignmentType.CENTER })],
              }),
            ],
          }),
        ],
        { indentMm: 4 },
      )
    : null;
  const signature = [
    para([run(tempatTanggal)], { align: AlignmentType.LEFT }),
    para([run('Yang membuat pernyataan,')], { align: AlignmentType.LEFT, after: 120 }),
    ...(box ? [box, para([], { after: 120 })] : [para([]), para([]), para([]), para([])]),
    para([run(T.nama, { bold: true, underline: true })], { align: AlignmentType.LEFT }),
    para([run(T.nomorTtd)], { align: AlignmentType.LEFT }),
  ];
  const qr = [
    para([new ImageRun({ type: 'png', data: PLACEHOLDER, transformation: { width: QR_PX, height: QR_PX }, altText: { name: 'Kode QR formulir', description: 'Kode formulir ikrar', title: 'Kode QR' } })], {
      align: AlignmentType.CENTER,
    }),
    para([run(T.kode, { sizePt: 7 })], { align: AlignmentType.CENTER }),
  ];
  const footer = fixedTable(
    [qrColumn, gap, signColumn],
    [new TableRow({ cantSplit: true, children: [cell(qrColumn, qr, { vAlign: VerticalAlign.BOTTOM }), cell(gap, [para([])]), cell(signColumn, signature)] })],
  );

  return new Document({
    styles: documentStyles(setup),
    sections: [
      {
        properties: pageProperties(setup),
        children: [
          ...title,
          election,
          para([run('Yang bertanda tangan di bawah ini:')], { after: 120 }),
          identityTable,
          // A line break in the statement starts a paragraph (the personal line, then the pledge's own opening).
          ...teks.pernyataan
            .split(/\n+/)
            .map((line) => line.trim())
            .filter((line) => line !== '')
            .map((line, i) => para([run(line)], { before: i === 0 ? 240 : 0, after: 160, line: body })),
          ...points,
          ...(teks.sanksi.trim() ? [para([run(teks.sanksi)], { before: 160, after: 160, line: body })] : []),
          para([run(teks.penutup)], { after: 360, line: body }),
          footer,
        ],
      },
    ],
  });
}

const DASH = { style: BorderStyle.DASHED, size: 4, color: '808080' } as const;
const dashed = { top: DASH, bottom: DASH, left: DASH, right: DASH };
