import { transport } from '../api/client';
import { useToast } from '../components/Toast';
import { errorMessage } from './errors';

/** Open (default program; a download on the web host) and "save to…" for files the core produced, failures as toasts. */
export function useFileActions() {
  const toast = useToast();
  return {
    async open(file: string, fileName: string): Promise<void> {
      try {
        if (!(await transport.openFile(file, fileName)))
          toast.error(`${fileName} tidak dapat dibuka. Gunakan "Simpan ke…" lalu buka dari folder tujuan.`);
      } catch (e) {
        toast.error(errorMessage(e));
      }
    },
    async save(file: string, fileName: string): Promise<void> {
      try {
        await transport.saveFile(file, fileName);
      } catch (e) {
        toast.error(errorMessage(e));
      }
    },
  };
}
