import QRCode from 'qrcode';
import { useCallback, useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useConfirm } from '../../components/Confirm';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { call } from '../../api/client';
import type { SesiMeja, StatusMeja } from './api-meja';

const SEGAR_MS = 3000;
const jam = (iso: string) => new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
const ALASAN: Record<NonNullable<SesiMeja['alasanBerakhir']>, string> = {
  dicabut: 'dicabut',
  dimatikan: 'Meja hadir dimatikan',
  'kegiatan-selesai': 'kegiatan ditutup',
  diganti: 'diganti meja bernama sama',
  keluar: 'keluar',
};

/** The pairing QR as a data URL (CSP allows data: images; nothing leaves the machine). */
function useQr(text: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return setUrl(null);
    let hidup = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 240 }).then(
      (u) => hidup && setUrl(u),
      () => hidup && setUrl(null),
    );
    return () => {
      hidup = false;
    };
  }, [text]);
  return url;
}

/**
 * The organiser's "Meja hadir" for one event: turn on desks over the office network, show the
 * address, the pairing QR and the 6-digit code, list the paired desks and revoke one.
 */
export function MejaLainPanel({ kegiatanId }: { kegiatanId: number }) {
  const toast = useToast();
  const confirm = useConfirm();
  const [status, setStatus] = useState<StatusMeja | null>(null);
  const [sesi, setSesi] = useState<SesiMeja[]>([]);
  const [galat, setGalat] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const qr = useQr(status?.aktif && status.kegiatanId === kegiatanId ? status.qr : null);

  const muat = useCallback(async () => {
    try {
      const [s, l] = await Promise.all([call('meja.status', {}), call('meja.sesi.list', { kegiatanId })]);
      setStatus(s);
      setSesi(l);
      setGalat(null);
    } catch (e) {
      setGalat(errorMessage(e));
    }
  }, [kegiatanId]);

  useEffect(() => {
    void muat();
    const t = window.setInterval(() => void muat(), SEGAR_MS);
    return () => window.clearInterval(t);
  }, [muat]);

  const lakukan = async (f: () => Promise<StatusMeja | SesiMeja>, pesan?: string) => {
    setSibuk(true);
    try {
      const r = await f();
      if ('aktif' in r && 'alamat' in r) setStatus(r);
      if (pesan) toast.success(pesan);
      await muat();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setSibuk(false);
    }
  };

  const lain = status?.aktif && status.kegiatanId !== null && status.kegiatanId !== kegiatanId;
  const aktif = !!status?.aktif && status.kegiatanId === kegiatanId;
  const hidup = sesi.filter((s) => s.aktif);
  const berakhir = sesi.filter((s) => !s.aktif).slice(0, 10);

  return (
    <div className="meja-lain" data-testid="panel-meja-lain">
      {galat ? <div className="banner banner-error">{galat}</div> : null}
      {!status ? (
        <p className="muted">Memuat…</p>
      ) : lain ? (
        <div className="banner banner-warning">
          Meja hadir sedang menyala untuk kegiatan lain ({status.judul}). Matikan di sana dulu; satu kegiatan saja yang dapat dibuka untuk meja lain.
        </div>
      ) : !aktif ? (
        <div className="form-stack">
          <p>
            Nyalakan Meja hadir agar laptop atau ponsel di pintu lain dapat memindai untuk kegiatan ini lewat jaringan kantor. Netra lalu juga mendengar di
            jaringan kantor (bukan hanya 127.0.0.1); meja yang terpasang hanya dapat memindai dan melihat peserta kegiatan ini.
          </p>
          <button type="button" className="btn btn-primary" disabled={sibuk} onClick={() => void lakukan(() => call('meja.aktifkan', { kegiatanId, aktif: true }), 'Meja hadir dinyalakan.')} data-testid="nyalakan-meja">
            Nyalakan Meja hadir
          </button>
        </div>
      ) : (
        <div className="meja-lain-isi">
          <div className="meja-lain-kode">
            {qr ? <img src={qr} alt="Kode QR pemasangan meja" width={200} height={200} data-testid="qr-meja" /> : null}
            <div>
              <div className="muted">Kode pemasangan</div>
              <div className="meja-lain-angka" data-testid="kode-meja">
                {status.kode ? `${status.kode.slice(0, 3)} ${status.kode.slice(3)}` : '—'}
              </div>
              {status.kode && status.kedaluwarsa ? <div className="muted small">Berlaku sampai pukul {jam(status.kedaluwarsa)}, untuk satu meja.</div> : <div className="muted small">Kode sudah terpakai atau kedaluwarsa.</div>}
              <button type="button" className="btn btn-small" disabled={sibuk} onClick={() => void lakukan(() => call('meja.kodeBaru', { kegiatanId }))} data-testid="kode-baru-meja">
                Kode baru
              </button>
            </div>
          </div>
          <div>
            <div className="muted">Di meja lain, buka alamat ini (atau pindai QR-nya) lalu masukkan kode:</div>
            <ul className="meja-lain-alamat" data-testid="alamat-meja">
              {status.alamat.map((a) => (
                <li key={a}>
                  <code>{a}</code>
                </li>
              ))}
              {status.alamat.length === 0 ? <li className="text-danger">Komputer ini tidak terhubung ke jaringan kantor.</li> : null}
            </ul>
          </div>
          <button
            type="button"
            className="btn btn-danger-outline"
            disabled={sibuk}
            onClick={async () => {
              const ok = await confirm({
                title: 'Matikan Meja hadir?',
                message: `${hidup.length} meja terpasang akan berhenti; pemindaian yang belum terkirim tetap tersimpan di perangkat masing-masing.`,
                confirmLabel: 'Matikan',
                danger: true,
              });
              if (ok) await lakukan(() => call('meja.aktifkan', { kegiatanId, aktif: false }), 'Meja hadir dimatikan.');
            }}
          >
            Matikan Meja hadir
          </button>
        </div>
      )}
      <h3 className="meja-lain-sub">Meja terpasang ({hidup.length})</h3>
      <table className="table table-compact" data-testid="daftar-meja">
        <thead>
          <tr>
            <th>Meja</th>
            <th>Petugas</th>
            <th>Alamat</th>
            <th>Terpasang</th>
            <th>Terakhir</th>
            <th className="num">Pindai</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {hidup.length === 0 ? (
            <tr>
              <td colSpan={7} className="muted">
                Belum ada meja lain yang terpasang.
              </td>
            </tr>
          ) : null}
          {[...hidup, ...berakhir].map((s) => (
            <tr key={s.id} className={s.aktif ? '' : 'muted'}>
              <td className="strong">{s.nama}</td>
              <td>{s.operator}</td>
              <td>{s.alamatKlien}</td>
              <td>{jam(s.dipasangAt)}</td>
              <td>{s.aktif ? jam(s.terakhirAt) : `berakhir ${s.berakhirAt ? jam(s.berakhirAt) : ''}${s.alasanBerakhir ? ` (${ALASAN[s.alasanBerakhir]})` : ''}`}</td>
              <td className="num">{s.jumlahPindai}</td>
              <td>
                {s.aktif ? (
                  <button
                    type="button"
                    className="btn btn-small btn-danger-outline"
                    disabled={sibuk}
                    onClick={async () => {
                      const ok = await confirm({ title: `Cabut ${s.nama}?`, message: 'Meja itu langsung tidak dapat memindai lagi. Pemasangan ulang perlu kode baru.', confirmLabel: 'Cabut', danger: true });
                      if (ok) await lakukan(() => call('meja.sesi.cabut', { sesiId: s.id }), `${s.nama} dicabut.`);
                    }}
                  >
                    Cabut
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The panel in a dialog, from the desk page of the organiser's own app. */
export function MejaLainDialog({ kegiatanId, onClose }: { kegiatanId: number; onClose: () => void }) {
  return (
    <Dialog title="Meja hadir di pintu lain" onClose={onClose} size="lg" testId="dialog-meja-lain">
      <MejaLainPanel kegiatanId={kegiatanId} />
    </Dialog>
  );
}
