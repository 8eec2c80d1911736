import { TOMBOL_PRIVASI, usePrivasi } from '../lib/privasi';
import { Icon } from './Icon';
import './privasi.css';

/** The sidebar switch of privacy mode, with its key. */
export function PrivasiTombol() {
  const { aktif, toggle } = usePrivasi();
  return (
    <button
      type="button"
      className="privasi-tombol"
      aria-pressed={aktif}
      onClick={toggle}
      title={aktif ? `Tampilkan lagi nama dan NIP (${TOMBOL_PRIVASI})` : `Samarkan nama dan NIP di layar, misalnya saat presentasi (${TOMBOL_PRIVASI})`}
      data-testid="tombol-privasi"
    >
      <Icon name={aktif ? 'eyeOff' : 'eye'} />
      <span>{aktif ? 'Mode privasi aktif' : 'Mode privasi'}</span>
      <kbd>{TOMBOL_PRIVASI}</kbd>
    </button>
  );
}

/** While privacy mode is on, a reminder stays on every page (a presenter must see that it is on, and how to end it). */
export function PrivasiPita() {
  const { aktif, setAktif } = usePrivasi();
  if (!aktif) return null;
  return (
    <div className="privasi-pita" role="status" data-testid="pita-privasi">
      <Icon name="eyeOff" />
      <span>Mode privasi: nama dan NIP disamarkan</span>
      <button type="button" onClick={() => setAktif(false)}>
        Tampilkan ({TOMBOL_PRIVASI})
      </button>
    </div>
  );
}
