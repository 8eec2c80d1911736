import { useEffect, useMemo, useState } from 'react';
import type { Kegiatan, RekapBaris } from '../../../../shared/contract/kegiatan';
import { STATUS_ALASAN } from '../../../../shared/domain/kegiatan';
import { BarChart, type BarSeries } from '../../components/BarChart';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { formatAngka } from '../../lib/format';
import { adaChannel, buatDokumenKegiatan } from './api';
import { persen, pukulDari, STATUS_HADIR_LABEL } from './format';
import { TandaiDialog } from './TandaiDialog';
import { useCall } from '../../lib/useCall';

/** How often the open recap asks again: a few seconds keeps up with the desks, one small query per unit. */
export const REKAP_INTERVAL_MS = 4000;

const WARNA = { hadir: '#1b7048', terlambat: '#d1a43a', alasan: '#6b8fb8', tk: '#b42318', belum: '#c3ccd7' } as const;

const berhalangan = (b: RekapBaris) => b.jumlah.perStatus.izin + b.jumlah.perStatus.sakit + b.jumlah.perStatus['dinas-luar'] + b.jumlah.perStatus.cuti;

/** Rekap kehadiran per perangkat daerah: figures, a chart, marking the absent with a reason, the .xlsx; refreshed live. */
export function RekapTab({ kegiatan, onChanged }: { kegiatan: Kegiatan; onChanged: () => void }) {
  const rekap = useCall('kegiatan.rekap', { id: kegiatan.id });
  const [diperbarui, setDiperbarui] = useState<string | null>(null);
  const [tandai, setTandai] = useState<RekapBaris | null>(null);
  const [exporting, setExporting] = useState(false);
  const toast = useToast();
  const files = useFileActions();
  const { reload } = rekap;

  // Live while the tab is open and the window is visible; a hidden window does not poll.
  useEffect(() => {
    const t = window.setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, REKAP_INTERVAL_MS);
    return () => window.clearInterval(t);
  }, [reload]);
  useEffect(() => {
    if (rekap.data) setDiperbarui(pukulDari(new Date().toISOString()));
  }, [rekap.data]);
  // The figures above the tabs follow the recap: the event is reloaded only when its totals moved.
  const totalKini = rekap.data ? JSON.stringify(rekap.data.total.jumlah) : null;
  const totalAcara = JSON.stringify(kegiatan.jumlah);
  useEffect(() => {
    if (totalKini !== null && totalKini !== totalAcara) onChanged();
    // onChanged is a new closure each render; only a change of figures matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [totalKini]);

  const baris = rekap.data?.baris;
  const labels = useMemo(() => (baris ?? []).map((b) => b.unit), [baris]);
  const series = useMemo<BarSeries[]>(
    () =>
      baris
        ? [
            { label: 'Hadir tepat waktu', data: baris.map((b) => b.jumlah.perStatus.hadir), color: WARNA.hadir },
            { label: 'Terlambat', data: baris.map((b) => b.jumlah.perStatus.terlambat), color: WARNA.terlambat },
            { label: 'Izin, sakit, dinas luar, cuti', data: baris.map(berhalangan), color: WARNA.alasan },
            { label: 'Tanpa keterangan', data: baris.map((b) => b.jumlah.perStatus['tanpa-keterangan']), color: WARNA.tk },
            { label: 'Belum tercatat', data: baris.map((b) => b.jumlah.belum), color: WARNA.belum },
          ]
        : [],
    [baris],
  );

  const unduh = async () => {
    setExporting(true);
    try {
      const out = await buatDokumenKegiatan('kegiatan.rekap.export', { id: kegiatan.id });
      await files.save(out.file, out.fileName);
    } catch (e) {
      toast.error(`Rekap tidak dapat diunduh: ${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };

  if (rekap.error && !rekap.data) return <LoadError what="rekap kehadiran" error={rekap.error} onRetry={() => void rekap.reload()} />;
  if (!rekap.data)
    return (
      <div className="empty-state">
        <span className="spinner" aria-hidden="true" /> Memuat rekap…
      </div>
    );
  const { total } = rekap.data;
  const rows = rekap.data.baris;
  const bisaExport = adaChannel('kegiatan.rekap.export');

  return (
    <div className="rekap-tab" data-testid="rekap">
      <div className="rekap-head">
        <div className="rekap-angka">
          <Angka label="Diundang" nilai={total.jumlah.peserta} />
          <Angka label="Hadir" nilai={total.jumlah.hadir} tambahan={persen(total.persenHadir)} kelas="is-hadir" />
          <Angka label="Terlambat" nilai={total.jumlah.perStatus.terlambat} />
          <Angka label="Berhalangan" nilai={berhalangan(total)} />
          <Angka label="Tanpa keterangan" nilai={total.jumlah.perStatus['tanpa-keterangan']} />
          <Angka label="Belum tercatat" nilai={total.jumlah.belum} />
        </div>
        <div className="rekap-aksi">
          <span className="muted small" aria-live="off" title={`Diperbarui setiap ${REKAP_INTERVAL_MS / 1000} detik selama tab ini terbuka`}>
            {rekap.loading ? <span className="spinner" aria-hidden="true" /> : <Icon name="refresh" size={13} />} diperbarui {diperbarui ?? ''}
          </span>
          {bisaExport ? (
            <button type="button" className="btn" disabled={exporting} onClick={() => void unduh()} data-testid="unduh-rekap">
              <Icon name="download" /> {exporting ? 'Menyiapkan…' : 'Unduh .xlsx'}
            </button>
          ) : null}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="empty-state">
          <Icon name="users" size={28} />
          <p className="empty-title">Belum ada peserta.</p>
          <p className="muted">Rekap tampil setelah peserta dipilih di tab Peserta.</p>
        </div>
      ) : (
        <div className="rekap-isi">
          <div className="card table-card rekap-tabel-card">
            <table className="table table-compact rekap-tabel" data-testid="tabel-rekap">
              <thead>
                <tr>
                  <th>Perangkat daerah</th>
                  <th className="num">Diundang</th>
                  <th className="num" title="Termasuk yang terlambat">
                    Hadir
                  </th>
                  <th className="num">Terlambat</th>
                  {STATUS_ALASAN.map((s) => (
                    <th key={s} className="num">
                      {STATUS_HADIR_LABEL[s]}
                    </th>
                  ))}
                  <th className="num">Belum</th>
                  <th className="num">% hadir</th>
                  <th>
                    <span className="sr-only">Tindakan</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((b) => (
                  <BarisRekap key={`${b.unitIndukId ?? 'x'}-${b.unit}`} b={b} onTandai={kegiatan.status === 'selesai' ? null : () => setTandai(b)} />
                ))}
              </tbody>
              <tfoot>
                <BarisRekap b={{ ...total, unit: 'Jumlah' }} onTandai={null} total />
              </tfoot>
            </table>
            <p className="muted small rekap-catatan">Hadir termasuk yang terlambat. “Tandai…” memberi keterangan kepada peserta unit itu yang belum tercatat.</p>
          </div>
          <div className="card rekap-chart-card">
            <BarChart
              labels={labels}
              series={series}
              stacked
              horizontal
              height={Math.max(220, rows.length * 30 + 70)}
              ariaLabel={`Grafik kehadiran per perangkat daerah: ${formatAngka(total.jumlah.hadir)} dari ${formatAngka(total.jumlah.peserta)} hadir`}
              testId="grafik-rekap"
            />
          </div>
        </div>
      )}
      {tandai ? (
        <TandaiDialog
          kegiatan={kegiatan}
          sasaran={{ judul: tandai.unit, jumlah: tandai.jumlah.belum, unitIndukId: tandai.unitIndukId }}
          onClose={() => setTandai(null)}
          onDone={(msg) => {
            setTandai(null);
            toast.success(msg);
            void rekap.reload();
          }}
        />
      ) : null}
    </div>
  );
}

function Angka({ label, nilai, tambahan, kelas }: { label: string; nilai: number; tambahan?: string; kelas?: string }) {
  return (
    <div className={`rekap-kotak${kelas ? ` ${kelas}` : ''}`}>
      <div className="rekap-kotak-nilai num">
        {formatAngka(nilai)}
        {tambahan ? <span className="rekap-kotak-tambahan"> {tambahan}</span> : null}
      </div>
      <div className="rekap-kotak-label">{label}</div>
    </div>
  );
}

function BarisRekap({ b, onTandai, total = false }: { b: RekapBaris; onTandai: (() => void) | null; total?: boolean }) {
  const j = b.jumlah;
  const Cell = total ? 'th' : 'td';
  return (
    <tr className={total ? 'rekap-total' : undefined} data-testid={total ? 'rekap-total' : 'rekap-baris'} data-unit={b.unit}>
      <Cell className="rekap-unit" scope="row">
        {b.unit}
      </Cell>
      <td className="num" data-kolom="peserta">
        {formatAngka(j.peserta)}
      </td>
      <td className="num" data-kolom="hadir">
        {formatAngka(j.hadir)}
      </td>
      <td className="num" data-kolom="terlambat">
        {formatAngka(j.perStatus.terlambat)}
      </td>
      {STATUS_ALASAN.map((s) => (
        <td key={s} className="num" data-kolom={s}>
          {formatAngka(j.perStatus[s])}
        </td>
      ))}
      <td className="num" data-kolom="belum">
        {formatAngka(j.belum)}
      </td>
      <td className="num" data-kolom="persen">
        {persen(b.persenHadir)}
      </td>
      <td className="row-actions">
        {onTandai && j.belum > 0 && b.unitIndukId !== null ? (
          <button type="button" className="btn btn-small" onClick={onTandai} title={`Tandai ${j.belum} peserta yang belum tercatat`}>
            Tandai…
          </button>
        ) : null}
      </td>
    </tr>
  );
}
