import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import { KasusImporService, petakanPelanggaran } from '../../../electron/core/services/kasus-impor';
import { AturanKasusRepository } from '../../../electron/core/db/repositories/aturan-kasus';
import { openSecondConnection } from '../../../electron/core/db/open';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns, tempDir } from '../../helpers/core';
import { writeSheet, type SheetCell } from '../../helpers/sheets';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}
async function gagal<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>) {
  const r = await dispatch(core, ch, input);
  if (r.ok) throw new Error(`${ch} diterima padahal harus ditolak`);
  return r.error;
}

const HEADERS = ['No', 'Nomor Rekomendasi', 'Tanggal Rekomendasi', 'Tanggal Kejadian', 'Nama', 'NIP', 'Tgl. Lahir', 'Jabatan', 'Instansi/Unit Kerja', 'Jenis/Dugaan Pelanggaran', 'Rekomendasi (Sanksi)'];
const NOMOR_A = '045/PP.01.02/K.JB-12/11/2026';
const NOMOR_B = '051/PP.01.02/K.JB-12/11/2026';

function setup() {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-11-10T02:00:00Z') });
  const disdik = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const guru = core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso', unitKerjaId: disdik.id }));
  // no NIP in the sheet for her: matched by name and birth date
  const kabid = core.pegawai.create(pns({ nip: '197812052005012003', nama: 'Rina Marlina', jenisKelamin: 'P', tanggalLahir: '1978-12-05', unitKerjaId: disdik.id, jenisJabatan: 'ADMINISTRATOR', eselon: 'III.b', golongan: 'IV/a' }));
  const mirip = core.pegawai.create(pns({ nip: '199001012015031002', nama: 'Agus Salim', tanggalLahir: '1990-01-01', unitKerjaId: disdik.id }));
  return { core, guru, kabid, mirip };
}

const rows = (): SheetCell[][] => [
  [1, NOMOR_A, '30/10/2026', '20/10/2026', 'Budi Santoso, S.E.', '198503122010011004', null, 'Guru', 'Dinas Pendidikan', 'Kampanye di media sosial', 'Sanksi moral dan hukuman disiplin'],
  [2, NOMOR_A, '30/10/2026', '21/10/2026', 'Dra. Rina Marlina', null, '05-12-1978', 'Kepala Bidang', 'Dinas Pendidikan', 'menghadiri kampanye', 'Sanksi moral'],
  [3, NOMOR_A, '30/10/2026', '20/10/2026', 'Agus Salimin', null, null, 'Staf', 'Dinas Pendidikan', 'Memasang baliho calon', 'Sanksi moral'],
  [4, NOMOR_B, '02/11/2026', '25/10/2026', 'Budi Santoso', '198503122010011004', null, 'Guru', 'Dinas Pendidikan', 'Ujaran kebencian', 'Ditindaklanjuti'],
];

async function berkas(core: Core, data = rows(), name = 'rekomendasi.xlsx') {
  const file = await writeSheet(name, HEADERS, data);
  return { file, token: core.files.register(file) };
}

