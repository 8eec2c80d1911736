import fs from 'node:fs';
import path from 'node:path';

/**
 * The resources/ folder (sample logo): NETRA_RESOURCES, the packaged app's resources
 * (electron-builder extraResources), or the checkout, found by walking up from here (this file
 * runs from electron/core under tsx and from out/main when bundled). The default texts live with
 * their document types (shared/dokumen/jenis) and are bundled, so the logo marks the folder.
 */
const PENANDA = 'logo-contoh.png';

export function resourcesDir(): string {
  if (process.env.NETRA_RESOURCES) return process.env.NETRA_RESOURCES;
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && fs.existsSync(path.join(packaged, 'resources', PENANDA))) return path.join(packaged, 'resources');
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'resources', PENANDA))) return path.join(dir, 'resources');
    if (path.dirname(dir) === dir) throw new Error('Folder resources/ Netra tidak ditemukan.');
  }
}
