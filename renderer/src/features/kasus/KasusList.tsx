import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { KasusRingkas } from '../../../../shared/contract/kasus';
import { SUMBER_KASUS, SUMBER_LABEL, TAHAP, TAHAP_LABEL, type Lampu, type SumberKasus, type Tahap } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { formatAngka } from '../../lib/format';
import { usePrivasi } from '../../lib/privasi';
import { useSearchShortcut } from '../../lib/layers';
import { navigate } from '../../lib/route';
import { useDebounced } from '../../lib/useDebounced';
import { usePagedRows, type PagedRows } from '../../lib/usePagedRows';
import { SUMBER_SINGKAT } from './format';
import { KasusForm } from './KasusForm';
import { LampuTanda } from './Lampu';
import { ImporKasusTombol } from './impor/ImporKasus';
import { PengaturanKasus } from './PengaturanKasus';

interface Saring {
  teks: string;
  tahap: Tahap | null;
  sumber: SumberKasus | null;
  lampu: Lampu | null;
  arsip: boolean;
}

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 36;
const KUNCI = 'netra.kasus.saring';

/** The filters survive a visit to a case and back (the clerk works down a filtered list). */
function saringAwal(): Saring {
  try {
    const s = JSON.parse(sessionStorage.getItem(KUNCI) ?? 'null') as Partial<Saring> | null;
    if (s) return { teks: String(s.teks ?? ''), tahap: s.tahap ?? null, sumber: s.sumber ?? null, lampu: s.lampu ?? null, arsip: s.arsip === true };
  } catch {
    /* a broken value: start clean */
  }
  return { teks: '', tahap: null, sumber: null, lampu: null, arsip: false };
}

