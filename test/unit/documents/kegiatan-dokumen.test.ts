import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { teksIkrarBawaan } from '../../../electron/core/documents/ikrar/formulir-ikrar';
import { writeDaftarHadirDocx } from '../../../electron/core/documents/kegiatan/daftar-hadir-docx';
import { writeDaftarHadirXlsx } from '../../../electron/core/documents/kegiatan/daftar-hadir-xlsx';
import { writeIkrarKolektif } from '../../../electron/core/documents/kegiatan/ikrar-kolektif';
import { writeLaporanKegiatan, type LaporanKegiatanInput } from '../../../electron/core/documents/kegiatan/laporan';
import { barisRekapKegiatan, kolomRekapKegiatan, writeRekapXlsx } from '../../../electron/core/documents/kegiatan/rekap-xlsx';
import { tempDir } from '../../helpers/core';
import { daftarHadirContoh, kelompokContoh, rekapContoh } from '../../helpers/kegiatan-dokumen';

const dir = tempDir('netra-kegiatan-dok-');

/**
 * word/document.xml read with regular expressions, as the other document tests do: none of the
 * event documents nests a table in a table, so a table, row and cell end at their next closing tag.
 */
interface Node {
  xml: string;
}
const docOf = (file: string): Node => ({ xml: strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!) });
const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const all = (n: Node, re: RegExp): Node[] => [...n.xml.matchAll(re)].map((m) => ({ xml: m[0] }));
const tables = (n: Node) => all(n, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
const rowsOf = (n: Node) => all(n, /<w:tr[ >][\s\S]*?<\/w:tr>/g);
const cellsOf = (n: Node) => all(n, /<w:tc>[\s\S]*?<\/w:tc>/g);
const count = (n: Node, tag: string) => n.xml.split(`<w:${tag}`).length - 1;
const textOf = (n: Node) =>
  [...n.xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITY[e]!)).join('');

/** The tables that hold the signature rows (their header row says "Tanda Tangan"). */
const signatureTables = (doc: Node) => tables(doc).filter((t) => textOf(rowsOf(t)[0]!).includes('Tanda Tangan'));

