import { Icon } from './Icon';

/**
 * The "Ubah" button and the bin of a row or card in the settings lists. `hapusLabel` names what is
 * deleted, for screen readers and tests ("Hapus profil BKPSDM"); `ubahLabel` likewise when the row
 * has no heading of its own.
 */
export function UbahHapus({ onUbah, onHapus, hapusLabel, ubahLabel }: { onUbah: () => void; onHapus: () => void; hapusLabel: string; ubahLabel?: string }) {
  return (
    <>
      <button type="button" className="btn btn-small" aria-label={ubahLabel} onClick={onUbah}>
        <Icon name="edit" size={14} /> Ubah
      </button>
      <button type="button" className="btn-icon btn-icon-danger" aria-label={hapusLabel} title="Hapus" onClick={onHapus}>
        <Icon name="trash" />
      </button>
    </>
  );
}