/** Daftar kasus: search, filters by stage, source, light and archive; hundreds of rows scroll without lag (only those on screen exist). */
export function KasusList({ baru }: { baru: boolean }) {
  const [saring, setSaring] = useState<Saring>(saringAwal);
  const teks = useDebounced(saring.teks.trim(), 200);
  const [creating, setCreating] = useState(baru);
  const [pengaturan, setPengaturan] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const toast = useToast();

  useEffect(() => {
    sessionStorage.setItem(KUNCI, JSON.stringify(saring));
  }, [saring]);

  const query = useMemo(() => ({ teks, tahap: saring.tahap, sumber: saring.sumber, lampu: saring.lampu, arsip: saring.arsip }), [teks, saring.tahap, saring.sumber, saring.lampu, saring.arsip]);
  const fetchPage = useCallback((q: typeof query, offset: number, limit: number) => call('kasus.list', { ...q, offset, limit }), []);
  const paged = usePagedRows(query, fetchPage, 100);
  const set = <K extends keyof Saring>(k: K, v: Saring[K]) => setSaring((s) => ({ ...s, [k]: v }));
  const adaSaring = !!(teks || saring.tahap || saring.sumber || saring.lampu);

  return (
    <div className="page">
      <PageHeader
        title="Kasus"
        subtitle="Laporan dan rekomendasi pelanggaran netralitas: verifikasi, panggilan, pemeriksaan, keputusan, penyampaian dan tindak lanjut"
        actions={
          <>
            <button type="button" className="btn btn-ghost" onClick={() => setPengaturan(true)} data-testid="buka-pengaturan-kasus">
              <Icon name="settings" /> Pengaturan
            </button>
            <a className="btn" href="#/kasus?tab=rekap" data-testid="buka-rekap-kasus">
              Rekap
            </a>
            <ImporKasusTombol onImported={() => paged.reload()} />
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="kasus-baru">
              <Icon name="plus" /> Kasus baru
            </button>
          </>
        }
      />
      <div className="page-body">
        <div className="search-row kasus-saring">
          <div className="search-box">
            <Icon name="search" className="search-icon" />
            <input
              ref={searchRef}
              type="search"
              aria-label="Cari kasus"
              placeholder="Cari nomor register, surat, pelapor, terlapor…"
              data-testid="cari-kasus"
              value={saring.teks}
              onChange={(e) => set('teks', e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && saring.teks) {
                  e.preventDefault();
                  set('teks', '');
                }
              }}
            />
            <kbd className="search-kbd" aria-hidden="true">
              Ctrl F
            </kbd>
          </div>
          <select aria-label="Saring menurut tahap" value={saring.tahap ?? ''} onChange={(e) => set('tahap', (e.target.value || null) as Tahap | null)} data-testid="saring-tahap">
            <option value="">Semua tahap</option>
            {TAHAP.map((t) => (
              <option key={t} value={t}>
                {TAHAP_LABEL[t]}
              </option>
            ))}
          </select>
          <select aria-label="Saring menurut sumber" value={saring.sumber ?? ''} onChange={(e) => set('sumber', (e.target.value || null) as SumberKasus | null)} data-testid="saring-sumber">
            <option value="">Semua sumber</option>
            {SUMBER_KASUS.map((s) => (
              <option key={s} value={s}>
                {SUMBER_LABEL[s]}
              </option>
            ))}
          </select>
          <select aria-label="Saring menurut tenggat" value={saring.lampu ?? ''} onChange={(e) => set('lampu', (e.target.value || null) as Lampu | null)} data-testid="saring-lampu">
            <option value="">Semua tenggat</option>
            <option value="lewat">Lewat tenggat</option>
            <option value="segera">Segera (tenggat dekat)</option>
            <option value="aman">Aman</option>
          </select>
          <label className="check">
            <input type="checkbox" checked={saring.arsip} onChange={(e) => set('arsip', e.target.checked)} data-testid="saring-arsip" />
            <span>Arsip</span>
          </label>
          <span className="search-row-spacer" />
          <span className="muted small nowrap" aria-live="polite" data-testid="jumlah-kasus">
            {paged.total !== null ? `${formatAngka(paged.total)} kasus${saring.arsip ? ' diarsipkan' : ''}` : ''}
          </span>
        </div>
        {paged.error ? <LoadError what="daftar kasus" error={paged.error} onRetry={paged.reload} /> : null}
        <div className="kasus-wrap">
          <KasusTable
            paged={paged}
            empty={
              adaSaring ? (
                <div className="empty-state">
                  <Icon name="search" size={28} />
                  <p className="empty-title">Tidak ada kasus yang cocok dengan saringan ini.</p>
                  <button type="button" className="btn" onClick={() => setSaring((s) => ({ ...s, teks: '', tahap: null, sumber: null, lampu: null }))}>
                    Hapus saringan
                  </button>
                </div>
              ) : saring.arsip ? (
                <div className="empty-state">
                  <p className="empty-title">Tidak ada kasus yang diarsipkan.</p>
                </div>
              ) : (
                <div className="empty-state">
                  <Icon name="scale" size={28} />
                  <p className="empty-title">Belum ada kasus.</p>
                  <p className="muted">Catat rekomendasi Bawaslu atau laporan masyarakat yang masuk, lalu ikuti tahapannya sampai keputusan disampaikan dan tindak lanjutnya dilaporkan.</p>
                  <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                    <Icon name="plus" /> Kasus baru
                  </button>
                </div>
              )
            }
          />
        </div>
      </div>
      {pengaturan ? (
        <PengaturanKasus
          onClose={() => setPengaturan(false)}
          onSaved={() => {
            setPengaturan(false);
            paged.reload();
            toast.success('Pengaturan kasus disimpan.');
          }}
        />
      ) : null}
      {creating ? (
        <KasusForm
          kasus={null}
          onClose={() => {
            setCreating(false);
            if (baru) navigate('kasus');
          }}
          onSaved={(k) => {
            setCreating(false);
            toast.success(`Kasus ${k.nomorRegister} dicatat.`);
            navigate('kasus', { id: String(k.id) });
          }}
        />
      ) : null}
    </div>
  );
}

