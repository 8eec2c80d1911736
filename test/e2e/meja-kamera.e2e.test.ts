import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PesertaKegiatan } from '../../shared/contract/index';
import { tempDir } from '../helpers/core';
import { CHROMIUM_ARGS, chromiumPath, openApp, seeText, type App } from './harness';
import { call } from './meja-helpers';

/**
 * A camera that films a QR code on a sheet: a Y4M clip (what Chromium's fake capture device plays)
 * of `text` as a QR, 8 px a module, on a light grey page, with a little grain.
 */
function klipQr(text: string, file: string, w = 640, h = 480, frames = 10): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const scale = 8;
  const ox = Math.floor((w - n * scale) / 2);
  const oy = Math.floor((h - n * scale) / 2);
  const y = Buffer.alloc(w * h);
  for (let j = 0; j < h; j++)
    for (let i = 0; i < w; i++) {
      const mx = Math.floor((i - ox) / scale);
      const my = Math.floor((j - oy) / scale);
      const dark = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx);
      y[j * w + i] = (dark ? 35 : 225) + ((i * 7 + j * 13) % 9) - 4;
    }
  const chroma = Buffer.alloc((w / 2) * (h / 2), 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`)];
  for (let f = 0; f < frames; f++) parts.push(Buffer.from('FRAME\n'), y, chroma, chroma);
  fs.writeFileSync(file, Buffer.concat(parts));
}

describe('meja hadir: reading QR codes through the webcam (browser, fake camera)', () => {
  let app: App;
  let cam: Browser;
  let kegiatanId: number;
  let target: PesertaKegiatan;

  beforeAll(async () => {
    app = await openApp({ demo: 200 });
    const unit = app.core.units.list().find((u) => u.parentId === null)!;
    const k = await call(app, 'kegiatan.create', {
      data: { judul: 'Sosialisasi Netralitas', jenis: 'sosialisasi', tanggal: '2026-12-07', jam: '09.00', tempat: 'Aula', peserta: { unit: [unit.id], subunit: true } },
    });
    kegiatanId = k.id;
    target = (await call(app, 'kegiatan.peserta.list', { kegiatanId })).rows.find((p) => p.nip?.length === 18)!;
    const clip = path.join(tempDir('netra-kamera-'), 'qr.y4m');
    klipQr(target.nip!, clip);
    cam = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${clip}`],
    });
  });
  afterAll(async () => {
    await cam?.close();
    await app?.close();
  });

  it('"Kamera" reads the QR held up to it and records the person once', async () => {
    const ctx = await cam.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    await ctx.grantPermissions(['camera']);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.host.url}#/meja?kegiatan=${kegiatanId}`);
    await seeText(page.getByTestId('judul-kegiatan'), 'Sosialisasi Netralitas');
    await page.getByTestId('tombol-kamera').click();
    const banner = page.getByTestId('banner-hadir');
    await seeText(banner, target.nama, 20_000);
    expect(await banner.getAttribute('data-hasil')).toBe('tercatat');
    // The same code stays in view: it is not sent again and again.
    await new Promise((r) => setTimeout(r, 1500));
    const rows = (await call(app, 'kegiatan.hadir.log', { kegiatanId })).rows;
    expect(rows.filter((r) => r.pesertaId === target.id)).toEqual([expect.objectContaining({ cara: 'kamera' })]);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
