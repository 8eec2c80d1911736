import { useState } from 'react';
import { STATUS_NOMOR, type NomorSurat, type StatusNomor } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call, transport } from '../../api/client';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { arsipHref } from './ArsipList';
import { BatalNomorDialog } from './BatalNomorDialog';
import { PesanNomorDialog } from './PesanNomorDialog';
import { tahunPilihan } from './tahun';

const STATUS_LABEL: Record<StatusNomor, string> = { dipesan: 'Dipesan', dipakai: 'Dipakai', batal: 'Batal' };
const STATUS_BADGE: Record<StatusNomor, string> = { dipesan: 'badge-dipesan', dipakai: 'badge-aktif', batal: 'badge-nonaktif' };

/** Buku agenda surat keluar: every number given out in a year, reserved, used or voided. */
export function BukuAgenda() {
  const [tahun, setTahun] = useState(() => new Date().getFullYear());
  const [status, setStatus] = useState<StatusNomor | null>(null);
  const [pesan, setPesan] = useState(false);
  const [batal, setBatal] = useState<NomorSurat | null>(null);
  const [exporting, setExporting] = useState(false);
  const list = useCall('nomor.list', { tahun, status });
  const toast = useToast();
  const rows = list.data ?? [];

  const ekspor = async () => {
    setExporting(true);
    try {
      const f = await call('nomor.export', { tahun });
      await transport.saveFile(f.file, f.fileName);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="dokumen-tab" data-testid="buku-agenda">
      <div className="search-row filter-bar">
        <div className="filter">
          <label htmlFor="agenda-tahun">Tahun</label>
          <select id="agenda-tahun" className="filter-select filter-select-narrow" value={tahun} onChange={(e) => setTahun(Number(e.target.value))}>
            {tahunPilihan().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="agenda-status">Status</label>
          <select id="agenda-status" className="filter-select filter-select-narrow" value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as StatusNomor | null)}>
            <option value="">Semua</option>
            {STATUS_NOMOR.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <span className="muted">{list.data ? `${formatAngka(rows.length)} nomor` : ''}</span>
        <span className="search-row-spacer" />
        <button type="button" className="btn" onClick={() => void ekspor()} disabled={exporting}>
          <Icon name="download" /> {exporting ? 'Mengekspor…' : 'Ekspor Excel'}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => setPesan(true)}>
          <Icon name="plus" /> Pesan nomor
        </button>
      </div>
      {list.error ? <LoadError what="buku agenda" error={list.error} onRetry={() => void list.reload()} /> : null}
      <div className="card table-card dokumen-table-card">
        {list.loading && !list.data ? (
          <div className="empty-state">
            <span className="spinner" aria-hidden="true" /> Memuat buku agenda…
          </div>
        ) : rows.length === 0 ? (
          <div className="empty-state">
            <Icon name="calendar" size={28} />
            <p className="empty-title">Belum ada nomor {status ? `berstatus ${STATUS_LABEL[status].toLowerCase()} ` : ''}pada tahun {tahun}.</p>
            <p>Nomor tercatat otomatis saat dokumen disimpan, atau pesan nomor lebih dulu.</p>
          </div>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Nomor</th>
                <th>Tanggal</th>
                <th>Hal</th>
                <th>Tujuan</th>
                <th>Jenis</th>
                <th>Status</th>
                <th>Keterangan</th>
                <th aria-label="Tindakan" />
              </tr>
            </thead>
            <tbody>
              {rows.map((n) => (
                <tr key={n.id} data-testid="baris-nomor" data-status={n.status} className={n.status === 'batal' ? 'is-inactive' : undefined}>
                  <td className={`num nowrap strong${n.status === 'batal' ? ' nomor-batal' : ''}`}>
                    {n.dokumenId !== null ? (
                      <a href={arsipHref(n.nomor)} title="Buka suratnya di arsip" data-testid="tautan-arsip">
                        {n.nomor}
                      </a>
                    ) : (
                      n.nomor
                    )}
                  </td>
                  <td className="nowrap">{formatTanggal(n.tanggal)}</td>
                  <td className="col-hal">{n.hal}</td>
                  <td className="col-tujuan small">{n.tujuan || <span className="muted">—</span>}</td>
                  <td>{n.jenis ? JENIS.label(n.jenis) : '—'}</td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[n.status]}`}>{STATUS_LABEL[n.status]}</span>
                  </td>
                  <td className="small">
                    {n.alasanBatal ? <span>Dibatalkan: {n.alasanBatal}</span> : null}
                    {n.alasanBatal && n.dokumenId !== null ? <span className="muted"> Suratnya ditandai BATAL di arsip.</span> : null}
                    {n.manual ? <span className="muted"> Nomor manual.</span> : null}
                  </td>
                  <td className="row-actions">
                    {n.status !== 'batal' ? (
                      <button type="button" className="btn btn-small btn-danger-outline" onClick={() => setBatal(n)}>
                        Batalkan
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {pesan ? (
        <PesanNomorDialog
          onClose={() => setPesan(false)}
          onReserved={(n) => {
            setPesan(false);
            if (n.tahun !== tahun) setTahun(n.tahun);
            void list.reload();
            toast.success(`Nomor ${n.nomor} dipesan untuk "${n.hal}".`);
          }}
        />
      ) : null}
      {batal ? (
        <BatalNomorDialog
          nomor={batal}
          onClose={() => setBatal(null)}
          onVoided={(n) => {
            setBatal(null);
            void list.reload();
            toast.success(`Nomor ${n.nomor} dibatalkan.`);
          }}
        />
      ) : null}
    </div>
  );
}
