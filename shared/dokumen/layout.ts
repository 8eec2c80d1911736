import type { Logo, Marker } from './model';

/**
 * The measures of a naskah dinas, shared by the .docx renderer and the on-screen preview so both
 * draw the same letter. Millimetres unless the name says pt.
 */
export const LAYOUT = {
  /** Space after a paragraph when the block does not say (the letter's blank lines come from `spasi`). */
  paragraphAfterPt: 6,
  listItemAfterPt: 2,
  listParagraphAfterPt: 4,
  /** Width reserved for a list marker: "9." fits in 7 mm, "a." in 6.5 mm at 12 pt. */
  markerMm: { angka: 7, huruf: 6.5, strip: 5 } satisfies Record<Marker, number>,
  colonMm: 4,
  diktumLabelMm: 30,
  lampiranLabelMm: 24,
  lampiranMaxMm: 95,
  /** The signature block: this wide, at the right edge of the text column. */
  signatureMm: 85,
  /** Empty lines left for the wet signature and stamp. */
  signatureLines: 4,
  kopLogoColumnMm: 26,
  /** The logo fits in this box, keeping its proportions. */
  kopLogoBoxMm: { width: 24, height: 24 },
} as const;

/** The logo's printed size: as large as fits the kop box, in proportion. */
export function logoSizeMm(logo: Pick<Logo, 'widthPx' | 'heightPx'>): { width: number; height: number } {
  const box = LAYOUT.kopLogoBoxMm;
  const scale = Math.min(box.width / logo.widthPx, box.height / logo.heightPx);
  return { width: logo.widthPx * scale, height: logo.heightPx * scale };
}
