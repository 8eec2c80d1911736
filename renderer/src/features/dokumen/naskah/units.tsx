import type { CSSProperties, ReactNode } from 'react';
import {
  markerLabel,
  textWidthMm,
  type Align,
  type AttachmentHeadBlock,
  type Block,
  type DecreeList,
  type DecreePartBlock,
  type FieldsBlock,
  type ListItem,
  type Marker,
  type PageSetup,
  type ParagraphBlock,
  type SignatureBlock,
  type SignatureColumnsBlock,
  type TembusanBlock,
  type Text,
} from '../../../../../shared/dokumen/model';
import { LAYOUT } from '../../../../../shared/dokumen/layout';
import { Kop } from './kop';
import { Runs } from './runs';
import { mm, pt } from './style';
import { tableUnits } from './tabel';

/**
 * A block is cut into units: the smallest pieces the preview may move to the next sheet
 * (a paragraph, one list item, one table row, the whole signature block …).
 */
export interface Unit {
  key: string;
  node: ReactNode;
  /** An explicit page break: not drawn, starts a new sheet. */
  pageBreak?: boolean;
  /** Moves to the next sheet together with the unit after it. */
  keepWithNext?: boolean;
  /** Extra class of the unit's wrapper (table rows share their borders through it). */
  className?: string;
  /** A table row: the header drawn again above it when it starts a sheet. */
  repeatHeader?: Unit;
  /** Running text, which may continue on the next sheet between two lines. */
  splittable?: boolean;
}

// The measures are the docx renderer's (shared/dokumen/layout), so both draw the same letter.
export const PARAGRAPH_AFTER_PT = LAYOUT.paragraphAfterPt;
const MARKER_MM = LAYOUT.markerMm;
const LIST_ITEM_AFTER_PT = LAYOUT.listItemAfterPt;
const LIST_PARAGRAPH_AFTER_PT = LAYOUT.listParagraphAfterPt;
const COLON_MM = LAYOUT.colonMm;
const DIKTUM_LABEL_MM = LAYOUT.diktumLabelMm;
const LAMPIRAN_LABEL_MM = LAYOUT.lampiranLabelMm;
const LAMPIRAN_MAX_MM = LAYOUT.lampiranMaxMm;
const SIGNATURE_MM = LAYOUT.signatureMm;


function paragraphUnit(b: ParagraphBlock, key: string): Unit {
  const style: CSSProperties = {
    textAlign: b.align ?? 'left',
    textIndent: mm(b.firstLineMm),
    marginLeft: mm(b.indentMm),
    // A centred paragraph with an indent is indented on both sides.
    marginRight: b.align === 'center' ? mm(b.indentMm) : undefined,
    marginTop: pt(b.beforePt),
    marginBottom: pt(b.afterPt ?? PARAGRAPH_AFTER_PT),
  };
  return {
    key,
    keepWithNext: b.keepWithNext,
    splittable: true,
    node: (
      <p className="nd-p" style={style}>
        <Runs text={b.text} />
      </p>
    ),
  };
}

/** One list item per unit, its extra paragraphs and nested items as units of their own (indented). */
function listUnits(items: readonly ListItem[], marker: Marker, indentMm: number, align: Align, key: string, out: Unit[]): void {
  const hang = MARKER_MM[marker];
  items.forEach((item, i) => {
    const k = `${key}.${i}`;
    out.push({ key: k, splittable: true, node: <ListLine marker={markerLabel(marker, i)} hangMm={hang} indentMm={indentMm} align={align} text={item.text} /> });
    item.paragraphs?.forEach((p, j) =>
      out.push({
        key: `${k}p${j}`,
        splittable: true,
        node: (
          <p className="nd-p" style={{ marginLeft: mm(indentMm + hang), textAlign: align, marginBottom: pt(LIST_PARAGRAPH_AFTER_PT) }}>
            <Runs text={p} />
          </p>
        ),
      }),
    );
    if (item.children) listUnits(item.children.items, item.children.marker, indentMm + hang, align, `${k}c`, out);
  });
}

