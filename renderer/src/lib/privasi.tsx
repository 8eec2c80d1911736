import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { samarkanDalam, samarkanKontak, samarkanNama, samarkanNip } from './samaran';

/**
 * Privacy mode: names and identity numbers are masked wherever they are drawn, for presentations.
 * Only what is drawn changes: data, documents and exports never see it. One key (F9) toggles it
 * anywhere, also while typing (a function key types nothing); the state lives for the session.
 */
export const TOMBOL_PRIVASI = 'F9';
const SIMPAN = 'netra.privasi';

export interface Privasi {
  aktif: boolean;
  setAktif: (aktif: boolean) => void;
  toggle: () => void;
  /** The name as it may be drawn now. */
  nama: (nama: string | null | undefined) => string;
  /** The NIP / identity number as it may be drawn now (pass it already formatted for the unmasked case). */
  nip: (nip: string | null | undefined) => string;
  kontak: (nilai: string | null | undefined) => string;
  /** Free text that may quote these people (audit values, titles): their names and numbers masked. */
  dalam: (teks: string, orang: readonly { nama?: string | null; nip?: string | null }[]) => string;
}

const asIs = (s: string | null | undefined) => s ?? '';

function bacaAwal(): boolean {
  try {
    return window.sessionStorage.getItem(SIMPAN) === '1';
  } catch {
    return false;
  }
}

const PrivasiContext = createContext<Privasi>({
  aktif: false,
  setAktif: () => undefined,
  toggle: () => undefined,
  nama: asIs,
  nip: asIs,
  kontak: asIs,
  dalam: asIs,
});

/** True for the privacy key alone (no modifier), so Ctrl+F9 and the like stay free. */
export const isTombolPrivasi = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>): boolean =>
  e.key === TOMBOL_PRIVASI && !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey;

export function PrivasiProvider({ children }: { children: ReactNode }) {
  const [aktif, setAktif] = useState(bacaAwal);
  const toggle = useCallback(() => setAktif((a) => !a), []);

  useEffect(() => {
    try {
      window.sessionStorage.setItem(SIMPAN, aktif ? '1' : '0');
    } catch {
      // storage may be off (private window): the mode still works until the page closes
    }
    document.documentElement.toggleAttribute('data-privasi', aktif);
  }, [aktif]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || !isTombolPrivasi(e)) return;
      e.preventDefault();
      toggle();
    };
    // capture: a field or a dialog that handles keys itself does not swallow it
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [toggle]);

  const value = useMemo<Privasi>(
    () =>
      aktif
        ? { aktif, setAktif, toggle, nama: samarkanNama, nip: samarkanNip, kontak: samarkanKontak, dalam: samarkanDalam }
        : { aktif, setAktif, toggle, nama: asIs, nip: asIs, kontak: asIs, dalam: asIs },
    [aktif, toggle],
  );
  return <PrivasiContext.Provider value={value}>{children}</PrivasiContext.Provider>;
}

export function usePrivasi(): Privasi {
  return useContext(PrivasiContext);
}

/**
 * A name or a NIP as drawn: `<Samaran nama={p.nama} />`, `<Samaran nip={formatNip(p.nip)} />`.
 * Use `usePrivasi()` for attributes (title) and text built in code.
 */
export function Samaran(props: { nama: string | null | undefined } | { nip: string | null | undefined } | { kontak: string | null | undefined }) {
  const p = usePrivasi();
  if ('nama' in props) return <>{p.nama(props.nama)}</>;
  if ('nip' in props) return <>{p.nip(props.nip)}</>;
  return <>{p.kontak(props.kontak)}</>;
}
