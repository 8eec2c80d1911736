import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';

/** Title and explanation of a settings section, its main actions on the right. */
export function SectionHead({ title, description, actions }: { title: string; description: ReactNode; actions?: ReactNode }) {
  return (
    <div className="section-head">
      <div>
        <h2 className="section-title">{title}</h2>
        <p className="section-description">{description}</p>
      </div>
      {actions ? <div className="section-actions">{actions}</div> : null}
    </div>
  );
}

/** A failed load, with a retry. */
export function LoadError({ what, error, onRetry }: { what: string; error: string; onRetry: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      <Icon name="alert" /> Gagal memuat {what}: {error}
      <button type="button" className="btn btn-small" onClick={onRetry}>
        Coba lagi
      </button>
    </div>
  );
}
