import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns, tempDir } from '../../helpers/core';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

async function setup() {
  const dataDir = tempDir();
  const core = createCore({ dataDir, mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
  const u = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const p = core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso', unitKerjaId: u.id }));
  const k = await call(core, 'kasus.buat', {
    data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: '045/2026', tanggalSurat: '2026-10-30', tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', kronologi: 'x', kategoriPelapor: '', pelanggaran: [] },
    terlapor: [{ jenis: 'pegawai', pegawaiId: p.id }],
  });
  const src = tempDir();
  const token = (name: string, bytes: Uint8Array | string) => {
    const f = path.join(src, name.replace(/[/\\]/g, '_'));
    fs.writeFileSync(f, bytes);
    return core.files.register(f);
  };
  return { core, dataDir, kasusId: k.id, token };
}

describe('adversarial: evidence files', () => {
  it('a 0-byte file is refused: it proves nothing and usually means a failed download', async () => {
    const { core, kasusId, token } = await setup();
    const r = await dispatch(core, 'kasus.bukti.tambah', { kasusId, file: token('kosong.png', ''), namaBerkas: 'kosong.png' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDASI');
      expect(r.error.message).toContain('kosong.png');
    }
    expect(core.db.prepare('SELECT COUNT(*) FROM kasus_bukti').pluck().get()).toBe(0);
    core.close();
  });

  it('a file whose name claims a type its bytes are not is kept under a neutral extension', async () => {
    const { core, dataDir, kasusId, token } = await setup();
    const k = await call(core, 'kasus.bukti.tambah', { kasusId, file: token('laporan.pdf', '<html><script>alert(1)</script></html>'), namaBerkas: 'laporan.pdf' });
    const rel = core.db.prepare('SELECT path FROM kasus_bukti').pluck().get() as string;
    expect(k.bukti[0]).toMatchObject({ namaBerkas: 'laporan.pdf', mime: 'application/octet-stream', jenis: 'lainnya' });
    // stored as .pdf, the app's "open" would hand non-PDF bytes to the PDF program by extension
    expect(path.extname(rel)).not.toBe('.pdf');
    expect(fs.existsSync(path.join(dataDir, rel))).toBe(true);
    core.close();
  });

  it('a path-traversal name is only a label: the file lands in bukti/ by its hash', async () => {
    const { core, dataDir, kasusId, token } = await setup();
    await call(core, 'kasus.bukti.tambah', { kasusId, file: token('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])), namaBerkas: '../../../../etc/passwd.png' });
    const rel = core.db.prepare('SELECT path FROM kasus_bukti').pluck().get() as string;
    expect(rel).toMatch(/^bukti\/[0-9a-f]{64}\.png$/);
    expect(fs.existsSync(path.join(dataDir, rel))).toBe(true);
    core.close();
  });
});
