import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { useDebounced } from '../../lib/useDebounced';

type PeriksaRequest = InputOf<'dokumen.periksa'>;

/**
 * The consistency warnings of the letter as it stands (`dokumen.periksa`: kop vs signer, lampiran
 * heading, tembusan to the signer), asked again once the request stops changing. A failed check
 * shows nothing: the preview already reports what is wrong with the request itself.
 */
export function usePeringatan(request: PeriksaRequest | null, delay = 300): string[] {
  const key = request ? JSON.stringify(request) : '';
  const settled = useDebounced(key, delay);
  const [items, setItems] = useState<string[]>([]);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (!settled) {
      setItems([]);
      return;
    }
    call('dokumen.periksa', JSON.parse(settled) as PeriksaRequest).then(
      (w) => ticket === latest.current && setItems(w),
      () => ticket === latest.current && setItems([]),
    );
  }, [settled]);
  return key ? items : [];
}

/**
 * Before saving: checks the request once more and, when there are warnings, asks. Resolves to
 * whether the warnings were accepted (false: nothing to accept), or null when the clerk goes back.
 */
export function useTerimaPeringatan(): (request: PeriksaRequest) => Promise<boolean | null> {
  const confirm = useConfirm();
  return async (request) => {
    const w = await call('dokumen.periksa', request);
    if (w.length === 0) return false;
    const ok = await confirm({
      title: 'Kop, lampiran atau tembusan tidak cocok',
      message: (
        <>
          <p>Peninjau naskah biasanya menolak surat seperti ini:</p>
          <ul className="peringatan-list">
            {w.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <p>Tetap simpan dan ambil nomor?</p>
        </>
      ),
      confirmLabel: 'Tetap simpan',
      cancelLabel: 'Kembali ke formulir',
      focusCancel: true,
    });
    return ok ? true : null;
  };
}

/** The warnings above the save button, so a mismatch is seen before saving. */
export function PeringatanPanel({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="banner banner-warning peringatan-panel" role="status" data-testid="peringatan-dokumen">
      <Icon name="alert" />
      <div>
        <strong>Periksa sebelum menyimpan</strong>
        <ul className="peringatan-list">
          {items.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
