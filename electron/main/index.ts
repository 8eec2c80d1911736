import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../core/core';
import { dispatch } from '../core/handlers';
import { CONTENT_SECURITY_POLICY } from '../core/security';
import { FILE_KINDS } from '../../shared/contract/files';

// Thin shell: window, dialogs and IPC wiring. Everything else lives in electron/core.

if (!app.requestSingleInstanceLock()) app.quit();
// Dates, numbers and the date picker in Indonesian, whatever the system language.
app.commandLine.appendSwitch('lang', 'id');

let core: Core | null = null;
let win: BrowserWindow | null = null;

function dataDir(): string {
  const i = process.argv.indexOf('--data-dir');
  if (i >= 0 && process.argv[i + 1]) return path.resolve(process.argv[i + 1]!);
  return process.env.NETRA_DATA_DIR ? path.resolve(process.env.NETRA_DATA_DIR) : app.getPath('userData');
}

function rendererUrl(): string | null {
  return !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;
}

function isOwnFrame(url: string | undefined): boolean {
  if (!url) return false;
  const dev = rendererUrl();
  return url.startsWith('file://') || (dev !== null && url.startsWith(dev));
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Netra',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win?.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e, url) => {
    if (!isOwnFrame(url)) e.preventDefault();
  });
  const dev = rendererUrl();
  if (dev) void win.loadURL(dev);
  else void win.loadFile(path.join(__dirname, '../renderer/index.html'));
}

function wireIpc(c: Core): void {
  ipcMain.handle('netra:invoke', (e, channel: unknown, input: unknown) => {
    if (!isOwnFrame(e.senderFrame?.url)) return { ok: false, error: { code: 'KANAL_TIDAK_DIKENAL', message: 'Pengirim ditolak.' } };
    return dispatch(c, String(channel), input);
  });
  ipcMain.handle('netra:pickFile', async (_e, kind: unknown) => {
    const spec = FILE_KINDS[String(kind) as keyof typeof FILE_KINDS];
    if (!spec || !win) return null;
    const r = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: spec.label, extensions: [...spec.extensions] }] });
    const chosen = r.filePaths[0];
    if (r.canceled || !chosen) return null;
    return { file: c.files.register(chosen), fileName: path.basename(chosen) };
  });
  ipcMain.handle('netra:saveFile', async (_e, file: unknown, fileName: unknown) => {
    if (!win) return false;
    const entry = c.files.resolve(String(file));
    const r = await dialog.showSaveDialog(win, { defaultPath: path.basename(String(fileName || entry.name)) });
    if (r.canceled || !r.filePath) return false;
    fs.copyFileSync(entry.path, r.filePath);
    shell.showItemInFolder(r.filePath);
    return true;
  });
  ipcMain.handle('netra:openFile', async (e, file: unknown) => {
    // Only documents the app itself wrote into its data folder, and only kinds that open in an office program.
    if (!isOwnFrame(e.senderFrame?.url) || typeof file !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(file)) return false;
    let target: string;
    try {
      target = path.resolve(c.files.resolve(file).path);
    } catch {
      return false;
    }
    const inside = path.relative(path.resolve(c.dataDir), target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return false;
    if (!OPENABLE_EXTENSIONS.includes(path.extname(target).toLowerCase()) || !fs.existsSync(target)) return false;
    return (await shell.openPath(target)) === '';
  });
}

/** Files the renderer may ask to open with the system's default program. */
const OPENABLE_EXTENSIONS = ['.docx', '.xlsx', '.pdf'];

app.on('second-instance', () => {
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
});

app.whenReady().then(() => {
  try {
    core = createCore({ dataDir: dataDir(), mode: 'desktop' });
  } catch (e) {
    dialog.showErrorBox('Netra tidak dapat dimulai', (e as Error).message);
    app.quit();
    return;
  }
  session.defaultSession.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  Menu.setApplicationMenu(null);
  wireIpc(core);
  createWindow();
});

app.on('window-all-closed', () => {
  core?.close();
  app.quit();
});
