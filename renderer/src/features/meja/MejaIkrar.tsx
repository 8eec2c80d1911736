import { useCallback, useEffect, useState } from 'react';
import type { Kampanye } from '../../../../shared/contract/ikrar';
import { errorMessage } from '../../lib/errors';
import { MejaTerima } from '../ikrar/MejaTerima';
import { panggil } from './api';
import './meja.css';

/**
 * The check-in desk turned into the pledge-form return desk (`#/meja?kegiatan=ID&ikrar=KAMPANYE`):
 * the same device and session, scanning the signed forms of one of the event's campaigns. Only one
 * of the two desks is on screen at a time, so a scan never goes to both.
 */
export function MejaIkrar({ kegiatanId, kampanyeId }: { kegiatanId: number; kampanyeId: number }) {
  const [kampanye, setKampanye] = useState<Kampanye | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const muat = useCallback(() => {
    panggil('ikrar.get', { id: kampanyeId }).then(
      (k) => {
        setKampanye(k);
        setGalat(null);
      },
      (e: unknown) => setGalat(errorMessage(e)),
    );
  }, [kampanyeId]);
  useEffect(muat, [muat]);

  return (
    <div className="meja-layar" data-testid="meja-ikrar">
      <header className="meja-atas">
        <div className="meja-judul">
          <div className="meja-judul-kecil">Penerimaan formulir ikrar</div>
          <h1>{kampanye?.judul ?? (galat ? 'Kampanye tidak dapat dimuat' : 'Memuat…')}</h1>
          {galat ? <div className="text-danger">{galat}</div> : kampanye ? <div className="muted">{kampanye.pemilihan}</div> : null}
        </div>
        <div className="meja-setelan">
          <a className="btn" href={`#/meja?kegiatan=${kegiatanId}`} data-testid="kembali-ke-hadir">
            Kembali ke kehadiran
          </a>
        </div>
      </header>
      {kampanye ? (
        <div className="meja-ikrar-isi">
          <MejaTerima kampanye={kampanye} onChanged={muat} />
        </div>
      ) : null}
    </div>
  );
}
