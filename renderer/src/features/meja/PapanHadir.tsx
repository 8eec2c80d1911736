import { useEffect, useState } from 'react';
import type { RekapKegiatan } from '../../../../shared/contract/kegiatan';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { panggil } from './api';
import './meja.css';

export const PAPAN_MS = 2500;

const persen = (x: number) => `${x.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;

/** The projector page: attendance per perangkat daerah, large, refreshed every 2.5 s, nothing to click. */
export function PapanHadir({ kegiatanId }: { kegiatanId: number }) {
  const [rekap, setRekap] = useState<RekapKegiatan | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [pukul, setPukul] = useState<string>('');

  useEffect(() => {
    let hidup = true;
    let timer = 0;
    const muat = async () => {
      try {
        const r = await panggil('kegiatan.rekap', { id: kegiatanId });
        if (!hidup) return;
        setRekap(r);
        setGalat(null);
        setPukul(new Date().toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
      } catch (e) {
        if (hidup) setGalat(e instanceof ApiError && e.data.code === 'TERPUTUS' ? 'Terputus dari Netra: angka di bawah adalah yang terakhir diterima.' : errorMessage(e));
      }
      if (hidup) timer = window.setTimeout(() => void muat(), PAPAN_MS);
    };
    void muat();
    return () => {
      hidup = false;
      window.clearTimeout(timer);
    };
  }, [kegiatanId]);

  useEffect(() => {
    if (rekap) document.title = `Papan hadir · ${rekap.kegiatan.judul}`;
  }, [rekap]);

  const t = rekap?.total;
  const n = rekap?.baris.length ?? 0;
  return (
    <div className="papan" data-testid="papan-hadir">
      <header className="papan-atas">
        <div>
          <div className="papan-label">Papan hadir</div>
          <h1>{rekap?.kegiatan.judul ?? (galat ? 'Rekap tidak dapat dimuat' : 'Memuat…')}</h1>
          {rekap ? <div className="papan-sub">{rekap.kegiatan.tempat} · {rekap.kegiatan.jam}{pukul ? ` · diperbarui ${pukul}` : ''}</div> : null}
        </div>
        {t ? (
          <div className="papan-total" data-testid="papan-total">
            <div className="papan-total-angka">
              {formatAngka(t.jumlah.hadir)}
              <span> / {formatAngka(t.jumlah.peserta)}</span>
            </div>
            <div className="papan-total-persen">{persen(t.persenHadir)} hadir</div>
          </div>
        ) : null}
      </header>
      {galat ? <div className="papan-galat" role="alert">{galat}</div> : null}
      {/* A pemda has 30–45 perangkat daerah: denser rows and more columns so all fit on one projector screen. */}
      <ol className={`papan-unit${n > 30 ? ' papan-sangat-padat' : n > 12 ? ' papan-padat' : ''}`} data-testid="papan-unit">
        {(rekap?.baris ?? []).map((b) => (
          <li key={`${b.unitIndukId ?? 'tamu'}-${b.unit}`} data-unit={b.unit}>
            <div className="papan-unit-nama">{b.unit}</div>
            <div className="papan-bar" aria-hidden="true">
              <div className="papan-bar-isi" style={{ width: `${Math.min(100, b.persenHadir)}%` }} />
            </div>
            <div className="papan-unit-angka">
              <strong>{formatAngka(b.jumlah.hadir)}</strong> / {formatAngka(b.jumlah.peserta)} <span className="papan-unit-persen">{persen(b.persenHadir)}</span>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
