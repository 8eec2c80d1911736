import { memo, useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Pegawai } from '../../../../shared/domain/pegawai';
import { STATUS_LABEL } from '../../../../shared/domain/pegawai';
import { Icon } from '../../components/Icon';
import { formatAngka, golonganLabel, namaLengkap, STATUS_SINGKAT, tampilNomor } from '../../lib/format';
import { usePrivasi, type Privasi } from '../../lib/privasi';
import type { PagedRows } from '../../lib/usePagedRows';
import type { SortField } from './query';

interface Column {
  key: string;
  label: string;
  sort?: SortField;
  /** `s` masks names and numbers in privacy mode. */
  render: (p: Pegawai, s: Privasi) => ReactNode;
  title?: (p: Pegawai, s: Privasi) => string | undefined;
}

const COLUMNS: Column[] = [
  { key: 'nip', label: 'NIP', sort: 'nip', render: (p, s) => renderNomor(p, s) },
  { key: 'nama', label: 'Nama', sort: 'nama', render: (p, s) => s.nama(namaLengkap(p)), title: (p, s) => s.nama(namaLengkap(p)) },
  { key: 'golongan', label: 'Pangkat/Gol', sort: 'golongan', render: (p) => golonganLabel(p.golongan) || dash, title: (p) => golonganLabel(p.golongan) || undefined },
  { key: 'jabatan', label: 'Jabatan', sort: 'jabatan', render: (p) => p.jabatan || dash, title: (p) => p.jabatan ?? undefined },
  { key: 'unit', label: 'Unit Kerja', sort: 'unit', render: (p) => p.unitKerjaNama || dash, title: (p) => p.unitKerjaNama ?? undefined },
  {
    key: 'status',
    label: 'Status',
    sort: 'status',
    render: (p) => <span className={`badge badge-status-${p.status.toLowerCase()}`}>{STATUS_SINGKAT[p.status]}</span>,
    title: (p) => STATUS_LABEL[p.status],
  },
  {
    key: 'aktif',
    label: 'Aktif',
    render: (p) => (p.aktif ? <span className="badge badge-aktif">Aktif</span> : <span className="badge badge-nonaktif">Nonaktif</span>),
  },
];

const dash = <span className="muted">—</span>;

function renderNomor(p: Pegawai, s: Privasi): ReactNode {
  const nomor = s.nip(tampilNomor(p));
  if (!nomor) return dash;
  if (p.jenisIdentitas === 'NIK' || p.jenisIdentitas === 'LAINNYA')
    return (
      <>
        {nomor} <span className="tag">{p.jenisIdentitas === 'NIK' ? 'NIK' : 'lain'}</span>
      </>
    );
  return nomor;
}

const ROW_HEIGHT = 40;
/** Height of the sticky header row (kept in step with .grid-head-row in the CSS). */
const HEADER_HEIGHT = 40;

interface Props {
  paged: PagedRows<Pegawai>;
  sort: SortField;
  desc: boolean;
  onSort: (field: SortField) => void;
  selectedIndex: number;
  selectedId: number | null;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  openId: number | null;
  empty: ReactNode;
}

