/** What pagination needs to know about a unit. */
export interface Measured {
  height: number;
  pageBreak?: boolean | undefined;
  keepWithNext?: boolean | undefined;
  /** Index of a unit to repeat above this one when it starts a sheet (a table's header row). */
  header?: number | undefined;
  /** Height of one line when the unit is running text that may continue on the next sheet. */
  lineHeight?: number | undefined;
}

/** A unit on a sheet; a split unit shows only the lines from `from` (and `height` of them when cut below too). */
export interface Placement {
  index: number;
  from?: number;
  height?: number;
}

/** As Word's widow/orphan control: at least two lines of a split paragraph on either sheet. */
const MIN_LINES = 2;

/**
 * Distributes units over sheets of `pageHeight` (same unit as the heights): greedily, starting a new
 * sheet at explicit breaks and when a unit does not fit. Running text is split between whole lines;
 * other units move whole, taking along the units before them that must stay with them; a table row
 * that starts a sheet gets its header again. A unit taller than a sheet that cannot split overflows it.
 */
export function paginate(units: readonly Measured[], pageHeight: number): Placement[][] {
  const pages: Placement[][] = [[]];
  let used = 0;
  const heightOf = (i: number) => units[i]?.height ?? 0;
  const current = () => pages[pages.length - 1]!;

  const newPage = (carried: Placement[] = []) => {
    const first = carried[0] === undefined ? undefined : units[carried[0].index];
    const page = first?.header !== undefined ? [{ index: first.header }, ...carried] : carried;
    pages.push(page);
    used = page.reduce((sum, p) => sum + heightOf(p.index), 0);
  };

  units.forEach((u, i) => {
    if (u.pageBreak) {
      newPage();
      return;
    }
    if (used + u.height > pageHeight && current().length > 0) {
      // Running text: fill the sheet with whole lines and continue on the next.
      const lh = u.lineHeight ?? 0;
      let from = 0;
      if (lh > 0) {
        const lines = Math.round(u.height / lh);
        let done = 0;
        let room = pageHeight - used;
        for (;;) {
          // Whole lines that fit, leaving at least MIN_LINES for the next sheet.
          const fit = Math.min(Math.floor(room / lh), lines - done - MIN_LINES);
          if (fit < MIN_LINES) break;
          current().push({ index: i, from: done * lh, height: fit * lh });
          done += fit;
          newPage();
          room = pageHeight;
          if (u.height - done * lh <= pageHeight) break;
        }
        from = done * lh;
      }
      if (from > 0) {
        current().push({ index: i, from });
        used += u.height - from;
        return;
      }
      // Take along the units at the end of the sheet that must stay with this one (never the whole sheet).
      const page = current();
      let keep = 0;
      while (keep < page.length - 1 && units[page[page.length - 1 - keep]!.index]?.keepWithNext) keep++;
      newPage(page.splice(page.length - keep, keep));
    }
    if (current().length === 0 && pages.length > 1 && u.header !== undefined) {
      current().push({ index: u.header });
      used += heightOf(u.header);
    }
    current().push({ index: i });
    used += u.height;
  });
  return pages;
}
