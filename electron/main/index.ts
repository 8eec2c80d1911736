import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../core/core';
import { writeFileAtomic } from '../core/fs-atomic';
import { dispatch } from '../core/handlers';
import { CONTENT_SECURITY_POLICY } from '../core/security';
import { FILE_KINDS } from '../../shared/contract/files';
import { IPC, type IpcChannel } from '../preload/channels';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppUrl, serveAppRequest } from './app-protocol';
import { checkIpc, type IpcArgs, type MainWindowFacts, type SenderFacts } from './ipc-guard';
import { windowWebPreferences } from './web-preferences';
import { jaringanMeja } from '../web/meja';

// Thin shell: window, dialogs and IPC wiring. The decisions (paths, senders, arguments, window
// flags) live in app-protocol.ts, ipc-guard.ts and web-preferences.ts, which are tested as data.

if (!app.requestSingleInstanceLock()) app.quit();
// Dates, numbers and the date picker in Indonesian, whatever the system language.
app.commandLine.appendSwitch('lang', 'id');
// Every renderer sandboxed, whatever a window asks for; and app:// known before 'ready', as Electron requires.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

let core: Core | null = null;
let win: BrowserWindow | null = null;
/** Meja hadir's office-network listener: the same module as the web host's, started when an event turns it on. */
let meja: ReturnType<typeof jaringanMeja> | null = null;

const rendererRoot = path.join(import.meta.dirname, '../renderer');

function dataDir(): string {
  const i = process.argv.indexOf('--data-dir');
  if (i >= 0 && process.argv[i + 1]) return path.resolve(process.argv[i + 1]!);
  return process.env.NETRA_DATA_DIR ? path.resolve(process.env.NETRA_DATA_DIR) : app.getPath('userData');
}

/** electron-vite's dev server, only in an unpackaged run. */
function devServerUrl(): string | null {
  return !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Netra',
    show: false,
    webPreferences: windowWebPreferences(path.join(import.meta.dirname, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => (win = null));
  void win.loadURL(devServerUrl() ?? APP_ENTRY_URL);
}

function senderFacts(e: IpcMainInvokeEvent): SenderFacts {
  const f = e.senderFrame;
  return {
    webContentsId: e.sender.id,
    frame: f && !f.detached ? { processId: f.processId, frameToken: f.frameToken, url: f.url, isTop: f.parent === null } : null,
  };
}

function mainWindowFacts(): MainWindowFacts | null {
  if (!win || win.isDestroyed()) return null;
  const f = win.webContents.mainFrame;
  return { webContentsId: win.webContents.id, mainFrame: { processId: f.processId, frameToken: f.frameToken } };
}

/**
 * Registers one handler behind the boundary check. A refused sender gets `refused` (it learns
 * nothing); bad arguments from our own page are a bug and surface as an error.
 */
function handle<C extends IpcChannel>(channel: C, refused: unknown, badArgs: (message: string) => unknown, run: (args: IpcArgs<C>) => unknown): void {
  ipcMain.handle(channel, async (e, ...args: unknown[]) => {
    const check = checkIpc(channel, senderFacts(e), mainWindowFacts(), devServerUrl(), args);
    if (check.ok) return run(check.args);
    console.warn(`[ipc] ${check.message} (${e.senderFrame?.url ?? 'bingkai tidak diketahui'})`);
    return check.reason === 'pengirim' ? refused : badArgs(check.message);
  });
}

const thrown = (message: string): never => {
  throw new Error(message);
};

function wireIpc(c: Core): void {
  const refusedResult = { ok: false, error: { code: 'KANAL_TIDAK_DIKENAL', message: 'Pengirim ditolak.' } };
  handle(IPC.invoke, refusedResult, (message) => ({ ok: false, error: { code: 'VALIDASI', message } }), ([channel, input]) => dispatch(c, channel, input));

  handle(IPC.pickFile, null, thrown, async ([kind]) => {
    if (!win) return null;
    const spec = FILE_KINDS[kind];
    const r = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: spec.label, extensions: [...spec.extensions] }] });
    const chosen = r.filePaths[0];
    if (r.canceled || !chosen) return null;
    return { file: c.files.register(chosen), fileName: path.basename(chosen) };
  });

  handle(IPC.saveFile, false, thrown, async ([file, fileName]) => {
    if (!win) return false;
    const entry = c.files.resolve(file);
    const r = await dialog.showSaveDialog(win, { defaultPath: fileName });
    if (r.canceled || !r.filePath) return false;
    // All or nothing at the clerk's chosen place: a full disk leaves no half .xlsx behind.
    writeFileAtomic(r.filePath, await fs.promises.readFile(entry.path));
    shell.showItemInFolder(r.filePath);
    return true;
  });

  handle(IPC.openFile, false, thrown, async ([file]) => {
    // Only documents the app itself wrote into its data folder, and only kinds that open in an office program.
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

/**
 * Files the renderer may ask to open with the system's default program: documents, and case evidence
 * pictures (stored under bukti/ with the extension their bytes prove, never the one their name claims).
 */
const OPENABLE_EXTENSIONS = ['.docx', '.xlsx', '.pdf', '.png', '.jpg', '.gif', '.webp'];

/** Every web contents (the window, and anything Chromium might create) stays on app:// and opens nothing. */
function confine(contents: WebContents): void {
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayOnApp = (ev: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(ev.url, devServerUrl())) ev.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Files leave the app only through the save dialog above.
  ses.on('will-download', (e) => e.preventDefault());
  // app:// responses carry the CSP themselves; this covers the dev server.
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  protocol.handle(APP_SCHEME, async (request) => {
    // Event photos are shown by their download token, as on the web host (the core registered them).
    const r = await serveAppRequest(rendererRoot, request.method, request.url, (token) => (core ? core.files.resolve(token) : null));
    return new Response(r.body, { status: r.status, headers: r.headers });
  });
}

app.on('second-instance', () => {
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('web-contents-created', (_e, contents) => confine(contents));

app.whenReady().then(() => {
  try {
    core = createCore({ dataDir: dataDir(), mode: 'desktop' });
  } catch (e) {
    dialog.showErrorBox('Netra tidak dapat dimulai', (e as Error).message);
    app.quit();
    return;
  }
  hardenSession();
  Menu.setApplicationMenu(null);
  wireIpc(core);
  meja = jaringanMeja(core, { rendererDir: rendererRoot });
  core.meja.setJaringan(meja);
  core.meja.pulihkan().catch((e: unknown) => console.error(`Meja hadir dimatikan: ${(e as Error).message}`));
  createWindow();
});

app.on('window-all-closed', () => {
  void meja?.tutup();
  core?.close();
  app.quit();
});
