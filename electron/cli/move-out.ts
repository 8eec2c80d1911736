import fs from 'node:fs';
import path from 'node:path';
import { stageCopy } from '../core/fs-atomic';

/**
 * Moves a file a channel wrote in the data folder to where the command line asked for it,
 * replacing what is there all or nothing (a rename, or a flushed copy then a rename across
 * file systems), and removes the data folder's copy and its folder.
 */
export function moveOut(source: string, target: string): void {
  try {
    fs.renameSync(source, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    const { tmp } = stageCopy(target, source);
    try {
      fs.renameSync(tmp, target);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    fs.rmSync(source, { force: true });
  }
  fs.rmSync(path.dirname(source), { recursive: true, force: true });
}
