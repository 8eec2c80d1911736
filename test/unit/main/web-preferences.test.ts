import { describe, expect, it } from 'vitest';
import { windowWebPreferences } from '../../../electron/main/web-preferences';

describe('main window webPreferences', () => {
  it('is the hardened set, exactly', () => {
    // toEqual on the whole object: a flag added, dropped or flipped fails here.
    expect(windowWebPreferences('/app/out/preload/index.cjs')).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      plugins: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });
});
