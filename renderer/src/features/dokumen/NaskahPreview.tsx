import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PAPER_MM, textWidthMm, type NaskahDinas } from '../../../../shared/dokumen/model';
import { paginate, type Placement } from './naskah/paginate';
import { PX_PER_MM, textStyle } from './naskah/style';
import { unitsOf, type Unit } from './naskah/units';
import './naskah-preview.css';

interface Props {
  naskah: NaskahDinas;
  /** Dims the sheets while a newer version is being prepared. */
  stale?: boolean;
  testId?: string;
}

const MAX_ZOOM = 1.25;
/** The docx header (with the page number) sits 10 mm from the top edge. */
const PAGE_NUMBER_TOP_MM = 10;
const SIDE_GAP_PX = 32;
/** The security class takes the header's first line; the page number comes under it, as in the docx. */
const KELAS_LINE_MM = 5;

/** Splits at explicit page breaks only: the layout until the units have been measured. */
function byExplicitBreaks(units: readonly Unit[]): Placement[][] {
  const pages: Placement[][] = [[]];
  units.forEach((u, index) => (u.pageBreak ? pages.push([]) : pages[pages.length - 1]!.push({ index })));
  return pages;
}

function UnitView({ unit }: { unit: Unit }) {
  return <div className={unit.className ? `nd-unit ${unit.className}` : 'nd-unit'}>{unit.node}</div>;
}

/** A unit on a sheet: whole, or the lines of a split paragraph that fall on this sheet. */
function PlacedUnit({ unit, placement }: { unit: Unit; placement: Placement }) {
  if (placement.from === undefined) return <UnitView unit={unit} />;
  return (
    <div className="nd-potong" style={{ height: placement.height === undefined ? undefined : `${placement.height}px` }}>
      <div style={{ marginTop: `${-placement.from}px` }}>
        <UnitView unit={unit} />
      </div>
    </div>
  );
}

/** One body line of a unit in px, when it is running text that may be split. */
function lineHeightOf(unit: Unit, el: HTMLElement | undefined): number | undefined {
  if (!unit.splittable || !el) return undefined;
  const lh = Number.parseFloat(getComputedStyle(el).lineHeight);
  return Number.isFinite(lh) && lh > 0 ? lh : undefined;
}

/**
 * A naskah dinas drawn as paper sheets: paper size and margins in millimetres, the document's font,
 * scaled to the panel's width. Sheets break at explicit page breaks and, approximately, where the
 * content no longer fits (measured on screen, not by the word processor).
 */
export function NaskahPreview({ naskah, stale, testId = 'pratinjau-naskah' }: Props) {
  const { setup } = naskah;
  const paper = PAPER_MM[setup.paper];
  const units = useMemo(() => unitsOf(naskah.blocks, setup), [naskah.blocks, setup]);
  const style = useMemo(() => textStyle(setup), [setup]);
  const contentHeightPx = (paper.height - setup.margin.top - setup.margin.bottom) * PX_PER_MM;

  const scrollerRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const [layout, setLayout] = useState<{ units: Unit[]; height: number; pages: Placement[][] } | null>(null);
  const [fontsReady, setFontsReady] = useState(0);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const update = () => setAvailable(el.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Fonts that arrive late change line breaks: measure again once they are there.
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => live && setFontsReady((n) => n + 1));
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    const root = measureRef.current;
    if (!root) return;
    const wrappers = [...root.children] as HTMLElement[];
    const indexOf = new Map(units.map((u, i) => [u, i]));
    const measured = units.map((u, i) => ({
      height: wrappers[i]?.getBoundingClientRect().height ?? 0,
      pageBreak: u.pageBreak,
      keepWithNext: u.keepWithNext,
      header: u.repeatHeader ? indexOf.get(u.repeatHeader) : undefined,
      lineHeight: lineHeightOf(u, wrappers[i]),
    }));
    setLayout({ units, height: contentHeightPx, pages: paginate(measured, contentHeightPx) });
  }, [units, contentHeightPx, style, fontsReady]);

  const pages = layout && layout.units === units && layout.height === contentHeightPx ? layout.pages : byExplicitBreaks(units);
  const zoom = available > 0 ? Math.max(0.2, Math.min(MAX_ZOOM, (available - SIDE_GAP_PX) / (paper.width * PX_PER_MM))) : 1;
  const { top, right, bottom, left } = setup.margin;
  const textWidth = textWidthMm(setup);

  return (
    <div className={`naskah-preview${stale ? ' is-stale' : ''}`} data-testid={testId} data-halaman={pages.length} ref={scrollerRef}>
      <p className="naskah-note">
        Pratinjau · {pages.length} halaman {setup.paper} · batas halaman hanya perkiraan
      </p>
      <div className="naskah-sheets" style={{ zoom }}>
        {pages.map((placements, p) => (
          <section
            key={p}
            className="naskah-halaman"
            aria-label={`Halaman ${p + 1}`}
            style={{ ...style, width: `${paper.width}mm`, minHeight: `${paper.height}mm`, padding: `${top}mm ${right}mm ${bottom}mm ${left}mm` }}
          >
            {naskah.kerahasiaan ? (
              <>
                <div className="naskah-kerahasiaan" style={{ top: `${PAGE_NUMBER_TOP_MM}mm` }}>
                  {naskah.kerahasiaan.toUpperCase()}
                </div>
                <div className="naskah-kerahasiaan" style={{ bottom: `${PAGE_NUMBER_TOP_MM}mm` }}>
                  {naskah.kerahasiaan.toUpperCase()}
                </div>
              </>
            ) : null}
            {naskah.pageNumbers && p > 0 ? (
              <div className="naskah-nomor-halaman" style={{ top: `${PAGE_NUMBER_TOP_MM + (naskah.kerahasiaan ? KELAS_LINE_MM : 0)}mm` }}>
                - {p + 1} -
              </div>
            ) : null}
            <div className="naskah-isi" style={{ width: `${textWidth}mm` }}>
              {placements.map((p) => {
                const u = units[p.index];
                return u ? <PlacedUnit key={`${u.key}@${p.from ?? 0}`} unit={u} placement={p} /> : null;
              })}
            </div>
          </section>
        ))}
      </div>
      {/* Invisible, unscaled copy of the text column, to measure each unit's height. */}
      <div className="naskah-ukur" aria-hidden="true">
        <div className="naskah-isi" ref={measureRef} style={{ ...style, width: `${textWidth}mm` }}>
          {units.map((u) => (
            <UnitView key={u.key} unit={u} />
          ))}
        </div>
      </div>
    </div>
  );
}
