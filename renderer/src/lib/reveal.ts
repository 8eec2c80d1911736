/**
 * How far to scroll a scroll area so that a popup under its field (a list of matches) is seen whole:
 * just enough to show its bottom, never so far that the field itself leaves the top. Screens of
 * 1366×768 leave the form little height, and the form's footer bar sits right below it.
 */
export function revealDelta(
  o: { fieldTop: number; popupBottom: number; viewTop: number; viewBottom: number },
  margin = 8,
): number {
  const needed = o.popupBottom + margin - o.viewBottom;
  if (needed <= 0) return 0;
  const room = o.fieldTop - margin - o.viewTop;
  return Math.max(0, Math.min(needed, room));
}

/** The nearest ancestor that scrolls vertically, or null. */
export function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** Scrolls the field's scroll area so `popup` (shown under `field`) is visible, keeping `field` visible. */
export function revealPopup(field: HTMLElement, popup: HTMLElement): void {
  const view = scrollParent(field);
  if (!view) return;
  const v = view.getBoundingClientRect();
  const delta = revealDelta({ fieldTop: field.getBoundingClientRect().top, popupBottom: popup.getBoundingClientRect().bottom, viewTop: v.top, viewBottom: v.bottom });
  if (delta > 0) view.scrollTop += delta;
}
