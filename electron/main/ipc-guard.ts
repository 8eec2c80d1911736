import { z } from 'zod';
import { CHANNELS, type ChannelName } from '../../shared/contract/index';
import { FILE_KINDS, type FileKind } from '../../shared/contract/files';
import { FileToken } from '../../shared/contract/schemas';
import { IPC, type IpcChannel } from '../preload/channels';
import { isAppUrl } from './app-protocol';

/**
 * The boundary of every ipcMain handler, as plain data and functions (no 'electron' import):
 * who may call (the main window's top frame on app://netra, or the dev server in development)
 * and with which arguments. index.ts only reads the facts off the Electron event.
 */

const FileKindSchema = z.enum(Object.keys(FILE_KINDS) as [FileKind, ...FileKind[]]);

/** Only the suggested name in the save dialog: one name, no folder, nothing a file system refuses. */
export const SaveFileNameSchema = z
  .string()
  .min(1, 'Nama berkas kosong.')
  .max(255, 'Nama berkas terlalu panjang.')
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  .regex(/^[^\\/:*?"<>|\u0000-\u001f\u007f]+$/, 'Nama berkas memuat karakter yang tidak diizinkan.')
  .refine((n) => n.trim() !== '' && n !== '.' && n !== '..', 'Nama berkas tidak valid.');

/** Arguments after the event, one tuple per channel (a tuple also refuses extra arguments). */
export const IPC_ARGS = {
  [IPC.invoke]: z.tuple([z.enum(CHANNELS as [ChannelName, ...ChannelName[]]), z.unknown()]),
  [IPC.pickFile]: z.tuple([FileKindSchema]),
  [IPC.saveFile]: z.tuple([FileToken, SaveFileNameSchema]),
  [IPC.openFile]: z.tuple([FileToken]),
} as const satisfies Record<IpcChannel, z.ZodType>;

export type IpcArgs<C extends IpcChannel> = z.output<(typeof IPC_ARGS)[C]>;

export interface FrameFacts {
  processId: number;
  frameToken: string;
  url: string;
  /** No parent frame and still attached. */
  isTop: boolean;
}

export interface SenderFacts {
  webContentsId: number;
  /** null when the frame has navigated away or is gone. */
  frame: FrameFacts | null;
}

export interface MainWindowFacts {
  webContentsId: number;
  mainFrame: { processId: number; frameToken: string };
}

export function senderAllowed(sender: SenderFacts, main: MainWindowFacts | null, devServerUrl: string | null): boolean {
  const f = sender.frame;
  if (!main || !f) return false;
  return (
    sender.webContentsId === main.webContentsId &&
    f.isTop &&
    f.processId === main.mainFrame.processId &&
    f.frameToken === main.mainFrame.frameToken &&
    isAppUrl(f.url, devServerUrl)
  );
}

export type IpcCheck<C extends IpcChannel> = { ok: true; args: IpcArgs<C> } | { ok: false; reason: 'pengirim' | 'argumen'; message: string };

/** The whole decision for one IPC message: sender first (a stranger learns nothing about arguments), then arguments. */
export function checkIpc<C extends IpcChannel>(
  channel: C,
  sender: SenderFacts,
  main: MainWindowFacts | null,
  devServerUrl: string | null,
  args: unknown[],
): IpcCheck<C> {
  if (!senderAllowed(sender, main, devServerUrl)) return { ok: false, reason: 'pengirim', message: 'Pengirim ditolak.' };
  const parsed = IPC_ARGS[channel].safeParse(args);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => (i.path.length ? `argumen ${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return { ok: false, reason: 'argumen', message: `Permintaan ${channel} ditolak: ${detail}` };
  }
  return { ok: true, args: parsed.data as IpcArgs<C> };
}
