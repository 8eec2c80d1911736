import type { ChannelName, InputOf, OutputOf, Result } from '../../../shared/contract/index';
import { FILE_KINDS, type FileKind, type PickedFile } from '../../../shared/contract/files';

/** How the UI reaches the core: Electron IPC in the desktop app, HTTP on the local web host. */
export interface Transport {
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** Lets the user choose a file; null when cancelled. */
  pickFile(kind: FileKind): Promise<PickedFile | null>;
  /** Hands a produced file to the user (save dialog, or a browser download). */
  saveFile(file: string, fileName: string): Promise<boolean>;
  /** Opens a produced file with the system's default program (desktop); a browser download on the web host. */
  openFile(file: string, fileName: string): Promise<boolean>;
}

interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  pickFile(kind: string): Promise<PickedFile | null>;
  saveFile(file: string, fileName: string): Promise<boolean>;
  /** Missing in a desktop build older than this renderer. */
  openFile?(file: string): Promise<boolean>;
}

declare global {
  interface Window {
    netra?: DesktopBridge;
  }
}

const desktopTransport = (bridge: DesktopBridge): Transport => ({
  invoke: (channel, input) => bridge.invoke(channel, input) as Promise<never>,
  pickFile: (kind) => bridge.pickFile(kind),
  saveFile: (file, name) => bridge.saveFile(file, name),
  openFile: (file, name) => (bridge.openFile ? bridge.openFile(file) : bridge.saveFile(file, name)),
});

const networkError = (e: unknown) => ({
  ok: false as const,
  error: { code: 'TERPUTUS' as const, message: `Tidak dapat menghubungi layanan Netra: ${(e as Error).message}` },
});

const isResult = (v: unknown): v is Result<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  ((v as { ok?: unknown }).ok === true ||
    ((v as { ok?: unknown }).ok === false && typeof (v as { error?: { message?: unknown } }).error?.message === 'string'));

/**
 * The host answers every route with a Result, also on 401/413; anything else (a body that is not
 * JSON, a proxy's page) becomes an error that names the status instead of a JSON parse failure.
 */
async function readResult(res: Response): Promise<Result<unknown>> {
  const text = await res.text();
  try {
    const body: unknown = JSON.parse(text);
    if (isResult(body)) return body;
  } catch {
    /* not JSON: described below */
  }
  const plain = (res.headers.get('content-type') ?? '').startsWith('text/plain') ? text.trim().slice(0, 300) : '';
  return {
    ok: false,
    error: { code: 'INTERNAL', message: `Layanan Netra menjawab tidak terduga (HTTP ${res.status})${plain ? `: ${plain}` : '.'}` },
  };
}

const httpTransport: Transport = {
  async invoke(channel, input) {
    try {
      const res = await fetch(`./api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      return (await readResult(res)) as never;
    } catch (e) {
      return networkError(e) as never;
    }
  },
  pickFile(kind) {
    return new Promise((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = FILE_KINDS[kind].accept;
      input.style.display = 'none';
      input.addEventListener('change', async () => {
        const f = input.files?.[0];
        input.remove();
        if (!f) return resolve(null);
        try {
          const res = await fetch(`./upload?name=${encodeURIComponent(f.name)}`, { method: 'POST', body: f });
          const body = (await readResult(res)) as Result<PickedFile>;
          if (body.ok) resolve(body.value);
          else reject(new Error(body.error.message));
        } catch (e) {
          reject(e as Error);
        }
      });
      input.addEventListener('cancel', () => {
        input.remove();
        resolve(null);
      });
      document.body.appendChild(input);
      input.click();
    });
  },
  async saveFile(file, fileName) {
    download(file, fileName);
    return true;
  },
  async openFile(file, fileName) {
    // A browser cannot start a desktop program: the download is the closest, the browser offers to open it.
    download(file, fileName);
    return true;
  },
};

function download(file: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = `./download/${file}`;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export const transport: Transport = window.netra ? desktopTransport(window.netra) : httpTransport;
