import { useEffect, useState } from 'react';
import type { KegiatanRingkas } from '../../../../shared/contract/kegiatan';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import type { LayarPenuhId } from '../../lib/route';
import { MejaPage } from './MejaPage';
import { PapanHadir } from './PapanHadir';
import { PasangMeja } from './PasangMeja';
import { panggil } from './api';
import { mejaTerpasang } from './sesi-meja';
import { errorMessage } from '../../lib/errors';
import './meja.css';

const JUDUL: Record<LayarPenuhId, string> = { meja: 'Meja hadir', papan: 'Papan hadir', pasang: 'Pasangkan meja' };

/**
 * `#/meja?kegiatan=ID` the check-in desk, `#/papan?kegiatan=ID` the projector board, `#/pasang?kode=…`
 * a desk's pairing screen. Without an event id the desk and the board ask which event.
 */
export function LayarPenuh({ page, params }: { page: LayarPenuhId; params: URLSearchParams }) {
  const id = Number(params.get('kegiatan'));
  const kegiatanId = Number.isInteger(id) && id > 0 ? id : null;
  useEffect(() => {
    document.title = `${JUDUL[page]} · Netra`;
  }, [page]);
  if (page === 'pasang') return <PasangMeja kode={params.get('kode') ?? ''} />;
  if (kegiatanId === null) return <PilihKegiatan page={page} />;
  const terpasang = mejaTerpasang();
  const tetap = terpasang && terpasang.kegiatanId === kegiatanId ? terpasang.meja : null;
  return page === 'papan' ? (
    <PapanHadir key={kegiatanId} kegiatanId={kegiatanId} />
  ) : (
    <MejaPage key={kegiatanId} kegiatanId={kegiatanId} mejaTetap={tetap} terpasang={terpasang !== null} />
  );
}

function PilihKegiatan({ page }: { page: 'meja' | 'papan' }) {
  const [list, setList] = useState<KegiatanRingkas[] | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  useEffect(() => {
    panggil('kegiatan.list', { teks: '' }).then(setList, (e: unknown) => setGalat(errorMessage(e)));
  }, []);
  const buka = list?.filter((k) => k.status !== 'selesai') ?? [];
  return (
    <div className="meja-layar meja-berakhir" data-testid="pilih-kegiatan-meja">
      <h1>{JUDUL[page]}: pilih kegiatan</h1>
      {galat ? <p className="text-danger">{galat}</p> : !list ? <p className="muted">Memuat…</p> : buka.length === 0 ? <p>Belum ada kegiatan yang berjalan.</p> : null}
      <ul className="meja-pilih">
        {buka.map((k) => (
          <li key={k.id}>
            <a className="btn" href={`#/${page}?kegiatan=${k.id}`}>
              {k.judul} · {formatTanggal(k.tanggal)} {k.jam}
            </a>
          </li>
        ))}
      </ul>
      <a href="#/pegawai">Kembali ke Netra</a>
    </div>
  );
}