describe('kasus.impor: a recommendation list', () => {
  it('groups rows by number and date, matches by NIP then by name and birth date, and asks about the rest', async () => {
    const { core, guru, kabid, mirip } = setup();
    const { token } = await berkas(core);
    const p = await call(core, 'kasus.impor.pratinjau', { file: token, pengaturan: { pelapor: 'Bawaslu Kabupaten Sukamaju' } });
    expect(p.missing).toEqual([]);
    expect(p.mapping).toMatchObject({ nomor: 1, tanggalSurat: 2, tanggalKejadian: 3, nama: 4, nip: 5, tanggalLahir: 6, jabatan: 7, unitKerja: 8, pelanggaran: 9, rekomendasi: 10 });
    expect(p.kasus.map((k) => [k.nomorSurat, k.baris])).toEqual([
      [NOMOR_A, [2, 3, 4]],
      [NOMOR_B, [5]],
    ]);
    const a = p.kasus[0]!;
    expect(a).toMatchObject({ tanggalSurat: '2026-10-30', tanggalKejadian: '2026-10-20', tanggalDiterima: '2026-11-10', aturan: { nama: expect.stringContaining('2022') } });
    expect(a.terlapor.map((t) => [t.nama, t.cocok, t.pegawai?.id ?? null])).toEqual([
      ['Budi Santoso, S.E.', 'nip', guru.id],
      ['Dra. Rina Marlina', 'nama-lahir', kabid.id],
      ['Agus Salimin', null, null],
    ]);
    // a similar name is offered to link
    expect(a.terlapor[2]!.kandidat.map((k) => k.id)).toContain(mirip.id);
    // the reporter's words map onto the catalogue through the rule set's categories; their text is kept
    expect(a.pelanggaran.map((x) => x.kode)).toEqual(expect.arrayContaining(['SKB-2', 'SKB-6', 'SKB-7', 'SKB-4', 'SKB-1']));
    expect(a.kategoriPelapor).toBe('Kampanye di media sosial; menghadiri kampanye; Memasang baliho calon');
    expect(p.kasus[1]!.belumDipetakan).toEqual(['Ujaran kebencian']);
    expect(p.belumDitinjau).toBe(1);

    // nothing is written while someone is unreviewed
    const refused = await gagal(core, 'kasus.impor.terapkan', { file: token, kunci: p.kunci });
    expect(refused.message).toContain('Agus Salimin (baris 4)');
    expect((await call(core, 'kasus.list', {})).total).toBe(0);

    // the clerk keeps him as not identified: a new preview, a new key
    const keputusan = { orang: { '4': { belumDikenal: true as const } }, aturan: {} };
    const p2 = await call(core, 'kasus.impor.pratinjau', { file: token, keputusan, pengaturan: { pelapor: 'Bawaslu Kabupaten Sukamaju' } });
    expect(p2.belumDitinjau).toBe(0);
    expect(p2.kunci).not.toBe(p.kunci);
    // the key of the old preview no longer fits the plan
    const stale = await gagal(core, 'kasus.impor.terapkan', { file: token, keputusan, kunci: p.kunci, pengaturan: { pelapor: 'Bawaslu Kabupaten Sukamaju' } });
    expect(stale.message).toContain('pratinjau');
    const r = await call(core, 'kasus.impor.terapkan', { file: token, keputusan, kunci: p2.kunci, pengaturan: { pelapor: 'Bawaslu Kabupaten Sukamaju' } });
    expect(r).toMatchObject({ ok: true, kasusDibuat: 2, terlaporDibuat: 4, terlaporPegawai: 3, terlaporBelumDikenal: 1, dilewati: 0 });

    const k = await call(core, 'kasus.get', { id: r.kasus[0]!.id });
    expect(k).toMatchObject({ nomorSurat: NOMOR_A, pelapor: 'Bawaslu Kabupaten Sukamaju', sumber: 'bawaslu', tanggalKejadian: '2026-10-20', kategoriPelapor: a.kategoriPelapor });
    expect(k.terlapor.map((t) => [t.jenis, t.nama, t.nip])).toEqual([
      ['pegawai', 'Budi Santoso, S.E.', '198503122010011004'],
      ['pegawai', 'Rina Marlina, S.E.', '197812052005012003'],
      ['belum-dikenal', 'Agus Salimin', null],
    ]);
    expect(k.terlapor[0]!.keterangan).toContain('Dugaan pelanggaran: Kampanye di media sosial');
    const audit = await call(core, 'kasus.audit', { kasusId: k.id });
    expect(audit.map((x) => x.aksi).sort()).toEqual(['buat', 'impor', 'tambah-terlapor', 'tambah-terlapor', 'tambah-terlapor']);
    expect(audit.find((x) => x.aksi === 'impor')!.baru).toBe('rekomendasi.xlsx, lembar Data, baris 2, 3, 4');

    // the same list again: every row is already registered
    const again = await call(core, 'kasus.impor.pratinjau', { file: token, keputusan });
    expect(again.invalidRows).toBe(4);
    expect(again.issues[0]!.message).toContain(`sudah tercatat sebagai kasus ${r.kasus[0]!.nomorRegister}`);
    core.close();
  });

  it('an incident date without a rule set in force is a row problem the clerk resolves by choosing', async () => {
    const { core } = setup();
    const { token } = await berkas(core, [[1, NOMOR_A, '30/10/2019', '17/04/2019', 'Budi Santoso', '198503122010011004', null, 'Guru', 'Dinas Pendidikan', 'medsos', '']]);
    const p = await call(core, 'kasus.impor.pratinjau', { file: token });
    expect(p.invalidRows).toBe(1);
    expect(p.issues[0]).toMatchObject({ row: 2, column: 'D', header: 'Tanggal Kejadian', message: expect.stringContaining('tidak ada perangkat aturan') });
    const k = p.kasus[0]!;
    expect(k.aturan).toBeNull();
    expect(k.aturanPilihan.length).toBe(2);
    const r0 = await call(core, 'kasus.impor.terapkan', { file: token, kunci: p.kunci });
    expect(r0.ok).toBe(false);
    const aturan = { [k.kunci]: k.aturanPilihan.find((a) => a.nama.includes('2020'))!.id };
    const p2 = await call(core, 'kasus.impor.pratinjau', { file: token, keputusan: { aturan } });
    expect(p2.invalidRows).toBe(0);
    const r = await call(core, 'kasus.impor.terapkan', { file: token, keputusan: { aturan }, kunci: p2.kunci });
    expect(r.kasusDibuat).toBe(1);
    expect((await call(core, 'kasus.get', { id: r.kasus[0]!.id })).aturan.kode).toBe('SKB-2020');
    core.close();
  });

  it('all or nothing: an invalid row refuses the file; --skip-invalid writes the rest; the rejected rows keep their columns as text', async () => {
    const { core } = setup();
    const data = rows().slice(0, 2);
    data.push([3, NOMOR_B, '02/11/2026', 'kemarin', '=HYPERLINK("http://x")', '198503122010011004', null, 'Guru', 'Dinas Pendidikan', 'medsos', '']);
    data.push([4, NOMOR_B, '02/11/2026', '25/10/2026', '', '', null, 'Guru', 'Dinas Pendidikan', 'medsos', '']);
    const { token } = await berkas(core, data);
    const p = await call(core, 'kasus.impor.pratinjau', { file: token });
    expect(p.issues.map((i) => [i.row, i.column])).toEqual([
      [4, 'D'],
      [5, 'E'],
    ]);
    expect(p.issues[0]!.message).toContain('"kemarin" bukan tanggal');
    const r = await call(core, 'kasus.impor.terapkan', { file: token, kunci: p.kunci });
    expect(r.ok).toBe(false);
    expect((await call(core, 'kasus.list', {})).total).toBe(0);

    const made = await call(core, 'kasus.impor.ditolak', { file: token });
    expect(made.rows).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(core.files.resolve(made.file).path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(4).value).toBe('Tanggal Kejadian');
    const cell = ws.getRow(2).getCell(5);
    // a cell that looks like a formula stays text
    expect(cell.value).toBe('=HYPERLINK("http://x")');
    expect(cell.formula).toBeUndefined();
    expect(String(ws.getRow(2).getCell(12).value)).toContain('Kolom D (Tanggal Kejadian)');

    const skip = await call(core, 'kasus.impor.terapkan', { file: token, kunci: p.kunci, skipInvalid: true });
    expect(skip).toMatchObject({ ok: true, kasusDibuat: 1, terlaporDibuat: 2, dilewati: 2 });
    core.close();
  });

  it('a failure inside the write leaves nothing behind', async () => {
    const { core } = setup();
    const { token } = await berkas(core, rows().slice(0, 2));
    const p = await call(core, 'kasus.impor.pratinjau', { file: token });
    const orig = core.kasus.buatBanyak.bind(core.kasus);
    core.kasus.buatBanyak = (items) => {
      orig(items);
      throw new Error('disk penuh');
    };
    const e = await gagal(core, 'kasus.impor.terapkan', { file: token, kunci: p.kunci });
    expect(e.message).toContain('disk penuh');
    expect(core.db.prepare('SELECT COUNT(*) FROM kasus').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT COUNT(*) FROM kasus_audit').pluck().get()).toBe(0);
    core.close();
  });

  it('plans again under the write lock when another connection wrote meanwhile (the same list registered elsewhere)', async () => {
    const { core, guru } = setup();
    const { file, token } = await berkas(core, rows().slice(0, 1));
    const p = await call(core, 'kasus.impor.pratinjau', { file: token });
    // during the backup, another window registers the same recommendation
    const svc = new KasusImporService(core.db, core.kasus, new AturanKasusRepository(core.db), async () => {
      const other = openSecondConnection(core.dataDir);
      const other_ = createCore({ dataDir: core.dataDir, mode: 'cli' });
      other_.kasus.buat({ data: { sumber: 'bawaslu', pelapor: '', nomorSurat: NOMOR_A, tanggalSurat: '2026-10-30', tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', lokasi: '', kronologi: '', pemilihan: '', kategoriPelapor: '', rekomendasi: '', pelanggaran: [] }, terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id, keterangan: '' }], aturanId: null });
      other_.close();
      other.close();
    }, () => new Date('2026-11-10T02:00:00Z'));
    const opsi = { mapping: null, pengaturan: { sumber: 'bawaslu' as const, pelapor: '', tanggalDiterima: null, pemilihan: '' }, keputusan: { orang: {}, aturan: {} } };
    await expect(svc.terapkan({ path: file, label: 'rekomendasi.xlsx' }, { ...opsi, kunci: p.kunci, skipInvalid: false })).rejects.toThrow(/tidak sama dengan pratinjau/);
    expect(core.db.prepare('SELECT COUNT(*) FROM kasus').pluck().get()).toBe(1);
    core.close();
  });

  it('reads a CSV with a title block above the header and other spellings of the columns', async () => {
    const { core } = setup();
    const dir = tempDir();
    const file = path.join(dir, 'daftar.csv');
    fs.writeFileSync(
      file,
      [
        'REKAPITULASI REKOMENDASI BAWASLU;;;;',
        ';;;;',
        'No. Rekomendasi;Tgl Surat;Tanggal Kejadian (dd-mm-yyyy);Nama Terlapor;NIP;OPD;Dugaan Pelanggaran;Sanksi',
        `${NOMOR_A};30-10-2026;20-10-2026;Budi Santoso;'198503122010011004;Dinas Pendidikan;like/komentar/share;Sanksi moral`,
      ].join('\n'),
    );
    const p = await call(core, 'kasus.impor.pratinjau', { file: core.files.register(file) });
    expect(p.headerRow).toBe(3);
    expect(p.mapping).toMatchObject({ nomor: 0, tanggalSurat: 1, tanggalKejadian: 2, nama: 3, nip: 4, unitKerja: 5, pelanggaran: 6, rekomendasi: 7 });
    expect(p.kasus[0]!.terlapor[0]!.cocok).toBe('nip');
    expect(p.kasus[0]!.pelanggaran.map((x) => x.kode)).toEqual(['SKB-2', 'SKB-6', 'SKB-7']);
    core.close();
  });
});

describe('petakanPelanggaran', () => {
  const isi = {
    pelanggaran: [
      { kode: 'SKB-1', uraian: 'memasang spanduk' },
      { kode: 'SKB-2', uraian: 'mempromosikan calon melalui media sosial' },
    ] as never,
    kategoriPelapor: [
      { kategori: 'Kampanye di media sosial', sebutan: ['medsos'], pelanggaran: ['SKB-2'] },
      { kategori: 'Alat peraga', sebutan: ['baliho', 'spanduk'], pelanggaran: ['SKB-1'] },
    ],
  };
  it('maps categories, spellings, codes and catalogue words; keeps the rest as written', () => {
    expect(petakanPelanggaran(isi, 'KAMPANYE DI MEDIA SOSIAL')).toEqual({ kode: ['SKB-2'], belum: [] });
    expect(petakanPelanggaran(isi, 'Unggah di medsos; memasang baliho di jalan')).toEqual({ kode: ['SKB-2', 'SKB-1'], belum: [] });
    expect(petakanPelanggaran(isi, 'skb-1\nmempromosikan calon melalui media sosial')).toEqual({ kode: ['SKB-1', 'SKB-2'], belum: [] });
    // a spelling only counts as a whole word ("medsosku" is not "medsos")
    expect(petakanPelanggaran(isi, 'akun medsosku')).toEqual({ kode: [], belum: ['akun medsosku'] });
  });
});
