/**
 * The neutral model of an official document (naskah dinas): a page setup and a list of blocks.
 * Document types compose blocks (pure functions in shared/dokumen/jenis); the core renders them to
 * .docx and the UI renders the same blocks as an on-screen preview, so both show the same letter.
 */

export type Paper = 'F4' | 'A4';

/** Paper sizes in millimetres (portrait). F4/Folio as used by Indonesian government offices. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  F4: { width: 215, height: 330 },
  A4: { width: 210, height: 297 },
};

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PageSetup {
  paper: Paper;
  /** Millimetres. */
  margin: Margins;
  /** Font family named in the document, e.g. "Arial" or "Bookman Old Style". */
  font: string;
  fontSizePt: number;
  /** 1 = single, 1.15, 1.5 … */
  lineSpacing: number;
}

/** Defaults of naskah-dinas.md (marked verify there): editable in Pengaturan. */
export const DEFAULT_PAGE_SETUP: PageSetup = {
  paper: 'F4',
  margin: { top: 20, bottom: 25, left: 30, right: 20 },
  font: 'Arial',
  fontSizePt: 12,
  lineSpacing: 1,
};

/** Decrees and other produk hukum (penetapan): Bookman Old Style 12, the common rule for regional legal products (verify per region). */
export const DEFAULT_PAGE_SETUP_PENETAPAN: PageSetup = { ...DEFAULT_PAGE_SETUP, margin: { ...DEFAULT_PAGE_SETUP.margin }, font: 'Bookman Old Style' };

/** Fonts with a metric-compatible stand-in on machines without them (Liberation Sans/Serif, URW Bookman), so layout never shifts. */
export const FONT_CHOICES = ['Arial', 'Bookman Old Style', 'Times New Roman'] as const;

/** A piece of text with emphasis. Plain strings are runs without emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}
export type Text = string | Run[];

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Logo {
  /** Base64 of the PNG or JPEG bytes (JSON-safe, usable by both renderers). */
  base64: string;
  type: 'png' | 'jpg';
  /** Pixel size of the image, to keep its aspect ratio. */
  widthPx: number;
  heightPx: number;
}

/**
 * Letterhead: logo left and centred lines (an office, or the Pemerintah Daerah), or the emblem
 * above the title (kop jabatan of the regional head).
 */
export interface KopBlock {
  kind: 'kop';
  style: 'dinas' | 'pemerintah-daerah' | 'kepala-daerah';
  /** The regional logo, or for the kop jabatan the state emblem (lambang). */
  logo: Logo | null;
  /** Lines from the top: e.g. "PEMERINTAH KABUPATEN SUKAMAJU", the office in bold, address lines. */
  lines: { text: string; bold?: boolean; sizePt?: number }[];
}

export interface ParagraphBlock {
  kind: 'paragraf';
  text: Text;
  align?: Align;
  /** First-line indent in mm (body paragraphs of a letter: 12.5). */
  firstLineMm?: number;
  /** Left indent of the whole paragraph in mm. */
  indentMm?: number;
  /** Space after, in points (default: one line gap is added by `spasi`). */
  afterPt?: number;
  beforePt?: number;
  keepWithNext?: boolean;
}

/** Empty lines. */
export interface SpacerBlock {
  kind: 'spasi';
  lines: number;
}

export type Marker = 'angka' | 'huruf' | 'strip';

export interface ListItem {
  text: Text;
  /** Further paragraphs of the item, aligned with its text (sections of a Surat Edaran). */
  paragraphs?: Text[];
  children?: { marker: Marker; items: ListItem[] };
}

/** Numbered (1.), lettered (a.) or dashed list with hanging indents. */
export interface ListBlock {
  kind: 'daftar';
  marker: Marker;
  items: ListItem[];
  indentMm?: number;
  align?: Align;
}

/** Aligned "label : value" rows (Nomor/Sifat/Lampiran/Hal, hari/tanggal/pukul/tempat, identity). */
export interface FieldsBlock {
  kind: 'rincian';
  rows: { label: string; value: Text }[];
  labelWidthMm: number;
  indentMm?: number;
  /** Width of the whole block in mm; default: the text width minus the indent. */
  widthMm?: number;
}