/** A list line: the marker in its hanging indent, the text beside it. */
function ListLine({ marker, hangMm, indentMm, align, text }: { marker: string; hangMm: number; indentMm: number; align: Align; text: Text }) {
  return (
    <div className="nd-li" style={{ marginLeft: mm(indentMm), gridTemplateColumns: `${hangMm}mm minmax(0, 1fr)`, textAlign: align, marginBottom: pt(LIST_ITEM_AFTER_PT) }}>
      <span className="nd-marker">{marker}</span>
      <div>
        <Runs text={text} />
      </div>
    </div>
  );
}

function fieldsUnits(b: FieldsBlock, setup: PageSetup, key: string): Unit[] {
  const indent = b.indentMm ?? 0;
  const width = b.widthMm ?? textWidthMm(setup) - indent;
  return b.rows.map((row, i) => ({
    key: `${key}.${i}`,
    splittable: true,
    node: (
      <div className="nd-rincian" style={{ marginLeft: mm(indent), width: `${width}mm`, gridTemplateColumns: `${b.labelWidthMm}mm ${COLON_MM}mm minmax(0, 1fr)` }}>
        <span>{row.label}</span>
        <span>:</span>
        <span>
          <Runs text={row.value} />
        </span>
      </div>
    ),
  }));
}

function Signature({ b }: { b: SignatureBlock }) {
  return (
    <div className="nd-ttd" style={{ width: `${SIGNATURE_MM}mm` }}>
      {b.tempatTanggal.map((line, i) => (
        <div key={`t${i}`} className="nd-ttd-tempat">
          {line}
        </div>
      ))}
      {b.tempatTanggal.length ? <div className="nd-p" aria-hidden="true" /> : null}
      {b.jabatan.map((line, i) => (
        <div key={`j${i}`}>{line}</div>
      ))}
      <div className="nd-ttd-ruang" aria-hidden="true" />
      <div className="nd-b nd-u">{b.nama}</div>
      {b.pangkat ? <div>{b.pangkat}</div> : null}
      {b.nip ? <div>{b.nip}</div> : null}
    </div>
  );
}

