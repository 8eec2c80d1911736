import { memo, useEffect, useState } from 'react';
import type { PesertaKegiatan, RekapKegiatan } from '../../../../shared/contract/kegiatan';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { panggil } from './api';

const BATAS = 200;

/**
 * Who is still missing, per perangkat daerah, following the recap as it refreshes. A unit opens to
 * its names (reloaded with every refresh while open). Marking reasons per unit is the organiser's
 * Rekap tab, not the desk's.
 */
export const BelumHadir = memo(function BelumHadir({ kegiatanId, rekap }: { kegiatanId: number; rekap: RekapKegiatan | null }) {
  const [buka, setBuka] = useState<number | null>(null);
  const [nama, setNama] = useState<{ total: number; rows: PesertaKegiatan[] } | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const baris = (rekap?.baris ?? []).filter((b) => b.jumlah.belum > 0).sort((a, b) => b.jumlah.belum - a.jumlah.belum);

  useEffect(() => {
    if (buka === null) return;
    let hidup = true;
    panggil('kegiatan.peserta.list', { kegiatanId, unitIndukId: buka, kehadiran: 'belum', limit: BATAS }).then(
      (r) => {
        if (!hidup) return;
        setNama(r);
        setGalat(null);
      },
      (e: unknown) => hidup && setGalat(errorMessage(e)),
    );
    return () => {
      hidup = false;
    };
  }, [buka, kegiatanId, rekap]);

  return (
    <section className="card meja-belum" data-testid="belum-hadir">
      <h2>Belum hadir per unit</h2>
      {!rekap ? <p className="muted">Memuat…</p> : baris.length === 0 ? <p className="muted">Semua peserta sudah tercatat.</p> : null}
      <ul>
        {baris.map((b) => {
          const id = b.unitIndukId;
          const terbuka = id !== null && buka === id;
          return (
            <li key={`${id ?? 'tamu'}-${b.unit}`}>
              <button
                type="button"
                className="meja-belum-unit"
                aria-expanded={id === null ? undefined : terbuka}
                disabled={id === null}
                onClick={() => {
                  setNama(null);
                  setBuka(terbuka ? null : id);
                }}
              >
                <span>{b.unit}</span>
                <span className="meja-belum-angka">
                  {formatAngka(b.jumlah.belum)} <span className="muted">dari {formatAngka(b.jumlah.peserta)}</span>
                </span>
              </button>
              {terbuka ? (
                galat ? (
                  <div className="text-danger small">{galat}</div>
                ) : !nama ? (
                  <div className="muted small">Memuat…</div>
                ) : (
                  <ol className="meja-belum-nama">
                    {nama.rows.map((p) => (
                      <li key={p.id}>
                        {p.nama} <span className="muted">{p.jabatan ?? ''}</span>
                      </li>
                    ))}
                    {nama.total > nama.rows.length ? <li className="muted">… dan {formatAngka(nama.total - nama.rows.length)} lainnya</li> : null}
                  </ol>
                )
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
