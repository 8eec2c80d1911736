import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/preload/channels';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>(), invoked: [] as unknown[][] }));

vi.mock('electron', () => {
  const m = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (bridge.invoked.push(args), Promise.resolve(null)),
      on: () => {
        throw new Error('the preload must not listen');
      },
      send: () => {
        throw new Error('the preload must not send');
      },
    },
  };
  return { ...m, default: m };
});

beforeAll(async () => {
  await import('../../../electron/preload/index');
});

describe('preload bridge', () => {
  it('exposes exactly window.netra with four calls', () => {
    expect([...bridge.exposed.keys()]).toEqual(['netra']);
    const api = bridge.exposed.get('netra') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'openFile', 'pickFile', 'saveFile']);
    for (const fn of Object.values(api)) expect(fn).toBeTypeOf('function');
  });

  it('forwards each call to its own channel with exactly its arguments', async () => {
    const api = bridge.exposed.get('netra') as Record<string, (...a: unknown[]) => Promise<unknown>>;
    bridge.invoked.length = 0;
    await api.invoke!('app.info', { a: 1 });
    await api.pickFile!('spreadsheet');
    await api.saveFile!('tok', 'nama.xlsx');
    await api.openFile!('tok');
    expect(bridge.invoked).toEqual([
      [IPC.invoke, 'app.info', { a: 1 }],
      [IPC.pickFile, 'spreadsheet'],
      [IPC.saveFile, 'tok', 'nama.xlsx'],
      [IPC.openFile, 'tok'],
    ]);
  });
});
