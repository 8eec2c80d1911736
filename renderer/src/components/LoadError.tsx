import { Icon } from './Icon';

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