export interface TableColumn {
  header: string;
  /** Absolute width in mm: tables are fixed-layout so LibreOffice draws them like Word. */
  widthMm: number;
  align?: Align;
}

export interface TableBlock {
  kind: 'tabel';
  columns: TableColumn[];
  rows: Text[][];
  fontSizePt?: number;
  /**
   * Rows that may break across pages, by index (a long answer of a berita acara); every other row
   * moves whole to the next page. Absent: no row splits.
   */
  splitRows?: readonly boolean[];
}

/** Signature block on the right half: place/date lines, a.n./Plt. lines, jabatan, space, name, pangkat, NIP. */
export interface SignatureBlock {
  kind: 'tanda-tangan';
  /** e.g. ["Sukamaju, 23 November 2026"] or ["Ditetapkan di Sukamaju", "pada tanggal 23 November 2026"]. */
  tempatTanggal: string[];
  /** e.g. ["a.n. BUPATI SUKAMAJU", "Sekretaris Daerah,"] or ["BUPATI SUKAMAJU,"]. */
  jabatan: string[];
  nama: string;
  pangkat: string | null;
  /** Already formatted, e.g. "NIP. 19850312 201001 1 004"; null for the regional head. */
  nip: string | null;
}

/** One signer of a column of signatures: the space to sign, then the name (bold, underlined) and the lines below it. */
export interface ColumnSigner {
  /** Above the signing space, e.g. "1. Ketua"; absent for a column's only signer. */
  label?: string;
  nama: string;
  /** Below the name: pangkat, "NIP. …". */
  lines: string[];
}

/**
 * Signatures side by side in equal columns, none split from its heading by a page break (a berita
 * acara: the examinee on the left, the examining official or the team on the right).
 */
export interface SignatureColumnsBlock {
  kind: 'tanda-tangan-kolom';
  columns: { heading: string[]; signers: ColumnSigner[] }[];
}

export interface TembusanBlock {
  kind: 'tembusan';
  items: string[];
}

export interface DecreeList {
  lead?: Text;
  marker: Marker;
  items: Text[];
}

/** A decree part: "Menimbang : a. bahwa …", "KESATU : …". Label column, colon, content. */
export interface DecreePartBlock {
  kind: 'diktum';
  label: string;
  /** A paragraph, or a lettered/numbered list (optionally after a lead sentence). */
  content: Text | DecreeList;
  labelWidthMm?: number;
}

/** The heading of an attachment: a block on the right ("LAMPIRAN KEPUTUSAN …", "NOMOR …", "TENTANG …"). */
export interface AttachmentHeadBlock {
  kind: 'kepala-lampiran';
  rows: { label: string; value: string }[];
}

export interface PageBreakBlock {
  kind: 'halaman-baru';
}

export type Block =
  | KopBlock
  | ParagraphBlock
  | SpacerBlock
  | ListBlock
  | FieldsBlock
  | TableBlock
  | SignatureBlock
  | SignatureColumnsBlock
  | TembusanBlock
  | DecreePartBlock
  | AttachmentHeadBlock
  | PageBreakBlock;

export interface NaskahDinas {
  setup: PageSetup;
  title: string;
  blocks: Block[];
  /** "- 2 -" at the top centre from the second page on. */
  pageNumbers: boolean;
  /**
   * A stamp at the top of every page, e.g. for a letter whose number was voided: "BATAL" and why.
   * Never part of a letter as made; only a copy rebuilt from the archive carries it.
   */
  stempel?: { judul: string; keterangan: string };
  /**
   * The security class of a classified document (e.g. "RAHASIA"), printed in bold capitals at the top
   * and the bottom of every page.
   */
  kerahasiaan?: string;
}

/** Width of the text column in mm. */
export function textWidthMm(setup: PageSetup): number {
  return PAPER_MM[setup.paper].width - setup.margin.left - setup.margin.right;
}

export const runsOf = (t: Text): Run[] => (typeof t === 'string' ? [{ text: t }] : t);
export const plainText = (t: Text): string => runsOf(t).map((r) => r.text).join('');

/** "a", "b", … "z", "aa" for lettered lists. */
export function markerLabel(marker: Marker, index: number): string {
  if (marker === 'angka') return `${index + 1}.`;
  if (marker === 'strip') return '-';
  let n = index;
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${s}.`;
}
