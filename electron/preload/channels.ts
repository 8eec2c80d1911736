/** The four IPC channels between the preload bridge and main; nothing else is exposed. */
export const IPC = {
  invoke: 'netra:invoke',
  pickFile: 'netra:pickFile',
  saveFile: 'netra:saveFile',
  openFile: 'netra:openFile',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];
