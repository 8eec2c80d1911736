import type { TeksVersi } from '../../../../shared/contract/index';
import { formatWaktu } from '../../lib/format';

interface Props {
  versions: TeksVersi[];
  /** The version documents are built from now (the newest). */
  current: number | null;
  /** The version the editor started from. */
  base: number | null;
  onView: (v: TeksVersi) => void;
  onUseAsBase: (v: TeksVersi) => void;
}

/** Saved versions of a type's texts, newest first. */
export function VersiRiwayat({ versions, current, base, onView, onUseAsBase }: Props) {
  if (versions.length === 0) return <p className="muted small">Belum ada versi tersimpan.</p>;
  return (
    <ol className="versi-list" data-testid="riwayat-teks">
      {versions.map((v) => (
        <li key={v.versi} className="versi-item">
          <div className="versi-main">
            <div>
              <strong>Versi {v.versi}</strong>
              {v.versi === current ? <span className="badge badge-aktif">dipakai</span> : null}
              {v.versi === base && v.versi !== current ? <span className="badge badge-existing">dasar suntingan</span> : null}
            </div>
            <div className="muted small">{formatWaktu(v.createdAt)}</div>
            {v.catatan ? <div className="versi-catatan">{v.catatan}</div> : null}
          </div>
          <div className="versi-actions">
            <button type="button" className="btn btn-small btn-ghost" onClick={() => onView(v)}>
              Lihat
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => onUseAsBase(v)} disabled={v.versi === base}>
              Pakai sebagai dasar
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
