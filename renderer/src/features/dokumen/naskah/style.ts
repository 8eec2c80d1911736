import type { CSSProperties } from 'react';
import type { PageSetup } from '../../../../../shared/dokumen/model';

export const PX_PER_MM = 96 / 25.4;
/** Word's "single" line spacing is about 1.15 times the font size for these fonts. */
const SINGLE_LINE = 1.15;

/** The font named in the document first, then look-alikes that are likely installed (as LibreOffice substitutes them). */
const FONT_STACKS: Record<string, string> = {
  Arial: "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif",
  'Bookman Old Style': "'Bookman Old Style', 'URW Bookman', 'URW Bookman L', 'TeX Gyre Bonum', Bookman, serif",
  'Times New Roman': "'Times New Roman', 'Liberation Serif', Tinos, Times, serif",
};

export const fontStack = (font: string) => FONT_STACKS[font] ?? `'${font}', serif`;

/**
 * Font, size and line height of the document's text. The line height is relative, as Word's "auto"
 * spacing: a 15 pt kop line is taller than a 12 pt body line. `--nd-lh` is one body line (blank lines).
 */
export function textStyle(setup: PageSetup): CSSProperties {
  return {
    fontFamily: fontStack(setup.font),
    fontSize: `${setup.fontSizePt}pt`,
    lineHeight: (SINGLE_LINE * setup.lineSpacing).toFixed(3),
    ['--nd-lh' as string]: `${(setup.fontSizePt * SINGLE_LINE * setup.lineSpacing).toFixed(2)}pt`,
  };
}

export const mm = (n: number | undefined) => (n ? `${n}mm` : undefined);
export const pt = (n: number | undefined) => (n === undefined ? undefined : `${n}pt`);
