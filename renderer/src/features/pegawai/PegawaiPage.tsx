import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Pegawai } from '../../../../shared/domain/pegawai';
import { ApiError, call, transport } from '../../api/client';
import { useJob } from '../../lib/useJob';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { ImportWizard } from '../impor/ImportWizard';
import { errorMessage } from '../../lib/errors';
import { formatAngka, namaLengkap } from '../../lib/format';
import { useSearchShortcut } from '../../lib/layers';
import { useDebounced } from '../../lib/useDebounced';
import { usePagedRows, type FetchPage } from '../../lib/usePagedRows';
import { useUnits } from '../../lib/units';
import { PegawaiDetail } from './PegawaiDetail';
import { PegawaiFilters, SortControl } from './PegawaiFilters';
import { PegawaiForm } from './PegawaiForm';
import { PegawaiTable } from './PegawaiTable';
import { DEFAULT_FILTER, isFiltered, type PegawaiFilter, type SortField } from './query';
import './pegawai.css';
import { usePrivasi } from '../../lib/privasi';

const fetchPage: FetchPage<PegawaiFilter, Pegawai> = (q, offset, limit) => call('pegawai.list', { ...q, offset, limit });

interface Props {
  filter: PegawaiFilter;
  setFilter: (update: (f: PegawaiFilter) => PegawaiFilter) => void;
}

type FormState = { pegawai: Pegawai | null } | null;

