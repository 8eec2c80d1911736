/**
 * Enter in a long form: a one-line field must never save it (a clerk presses Enter to finish a line,
 * not to take a letter number). Ctrl+Enter (Cmd+Enter on macOS) saves from anywhere in the form.
 */

export type EnterAction = 'simpan' | 'tahan' | 'biarkan';

export interface KeyInfo {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The element the key went to. */
  tagName: string;
  /** Its `type`, for inputs and buttons. */
  type?: string | undefined;
}

/** Input types whose Enter does not submit a form implicitly or that act on their own (buttons). */
const BUTTON_TYPES = new Set(['submit', 'button', 'reset', 'image']);

/**
 * `simpan`: save the form now; `tahan`: swallow the key (it would submit the form implicitly);
 * `biarkan`: leave it to the element (a new line in a textarea, pressing a focused button).
 */
export function enterAction(k: KeyInfo): EnterAction {
  if (k.key !== 'Enter') return 'biarkan';
  if (k.ctrlKey || k.metaKey) return 'simpan';
  const tag = k.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'BUTTON' || tag === 'A') return 'biarkan';
  if (tag === 'INPUT' && BUTTON_TYPES.has((k.type ?? 'text').toLowerCase())) return 'biarkan';
  return 'tahan';
}

export const keyInfo = (e: { key: string; ctrlKey: boolean; metaKey: boolean; target: EventTarget }): KeyInfo => {
  const el = e.target as { tagName?: string; type?: string };
  return { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, tagName: el.tagName ?? '', type: el.type };
};

/** What the save button shows and announces (aria-keyshortcuts). */
export const SIMPAN_SHORTCUT = { label: 'Ctrl+Enter', aria: 'Control+Enter' } as const;
