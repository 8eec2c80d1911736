import { describe, expect, it } from 'vitest';
import { revealDelta } from '../../../renderer/src/lib/reveal';

describe('revealDelta', () => {
  const view = { viewTop: 200, viewBottom: 680 };
  it('does not scroll when the popup is already seen whole', () => {
    expect(revealDelta({ ...view, fieldTop: 300, popupBottom: 600 })).toBe(0);
  });
  it('scrolls just enough to show the bottom of the popup, with a margin', () => {
    expect(revealDelta({ ...view, fieldTop: 600, popupBottom: 900 })).toBe(228);
  });
  it('never scrolls the field out at the top: a popup taller than the area stops at the field', () => {
    expect(revealDelta({ ...view, fieldTop: 300, popupBottom: 1400 })).toBe(92);
    expect(revealDelta({ ...view, fieldTop: 205, popupBottom: 1400 })).toBe(0);
  });
});
