import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from '../../../electron/main/app-protocol';
import { windowWebPreferences } from '../../../electron/main/web-preferences';
import { IPC } from '../../../electron/preload/channels';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security';
import { tempDir } from '../../helpers/core';

/**
 * No Electron binary runs here, so electron/main/index.ts is loaded against a recording fake of
 * the 'electron' module: the test then drives what Electron would (ready, IPC messages from
 * various senders, navigations, permission checks) and checks what the shell answers.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a fake of Electron's API, typed as loosely as the tests drive it */
const fake = vi.hoisted(() => {
  type Fn = (...args: any[]) => any;
  class Emitter {
    readonly listeners = new Map<string, Fn[]>();
    on(event: string, fn: Fn) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    once(event: string, fn: Fn) {
      return this.on(event, fn);
    }
    emit(event: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
    }
  }
  class FakeContents extends Emitter {
    windowOpenHandler: Fn | null = null;
    constructor(
      readonly id: number,
      readonly mainFrame = { processId: 40 + id, frameToken: `top-${id}` },
    ) {
      super();
    }
    setWindowOpenHandler(fn: Fn) {
      this.windowOpenHandler = fn;
    }
  }
  const log: string[] = [];
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => (log.push('singleInstance'), true),
    quit: () => log.push('quit'),
    commandLine: { appendSwitch: (name: string) => log.push(`switch:${name}`) },
    enableSandbox: () => log.push('enableSandbox'),
    getPath: () => '/tidak-dipakai',
    ready: null as null | (() => void),
    whenReady() {
      return new Promise<void>((resolve) => (app.ready = resolve));
    },
  });
  const windows: any[] = [];
  class BrowserWindow extends Emitter {
    readonly webContents = new FakeContents(1);
    readonly loaded: string[] = [];
    constructor(readonly options: any) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    show() {}
    focus() {}
    restore() {}
  }
  const ses = Object.assign(new Emitter(), {
    requestHandler: null as Fn | null,
    checkHandler: null as Fn | null,
    deviceHandler: null as Fn | null,
    setPermissionRequestHandler: (fn: Fn) => (ses.requestHandler = fn),
    setPermissionCheckHandler: (fn: Fn) => (ses.checkHandler = fn),
    setDevicePermissionHandler: (fn: Fn) => (ses.deviceHandler = fn),
    webRequest: { onHeadersReceived: () => {} },
  });
  const schemes: unknown[] = [];
  const protocolHandlers = new Map<string, Fn>();
  const ipcHandlers = new Map<string, Fn>();
  const dialogCalls: string[] = [];
  const picked = { path: '', savedTo: '' };
  return {
    FakeContents,
    log,
    app,
    windows,
    ses,
    schemes,
    protocolHandlers,
    ipcHandlers,
    dialogCalls,
    picked,
    module: {
      app,
      BrowserWindow,
      Menu: { setApplicationMenu: () => {} },
      session: { defaultSession: ses },
      protocol: {
        registerSchemesAsPrivileged: (list: unknown[]) => (log.push('registerSchemes'), schemes.push(...list)),
        handle: (scheme: string, fn: Fn) => (log.push(`protocol.handle:${scheme}`), protocolHandlers.set(scheme, fn)),
      },
      ipcMain: { handle: (channel: string, fn: Fn) => ipcHandlers.set(channel, fn) },
      dialog: {
        showOpenDialog: async () => (dialogCalls.push('open'), { canceled: false, filePaths: [picked.path] }),
        showSaveDialog: async () => (dialogCalls.push('save'), { canceled: false, filePath: picked.savedTo }),
        showErrorBox: (title: string, msg: string) => log.push(`error:${title}:${msg}`),
      },
      shell: {
        showItemInFolder: () => {},
        openPath: async () => (dialogCalls.push('openPath'), ''),
      },
    },
  };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const ev = (over: { id?: number; url?: string; processId?: number; frameToken?: string; parent?: unknown; frame?: null } = {}) => ({
  sender: { id: over.id ?? 1 },
  senderFrame:
    over.frame === null
      ? null
      : { processId: over.processId ?? 41, frameToken: over.frameToken ?? 'top-1', url: over.url ?? 'app://netra/index.html#/pegawai', parent: over.parent ?? null, detached: false },
});

const call = (channel: string, event: unknown, ...args: unknown[]) => fake.ipcHandlers.get(channel)!(event, ...args);

const strangers = [
  ['another web contents', ev({ id: 2 })],
  ['a subframe', ev({ parent: {}, frameToken: 'iframe' })],
  ['a page elsewhere', ev({ url: 'https://evil.test/' })],
  ['a file:// page', ev({ url: 'file:///tmp/index.html' })],
  ['a frame that is gone', ev({ frame: null })],
] as const;

let dataDir: string;

beforeAll(async () => {
  dataDir = tempDir('netra-shell-');
  process.env.NETRA_DATA_DIR = dataDir;
  await import('../../../electron/main/index');
});

describe('before ready', () => {
  it('takes the single-instance lock, sandboxes every renderer and registers app:// as privileged', () => {
    expect(fake.log).toEqual(expect.arrayContaining(['singleInstance', 'enableSandbox', 'registerSchemes']));
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: { ...APP_SCHEME_PRIVILEGES } }]);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });
});

