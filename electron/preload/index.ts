import { contextBridge, ipcRenderer } from 'electron';

// The renderer gets exactly these four calls; channel names and payloads are checked again in main.
const api = {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke('netra:invoke', channel, input),
  pickFile: (kind: string) => ipcRenderer.invoke('netra:pickFile', kind),
  saveFile: (file: string, fileName: string) => ipcRenderer.invoke('netra:saveFile', file, fileName),
  openFile: (file: string) => ipcRenderer.invoke('netra:openFile', file),
};

contextBridge.exposeInMainWorld('netra', api);