/** All matching staff in one scrollable grid; only the rows on screen exist in the DOM. */
export function PegawaiTable({ paged, sort, desc, onSort, selectedIndex, selectedId, onSelect, onOpen, openId, empty }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = paged.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { setVisibleRange } = paged;
  useEffect(() => {
    setVisibleRange(first, last);
  }, [first, last, setVisibleRange]);

  // A new search or filter starts at the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [paged.queryKey, virtualizer]);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const move = (to: number) => {
      e.preventDefault();
      onSelect(Math.max(0, Math.min(count - 1, to)));
    };
    const cur = selectedIndex < 0 ? -1 : selectedIndex;
    // While the rows on screen still belong to the previous search, moving would land on the wrong row.
    if (paged.stale && e.key !== 'Enter') {
      if (['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'].includes(e.key)) e.preventDefault();
      return;
    }
    if (e.key === 'ArrowDown') move(cur + 1);
    else if (e.key === 'ArrowUp') move(cur <= 0 ? 0 : cur - 1);
    else if (e.key === 'PageDown') move(cur + pageRows);
    else if (e.key === 'PageUp') move(cur - pageRows);
    else if (e.key === 'Home' && (e.ctrlKey || cur >= 0)) move(0);
    else if (e.key === 'End' && (e.ctrlKey || cur >= 0)) move(count - 1);
    else if (e.key === 'Enter' && cur >= 0) {
      e.preventDefault();
      onOpen(cur);
    }
  };

  // Stable across renders so that memoised rows are not re-rendered while scrolling.
  const latest = useRef({ onSelect, onOpen });
  latest.current = { onSelect, onOpen };
  const onRowClick = useCallback((index: number) => {
    const { onSelect: select, onOpen: open } = latest.current;
    select(index);
    open(index);
  }, []);

  const activeId = selectedIndex >= 0 && items.some((i) => i.index === selectedIndex) ? `pg-row-${selectedIndex}` : undefined;

  return (
    <div
      ref={scroller}
      className={`grid-scroller${paged.stale ? ' is-stale' : ''}`}
      role="grid"
      aria-label="Daftar pegawai"
      aria-rowcount={count + 1}
      aria-colcount={COLUMNS.length + 1}
      aria-activedescendant={activeId}
      aria-busy={paged.loading || undefined}
      data-testid="tabel-pegawai"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="grid-header" role="rowgroup">
        <div className="grid-row grid-head-row" role="row" aria-rowindex={1}>
          <div className="grid-cell col-no" role="columnheader">
            No
          </div>
          {COLUMNS.map((c) => {
            const active = c.sort === sort;
            return (
              <div
                key={c.key}
                className={`grid-cell col-${c.key}`}
                role="columnheader"
                aria-sort={active ? (desc ? 'descending' : 'ascending') : c.sort ? 'none' : undefined}
              >
                {c.sort ? (
                  <button
                    type="button"
                    className={`sort-button${active ? ' is-active' : ''}`}
                    tabIndex={-1}
                    onClick={() => onSort(c.sort!)}
                    title={`Urutkan menurut ${c.label}`}
                  >
                    {c.label}
                    <Icon name={active ? (desc ? 'arrowDown' : 'arrowUp') : 'sort'} size={13} className="sort-icon" />
                  </button>
                ) : (
                  c.label
                )}
              </div>
            );
          })}
        </div>
      </div>
      {count === 0 && paged.total !== null && !paged.stale ? (
        <div className="grid-empty">{empty}</div>
      ) : (
        <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const p = paged.rowAt(item.index);
            return (
              <GridRow
                key={item.key}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                p={p}
                selected={item.index === selectedIndex && (selectedId === null || p?.id === selectedId)}
                open={!!p && p.id === openId}
                onClick={onRowClick}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}

interface RowProps {
  index: number;
  top: number;
  p: Pegawai | undefined;
  selected: boolean;
  open: boolean;
  onClick: (index: number) => void;
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const GridRow = memo(function GridRow({ index, top, p, selected, open, onClick }: RowProps) {
  const s = usePrivasi();
  return (
    <div
      id={`pg-row-${index}`}
      className={`grid-row${selected ? ' is-selected' : ''}${open ? ' is-open' : ''}${p && !p.aktif ? ' is-inactive' : ''}${p ? '' : ' is-placeholder'}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-busy={p ? undefined : true}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onClick(index)}
    >
      <div className="grid-cell col-no num" role="gridcell">
        {formatAngka(index + 1)}
      </div>
      {COLUMNS.map((c) => (
        <div key={c.key} className={`grid-cell col-${c.key}`} role="gridcell" title={p ? c.title?.(p, s) : undefined}>
          {p ? c.render(p, s) : <span className="skeleton" aria-hidden="true" />}
        </div>
      ))}
    </div>
  );
});
