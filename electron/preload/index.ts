import { contextBridge, ipcRenderer } from 'electron';
import { IPC } from './channels';

// The renderer gets exactly these four calls; main checks the sender and every argument again.
const api = {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke(IPC.invoke, channel, input),
  pickFile: (kind: string) => ipcRenderer.invoke(IPC.pickFile, kind),
  saveFile: (file: string, fileName: string) => ipcRenderer.invoke(IPC.saveFile, file, fileName),
  openFile: (file: string) => ipcRenderer.invoke(IPC.openFile, file),
};

contextBridge.exposeInMainWorld('netra', api);
