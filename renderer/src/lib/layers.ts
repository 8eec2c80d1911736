import { useEffect, useRef, type RefObject } from 'react';

/**
 * Things that Esc closes (dialogs, side panels) stack up; Esc closes only the topmost.
 * Modal layers also tell global shortcuts (Ctrl+F, /) to stand aside.
 */
interface Layer {
  id: number;
  modal: boolean;
  onEscape: () => void;
}

const stack: Layer[] = [];
let nextId = 1;

function onKeyDown(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  const top = stack[stack.length - 1];
  if (!top) return;
  e.preventDefault();
  e.stopPropagation();
  top.onEscape();
}

if (typeof window !== 'undefined') window.addEventListener('keydown', onKeyDown);

/** True while a modal dialog is open. */
export function modalOpen(): boolean {
  return stack.some((l) => l.modal);
}

/** Registers an Esc layer while `active`. */
export function useEscapeLayer(onEscape: () => void, active: boolean, modal = false): void {
  const handler = useRef(onEscape);
  handler.current = onEscape;
  useEffect(() => {
    if (!active) return;
    const layer: Layer = { id: nextId++, modal, onEscape: () => handler.current() };
    stack.push(layer);
    return () => {
      const i = stack.findIndex((l) => l.id === layer.id);
      if (i >= 0) stack.splice(i, 1);
    };
  }, [active, modal]);
}

/** Ctrl+F (or Cmd+F) and `/` focus the page's search box, unless a dialog is open. */
export function useSearchShortcut(ref: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (modalOpen()) return;
      const el = ref.current;
      if (!el) return;
      const isFind = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f';
      const target = e.target as HTMLElement | null;
      const typing =
        !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      const isSlash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing;
      if (!isFind && !isSlash) return;
      e.preventDefault();
      el.focus();
      el.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
}
