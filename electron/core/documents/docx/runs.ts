import { TextRun } from 'docx';
import { runsOf, type Text } from '../../../../shared/dokumen/model';
import { halfPoints } from './units';

/** Text → runs; a "\n" inside a run is a line break, as in the preview. */
export function textRuns(text: Text, opts: { sizePt?: number; bold?: boolean } = {}): TextRun[] {
  return runsOf(text).flatMap((r) =>
    r.text.split('\n').map(
      (part, i) =>
        new TextRun({
          text: part,
          break: i > 0 ? 1 : undefined,
          bold: r.bold ?? opts.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          size: opts.sizePt ? halfPoints(opts.sizePt) : undefined,
        }),
    ),
  );
}
