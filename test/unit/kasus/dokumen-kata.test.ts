import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import { kepalaSurat } from '../../../shared/dokumen/bagian';
import { tempDir } from '../../helpers/core';

describe('case documents read as written Indonesian', () => {
  it('a finding typed as a sentence continues "telah …" in lower case; a public complaint is not addressed to a "Ketua"', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-12-01T03:00:00Z') });
    core.demo.load({ pegawai: 600 });
    // demo case 003 comes from SP4N-LAPOR!; its LHP finding is typed starting "Melakukan …"
    const k = core.kasus.list({ teks: '003/KASUS', tahap: null, sumber: null, lampu: null, arsip: false, offset: 0, limit: 5 }).rows[0]!;
    const t = core.kasus.get(k.id).terlapor[0]!;
    const sk = await dispatch(core, 'kasus.dokumen.data', { terlaporId: t.id, jenis: 'keputusan-hukuman-disiplin' });
    if (!sk.ok) throw new Error(sk.error.message);
    const teks = JSON.stringify((sk.value as { data: unknown }).data);
    expect(teks).toContain('melakukan pendekatan kepada partai politik');
    expect(teks).not.toContain('Melakukan pendekatan');
    const ltl = await dispatch(core, 'kasus.dokumen.data', { terlaporId: t.id, jenis: 'laporan-tindak-lanjut' });
    if (!ltl.ok) throw new Error(ltl.error.message);
    expect((ltl.value as { data: { kepada: string[] } }).data.kepada).toEqual(['Kepala Badan Kepegawaian Negara']);
    core.close();
  });

  it('several addressees stand one under the other after "Yth."', () => {
    const profil = { nama: 'BKPSDM', jenisKop: 'dinas', pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU', kota: 'Sukamaju' } as never;
    const blocks = kepalaSurat({ profil, tanggal: '2026-12-01', nomor: '800/1' }, { sifat: 'Penting', lampiran: '-', hal: 'Laporan', kepada: '1. Kepala BKN\n2. Ketua Bawaslu' });
    const para = blocks.filter((b) => b.kind === 'paragraf').map((b) => (b.kind === 'paragraf' ? [b.text, b.indentMm ?? 0] : []));
    const i = para.findIndex(([text]) => text === 'Yth. 1. Kepala BKN');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(para[i + 1]![0]).toBe('2. Ketua Bawaslu');
    expect(para[i + 1]![1]).toBeGreaterThan(5);
  });
});
