import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { openApp, seeText, type App } from './harness';

const all = PegawaiQuerySchema.parse({ aktif: 'semua', limit: 1000 });

describe('halaman Unit Kerja (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 250 });
    await app.page.goto(`${app.host.url}#/unit-kerja`);
  });
  afterAll(async () => {
    await app?.close();
  });

  const staffIn = (unitId: number) => app.core.pegawai.list(all).rows.filter((p) => p.unitKerjaId === unitId).map((p) => p.id).sort();

  it('renames and moves a unit: its staff follow and are found under the new name', async () => {
    const { page, core } = app;
    const units = core.units.list();
    const tops = units.filter((u) => u.parentId === null);
    const sub = units.find((u) => u.parentId !== null && staffIn(u.id).length > 0)!;
    const newParent = tops.find((t) => t.id !== sub.parentId)!;
    const staff = staffIn(sub.id);

    await page.getByTestId('cari-unit').fill(sub.nama);
    await page.getByRole('button', { name: `Ubah ${sub.nama}`, exact: true }).click();
    const form = page.getByTestId('form-unit');
    await form.getByLabel('Nama unit').fill('Bidang Netralitas dan Disiplin');
    await form.getByLabel('Unit induk').selectOption(String(newParent.id));
    await app.shot('10-unit-ubah');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.waitFor({ state: 'hidden' });

    const moved = core.units.get(sub.id);
    expect(moved).toMatchObject({ nama: 'Bidang Netralitas dan Disiplin', parentId: newParent.id });
    expect(staffIn(sub.id)).toEqual(staff);
    // The search index follows the new unit name.
    expect(core.pegawai.list({ ...all, text: 'netralitas disiplin' }).rows.map((p) => p.id).sort()).toEqual(staff);
    await page.getByTestId('cari-unit').fill('Netralitas');
    await seeText(page.getByRole('tree'), newParent.nama);
  });

  it('merges a unit into another: its staff move, the old unit is gone', async () => {
    const { page, core } = app;
    const units = core.units.list();
    const source = units.find((u) => u.parentId !== null && u.nama !== 'Bidang Netralitas dan Disiplin' && staffIn(u.id).length > 0)!;
    const target = units.find((u) => u.id !== source.id && u.parentId !== null && u.parentId !== source.id)!;
    const expected = [...staffIn(source.id), ...staffIn(target.id)].sort();

    await page.getByTestId('cari-unit').fill(source.nama);
    await page.getByRole('button', { name: `Gabungkan ${source.nama}`, exact: true }).click();
    const dialog = page.getByTestId('dialog-gabung-unit');
    await dialog.getByLabel('Unit tujuan').selectOption(String(target.id));
    await dialog.getByRole('button', { name: 'Gabungkan' }).click();
    await page.getByTestId('konfirmasi').getByRole('button', { name: 'Gabungkan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.shot('11-unit-gabung');

    expect(core.units.list().some((u) => u.id === source.id)).toBe(false);
    expect(staffIn(target.id)).toEqual(expected);
  });
});
