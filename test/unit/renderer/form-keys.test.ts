import { describe, expect, it } from 'vitest';
import { enterAction } from '../../../renderer/src/lib/form-keys';

const key = (over: Partial<Parameters<typeof enterAction>[0]> = {}) => enterAction({ key: 'Enter', ctrlKey: false, metaKey: false, tagName: 'INPUT', type: 'text', ...over });

describe('enterAction', () => {
  it('holds Enter in one-line fields, selects, checkboxes and radios (they would submit implicitly)', () => {
    for (const type of ['text', 'search', 'number', 'checkbox', 'radio', undefined]) expect(key({ type })).toBe('tahan');
    expect(key({ tagName: 'SELECT', type: 'select-one' })).toBe('tahan');
    expect(key({ tagName: 'input', type: 'TEXT' })).toBe('tahan');
  });
  it('saves on Ctrl+Enter or Cmd+Enter from any element, a textarea too', () => {
    expect(key({ ctrlKey: true })).toBe('simpan');
    expect(key({ metaKey: true })).toBe('simpan');
    expect(key({ ctrlKey: true, tagName: 'TEXTAREA', type: 'textarea' })).toBe('simpan');
  });
  it('leaves new lines in a textarea and pressing a focused button alone', () => {
    expect(key({ tagName: 'TEXTAREA', type: 'textarea' })).toBe('biarkan');
    expect(key({ tagName: 'BUTTON', type: 'submit' })).toBe('biarkan');
    expect(key({ type: 'submit' })).toBe('biarkan');
  });
  it('ignores other keys', () => {
    expect(key({ key: 'a' })).toBe('biarkan');
    expect(key({ key: 'Escape', ctrlKey: true })).toBe('biarkan');
  });
});
