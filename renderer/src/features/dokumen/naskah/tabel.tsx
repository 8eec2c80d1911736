import type { CSSProperties } from 'react';
import type { TableBlock } from '../../../../../shared/dokumen/model';
import { Runs } from './runs';
import { pt } from './style';
import type { Unit } from './units';

/**
 * Header and each row as separate one-row tables with the same fixed column widths, so rows can flow
 * to the next sheet; the header repeats on every sheet the table reaches (as in the docx).
 */
export function tableUnits(b: TableBlock, key: string): Unit[] {
  const total = b.columns.reduce((sum, c) => sum + c.widthMm, 0);
  const style: CSSProperties = { width: `${total}mm`, fontSize: pt(b.fontSizePt) };
  const cols = (
    <colgroup>
      {b.columns.map((c, i) => (
        <col key={i} style={{ width: `${c.widthMm}mm` }} />
      ))}
    </colgroup>
  );
  const header: Unit = {
    key: `${key}.h`,
    className: 'nd-table-unit',
    keepWithNext: true,
    node: (
      <table className="nd-table" style={style}>
        {cols}
        <thead>
          <tr>
            {b.columns.map((c, i) => (
              <th key={i}>{c.header}</th>
            ))}
          </tr>
        </thead>
      </table>
    ),
  };
  const rows = b.rows.map(
    (r, i): Unit => ({
      key: `${key}.${i}`,
      className: 'nd-table-unit',
      repeatHeader: header,
      // a row marked splittable (a long answer) may continue on the next sheet, as in the docx
      splittable: b.splitRows?.[i] === true,
      node: (
        <table className="nd-table" style={style}>
          {cols}
          <tbody>
            <tr>
              {b.columns.map((c, j) => (
                <td key={j} style={{ textAlign: c.align ?? 'left' }}>
                  <Runs text={r[j] ?? ''} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      ),
    }),
  );
  return [header, ...rows];
}
