import { Paragraph } from 'docx';
import type { TembusanBlock } from '../../../../../shared/dokumen/model';
import { textRuns } from '../runs';
import { pt } from '../units';
import { listParagraphs } from './daftar';

/** "Tembusan:" and the numbered recipients, at the bottom left after the signature. */
export function tembusanBlock(b: TembusanBlock): Paragraph[] {
  return [
    new Paragraph({ children: [] }),
    new Paragraph({ children: textRuns('Tembusan:'), spacing: { after: pt(2) } }),
    ...listParagraphs({ marker: 'angka', items: b.items.map((text) => ({ text })), align: 'left' }),
  ];
}
