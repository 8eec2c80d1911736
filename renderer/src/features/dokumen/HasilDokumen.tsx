import type { DokumenDibuat } from '../../../../shared/contract/index';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { Icon } from '../../components/Icon';

interface Props {
  hasil: DokumenDibuat;
  onOpen: () => void;
  onSave: () => void;
}

/** The document just saved: its number and file, to open or save elsewhere. */
export function HasilDokumen({ hasil, onOpen, onSave }: Props) {
  const d = hasil.dokumen;
  return (
    <div className="banner banner-ok hasil-dokumen" role="status" data-testid="hasil-dokumen">
      <Icon name="check" />
      <div className="hasil-dokumen-text">
        <div>
          Dokumen tersimpan dengan nomor <strong className="num">{d.nomor}</strong> tanggal {formatTanggal(d.tanggal)}.
        </div>
        <div className="small">{d.fileName}</div>
        <div className="small">Formulir dikunci agar surat ini tidak tersimpan dua kali. Ubah isinya lewat "Buat salinan".</div>
      </div>
      <div className="hasil-dokumen-actions">
        <button type="button" className="btn btn-small" onClick={onOpen}>
          Buka
        </button>
        <button type="button" className="btn btn-small" onClick={onSave}>
          Simpan ke…
        </button>
      </div>
    </div>
  );
}
