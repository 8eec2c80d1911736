import { describe, expect, it } from 'vitest';
import { checkIpc, IPC_ARGS, senderAllowed, type MainWindowFacts, type SenderFacts } from '../../../electron/main/ipc-guard';
import { IPC } from '../../../electron/preload/channels';

const main: MainWindowFacts = { webContentsId: 1, mainFrame: { processId: 7, frameToken: 'top-frame' } };
const own: SenderFacts = { webContentsId: 1, frame: { processId: 7, frameToken: 'top-frame', url: 'app://netra/index.html#/pegawai', isTop: true } };
const withFrame = (over: Partial<NonNullable<SenderFacts['frame']>>): SenderFacts => ({ ...own, frame: { ...own.frame!, ...over } });
const TOKEN = 'Ab3_-xYz0123456789';

describe('senderAllowed', () => {
  it("accepts only the main window's top frame on app://netra", () => {
    expect(senderAllowed(own, main, null)).toBe(true);
    expect(senderAllowed({ ...own, webContentsId: 2 }, main, null)).toBe(false);
    expect(senderAllowed(withFrame({ isTop: false }), main, null)).toBe(false);
    expect(senderAllowed(withFrame({ frameToken: 'iframe' }), main, null)).toBe(false);
    expect(senderAllowed(withFrame({ processId: 8 }), main, null)).toBe(false);
    expect(senderAllowed(withFrame({ url: 'https://evil.test/' }), main, null)).toBe(false);
    expect(senderAllowed(withFrame({ url: 'file:///tmp/x.html' }), main, null)).toBe(false);
    expect(senderAllowed(withFrame({ url: 'app://evil/index.html' }), main, null)).toBe(false);
    expect(senderAllowed({ ...own, frame: null }, main, null)).toBe(false);
    expect(senderAllowed(own, null, null)).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    const dev = withFrame({ url: 'http://localhost:5173/#/pegawai' });
    expect(senderAllowed(dev, main, null)).toBe(false);
    expect(senderAllowed(dev, main, 'http://localhost:5173')).toBe(true);
    expect(senderAllowed(withFrame({ url: 'http://localhost:51730/' }), main, 'http://localhost:5173')).toBe(false);
  });
});

describe('checkIpc', () => {
  it('has one argument schema per bridge channel', () => {
    expect(Object.keys(IPC_ARGS).sort()).toEqual(Object.values(IPC).sort());
  });

  it('passes well-formed calls through, parsed', () => {
    expect(checkIpc(IPC.invoke, own, main, null, ['app.info', undefined])).toEqual({ ok: true, args: ['app.info', undefined] });
    expect(checkIpc(IPC.invoke, own, main, null, ['pegawai.list', { text: 'siti' }])).toEqual({ ok: true, args: ['pegawai.list', { text: 'siti' }] });
    expect(checkIpc(IPC.pickFile, own, main, null, ['spreadsheet'])).toEqual({ ok: true, args: ['spreadsheet'] });
    expect(checkIpc(IPC.saveFile, own, main, null, [TOKEN, 'Daftar Pegawai (Dinas Pendidikan) 2026.xlsx']).ok).toBe(true);
    expect(checkIpc(IPC.openFile, own, main, null, [TOKEN])).toEqual({ ok: true, args: [TOKEN] });
  });

  it('refuses a stranger before looking at its arguments', () => {
    for (const channel of Object.values(IPC)) {
      const r = checkIpc(channel, withFrame({ url: 'https://evil.test/' }), main, null, ['whatever']);
      expect(r).toEqual({ ok: false, reason: 'pengirim', message: 'Pengirim ditolak.' });
    }
  });

  it.each([
    [IPC.invoke, ['tidak.ada', {}]],
    [IPC.invoke, [42, {}]],
    [IPC.invoke, []],
    [IPC.invoke, ['app.info', {}, 'lebih']],
    [IPC.pickFile, ['exe']],
    [IPC.pickFile, [['spreadsheet']]],
    [IPC.pickFile, []],
    [IPC.saveFile, ['../../etc/passwd', 'x.xlsx']],
    [IPC.saveFile, ['pendek', 'x.xlsx']],
    [IPC.saveFile, [TOKEN, '../../.bashrc']],
    [IPC.saveFile, [TOKEN, 'C:\\Windows\\x.xlsx']],
    [IPC.saveFile, [TOKEN, 'a\u0000b.xlsx']],
    [IPC.saveFile, [TOKEN, '']],
    [IPC.saveFile, [TOKEN, '..']],
    [IPC.saveFile, [TOKEN, 'x'.repeat(256)]],
    [IPC.saveFile, [TOKEN]],
    [IPC.openFile, ['/home/pegawai/.ssh/id_rsa']],
    [IPC.openFile, [{ toString: () => TOKEN }]],
    [IPC.openFile, [TOKEN, TOKEN]],
  ] as const)('%s refuses arguments %j', (channel, args) => {
    const r = checkIpc(channel, own, main, null, [...args]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('argumen');
      expect(r.message).toContain(`Permintaan ${channel} ditolak`);
    }
  });
});
