import { describe, expect, it } from 'vitest';
import { potongLabel } from '../../../renderer/src/components/BarChart';

describe('chart category labels', () => {
  it.each([
    ['Dinas Pendidikan', 'Dinas Pendidikan'],
    ['Kampanye/sosialisasi di media sosial', 'Kampanye/sosialisasi di media sos…'],
    ['Melakukan pendekatan/mendaftarkan diri ke partai politik', 'Melakukan pendekatan/mendaftarkan…'],
    ['x'.repeat(34), 'x'.repeat(34)],
  ])('%s → %s (the axis is cut with an ellipsis, never mid-clip)', (label, shown) => {
    expect(potongLabel(label)).toBe(shown);
    expect(potongLabel(label).length).toBeLessThanOrEqual(34);
  });
});