describe('after ready', () => {
  beforeAll(async () => {
    fake.app.ready!();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  });

  it('opens one window with the hardened webPreferences on app://netra', () => {
    const [win] = fake.windows;
    expect(win.options.webPreferences).toEqual(windowWebPreferences(win.options.webPreferences.preload));
    expect(path.basename(win.options.webPreferences.preload)).toBe('index.cjs');
    expect(win.loaded).toEqual([APP_ENTRY_URL]);
    expect(fake.log.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('serves app:// through the path check, with the CSP', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    expect(handler).toBeTypeOf('function');
    for (const url of ['app://netra/..%2f..%2fpackage.json', 'app://netra/../../package.json', 'app://evil/index.html']) {
      const res: Response = await handler({ method: 'GET', url });
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text()).not.toContain('"name": "netra"');
    }
  });

  it('answers only the four bridge channels', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC).sort());
  });

  it.each(strangers)('refuses %s on every channel and does nothing', async (_name, stranger) => {
    fake.dialogCalls.length = 0;
    expect(await call(IPC.invoke, stranger, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'KANAL_TIDAK_DIKENAL' } });
    expect(await call(IPC.pickFile, stranger, 'spreadsheet')).toBeNull();
    expect(await call(IPC.saveFile, stranger, 'Ab3_-xYz0123456789', 'x.xlsx')).toBe(false);
    expect(await call(IPC.openFile, stranger, 'Ab3_-xYz0123456789')).toBe(false);
    expect(fake.dialogCalls).toEqual([]);
  });

  it('serves its own page, with arguments checked', async () => {
    const info = await call(IPC.invoke, ev(), 'app.info', undefined);
    expect(info.ok).toBe(true);
    expect(await call(IPC.invoke, ev(), 'tidak.ada', {})).toMatchObject({ ok: false, error: { code: 'VALIDASI' } });
    await expect(call(IPC.pickFile, ev(), 'program')).rejects.toThrow(/Permintaan netra:pickFile ditolak/);
    await expect(call(IPC.saveFile, ev(), '../../etc/passwd', 'x.xlsx')).rejects.toThrow(/Permintaan netra:saveFile ditolak/);
    await expect(call(IPC.openFile, ev(), '/etc/passwd')).rejects.toThrow(/Permintaan netra:openFile ditolak/);
  });

  it('picks a file and saves a copy where the clerk chose, whole', async () => {
    const dir = tempDir('netra-shell-files-');
    fake.picked.path = path.join(dir, 'data.xlsx');
    fs.writeFileSync(fake.picked.path, 'isi berkas');
    const picked = await call(IPC.pickFile, ev(), 'spreadsheet');
    expect(picked).toMatchObject({ fileName: 'data.xlsx' });
    fake.picked.savedTo = path.join(dir, 'salinan.xlsx');
    expect(await call(IPC.saveFile, ev(), picked.file, 'salinan.xlsx')).toBe(true);
    expect(fs.readFileSync(fake.picked.savedTo, 'utf8')).toBe('isi berkas');
    expect(fs.readdirSync(dir).sort()).toEqual(['data.xlsx', 'salinan.xlsx']);
    // A picked file outside the data folder is not one the app wrote: it does not open.
    expect(await call(IPC.openFile, ev(), picked.file)).toBe(false);
  });

  it('denies every permission request and check, device access and downloads', () => {
    const granted: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid'])
      fake.ses.requestHandler!({}, p, (ok: boolean) => granted.push(ok), {});
    expect(granted).toEqual([false, false, false, false, false, false]);
    for (const p of ['media', 'clipboard-sanitized-write', 'serial', 'usb', 'fullscreen']) expect(fake.ses.checkHandler!(null, p, APP_ENTRY_URL, {})).toBe(false);
    expect(fake.ses.deviceHandler!({ deviceType: 'usb', origin: 'app://netra' })).toBe(false);
    const download = { preventDefault: vi.fn() };
    fake.ses.emit('will-download', download, {}, {});
    expect(download.preventDefault).toHaveBeenCalled();
  });

  it('keeps every web contents on app://: no navigation or redirect away, no new windows, no webviews', () => {
    const others = new fake.FakeContents(9);
    fake.app.emit('web-contents-created', {}, others);
    for (const contents of [fake.windows[0].webContents, others]) {
      expect(contents.windowOpenHandler!({ url: 'https://evil.test/' })).toEqual({ action: 'deny' });
      const webview = { preventDefault: vi.fn() };
      contents.emit('will-attach-webview', webview, {}, {});
      expect(webview.preventDefault).toHaveBeenCalled();
      for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        expect(contents.listeners.get(event)?.length, event).toBeGreaterThan(0);
        for (const url of ['https://evil.test/', 'file:///etc/passwd', 'app://evil/index.html', 'http://localhost:5173/']) {
          const e = { url, preventDefault: vi.fn() };
          contents.emit(event, e);
          expect(e.preventDefault, `${event} ${url}`).toHaveBeenCalled();
        }
        const home = { url: 'app://netra/index.html#/dokumen', preventDefault: vi.fn() };
        contents.emit(event, home);
        expect(home.preventDefault).not.toHaveBeenCalled();
      }
    }
  });
});
