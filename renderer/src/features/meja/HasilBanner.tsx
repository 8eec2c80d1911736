import { useLayoutEffect } from 'react';
import { warnaHasil } from '../../../../shared/domain/kegiatan';
import type { RiwayatItem } from './useMejaAntrian';
import { catatBanner } from './ukur';
import { pukul, type Zona } from './waktu';

/**
 * The answer to the last scan, large enough to read from a metre away: green recorded, amber
 * already recorded (when and where), red for everything the desk must not let through silently.
 */
export function HasilBanner({ item, zona, menunggu, onTambah, menambah }: { item: RiwayatItem | null; zona: Zona; menunggu: number; onTambah: () => void; menambah: boolean }) {
  const nonce = item?.entri.nonce;
  const terjawab = item?.keadaan !== 'menunggu';
  // Before the paint that shows it: the frame callback then fires as that frame is drawn.
  useLayoutEffect(() => {
    if (nonce && terjawab) catatBanner(nonce);
  }, [nonce, terjawab]);
  if (!item) {
    return (
      <div className="meja-banner meja-banner-kosong" data-testid="banner-hadir" data-hasil="kosong">
        <div className="meja-banner-judul">Siap memindai</div>
        <div className="meja-banner-pesan">Pindai kartu atau formulir, ketik NIP, atau cari nama peserta.</div>
      </div>
    );
  }
  const { entri, hasil } = item;
  if (item.keadaan === 'menunggu' || !hasil) {
    const ditolak = item.keadaan === 'ditolak';
    return (
      <div
        className={`meja-banner ${ditolak ? 'meja-banner-merah' : 'meja-banner-antri'}`}
        data-testid="banner-hadir"
        data-hasil={ditolak ? 'ditolak' : 'menunggu'}
        data-nonce={entri.nonce}
        role="status"
      >
        <div className="meja-banner-judul">{ditolak ? 'Ditolak' : 'Tersimpan di meja ini'}</div>
        <div className="meja-banner-nama">{entri.masukan || 'Peserta dari pencarian'}</div>
        <div className="meja-banner-pesan">
          {ditolak ? item.galat : menunggu ? `Belum terkirim: akan dikirim otomatis saat tersambung (${menunggu} menunggu).` : 'Mengirim…'}
        </div>
      </div>
    );
  }
  const warna = warnaHasil(hasil.hasil);
  const p = hasil.peserta;
  const nama = p?.nama ?? hasil.pegawai?.nama ?? null;
  const unit = p ? [p.unitKerja, p.unitInduk !== p.unitKerja ? p.unitInduk : null].filter(Boolean).join(' · ') : (hasil.pegawai?.unitKerja ?? '');
  return (
    <div
      className={`meja-banner meja-banner-${warna}`}
      data-testid="banner-hadir"
      data-hasil={hasil.hasil}
      data-warna={warna}
      data-nonce={entri.nonce}
      role="status"
      aria-live="assertive"
    >
      <div className="meja-banner-judul">{hasil.judul}</div>
      {nama ? <div className="meja-banner-nama">{nama}</div> : null}
      {unit ? <div className="meja-banner-unit">{unit}</div> : null}
      {warna === 'merah' && hasil.pesan ? <div className="meja-banner-pesan">{hasil.pesan}</div> : null}
      {warna === 'hijau' && p?.kehadiran ? <div className="meja-banner-pesan">pukul {pukul(p.kehadiran.waktu, zona)} {zona} · {p.kehadiran.meja}</div> : null}
      {hasil.hasil === 'bukan-peserta' && hasil.pegawai ? (
        <button type="button" className="btn btn-primary meja-banner-aksi" onClick={onTambah} disabled={menambah}>
          {menambah ? 'Menambahkan…' : 'Tambahkan sebagai peserta?'}
        </button>
      ) : null}
    </div>
  );
}
