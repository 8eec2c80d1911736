import type { Core } from '../../electron/core/core';
import { seeText, type App } from './harness';

/** Numbers in the agenda book, oldest first. */
export const taken = (core: Core) =>
  core.penomoran
    .list({ tahun: null, status: null })
    .map((n) => n.nomor)
    .reverse();

/** Long enough for a second, unwanted save to have reached the core. */
export const settle = () => new Promise((r) => setTimeout(r, 700));

/** A fresh invitation form, its preview showing the stand-in number. */
export async function openUndangan(app: App) {
  const { page } = app;
  await page.goto(`${app.host.url}#/dokumen?tab=buat`);
  await page.reload();
  await page.getByTestId('jenis-surat-undangan').click();
  const form = page.getByTestId('form-dokumen');
  await form.waitFor();
  await seeText(page.getByTestId('pratinjau-naskah'), '800/…/');
  return form;
}