/** Signatures side by side in equal columns (a berita acara); a column may hold a team, one signer under another. */
function SignatureColumns({ b }: { b: SignatureColumnsBlock }) {
  return (
    <div className="nd-ttd-kolom" style={{ display: 'grid', gridTemplateColumns: `repeat(${Math.max(1, b.columns.length)}, minmax(0, 1fr))`, textAlign: 'center' }}>
      {b.columns.map((c, i) => (
        <div key={i}>
          {c.heading.map((h, j) => (
            <div key={`h${j}`}>{h}</div>
          ))}
          {c.signers.map((s, j) => (
            <div key={`s${j}`} style={{ marginTop: j > 0 ? 'var(--nd-lh)' : undefined }}>
              {s.label ? <div>{s.label}</div> : null}
              <div className="nd-ttd-ruang" aria-hidden="true" />
              <div className="nd-b nd-u">{s.nama}</div>
              {s.lines.map((l, k) => (
                <div key={k}>{l}</div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** "Tembusan:" and the numbered recipients (their punctuation comes with the items). */
function Tembusan({ b }: { b: TembusanBlock }) {
  return (
    <div className="nd-tembusan">
      <div style={{ marginBottom: pt(LIST_ITEM_AFTER_PT) }}>Tembusan:</div>
      {b.items.map((item, i) => (
        <ListLine
          key={i}
          marker={markerLabel('angka', i)}
          hangMm={MARKER_MM.angka}
          indentMm={0}
          align="left"
          text={item}
        />
      ))}
    </div>
  );
}

const isDecreeList = (c: Text | DecreeList): c is DecreeList => typeof c === 'object' && !Array.isArray(c);

/** "Menimbang : a. bahwa …": the label and colon on the first row, list items below in the content column. */
function diktumUnits(b: DecreePartBlock, key: string): Unit[] {
  const columns = `${b.labelWidthMm ?? DIKTUM_LABEL_MM}mm ${COLON_MM}mm minmax(0, 1fr)`;
  const row = (k: string, first: boolean, content: ReactNode): Unit => ({
    key: k,
    splittable: true,
    node: (
      <div className="nd-diktum" style={{ gridTemplateColumns: columns }}>
        <span>{first ? b.label : ''}</span>
        <span>{first ? ':' : ''}</span>
        <div>{content}</div>
      </div>
    ),
  });
  if (!isDecreeList(b.content))
    return [
      row(
        key,
        true,
        <p className="nd-p" style={{ textAlign: 'justify', marginBottom: pt(PARAGRAPH_AFTER_PT) }}>
          <Runs text={b.content} />
        </p>,
      ),
    ];
  const list = b.content;
  const units: Unit[] = [];
  if (list.lead)
    units.push(
      row(
        `${key}.lead`,
        true,
        <p className="nd-p" style={{ textAlign: 'justify', marginBottom: pt(LIST_ITEM_AFTER_PT) }}>
          <Runs text={list.lead} />
        </p>,
      ),
    );
  list.items.forEach((item, i) =>
    units.push(row(`${key}.${i}`, !list.lead && i === 0, <ListLine marker={markerLabel(list.marker, i)} hangMm={MARKER_MM[list.marker]} indentMm={0} align="justify" text={item} />)),
  );
  return units;
}

/** "LAMPIRAN …/NOMOR …/TANGGAL …" at the right of the text column, one point smaller. */
function KepalaLampiran({ b, setup }: { b: AttachmentHeadBlock; setup: PageSetup }) {
  const width = Math.min(LAMPIRAN_MAX_MM, textWidthMm(setup));
  return (
    <div className="nd-lampiran" style={{ width: `${width}mm`, fontSize: pt(setup.fontSizePt - 1) }}>
      {b.rows.map((r, i) => (
        <div key={i} className="nd-lampiran-row" style={{ gridTemplateColumns: `${LAMPIRAN_LABEL_MM}mm ${COLON_MM}mm minmax(0, 1fr)` }}>
          <span>{r.label}</span>
          <span>:</span>
          <span>{r.value}</span>
        </div>
      ))}
    </div>
  );
}

/** Every block of the document as units, in order. */
export function unitsOf(blocks: readonly Block[], setup: PageSetup): Unit[] {
  const out: Unit[] = [];
  blocks.forEach((b, i) => {
    const key = `b${i}`;
    switch (b.kind) {
      case 'kop':
        out.push({ key, node: <Kop block={b} baseSizePt={setup.fontSizePt} /> });
        break;
      case 'paragraf':
        out.push(paragraphUnit(b, key));
        break;
      case 'spasi':
        out.push({ key, node: <div className="nd-spasi" style={{ height: `calc(var(--nd-lh) * ${b.lines})` }} /> });
        break;
      case 'daftar':
        listUnits(b.items, b.marker, b.indentMm ?? 0, b.align ?? 'justify', key, out);
        break;
      case 'rincian':
        out.push(...fieldsUnits(b, setup, key));
        break;
      case 'tabel':
        out.push(...tableUnits(b, key));
        break;
      case 'tanda-tangan':
        out.push({ key, node: <Signature b={b} /> });
        break;
      case 'tanda-tangan-kolom':
        out.push({ key, node: <SignatureColumns b={b} /> });
        break;
      case 'tembusan':
        out.push({ key, node: <Tembusan b={b} /> });
        break;
      case 'diktum':
        out.push(...diktumUnits(b, key));
        break;
      case 'kepala-lampiran':
        out.push({ key, node: <KepalaLampiran b={b} setup={setup} /> });
        break;
      case 'halaman-baru':
        out.push({ key, pageBreak: true, node: null });
        break;
    }
  });
  return out;
}
