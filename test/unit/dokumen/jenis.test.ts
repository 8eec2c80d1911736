import { describe, expect, it } from 'vitest';
import { JENIS_DOKUMEN } from '../../../shared/contract/dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { plainText, type Block } from '../../../shared/dokumen/model';
import { checkTeks } from '../../../shared/dokumen/teks';
import { daerahDari, namaPemilihan } from '../../../shared/dokumen/daerah';
import { naskahContoh } from '../../helpers/naskah';

/** All text of a document, in order, for "is it there" checks. */
function allText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraf':
          return plainText(b.text);
        case 'daftar':
          return b.items.map((i) => [plainText(i.text), ...(i.paragraphs ?? []).map(plainText), ...(i.children?.items ?? []).map((c) => plainText(c.text))].join('\n')).join('\n');
        case 'rincian':
          return b.rows.map((r) => `${r.label} : ${plainText(r.value)}`).join('\n');
        case 'diktum':
          return `${b.label} : ${typeof b.content === 'string' || Array.isArray(b.content) ? plainText(b.content) : [b.content.lead ?? '', ...b.content.items].map(plainText).join('\n')}`;
        case 'tabel':
          return b.rows.map((r) => r.map(plainText).join(' | ')).join('\n');
        case 'tanda-tangan':
          return [...b.tempatTanggal, ...b.jabatan, b.nama, b.pangkat, b.nip].join('\n');
        case 'tanda-tangan-kolom':
          return b.columns.map((c) => [...c.heading, ...c.signers.flatMap((s) => [s.label ?? '', s.nama, ...s.lines])].join('\n')).join('\n');
        case 'kepala-lampiran':
          return b.rows.map((r) => `${r.label} : ${r.value}`).join('\n');
        case 'kop':
          return b.lines.map((l) => l.text).join('\n');
        case 'tembusan':
          return b.items.join('\n');
        default:
          return '';
      }
    })
    .join('\n');
}

describe.each(JENIS_DOKUMEN)('jenis dokumen %s', (jenis) => {
  const def = JENIS.get(jenis);
  it('its example data satisfies its schema and its default texts pass the placeholder check', () => {
    expect(def.schema.safeParse(def.contoh).success).toBe(true);
    expect(checkTeks(def.teksBawaan, def.slots, def.placeholders)).toEqual([]);
  });
  it('fills every placeholder of the default texts', () => {
    const text = allText(naskahContoh(jenis).blocks);
    expect(text).not.toMatch(/\{[a-z_]+\}/);
    expect(text).toContain('800/0012/BKPSDM/2026');
  });
});

describe('document composition', () => {
  it('Surat Edaran: title, number, TENTANG, numbered sections with the prohibitions, issued-at lines', () => {
    const text = allText(naskahContoh('surat-edaran').blocks);
    for (const s of ['SURAT EDARAN', 'NOMOR 800/0012/BKPSDM/2026', 'TENTANG', 'Latar Belakang', 'Dasar', 'Isi Edaran', 'Dikeluarkan di Sukamaju', 'pada tanggal 23 November 2026', 'BUPATI SUKAMAJU,', 'AHMAD FAUZI'])
      expect(text).toContain(s);
    expect(text).toContain('memasang spanduk, baliho');
    expect(text).toContain('Pemerintah Kabupaten Sukamaju');
  });

  it('Surat Undangan: one addressee in the letter, several in a lampiran list', () => {
    const single = naskahContoh('surat-undangan', { data: { kepada: ['Kepala Dinas Pendidikan'] } });
    expect(single.blocks.some((b) => b.kind === 'halaman-baru')).toBe(false);
    expect(allText(single.blocks)).toContain('Yth. Kepala Dinas Pendidikan');
    expect(allText(single.blocks)).toContain('Lampiran : -');
    const many = naskahContoh('surat-undangan');
    const text = allText(many.blocks);
    expect(text).toContain('Yth. Daftar Terlampir');
    expect(text).toContain('Lampiran : 1 (satu) berkas');
    expect(text).toContain('hari/tanggal : Senin, 7 Desember 2026');
    expect(text).toContain('pukul : 07.30 WIB s.d. selesai');
    const table = many.blocks.find((b) => b.kind === 'tabel');
    expect(table?.kind === 'tabel' && table.rows.length).toBe(4);
  });

  it('SK Satgas: the decree structure in order and the members in the lampiran table', () => {
    const naskah = naskahContoh('sk-satgas');
    const text = allText(naskah.blocks);
    const order = ['KEPUTUSAN BUPATI SUKAMAJU', 'NOMOR 800/0012/BKPSDM/2026', 'TENTANG', 'DENGAN RAHMAT TUHAN YANG MAHA ESA', 'BUPATI SUKAMAJU,', 'Menimbang :', 'Mengingat :', 'MEMUTUSKAN:', 'Menetapkan :', 'KESATU :', 'KEDUA :', 'KETIGA :', 'KEEMPAT :', 'Ditetapkan di Sukamaju', 'LAMPIRAN : KEPUTUSAN BUPATI SUKAMAJU'];
    let at = -1;
    for (const s of order) {
      const next = text.indexOf(s, at + 1);
      expect(next, `"${s}" setelah posisi ${at}`).toBeGreaterThan(at);
      at = next;
    }
    const table = naskah.blocks.find((b) => b.kind === 'tabel');
    expect(table?.kind === 'tabel' && table.rows.map((r) => plainText(r[3]!))).toEqual(['Ketua', 'Sekretaris', 'Anggota', 'Anggota']);
    expect(text).toContain('NIP. 19680512 199403 1 007');
  });

  it('a decree signed a.n. is still made in the name of the regional head', () => {
    const text = allText(naskahContoh('sk-satgas', { tandaTangan: { mode: 'an', atasNama: 'Bupati Sukamaju' } }).blocks);
    expect(text).toContain('KEPUTUSAN BUPATI SUKAMAJU');
    expect(text).toContain('a.n. BUPATI SUKAMAJU');
  });
});

describe('starting values for the office’s own region', () => {
  it.each([
    [{ kepalaDaerah: 'BUPATI SUKAMAJU', pemerintah: 'PEMERINTAH KABUPATEN SUKAMAJU' }, 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026', 'Pemerintah Kabupaten Sukamaju'],
    [{ kepalaDaerah: 'WALI KOTA MAJUJAYA', pemerintah: 'PEMERINTAH KOTA MAJUJAYA' }, 'Pemilihan Wali Kota dan Wakil Wali Kota Majujaya Tahun 2026', 'Pemerintah Kota Majujaya'],
    [{ kepalaDaerah: 'Gubernur Jawa Tengah', pemerintah: 'Pemerintah Provinsi Jawa Tengah' }, 'Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah Tahun 2026', 'Pemerintah Provinsi Jawa Tengah'],
  ])('%j', (profil, pemilihan, pemerintah) => {
    const d = daerahDari(profil);
    expect(d.pemerintah).toBe(pemerintah);
    expect(namaPemilihan(d, 2026)).toBe(pemilihan);
    for (const jenis of JENIS_DOKUMEN) {
      const contoh = JENIS.get(jenis).contohUntuk(d, 2026);
      expect(JENIS.get(jenis).schema.safeParse(contoh).success).toBe(true);
      const text = JSON.stringify(contoh);
      // every example names its own region; one that names an election names the region's (a case document may name none)
      expect(text).toContain(d.nama);
      if (/Pemilihan /.test(text)) expect(text).toContain(pemilihan);
      if (d.nama !== 'Sukamaju') expect(text).not.toContain('Sukamaju');
    }
  });
});