export function PegawaiPage({ filter, setFilter }: Props) {
  const toast = useToast();
  const confirm = useConfirm();
  const privasi = usePrivasi();
  const units = useUnits();
  const searchRef = useRef<HTMLInputElement>(null);
  const gridFocus = useRef<() => void>(() => {});
  useSearchShortcut(searchRef);

  // The search text is applied 150 ms after the last keystroke, or at once on Enter.
  const debounced = useDebounced(filter.text, 150);
  const [flushed, setFlushed] = useState<string | null>(null);
  const text = flushed === filter.text ? flushed : debounced;
  const query = useMemo<PegawaiFilter>(() => ({ ...filter, text }), [filter, text]);
  const paged = usePagedRows(query, fetchPage);

  const [selectedIndex, setSelectedIndex] = useState(-1);
  // The id at the selected index when it was chosen: after a reload another row may sit there.
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [detail, setDetail] = useState<Pegawai | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const exportJob = useJob();
  const exportProgress = exportJob.progress;
  const [toggling, setToggling] = useState(false);

  // A new query: the old selection index means another row now.
  const [lastKey, setLastKey] = useState(paged.queryKey);
  // Enter in the search box selects the first row of the new results.
  const [selectFirst, setSelectFirst] = useState(false);
  if (lastKey !== paged.queryKey) {
    setLastKey(paged.queryKey);
    setSelectedIndex(selectFirst ? 0 : -1);
    setSelectedId(null);
    setSelectFirst(false);
  }

  const patch = useCallback((p: Partial<PegawaiFilter>) => setFilter((f) => ({ ...f, ...p })), [setFilter]);

  const onSort = (field: SortField) => patch(filter.sort === field ? { desc: !filter.desc } : { sort: field, desc: false });

  const onSelect = (index: number) => {
    setSelectedIndex(index);
    setSelectedId(paged.stale ? null : (paged.rowAt(index)?.id ?? null));
    if (detail) {
      const p = paged.rowAt(index);
      if (p) setDetail(p);
    }
  };
  // Opening a row that is still loading (or belongs to the previous search) waits for its data.
  const pendingOpen = useRef<number | null>(null);
  const onOpen = (index: number) => {
    const p = paged.stale ? undefined : paged.rowAt(index);
    if (p) {
      pendingOpen.current = null;
      setDetail(p);
    } else pendingOpen.current = index;
  };
  useEffect(() => {
    if (pendingOpen.current === null || paged.stale) return;
    if (paged.total !== null && pendingOpen.current >= paged.total) {
      pendingOpen.current = null;
      return;
    }
    const p = paged.rowAt(pendingOpen.current);
    if (p) {
      pendingOpen.current = null;
      setDetail(p);
    }
  }, [paged, paged.version, paged.stale]);

  const refresh = () => {
    paged.reload();
    void units.reload();
  };

  const onSaved = (p: Pegawai, created: boolean) => {
    setForm(null);
    setDetail(p);
    refresh();
    toast.success(created ? `Pegawai ${privasi.nama(namaLengkap(p))} ditambahkan.` : `Perubahan data ${privasi.nama(namaLengkap(p))} disimpan.`);
  };

  const toggleAktif = async () => {
    if (!detail) return;
    const p = detail;
    const nama = privasi.nama(namaLengkap(p));
    const ok = await confirm(
      p.aktif
        ? {
            title: 'Nonaktifkan pegawai?',
            message: (
              <>
                <strong>{nama}</strong> tidak lagi tampil di daftar pegawai aktif. Datanya tetap tersimpan dan dapat diaktifkan kembali.
              </>
            ),
            confirmLabel: 'Nonaktifkan',
            danger: true,
          }
        : {
            title: 'Aktifkan pegawai?',
            message: (
              <>
                <strong>{nama}</strong> akan tampil kembali di daftar pegawai aktif.
              </>
            ),
            confirmLabel: 'Aktifkan',
          },
    );
    if (!ok) return;
    setToggling(true);
    try {
      const updated = await call('pegawai.setAktif', { id: p.id, aktif: !p.aktif });
      setDetail(updated);
      refresh();
      toast.success(updated.aktif ? `${nama} diaktifkan kembali.` : `${nama} dinonaktifkan.`);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setToggling(false);
    }
  };

  const exportExcel = async () => {
    setExporting(true);
    try {
      const { text: t, unitKerjaId, status, golongan, jenisJabatan, aktif, sort, desc } = filter;
      const out = await exportJob.run((jobId) => call('pegawai.export', { text: t, unitKerjaId, status, golongan, jenisJabatan, aktif, sort, desc, jobId }));
      const saved = await transport.saveFile(out.file, out.fileName);
      if (saved) toast.success(`${formatAngka(out.rows)} pegawai diekspor ke ${out.fileName}.`);
    } catch (e) {
      toast.error(e instanceof ApiError && e.data.code === 'DIBATALKAN' ? e.message : `Ekspor gagal: ${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && filter.text) {
      e.preventDefault();
      patch({ text: '' });
    } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      setFlushed(filter.text);
      if (filter.text !== text) setSelectFirst(true);
      else if (selectedIndex < 0) onSelect(0);
      gridFocus.current();
    }
  };

  const filtered = isFiltered(filter);
  const empty = filtered ? (
    <div className="empty-state">
      <Icon name="search" size={28} />
      <p className="empty-title">Tidak ada pegawai yang cocok.</p>
      <p className="muted">Periksa ejaan kata pencarian, atau longgarkan filter.</p>
      <button type="button" className="btn" onClick={() => patch({ ...DEFAULT_FILTER, sort: filter.sort, desc: filter.desc })}>
        Reset filter
      </button>
    </div>
  ) : (
    <div className="empty-state">
      <Icon name="users" size={28} />
      <p className="empty-title">Belum ada data pegawai.</p>
      <p className="muted">Impor daftar pegawai dari Excel (misalnya ekspor SIASN), atau tambahkan satu per satu.</p>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary" onClick={() => setImporting(true)}>
          <Icon name="upload" /> Impor Excel/CSV
        </button>
        <button type="button" className="btn" onClick={() => setForm({ pegawai: null })}>
          <Icon name="plus" /> Tambah Pegawai
        </button>
      </div>
    </div>
  );

  return (
    <div className="page">
      <PageHeader
        title="Pegawai"
        subtitle="Data pegawai ASN dan Non-ASN pemerintah daerah"
        actions={
          <>
            <button type="button" className="btn" onClick={() => setImporting(true)}>
              <Icon name="upload" /> Impor Excel/CSV
            </button>
            <button type="button" className="btn" onClick={() => void exportExcel()} disabled={exporting || paged.total === 0}>
              <Icon name="download" />{' '}
              {exporting
                ? exportProgress && exportProgress.total > 0
                  ? `Mengekspor ${formatAngka(exportProgress.rowsWritten)} dari ${formatAngka(exportProgress.total)}…`
                  : 'Mengekspor…'
                : 'Ekspor Excel'}
            </button>
            {exporting ? (
              <button type="button" className="btn btn-ghost" onClick={exportJob.cancel} data-testid="batal-ekspor">
                Hentikan ekspor
              </button>
            ) : null}
            <button type="button" className="btn btn-primary" onClick={() => setForm({ pegawai: null })}>
              <Icon name="plus" /> Tambah Pegawai
            </button>
          </>
        }
      />
      <div className="page-body">
        <div className="search-row">
          <div className="search-box">
            <Icon name="search" className="search-icon" />
            <input
              ref={searchRef}
              type="search"
              aria-label="Cari pegawai"
              placeholder="Cari nama, NIP, jabatan, unit…"
              data-testid="cari-pegawai"
              value={filter.text}
              onChange={(e) => patch({ text: e.target.value })}
              onKeyDown={onSearchKey}
              autoFocus
            />
            <kbd className="search-kbd" aria-hidden="true">
              Ctrl F
            </kbd>
          </div>
          <span className="search-row-spacer" />
          <SortControl filter={filter} onChange={patch} />
        </div>
        <PegawaiFilters filter={filter} onChange={patch} total={paged.total} loading={paged.loading || filter.text !== text} />
        {paged.error ? <LoadError what="daftar pegawai" error={paged.error} onRetry={paged.reload} /> : null}
        <div className={`split${detail ? ' has-detail' : ''}`}>
          <PegawaiTableHost
            paged={paged}
            filter={filter}
            onSort={onSort}
            selectedIndex={selectedIndex}
            selectedId={selectedId}
            onSelect={onSelect}
            onOpen={onOpen}
            openId={detail?.id ?? null}
            empty={empty}
            focusRef={gridFocus}
          />
          {detail ? (
            <PegawaiDetail
              pegawai={detail}
              busy={toggling}
              onClose={() => {
                setDetail(null);
                gridFocus.current();
              }}
              onEdit={() => setForm({ pegawai: detail })}
              onToggleAktif={() => void toggleAktif()}
            />
          ) : null}
        </div>
      </div>
      {form ? (
        <PegawaiForm pegawai={form.pegawai} defaultUnitId={filter.unitKerjaId} onClose={() => setForm(null)} onSaved={onSaved} />
      ) : null}
      {importing ? (
        <ImportWizard
          onClose={() => setImporting(false)}
          onImported={() => {
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}

/** The table plus a way for the page to move keyboard focus into it. */
function PegawaiTableHost(
  props: Omit<Parameters<typeof PegawaiTable>[0], 'sort' | 'desc'> & { filter: PegawaiFilter; focusRef: RefObject<() => void> },
) {
  const { filter, focusRef, ...rest } = props;
  const wrap = useRef<HTMLDivElement>(null);
  focusRef.current = () => wrap.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  return (
    <div ref={wrap} className="table-wrap">
      <PegawaiTable {...rest} sort={filter.sort} desc={filter.desc} />
    </div>
  );
}
