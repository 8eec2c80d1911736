import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { tempDir } from '../../helpers/core';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

const undangan = { hal: 'Undangan Sosialisasi', kepada: ['Camat Sukamaju Kota'], acara: 'Sosialisasi Netralitas ASN', pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026', tanggalKegiatan: '2026-12-01', pukulMulai: '09.00', tempat: 'Aula BKPSDM' };

describe('netra dokumen', () => {
  it('skema prints the JSON Schema of a type; unknown types are usage errors', async () => {
    const r = await cli(['dokumen', 'skema', 'surat-undangan', '--json']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.required).toEqual(expect.arrayContaining(['hal', 'kepada', 'acara', 'pemilihan', 'tanggalKegiatan', 'pukulMulai', 'tempat']));
    expect((await cli(['dokumen', 'skema', 'surat-cinta'])).code).toBe(2);
  });

  it('buat takes the next number, archives and copies the file; daftar lists it; bad data exits 1 naming the fields', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--jumlah', '30', '--data-dir', dir])).code).toBe(0);
    const data = path.join(dir, 'undangan.json');
    fs.writeFileSync(data, JSON.stringify(undangan));
    const out = path.join(dir, 'hasil.docx');
    const made = await cli(['dokumen', 'buat', 'surat-undangan', '--data', data, '--out', out, '--tanggal', '2026-11-23', '--data-dir', dir, '--json']);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out).dokumen.nomor).toBe('800/0001/BKPSDM/2026');
    expect(strFromU8(unzipSync(fs.readFileSync(out))['word/document.xml']!)).toContain('Sosialisasi Netralitas ASN');

    const again = await cli(['dokumen', 'buat', 'surat-undangan', '--data', data, '--out', out, '--data-dir', dir]);
    expect(again.code).toBe(2);
    expect(again.out).toContain('sudah ada; pilih nama lain');
    const out2 = path.join(dir, 'hasil-2.docx');
    const dup = await cli(['dokumen', 'buat', 'surat-undangan', '--data', data, '--out', out2, '--nomor', '800/0001/BKPSDM/2026', '--data-dir', dir]);
    expect(dup.code).toBe(1);
    expect(dup.out).toContain('sudah tercatat di buku agenda');

    fs.writeFileSync(data, JSON.stringify({ ...undangan, kepada: [], pukulMulai: 'pagi' }));
    const bad = await cli(['dokumen', 'buat', 'surat-undangan', '--data', data, '--out', out2, '--data-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('- data.kepada:');
    expect(bad.out).toContain('- data.pukulMulai: Pukul ditulis seperti 08.00.');

    fs.writeFileSync(data, '{ bukan json');
    const broken = await cli(['dokumen', 'buat', 'surat-undangan', '--data', data, '--out', out2, '--data-dir', dir]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('bukan JSON yang sah');

    const list = JSON.parse((await cli(['dokumen', 'daftar', '--data-dir', dir, '--json'])).out);
    expect(list.rows.map((d: { nomor: string }) => d.nomor)).toEqual(['800/0001/BKPSDM/2026']);
    expect(fs.existsSync(out2)).toBe(false);
    expect((await cli(['dokumen', 'buat', 'surat-undangan', '--out', out, '--data-dir', dir])).code).toBe(2);
  });

  it('buat refuses a kop that does not match the signer unless --terima-peringatan', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--jumlah', '10', '--data-dir', dir])).code).toBe(0);
    const data = path.join(dir, 'undangan.json');
    fs.writeFileSync(data, JSON.stringify(undangan));
    const out = path.join(dir, 'bupati.docx');
    const bupati = (await cli(['dokumen', 'buat', 'surat-undangan', '--data', data, '--out', out, '--profil', 'BKPSDM', '--penandatangan', '2', '--data-dir', dir])).out;
    expect(bupati).toContain('Dokumen belum disimpan: kop, lampiran atau tembusan tidak cocok');
    expect(fs.existsSync(out)).toBe(false);
    const accepted = await cli(['dokumen', 'buat', 'surat-undangan', '--data', data, '--out', out, '--profil', 'BKPSDM', '--penandatangan', '2', '--terima-peringatan', '--data-dir', dir, '--json']);
    expect(accepted.code).toBe(0);
    // the refused attempt took no number
    expect(JSON.parse(accepted.out).dokumen.nomor).toBe('800/0001/BKPSDM/2026');
  });

  it('contoh writes one document of every type, each passing the consistency checks', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--jumlah', '10', '--data-dir', dir])).code).toBe(0);
    const r = await cli(['dokumen', 'contoh', '--out', path.join(dir, 'contoh'), '--data-dir', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).peringatan).toEqual([]);
    const files: string[] = JSON.parse(r.out).files;
    expect(files.map((f) => path.basename(f))).toEqual([
      'SE_contoh.docx',
      'UND_contoh.docx',
      'SK-SATGAS_contoh.docx',
      'PGI_contoh.docx',
      'PANGGILAN_contoh.docx',
      'BAP_contoh.docx',
      'LHP_contoh.docx',
      'SK-TIM_contoh.docx',
      'SK-BEBAS_contoh.docx',
      'SK-HUKDIS_contoh.docx',
      'SANKSI-MORAL_contoh.docx',
      'PGL-SK_contoh.docx',
      'BA-SK_contoh.docx',
      'LTL_contoh.docx',
      'SKET-HUKDIS_contoh.docx',
    ]);
    for (const f of files) expect(strFromU8(unzipSync(fs.readFileSync(f))['word/document.xml']!)).toContain('<w:pgSz w:w="12189" w:h="18709"');
    // a NIP in the follow-up report's narrow column does not wrap inside its groups
    const ltl = files.find((f) => f.endsWith('LTL_contoh.docx'))!;
    expect(strFromU8(unzipSync(fs.readFileSync(ltl))['word/document.xml']!)).toMatch(/NIP\.\u00a0\d{8}\u00a0\d{6}\u00a0\d\u00a0\d{3}/);
  });
});