function KasusTable({ paged, empty }: { paged: PagedRows<KasusRingkas>; empty: ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = paged.total ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10, scrollMargin: HEADER_HEIGHT });
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
      className={`grid-scroller kasus-grid${paged.stale ? ' is-stale' : ''}`}
      role="table"
      aria-label="Daftar kasus"
      aria-rowcount={count + 1}
      aria-busy={paged.loading || undefined}
      data-testid="tabel-kasus"
      tabIndex={0}
    >
      <div className="grid-header" role="rowgroup">
        <div className="grid-row grid-head-row" role="row">
          {['Nomor register', 'Sumber / nomor surat', 'Diterima', 'Terlapor', 'Tahap', 'Tenggat berikutnya'].map((h) => (
            <div key={h} className="grid-cell" role="columnheader">
              {h}
            </div>
          ))}
        </div>
      </div>
      {count === 0 && paged.total !== null && !paged.stale ? (
        <div className="grid-empty">{empty}</div>
      ) : paged.total === null ? (
        <div className="grid-empty muted">
          <span className="spinner" aria-hidden="true" /> Memuat kasus…
        </div>
      ) : (
        <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <Baris key={item.key} index={item.index} top={item.start - HEADER_HEIGHT} k={paged.rowAt(item.index)} />
          ))}
        </div>
      )}
    </div>
  );
}

const Baris = memo(function Baris({ index, top, k }: { index: number; top: number; k: KasusRingkas | undefined }) {
  const priv = usePrivasi();
  const nama = k ? k.terlapor.map(priv.nama) : [];
  const cell = (content: ReactNode, title?: string) => (
    <div className="grid-cell" role="cell" title={title}>
      {k ? content : <span className="skeleton" aria-hidden="true" />}
    </div>
  );
  const open = () => k && navigate('kasus', { id: String(k.id) });
  return (
    <div
      className={`grid-row kasus-row${k ? '' : ' is-placeholder'}`}
      role="row"
      aria-rowindex={index + 2}
      data-testid={k ? `kasus-${k.id}` : undefined}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={open}
    >
      {cell(
        k ? (
          <a href={`#/kasus?id=${k.id}`} className="kasus-nomor" onClick={(e) => e.stopPropagation()}>
            {k.nomorRegister}
          </a>
        ) : null,
      )}
      {cell(
        k ? (
          <div className="cell-2">
            <span>{k.pelapor || SUMBER_SINGKAT[k.sumber]}</span>
            <span className="muted small">{[SUMBER_SINGKAT[k.sumber], k.nomorSurat].filter(Boolean).join(' · ')}</span>
          </div>
        ) : null,
        k ? `${SUMBER_LABEL[k.sumber]}${k.nomorSurat ? ` · ${k.nomorSurat}` : ''}` : undefined,
      )}
      {cell(k ? <span className="nowrap">{formatTanggal(k.tanggalDiterima)}</span> : null)}
      {cell(
        k ? (
          <div className="cell-2">
            <span>{nama.slice(0, 2).join(', ')}</span>
            {k.terlapor.length > 2 ? <span className="muted small">dan {k.terlapor.length - 2} orang lain</span> : null}
          </div>
        ) : null,
        nama.join(', '),
      )}
      {cell(k ? <span className="kasus-tahap">{TAHAP_LABEL[k.tahap]}</span> : null, k ? TAHAP_LABEL[k.tahap] : undefined)}
      {cell(
        k ? (
          k.diarsipkan ? (
            <span className="muted">Diarsipkan</span>
          ) : k.tenggatBerikut ? (
            <div className="cell-2">
              <span className="nowrap">
                <LampuTanda lampu={k.lampu} testId="lampu-kasus" /> <span className="small">{formatTanggal(k.tenggatBerikut.tanggal)}</span>
              </span>
              <span className="muted small">{k.tenggatBerikut.label}</span>
            </div>
          ) : (
            <LampuTanda lampu={null} testId="lampu-kasus" />
          )
        ) : null,
        k?.tenggatBerikut ? `${k.tenggatBerikut.label}: ${formatTanggal(k.tenggatBerikut.tanggal)} (${priv.nama(k.tenggatBerikut.nama)})` : undefined,
      )}
    </div>
  );
});
