import type { WebPreferences } from 'electron';

/**
 * The main window's webPreferences, as data so a test can check every flag. Only a type comes
 * from 'electron' (erased at build), so this module loads in plain Node.
 * Every security-relevant flag is spelled out even where it is Electron's default, so an upgrade
 * that changes a default changes nothing here.
 */
export function windowWebPreferences(preload: string) {
  return {
    preload,
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
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  } as const satisfies WebPreferences;
}
