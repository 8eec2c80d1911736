import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { NaskahPreview } from './NaskahPreview';
import type { Pratinjau } from './usePratinjau';

interface Props {
  pratinjau: Pratinjau;
  /** Shown instead of the sheets when the preview cannot be asked for yet (no profile, invalid data …). */
  blocked?: ReactNode;
}

/** The preview column: the sheets, with a line above them while loading or when the last attempt failed. */
export function PratinjauPanel({ pratinjau, blocked }: Props) {
  const { naskah, error, stale } = pratinjau;
  return (
    <div className="pratinjau-panel">
      {blocked ? (
        <div className="banner banner-info pratinjau-status" role="status">
          <Icon name="info" /> <div>{blocked}</div>
        </div>
      ) : error && !stale ? (
        <div className="banner banner-warning pratinjau-status" role="status" data-testid="pratinjau-galat">
          <Icon name="alert" /> <div>Pratinjau belum dapat diperbarui: {error}</div>
        </div>
      ) : null}
      {naskah ? (
        <NaskahPreview naskah={naskah} stale={stale || Boolean(blocked)} />
      ) : (
        <div className="pratinjau-kosong">
          {stale && !blocked ? (
            <>
              <span className="spinner" aria-hidden="true" /> Menyiapkan pratinjau…
            </>
          ) : (
            'Pratinjau dokumen akan tampil di sini.'
          )}
        </div>
      )}
    </div>
  );
}
