/**
 * A native Word chart (DrawingML chartSpace) for the laporan kegiatan: a horizontal bar chart
 * with its values cached in the part itself, so Word and LibreOffice both draw it without an
 * embedded workbook and the clerk can still restyle it in Word. docx (the library) has no chart
 * support, so the part, its relationship, its content type and the inline drawing are added to the
 * package after docx packs it (bagian.ts writeDocx).
 */
import { escapeXml } from '../batch/tokens';

export interface GrafikBatang {
  /** One bar per category, top to bottom. */
  kategori: readonly string[];
  seri: { nama: string; nilai: readonly number[]; warna: string }[];
  /** Value axis maximum (100 for percentages); default: automatic. */
  maks?: number;
  /** Excel number format of the values and the axis, e.g. '0.0"%"'. */
  format?: string;
  /** The value axis's format (default: `format`). */
  formatSumbu?: string;
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const CHART_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const EMU_PER_MM = 36_000;

const txPr = (sz: number) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${sz}"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>`;

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: readonly number[], format: string): string {
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${Number.isFinite(v) ? v : 0}</c:v></c:pt>`)
    .join('')}</c:numCache>`;
}

/** The chart part (word/charts/chartN.xml). */
export function chartXml(g: GrafikBatang): string {
  const n = g.kategori.length;
  const col = (i: number) => String.fromCharCode(66 + i); // B, C, …: where a workbook would hold the values
  const format = g.format ?? 'General';
  const series = g.seri
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>Sheet1!$${col(i)}$1</c:f>${strCache([s.nama])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.warna}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(800)}<c:dLblPos val="outEnd"/>` +
        `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${n + 1}</c:f>${strCache(g.kategori)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>Sheet1!$${col(i)}$2:$${col(i)}$${n + 1}</c:f>${numCache(s.nilai, format)}</c:numRef></c:val></c:ser>`,
    )
    .join('');
  const max = g.maks !== undefined ? `<c:max val="${g.maks}"/><c:min val="0"/>` : '<c:min val="0"/>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:lang val="id-ID"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    // Categories top to bottom in the given order; the value axis then crosses at the last one (the bottom).
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(800)}<c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/>${max}</c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${escapeXml(g.formatSumbu ?? format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(800)}<c:crossAx val="5001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${g.seri.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(800)}</c:legend>` : ''}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>`
  );
}

/** The run that shows the chart inline, `widthMm` × `heightMm`. */
export function chartRun(relId: string, docPrId: number, widthMm: number, heightMm: number, name: string): string {
  const cx = Math.round(widthMm * EMU_PER_MM);
  const cy = Math.round(heightMm * EMU_PER_MM);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${docPrId}" name="${escapeXml(name)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r>`
  );
}

/** Adds the chart's relationship to word/_rels/document.xml.rels. */
export const withChartRelationship = (rels: string, relId: string, target: string) =>
  rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${CHART_REL_TYPE}" Target="${target}"/></Relationships>`);

/** Declares the chart part in [Content_Types].xml. */
export const withChartContentType = (types: string, partName: string) =>
  types.replace('</Types>', `<Override PartName="${partName}" ContentType="${CHART_CONTENT_TYPE}"/></Types>`);

/** Height that gives each bar room for its label: 8 mm a category plus the axis, within 45–200 mm. */
export const chartHeightMm = (categories: number) => Math.min(200, Math.max(45, 18 + 8 * categories));