describe('daftar hadir .docx', () => {
  it('repeats the header row, never splits a row, and signs odd left and even right, numbered through the groups', async () => {
    const input = daftarHadirContoh(23);
    const out = path.join(dir, 'dh.docx');
    const r = await writeDaftarHadirDocx(input, out);
    expect(r.peserta).toBe(23);
    const doc = docOf(out);
    const tables = signatureTables(doc);
    expect(tables).toHaveLength(1);
    const rows = rowsOf(tables[0]!);
    const header = rows[0]!;
    expect(count(header, 'tblHeader')).toBe(1);
    // only the first row repeats
    expect(rows.slice(1).some((row) => count(row, 'tblHeader'))).toBe(false);
    expect(rows.every((row) => count(row, 'cantSplit') === 1)).toBe(true);

    const headings = rows.filter((row) => cellsOf(row).length === 1).map(textOf);
    expect(headings).toEqual(input.kelompok.map((k) => `${k.unit.toUpperCase()} (${k.peserta.length} orang)`));
    const people = rows.filter((row) => cellsOf(row).length === 7);
    expect(people).toHaveLength(23);
    const flat = input.kelompok.flatMap((k) => k.peserta);
    people.forEach((row, i) => {
      const cells = cellsOf(row).map(textOf);
      const no = i + 1;
      expect(cells[0]).toBe(String(no));
      expect(cells[1]).toBe(flat[i]!.nama); // "A&B <Putra>" comes back as typed: escaped, not broken
      expect(cells.slice(5)).toEqual(no % 2 ? [`${no}.`, ''] : ['', `${no}.`]);
    });
    // in the given order, grouped
    expect(people.map((row) => textOf(cellsOf(row)[1]!))).toEqual(flat.map((p) => p.nama));
    // the signature halves read as one cell: no border between them
    const [left, right] = cellsOf(people[0]!).slice(5);
    expect(left!.xml).toMatch(/<w:right w:val="none"/);
    expect(right!.xml).toMatch(/<w:left w:val="none"/);
    // no page break unless asked
    expect(count(doc, 'pageBreakBefore')).toBe(0);
    expect(doc.xml).not.toContain('w:type="page"');
    expect(doc.xml).not.toContain('A&B <Putra>'); // escaped in the XML
    const text = textOf(doc);
    expect(text).toContain('DAFTAR HADIR');
    expect(text).toContain('Senin, 7 Desember 2026');
    expect(text).toContain('Jumlah peserta: 23 orang.');
    // the organiser's signature as the letters print it: name with titles, NIP formatted
    expect(text).toContain('Sri Rahayu, S.H., M.H.');
    expect(text).toContain('NIP. 19730314 199803 2 004');
  });

  it('starts each unit on a new page, in its own table with its own header row, when asked', async () => {
    const input = daftarHadirContoh(23, { pisahPerUnit: true });
    const out = path.join(dir, 'dh-pisah.docx');
    await writeDaftarHadirDocx(input, out);
    const doc = docOf(out);
    const tables = signatureTables(doc);
    expect(tables).toHaveLength(input.kelompok.length);
    for (const t of tables) expect(count(rowsOf(t)[0]!, 'tblHeader')).toBe(1);
    expect(count(doc, 'pageBreakBefore')).toBe(input.kelompok.length - 1);
    // a group without people gets no table and no empty page
    const some = daftarHadirContoh(10, { pisahPerUnit: true });
    some.kelompok[1] = { ...some.kelompok[1]!, peserta: [] };
    await writeDaftarHadirDocx(some, out);
    expect(signatureTables(docOf(out))).toHaveLength(some.kelompok.length - 1);
  });

  it('gives the same bytes for the same input, and leaves no file when there is nobody to list', async () => {
    const a = path.join(dir, 'a.docx');
    const b = path.join(dir, 'b.docx');
    await writeDaftarHadirDocx(daftarHadirContoh(40), a);
    await writeDaftarHadirDocx(daftarHadirContoh(40), b);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    const empty = path.join(dir, 'kosong', 'x.docx');
    fs.mkdirSync(path.dirname(empty));
    await expect(writeDaftarHadirDocx(daftarHadirContoh(0), empty)).rejects.toThrow(/belum ada peserta/);
    expect(fs.readdirSync(path.dirname(empty))).toEqual([]);
  });
});

async function readSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

