import { useCallback, useEffect, useState } from 'react';
import type { KegiatanRingkas } from '../../../../shared/contract/kegiatan';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { errorMessage } from '../../lib/errors';
import type { LayarPenuhId } from '../../lib/route';
import { panggil } from './api';
import { kenaliPerangkat, type InfoMeja } from './api-meja';
import { MejaIkrar } from './MejaIkrar';
import { MejaPage } from './MejaPage';
import { PapanHadir } from './PapanHadir';
import { PasangMeja } from './PasangMeja';
import './meja.css';

const JUDUL: Record<LayarPenuhId, string> = { meja: 'Meja hadir', papan: 'Papan hadir', pasang: 'Pasangkan meja' };

type Perangkat = { jenis: 'memuat' } | { jenis: 'meja'; info: InfoMeja } | { jenis: 'belum-dipasang'; pesan: string | null } | { jenis: 'penyelenggara' };

/**
 * `#/meja?kegiatan=ID` the check-in desk, `#/papan?kegiatan=ID` the projector board,
 * `#/meja?kode=123456` (the pairing QR) or `#/pasang` a desk's pairing screen. The same bundle runs
 * in the organiser's app and on a paired desk over the office network; `meja.info` tells which.
 */
export function LayarPenuh({ page, params }: { page: LayarPenuhId; params: URLSearchParams }) {
  const [perangkat, setPerangkat] = useState<Perangkat>({ jenis: 'memuat' });
  const kode = params.get('kode');
  const id = Number(params.get('kegiatan'));
  const kegiatanParam = Number.isInteger(id) && id > 0 ? id : null;

  const kenali = useCallback(async () => {
    const r = await kenaliPerangkat();
    setPerangkat(r.jenis === 'belum-dipasang' ? { jenis: 'belum-dipasang', pesan: null } : r);
  }, []);
  useEffect(() => {
    void kenali();
  }, [kenali]);
  useEffect(() => {
    document.title = `${JUDUL[page]} · Netra`;
  }, [page]);

  const onPasang = (kegiatanId: number) => {
    window.location.hash = `#/meja?kegiatan=${kegiatanId}`;
    setPerangkat({ jenis: 'memuat' });
    void kenali();
  };

  if (perangkat.jenis === 'memuat') return <div className="meja-layar meja-berakhir muted">Memuat…</div>;
  if (page === 'pasang' || kode !== null || perangkat.jenis === 'belum-dipasang')
    return <PasangMeja kode={kode ?? ''} onPasang={onPasang} pesan={perangkat.jenis === 'belum-dipasang' ? perangkat.pesan : null} />;
  // A paired desk works for its own event only, whatever the address says.
  const kegiatanId = perangkat.jenis === 'meja' ? perangkat.info.kegiatanId : kegiatanParam;
  if (kegiatanId === null) return <PilihKegiatan page={page} />;
  if (page === 'papan') return <PapanHadir key={kegiatanId} kegiatanId={kegiatanId} />;
  const ikrar = Number(params.get('ikrar'));
  if (Number.isInteger(ikrar) && ikrar > 0) return <MejaIkrar key={ikrar} kegiatanId={kegiatanId} kampanyeId={ikrar} />;
  return perangkat.jenis === 'meja' ? (
    <MejaPage
      key={kegiatanId}
      kegiatanId={kegiatanId}
      mejaTetap={perangkat.info.meja}
      operatorAwal={perangkat.info.operator}
      terpasang
      kampanye={perangkat.info.kampanye}
    />
  ) : (
    <MejaPage key={kegiatanId} kegiatanId={kegiatanId} />
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
