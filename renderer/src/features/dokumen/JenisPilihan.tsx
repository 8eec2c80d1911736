import type { JenisDokumen } from '../../../../shared/contract/index';
import type { InfoDikenal } from './jenis-info';
import { Icon } from '../../components/Icon';

/** The document types as cards: label and what each is for. */
export function JenisPilihan({ types, onChoose }: { types: InfoDikenal[]; onChoose: (j: JenisDokumen) => void }) {
  return (
    <div className="jenis-pilihan">
      <p className="muted">Pilih jenis dokumen yang akan dibuat.</p>
      <ul className="jenis-grid" data-testid="pilih-jenis">
        {types.map((t) => (
          <li key={t.jenis}>
            <button type="button" className="card jenis-card" data-testid={`jenis-${t.jenis}`} onClick={() => onChoose(t.jenis)}>
              <Icon name="file" size={22} className="jenis-icon" />
              <span className="jenis-label">{t.label}</span>
              <span className="jenis-keterangan">{t.keterangan}</span>
              <span className="jenis-go">
                Buat <Icon name="chevronRight" size={14} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
