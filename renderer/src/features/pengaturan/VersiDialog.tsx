import type { TeksVersi } from '../../../../shared/contract/index';
import type { TextSlot } from '../../../../shared/dokumen/teks';
import { Dialog } from '../../components/Dialog';
import { formatWaktu } from '../../lib/format';

interface Props {
  versi: TeksVersi;
  slots: readonly TextSlot[];
  onClose: () => void;
  onUseAsBase: () => void;
}

/** One saved version, read-only. */
export function VersiDialog({ versi, slots, onClose, onUseAsBase }: Props) {
  return (
    <Dialog
      title={`Versi ${versi.versi}`}
      subtitle={`${formatWaktu(versi.createdAt)}${versi.catatan ? ` · ${versi.catatan}` : ''}`}
      size="lg"
      testId="lihat-versi"
      onClose={onClose}
      footer={
        <>
          <div className="footer-hint">Esc untuk menutup</div>
          <button type="button" className="btn" onClick={onClose}>
            Tutup
          </button>
          <button type="button" className="btn btn-primary" onClick={onUseAsBase}>
            Pakai sebagai dasar
          </button>
        </>
      }
    >
      <dl className="versi-teks">
        {slots.map((s) => (
          <div key={s.key}>
            <dt>{s.label}</dt>
            <dd>{versi.teks[s.key] ?? <span className="muted">(kosong)</span>}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
