import type { CSSProperties } from 'react';
import { LAYOUT, logoSizeMm } from '../../../../../shared/dokumen/layout';
import type { KopBlock, Logo } from '../../../../../shared/dokumen/model';
import { pt } from './style';

// As the docx kop (electron/core/documents/docx/parts/kop.ts): a logo column, the logo at a fixed height.
const KOP_LOGO_COLUMN_MM = LAYOUT.kopLogoColumnMm;

export function logoSrc(logo: Logo): string {
  return `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${logo.base64}`;
}

/** The logo fitted to the kop box in proportion (as the docx inline image). */
function logoStyle(logo: Logo): CSSProperties {
  const size = logoSizeMm(logo);
  return { height: `${size.height}mm`, width: `${size.width}mm` };
}

/** Office kop: logo column left, lines centred beside it, thick-over-thin rule; regional head: emblem centred above. */
export function Kop({ block, baseSizePt }: { block: KopBlock; baseSizePt: number }) {
  const lines = block.lines.map((l, i) => (
    <div key={i} className={l.bold ? 'nd-b' : undefined} style={{ fontSize: pt(l.sizePt ?? baseSizePt) }}>
      {l.text}
    </div>
  ));
  const logo = block.logo ? <img className="nd-kop-logo" alt="" src={logoSrc(block.logo)} style={logoStyle(block.logo)} /> : null;
  if (block.style === 'kepala-daerah')
    return (
      <div className="nd-kop nd-kop-kepala" data-kop={block.style}>
        {logo}
        <div className="nd-kop-lines">{lines}</div>
      </div>
    );
  return (
    <div className="nd-kop nd-kop-dinas" data-kop={block.style}>
      <div className="nd-kop-row" style={{ gridTemplateColumns: `${KOP_LOGO_COLUMN_MM}mm minmax(0, 1fr)` }}>
        <div className="nd-kop-logo-cell">{logo}</div>
        <div className="nd-kop-lines">{lines}</div>
      </div>
      <div className="nd-kop-rule" aria-hidden="true" />
    </div>
  );
}
