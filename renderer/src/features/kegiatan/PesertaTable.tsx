import { memo, useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PesertaKegiatan } from '../../../../shared/contract/kegiatan';
import { formatNip } from '../../../../shared/domain/nip';
import { Icon } from '../../components/Icon';
import { formatAngka } from '../../lib/format';
import type { PagedRows } from '../../lib/usePagedRows';
import { kelasHadir, pukulDari, STATUS_HADIR_LABEL, waktuSingkat } from './format';
import { usePrivasi } from '../../lib/privasi';

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 36;

interface Props {
  paged: PagedRows<PesertaKegiatan>;
  onHapus: (p: PesertaKegiatan) => void;
  /** Gives one absent participant a reason (izin, sakit …). */
  onTandai: (p: PesertaKegiatan) => void;
  /** The event takes no more changes. */
  terkunci: boolean;
  empty: ReactNode;
}

/** The participants, thousands of them: only the rows on screen exist in the DOM, pages fetched as they come into view. */
export function PesertaTable({ paged, onHapus, onTandai, terkunci, empty }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = paged.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { setVisibleRange } = paged;
  useEffect(() => {
    setVisibleRange(first, last);
  }, [first, last, setVisibleRange]);
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [paged.queryKey, virtualizer]);

  return (
    <div
      ref={scroller}
      className={`grid-scroller peserta-grid${paged.stale ? ' is-stale' : ''}`}
      role="table"
      aria-label="Daftar peserta"
      aria-rowcount={count + 1}
      aria-busy={paged.loading || undefined}
      data-testid="tabel-peserta"
      tabIndex={0}
    >
      <div className="grid-header" role="rowgroup">
        <div className="grid-row grid-head-row peserta-row" role="row">
          <div className="grid-cell col-no" role="columnheader">
            No
          </div>
          <div className="grid-cell" role="columnheader">
            Nama / NIP
          </div>
          <div className="grid-cell" role="columnheader">
            Jabatan
          </div>
          <div className="grid-cell" role="columnheader">
            Unit kerja
          </div>
          <div className="grid-cell" role="columnheader">
            Kehadiran
          </div>
          <div className="grid-cell" role="columnheader">
            Keterangan
          </div>
          <div className="grid-cell" role="columnheader">
            <span className="sr-only">Tindakan</span>
          </div>
        </div>
      </div>
      {count === 0 && paged.total !== null && !paged.stale ? (
        <div className="grid-empty">{empty}</div>
      ) : (
        <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <Baris key={item.key} index={item.index} top={item.start - HEADER_HEIGHT} p={paged.rowAt(item.index)} onHapus={onHapus} onTandai={onTandai} terkunci={terkunci} />
          ))}
        </div>
      )}
    </div>
  );
}

interface BarisProps {
  index: number;
  top: number;
  p: PesertaKegiatan | undefined;
  onHapus: (p: PesertaKegiatan) => void;
  onTandai: (p: PesertaKegiatan) => void;
  terkunci: boolean;
}

const Baris = memo(function Baris({ index, top, p, onHapus, onTandai, terkunci }: BarisProps) {
  const s = usePrivasi();
  const cell = (content: ReactNode, title?: string | null) => (
    <div className="grid-cell" role="cell" title={title ?? undefined}>
      {p ? content : <span className="skeleton" aria-hidden="true" />}
    </div>
  );
  const h = p?.kehadiran ?? null;
  return (
    <div
      className={`grid-row peserta-row${p ? '' : ' is-placeholder'}`}
      role="row"
      aria-rowindex={index + 2}
      data-testid={p ? `peserta-${p.id}` : undefined}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <div className="grid-cell col-no num" role="cell">
        {formatAngka(index + 1)}
      </div>
      {cell(
        p ? (
          <div className="cell-2">
            <span className="strong">{s.nama(p.nama)}</span>
            <span className="muted small">{p.nip ? s.nip(formatNip(p.nip)) : p.tamu ? 'Tamu' : p.nik ? s.nip(p.nik) : '—'}</span>
          </div>
        ) : null,
        p ? s.nama(p.nama) : null,
      )}
      {cell(p?.jabatan || <span className="muted">—</span>, p?.jabatan)}
      {cell(
        p ? (
          <div className="cell-2">
            <span>{p.unitInduk}</span>
            {p.unitKerja && p.unitKerja !== p.unitInduk ? <span className="muted small">{p.unitKerja}</span> : null}
          </div>
        ) : null,
        p ? [p.unitInduk, p.unitKerja].filter(Boolean).join(' › ') : null,
      )}
      {cell(
        <span className={`badge ${kelasHadir(h?.status ?? null)}`} data-testid="status-hadir">
          {h ? `${STATUS_HADIR_LABEL[h.status]}${h.status === 'hadir' || h.status === 'terlambat' ? ` ${pukulDari(h.waktu)}` : ''}` : 'Belum'}
        </span>,
        h ? `${STATUS_HADIR_LABEL[h.status]} · ${waktuSingkat(h.waktu)} · ${h.meja}` : null,
      )}
      {cell(
        p ? (
          <span className="small">
            {p.tamu ? <span className="tag">tamu</span> : null}
            {p.sumber === 'manual' ? <span className="tag">manual</span> : null}
            {p.ditambahAt ? (
              <span className="badge badge-ditambah" data-testid="ditambahkan">
                ditambahkan {waktuSingkat(p.ditambahAt)}
              </span>
            ) : null}
          </span>
        ) : null,
      )}
      <div className="grid-cell row-actions" role="cell">
        {p && !terkunci && p.kehadiran === null ? (
          <button type="button" className="btn-icon btn-icon-sm" aria-label={`Keterangan tidak hadir ${p.nama}`} title="Keterangan tidak hadir (izin, sakit, dinas luar …)" onClick={() => onTandai(p)}>
            <Icon name="edit" size={14} />
          </button>
        ) : null}
        {p && !terkunci ? (
          <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus ${p.nama} dari peserta`} title="Hapus dari peserta" onClick={() => onHapus(p)}>
            <Icon name="trash" size={14} />
          </button>
        ) : null}
      </div>
    </div>
  );
});
