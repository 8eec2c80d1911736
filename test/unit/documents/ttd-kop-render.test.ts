import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { JenisDokumen, TandaTangan } from '../../../shared/contract/dokumen';
import { renderDocx } from '../../../electron/core/documents/docx/render';
import { lambangContoh, logoContoh } from '../../../electron/core/documents/contoh';
import { tempDir } from '../../helpers/core';
import { hasSoffice, renderPdf } from '../../helpers/libreoffice';
import { naskahContoh } from '../../helpers/naskah';

const dir = process.env.NETRA_RENDER_DIR ?? tempDir('netra-ttd-kop-');

interface Kasus {
  jenis: JenisDokumen;
  profil: number;
  penandatangan: number;
  tandaTangan?: Partial<TandaTangan>;
  data?: Record<string, unknown>;
}

// Sample indexes: profiles 0 BKPSDM, 1 Bupati (kop jabatan), 2 Setda; signers 0 Kepala BKPSDM, 1 Bupati, 2 Sekda.
const KASUS = {
  'sk-bupati': { jenis: 'sk-satgas', profil: 1, penandatangan: 1 },
  'se-bupati': { jenis: 'surat-edaran', profil: 1, penandatangan: 1 },
  'und-bkpsdm': { jenis: 'surat-undangan', profil: 0, penandatangan: 0 },
  'und-sekda-an': { jenis: 'surat-undangan', profil: 2, penandatangan: 2, tandaTangan: { mode: 'an', atasNama: 'BUPATI SUKAMAJU' }, data: { tembusan: ['Bupati Sukamaju (sebagai laporan)'] } },
} satisfies Record<string, Kasus>;

async function write(name: keyof typeof KASUS): Promise<string> {
  const k: Kasus = KASUS[name];
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, await renderDocx(naskahContoh(k.jenis, { profil: k.profil, penandatangan: k.penandatangan, ...(k.tandaTangan ? { tandaTangan: k.tandaTangan } : {}), ...(k.data ? { data: k.data } : {}) })));
  return file;
}

const parts = (file: string) => unzipSync(fs.readFileSync(file));
/** The document's paragraphs as plain text, in order. */
const paragraphs = (file: string) =>
  (strFromU8(parts(file)['word/document.xml']!).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));
/** The lines of the (first) signature block: from its jabatan line to the line after the name. */
function ttd(file: string, jabatan: string, lines = 5): string[] {
  const p = paragraphs(file).filter((s) => s.trim() !== '');
  // after "pada tanggal" of a decree: "BUPATI SUKAMAJU," also opens its preamble
  const i = p.indexOf(jabatan, Math.max(0, p.findIndex((s) => s.startsWith('pada tanggal'))));
  expect(i, `"${jabatan}" in the document`).toBeGreaterThanOrEqual(0);
  return p.slice(i, i + lines);
}
const media = (file: string) => Object.entries(parts(file)).filter(([k]) => k.startsWith('word/media/')).map(([, v]) => Buffer.from(v).toString('base64'));

describe('signature lines in the .docx follow the rule table', () => {
  it('SK Satgas by the Bupati: name in capitals, no titles, no pangkat, no NIP', async () => {
    const f = await write('sk-bupati');
    expect(ttd(f, 'BUPATI SUKAMAJU,', 2)[1]).toBe('AHMAD FAUZI');
    expect(paragraphs(f).join('\n')).not.toMatch(/H\. AHMAD|S\.E\., M\.M\./);
  });

  it('Surat Edaran by the Bupati: no titles either (pengaturan)', async () => {
    const f = await write('se-bupati');
    expect(ttd(f, 'BUPATI SUKAMAJU,', 2)).toEqual(['BUPATI SUKAMAJU,', 'AHMAD FAUZI']);
  });

  it('invitation by the head of BKPSDM on its own kop: titles, pangkat and NIP', async () => {
    const f = await write('und-bkpsdm');
    expect(ttd(f, 'KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA,', 4)).toEqual([
      'KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA,',
      'Sri Rahayu, S.H., M.H.',
      'Pembina Utama Muda',
      'NIP. 19730314 199803 2 004',
    ]);
  });

  it('invitation by the Sekda a.n. the Bupati on the Pemerintah Daerah kop: titles on a letter, no pangkat, no NIP', async () => {
    const f = await write('und-sekda-an');
    const lines = ttd(f, 'a.n. BUPATI SUKAMAJU', 4);
    expect(lines.slice(0, 3)).toEqual(['a.n. BUPATI SUKAMAJU', 'Sekretaris Daerah,', 'Drs. Bambang Hartono, M.Si.']);
    const all = paragraphs(f).join('\n');
    expect(all).not.toContain('19680512');
    expect(all).not.toContain('Pembina Utama');
    // the lampiran is the Bupati's letter, not the Setda's
    expect(all).toContain('SURAT BUPATI SUKAMAJU');
  });
});

describe('the kop follows the signer', () => {
  it('kop jabatan: the emblem (not the regional logo) above BUPATI SUKAMAJU, no office lines', async () => {
    const f = await write('sk-bupati');
    expect(media(f)).toEqual([lambangContoh().base64]);
    expect(paragraphs(f).filter((s) => s.trim())[0]).toBe('BUPATI SUKAMAJU');
    expect(paragraphs(f).join('\n')).not.toContain('PEMERINTAH KABUPATEN SUKAMAJU\n');
  });

  it('Pemerintah Daerah kop: the regional logo, PEMERINTAH KABUPATEN in bold, then SEKRETARIAT DAERAH', async () => {
    const f = await write('und-sekda-an');
    expect(media(f)).toEqual([logoContoh().base64]);
    const xml = strFromU8(parts(f)['word/document.xml']!);
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,400}PEMERINTAH KABUPATEN SUKAMAJU/);
    expect(paragraphs(f).filter((s) => s.trim()).slice(0, 2)).toEqual(['PEMERINTAH KABUPATEN SUKAMAJU', 'SEKRETARIAT DAERAH']);
  });

  it('office kop: the regional logo, the government line, the office', async () => {
    const f = await write('und-bkpsdm');
    expect(media(f)).toEqual([logoContoh().base64]);
    expect(paragraphs(f).filter((s) => s.trim()).slice(0, 2)).toEqual(['PEMERINTAH KABUPATEN SUKAMAJU', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA']);
  });
});

describe.skipIf(!hasSoffice())('rendered by LibreOffice, one per kop style', () => {
  it.each([
    ['sk-bupati', ['BUPATI SUKAMAJU', 'AHMAD FAUZI'], ['H. AHMAD', 'S.E., M.M.']],
    ['und-sekda-an', ['PEMERINTAH KABUPATEN SUKAMAJU', 'SEKRETARIAT DAERAH', 'a.n. BUPATI SUKAMAJU', 'Drs. Bambang Hartono, M.Si.'], ['NIP.', 'Pembina']],
    ['und-bkpsdm', ['BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA', 'Sri Rahayu, S.H., M.H.', 'NIP. 19730314 199803 2 004'], []],
  ] as const)('%s', async (name, texts, absent) => {
    const pdf = await renderPdf(await write(name));
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const t of texts) expect(flat).toContain(t);
    for (const t of absent) expect(flat).not.toContain(t);
  });
});
