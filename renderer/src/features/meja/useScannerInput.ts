import { useEffect, useRef } from 'react';
import { PengumpulPindai } from './pemindai';

interface Cuplikan {
  el: HTMLInputElement | HTMLTextAreaElement;
  value: string;
  start: number | null;
  end: number | null;
}

const isField = (t: EventTarget | null): t is HTMLInputElement | HTMLTextAreaElement =>
  t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(t.type));

/** Puts a field back as it was before the scanner typed into it, telling React through an input event. */
function pulihkan(c: Cuplikan): void {
  if (!c.el.isConnected) return;
  const proto = c.el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(c.el, c.value);
  c.el.dispatchEvent(new Event('input', { bubbles: true }));
  try {
    if (c.start !== null && c.end !== null) c.el.setSelectionRange(c.start, c.end);
  } catch {
    /* types without a selection */
  }
}

/**
 * Listens to every key on the page, whatever field has focus, and calls `onScan` with what a USB
 * scanner typed (see PengumpulPindai for how a scan is told from typing). The Enter that ends a scan
 * is swallowed before any field sees it, and the field the scanner typed into gets its previous text
 * back, so a scan while the name-search box has focus leaves that box as the clerk left it.
 * `onScan` gets the code and the time stamp of the Enter (the desk's "seen at", also for the bench).
 */
export function useScannerInput(onScan: (code: string, at: number) => void, enabled = true): void {
  const handler = useRef(onScan);
  useEffect(() => {
    handler.current = onScan;
  }, [onScan]);

  useEffect(() => {
    if (!enabled) return;
    const pengumpul = new PengumpulPindai();
    let cuplikan: Cuplikan | null = null;

    const selesai = (code: string | null, at: number) => {
      const c = cuplikan;
      cuplikan = null;
      if (code === null) return false;
      if (c) pulihkan(c);
      handler.current(code, at);
      return true;
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey) {
        pengumpul.reset();
        return;
      }
      if (e.key === 'Enter') {
        if (!pengumpul.pending) return;
        if (selesai(pengumpul.enter(e.timeStamp), e.timeStamp)) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
        return;
      }
      if (e.key.length !== 1) return; // Shift and other keys without a character do not break a burst
      if (pengumpul.key(e.key, e.timeStamp)) {
        const t = e.target;
        cuplikan = isField(t) ? { el: t, value: t.value, start: t.selectionStart, end: t.selectionEnd } : null;
      }
    };
    // Capture on window: runs before React's handlers on the root and before the focused field.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [enabled]);
}