/** Manual page breaks of the first sheet (exceljs writes them but does not read them back). */
const rowBreaks = (file: string) =>
  [...strFromU8(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet1.xml']!).matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));

describe('daftar hadir .xlsx', () => {
  it('writes text as text, heading rows per unit, zig-zag signatures, a frozen header repeated in print on F4', async () => {
    const input = daftarHadirContoh(12);
    // user text that looks like a formula or a number stays text
    input.kelompok[0]!.peserta[0]!.nama = '=HYPERLINK("http://x","klik")';
    const out = path.join(dir, 'dh.xlsx');
    expect((await writeDaftarHadirXlsx(input, out)).peserta).toBe(12);
    const ws = await readSheet(out);
    const headerRow = 8; // six title lines, a blank row
    expect(ws.getRow(headerRow).getCell(1).value).toBe('No');
    expect(ws.getRow(headerRow).getCell(8).value).toBe('Tanda Tangan');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    expect(ws.pageSetup.paperSize).toBe(14);
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.getRow(2).getCell(1).value).toBe('DAFTAR HADIR');

    const first = ws.getRow(headerRow + 1);
    expect(first.getCell(1).value).toBe(`${input.kelompok[0]!.unit.toUpperCase()} (${input.kelompok[0]!.peserta.length} orang)`);
    expect(ws.getCell(`A${headerRow + 1}`).isMerged).toBe(true);
    const person = ws.getRow(headerRow + 2);
    expect(person.getCell(2).value).toBe('=HYPERLINK("http://x","klik")');
    expect(person.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(person.getCell(3).value).toBe(input.kelompok[0]!.peserta[0]!.nip!.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'));
    expect(person.getCell(3).numFmt).toBe('@');
    expect(person.getCell(6).value).toBe('Hadir');
    expect([person.getCell(8).value, person.getCell(9).value]).toEqual(['1.', null]);
    const second = ws.getRow(headerRow + 3);
    expect([second.getCell(8).value, second.getCell(9).value]).toEqual([null, '2.']);
    // not yet recorded says so
    const statuses: unknown[] = [];
    ws.eachRow((row, n) => n > headerRow && statuses.push(row.getCell(6).value));
    expect(statuses).toContain('Belum tercatat');
    expect(rowBreaks(out)).toEqual([]);
  });

  it('breaks the printed page after each unit only when asked', async () => {
    const input = daftarHadirContoh(12, { pisahPerUnit: true });
    const out = path.join(dir, 'dh-pisah.xlsx');
    await writeDaftarHadirXlsx(input, out);
    const ws = await readSheet(out);
    // rows: 8 header, then per unit a heading row and its people; a break after each unit but the last
    const sizes = input.kelompok.map((k) => k.peserta.length);
    const ends = sizes.slice(0, -1).map((_, i) => 8 + sizes.slice(0, i + 1).reduce((a, n) => a + n + 1, 0));
    expect(rowBreaks(out)).toEqual(ends);
    expect(ws.getRow(ends[0]! + 1).getCell(1).value).toBe(`${input.kelompok[1]!.unit.toUpperCase()} (${sizes[1]} orang)`);
  });
});

describe('recap .xlsx', () => {
  it('writes the caller’s columns: unit names as text, figures as numbers, percentages as Excel percentages, totals as values', async () => {
    const groups = kelompokContoh(50);
    groups[1]!.unit = '=1+1';
    const rekap = rekapContoh(groups);
    const { baris, total } = barisRekapKegiatan(rekap);
    const out = path.join(dir, 'rekap.xlsx');
    await writeRekapXlsx({ judul: ['PEMERINTAH KABUPATEN SUKAMAJU', 'REKAP KEHADIRAN', 'Apel Ikrar', 'Senin, 7 Desember 2026'], kolom: kolomRekapKegiatan(), baris, total }, out);
    const ws = await readSheet(out);
    const header = 6;
    expect(ws.getRow(header).getCell(2).value).toBe('Perangkat Daerah');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.pageSetup.paperSize).toBe(14);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    const unit2 = ws.getRow(header + 2);
    expect(unit2.getCell(2).value).toBe('=1+1');
    expect(unit2.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(unit2.getCell(3).value).toBe(rekap.baris[1]!.jumlah.peserta);
    const pct = unit2.getCell(12);
    expect(pct.value).toBeCloseTo(rekap.baris[1]!.persenHadir / 100, 6);
    expect(pct.numFmt).toBe('0.0%');
    const totals = ws.getRow(header + 1 + baris.length);
    expect(totals.getCell(2).value).toBe('Jumlah');
    expect(totals.getCell(3).value).toBe(50);
    expect(totals.getCell(4).value).toBe(rekap.total.jumlah.hadir);
    // values, never formulas
    ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

describe('collective pledge sheet', () => {
  it('prints the pledge text then one zig-zag row per participant of the unit, without unit headings', async () => {
    const input = daftarHadirContoh(9);
    const peserta = input.kelompok.flatMap((k) => k.peserta);
    const teks = teksIkrarBawaan('Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026', 'Pemerintah Kabupaten Sukamaju');
    const out = path.join(dir, 'kolektif.docx');
    await writeIkrarKolektif({ profil: null, setup: input.setup, teks, unit: 'Dinas Kesehatan', peserta, tempatTanggal: 'Sukamaju, 7 Desember 2026' }, out);
    const doc = docOf(out);
    const text = textOf(doc);
    for (const line of [...teks.judul, teks.pemilihan.toUpperCase(), teks.sanksi, teks.penutup]) expect(text).toContain(line);
    expect(text).toContain(`Kami yang bertanda tangan di bawah ini, Aparatur Sipil Negara pada Dinas Kesehatan, masing-masing ${teks.pernyataan}`);
    teks.butir.forEach((b, i) => expect(text).toContain(`${i + 1}.${b}`));
    const rows = rowsOf(signatureTables(doc)[0]!);
    expect(rows.filter((r) => cellsOf(r).length === 1)).toHaveLength(0);
    expect(rows.filter((r) => cellsOf(r).length === 7).map((r) => textOf(cellsOf(r)[1]!))).toEqual(peserta.map((p) => p.nama));
  });
});

/** A photo of its own (docx stores identical pictures once): 320 × 200 px of colour bands. */
function fotoContoh(): string {
  const file = path.join(dir, 'foto.png');
  const png = new PNG({ width: 320, height: 200 });
  for (let i = 0; i < png.data.length; i += 4) {
    const y = Math.floor(i / 4 / 320);
    png.data.set([y < 100 ? 200 : 40, 120, y < 100 ? 60 : 180, 255], i);
  }
  fs.writeFileSync(file, PNG.sync.write(png));
  return file;
}

function laporanContoh(n: number, over: Partial<LaporanKegiatanInput> = {}): LaporanKegiatanInput {
  const input = daftarHadirContoh(n);
  return {
    profil: input.profil,
    setup: input.setup,
    penandatangan: input.penandatangan,
    tempatTanggal: input.tempatTanggal,
    kegiatan: { ...input.kegiatan, jenis: 'Apel Ikrar Netralitas ASN', mode: 'Luring (tatap muka)', penyelenggara: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026' },
    narasumber: [{ nama: 'Dr. Budi Santoso, M.Si.', jabatan: 'Ketua', instansi: 'Bawaslu Kabupaten Sukamaju' }],
    rekap: rekapContoh(input.kelompok),
    foto: [{ path: fotoContoh(), lebarPx: 320, tinggiPx: 200, keterangan: 'Pembacaan ikrar oleh peserta apel' }],
    timestamp: input.timestamp,
    ...over,
  };
}

describe('laporan kegiatan', () => {
  it('carries the attendance table and a native bar chart with the same figures, and the photos', async () => {
    const input = laporanContoh(60);
    const out = path.join(dir, 'laporan.docx');
    await writeLaporanKegiatan(input, out);
    const z = unzipSync(fs.readFileSync(out));
    const chart = strFromU8(z['word/charts/chart1.xml']!);
    const cached = [...chart.matchAll(/<c:val>.*?<\/c:val>/gs)][0]![0];
    expect([...cached.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(input.rekap.baris.map((b) => b.persenHadir));
    expect([...chart.matchAll(/<c:cat>.*?<\/c:cat>/gs)][0]![0]).toContain('Dinas Kesehatan');
    const rels = strFromU8(z['word/_rels/document.xml.rels']!);
    const rel = /<Relationship Id="([^"]+)" Type="[^"]+\/chart" Target="charts\/chart1.xml"\/>/.exec(rels);
    expect(rel).not.toBeNull();
    expect(strFromU8(z['[Content_Types].xml']!)).toContain('PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    const docXml = strFromU8(z['word/document.xml']!);
    expect(docXml).toContain(`r:id="${rel![1]}"`);
    expect(docXml).not.toContain('⟦');
    const ids = [...docXml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(z).filter((n) => n.startsWith('word/media/'))).toHaveLength(2); // kop logo + one photo
    const text = textOf(docOf(out));
    expect(text).toContain('Foto 1. Pembacaan ikrar oleh peserta apel');
    expect(text).toContain(`Peserta yang diundang sebanyak 60 orang dari ${input.rekap.baris.length} perangkat daerah/instansi`);
    expect(text).toContain('Dr. Budi Santoso, M.Si., Ketua, Bawaslu Kabupaten Sukamaju');
  });

  it('says which photo is missing instead of writing a report without it', async () => {
    const out = path.join(dir, 'laporan-hilang.docx');
    const input = laporanContoh(10, { foto: [{ path: path.join(dir, 'tidak-ada.jpg'), lebarPx: 10, tinggiPx: 10, keterangan: 'Foto bersama' }] });
    await expect(writeLaporanKegiatan(input, out)).rejects.toThrow(/Foto "Foto bersama" tidak ditemukan/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
