/**
 * The sanction's documents filled from a case: pure functions of (Kasus, Terlapor) over hand-made
 * cases with the shipped 2022 rule set, then read back from the .docx and rendered by LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ATURAN_BAWAAN } from '../../../electron/core/db/migrations/seed/aturan-kasus';
import { renderDocx } from '../../../electron/core/documents/docx/render';
import { ISI_DARI_KASUS } from '../../../electron/core/services/kasus-dokumen/index';
import { isiBeritaAcaraPenyampaian } from '../../../electron/core/services/kasus-dokumen/berita-acara-penyampaian';
import { isiKeputusanHukumanDisiplin } from '../../../electron/core/services/kasus-dokumen/keputusan-hukuman-disiplin';
import { isiLaporanTindakLanjut } from '../../../electron/core/services/kasus-dokumen/laporan-tindak-lanjut';
import { isiPanggilanPenyampaian } from '../../../electron/core/services/kasus-dokumen/panggilan-penyampaian';
import { isiPernyataanSanksiMoral } from '../../../electron/core/services/kasus-dokumen/pernyataan-sanksi-moral';
import { AturanIsiSchema } from '../../../shared/contract/aturan-kasus';
import type { DokumenArsip } from '../../../shared/contract/dokumen';
import type { Kasus, TahapMaju, TahapRecord, Terlapor } from '../../../shared/contract/kasus';
import type { Tahap } from '../../../shared/domain/kasus';
import { thrown, tempDir } from '../../helpers/core';
import { hasSoffice, renderPdf } from '../../helpers/libreoffice';
import { naskahContoh } from '../../helpers/naskah';

const isi = AturanIsiSchema.parse(ATURAN_BAWAAN[1]!.isi);

let seq = 0;
const tahap = (t: Tahap, tanggal: string, data: TahapMaju | { tahap: 'diterima' }): TahapRecord => ({ id: ++seq, terlaporId: 11, tahap: t, tanggal, data, createdAt: '', updatedAt: '' });

function terlapor(over: Partial<Terlapor> = {}): Terlapor {
  return {
    id: 11,
    kasusId: 7,
    jenis: 'pegawai',
    luarJenis: null,
    pegawaiId: 301,
    nama: 'Budi Santoso, S.Pd.',
    nip: '198503122010011004',
    pangkat: 'Penata Muda Tingkat I (III/b)',
    golongan: 'III/b',
    jabatan: 'Guru Ahli Pertama',
    jenisJabatan: 'FUNGSIONAL',
    eselon: null,
    statusKepegawaian: 'PNS',
    unitKerja: 'SD Negeri 1 Sukamaju',
    unitInduk: 'Dinas Pendidikan',
    instansi: '',
    keterangan: '',
    tahap: 'keputusan',
    berikutnya: ['penyampaian'],
    hasil: 'hukuman',
    hukuman: 'potongan-tukin-25-9',
    sanksiMoral: 'tertutup',
    atasan: null,
    tim: [],
    dibebaskanSejak: null,
    hukumanMulai: null,
    hukumanSelesai: null,
    riwayat: [
      tahap('diterima', '2026-11-02', { tahap: 'diterima' }),
      tahap('lhp', '2026-11-12', { tahap: 'lhp', terbukti: true, bentuk: 'mengunggah foto bersama calon Bupati dengan simbol dua jari di akun Facebook pribadinya.', waktu: '', tempat: '', memberatkan: '', meringankan: '', dampak: '', usulanHukuman: 'potongan-tukin-25-9', usulanSanksiMoral: 'tertutup' }),
      tahap('keputusan', '2026-11-18', { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'potongan-tukin-25-9', sanksiMoral: 'tertutup', alasan: '', pejabatLain: null }),
    ],
    tenggat: [],
    lampu: null,
    diarsipkan: null,
    ...over,
  };
}

function kasus(orang: Terlapor[], over: Partial<Kasus> = {}): Kasus {
  return {
    id: 7,
    nomorRegister: '007/KASUS/2026',
    sumber: 'bawaslu',
    pelapor: 'Bawaslu Kabupaten Sukamaju',
    nomorSurat: '045/PP.01.02/K.JB-12/11/2026',
    tanggalSurat: '2026-10-30',
    tanggalDiterima: '2026-11-02',
    tanggalKejadian: '2026-10-20',
    kategoriPelapor: 'Kampanye di media sosial',
    pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026',
    diarsipkan: false,
    lokasi: '',
    kronologi: '',
    rekomendasi: '',
    pelanggaran: ['PP94-5N-1', 'SKB-7'],
    aturan: { id: 2, kode: 'SKB-2022', nama: 'SKB Netralitas ASN 2022', versi: 1, berlakuMulai: '2022-09-22', berlakuSampai: null, isi },
    terlapor: orang,
    bukti: [],
    dokumen: [],
    diarsipkanAlasan: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

const sk = (over: Partial<DokumenArsip> = {}): DokumenArsip => ({
  id: 91,
  jenis: 'keputusan-hukuman-disiplin',
  nomor: '800/Kep.0031/BKPSDM/2026',
  tanggal: '2026-11-19',
  hal: 'Keputusan penjatuhan hukuman disiplin tingkat sedang atas nama Budi Santoso, S.Pd. (NIP 198503122010011004)',
  fileName: '',
  sha256: '',
  bytes: 0,
  teksVersi: 1,
  profilId: 1,
  penandatanganId: 1,
  pegawaiIds: [],
  batal: null,
  createdAt: '',
  ...over,
});

describe('filling the sanction documents from a case', () => {
  it('the decree: the frozen rule set gives the sanction, its 9 months in words, the effective day and the objection period', () => {
    const t = terlapor();
    const d = isiKeputusanHukumanDisiplin(kasus([t]), t);
    expect(d).toMatchObject({
      kasusId: 7,
      terlaporId: 11,
      nama: 'Budi Santoso, S.Pd.',
      nip: '198503122010011004',
      tingkat: 'sedang',
      hukuman: 'pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 9 (sembilan) bulan',
      perbuatan: 'mengunggah foto bersama calon Bupati dengan simbol dua jari di akun Facebook pribadinya',
      tanggalPelanggaran: '2026-10-20',
      mulaiBerlaku: 'hari kerja ke-15 (lima belas)',
      masaKeberatan: '15 (lima belas) hari kerja',
      upaya: 'keberatan',
      sanksiMoral: 'tertutup',
    });
    // before delivery the dates are words, never blanks or placeholders
    expect(d.akibat).toBe('Tunjangan kinerja Saudara dipotong sebesar 25% (dua puluh lima persen) selama 9 (sembilan) bulan, terhitung mulai tanggal berlakunya hukuman disiplin ini sampai dengan berakhirnya jangka waktu tersebut.');
    // the article from the catalogue, without the clerk's "(periksa)" mark
    expect(d.pasal).toContain('Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021');
    expect(d.pasal).not.toContain('periksa');
    expect(d.tembusan).toContain('Kepala Dinas Pendidikan');
  });

  it('the numbers follow the rule set: another set with 10 working days and 12 months prints those', () => {
    const lain = {
      ...isi,
      hukuman: isi.hukuman.map((h) => (h.kode === 'potongan-tukin-25-9' ? { ...h, durasiBulan: 12 } : h)),
      tenggat: isi.tenggat.map((x) => (x.kode === 'masa-keberatan' ? { ...x, jumlah: 10 } : x.kode === 'mulai-hukuman' ? { ...x, jumlah: 21 } : x)),
    };
    const t = terlapor({ hukumanMulai: '2026-12-17', hukumanSelesai: '2027-12-16' });
    const k = kasus([t]);
    const d = isiKeputusanHukumanDisiplin({ ...k, aturan: { ...k.aturan, isi: lain } }, t);
    expect(d.hukuman).toContain('selama 12 (dua belas) bulan');
    expect(d.masaKeberatan).toBe('10 (sepuluh) hari kerja');
    expect(d.mulaiBerlaku).toBe('hari kerja ke-21 (dua puluh satu)');
    // delivered: the consequence names the dates
    expect(d.akibat).toContain('terhitung mulai tanggal 17 Desember 2026 sampai dengan tanggal 16 Desember 2027');
  });

  it('a dismissal is appealed (banding administratif); a set without the objection rule is refused by name', () => {
    const t = terlapor({ hukuman: 'pemberhentian-dengan-hormat', sanksiMoral: null });
    expect(isiKeputusanHukumanDisiplin(kasus([t]), t)).toMatchObject({ tingkat: 'berat', upaya: 'banding administratif', sanksiMoral: 'tidak ada' });
    const k = kasus([terlapor()]);
    const tanpa = { ...k, aturan: { ...k.aturan, isi: { ...isi, tenggat: isi.tenggat.filter((x) => x.kode !== 'masa-keberatan') } } };
    expect(thrown(() => isiKeputusanHukumanDisiplin(tanpa, terlapor())).message).toContain('tidak punya aturan "masa-keberatan"');
  });

  it('refuses a person not yet decided, or not linked to the registry, saying where they stand', () => {
    const t = terlapor({ hasil: null, hukuman: null, sanksiMoral: null, tahap: 'pemeriksaan' });
    expect(thrown(() => isiKeputusanHukumanDisiplin(kasus([t]), t)).message).toBe('Budi Santoso, S.Pd. belum diputus dijatuhi hukuman disiplin (tahap sekarang: Pemeriksaan).');
    expect(thrown(() => isiPernyataanSanksiMoral(kasus([t]), t)).message).toContain('belum diputus dijatuhi sanksi moral');
    const u = terlapor({ jenis: 'belum-dikenal', pegawaiId: null });
    expect(thrown(() => isiKeputusanHukumanDisiplin(kasus([u]), u)).message).toContain('belum ditautkan ke data pegawai');
  });

  it('the moral statement, the summons and the receipt name the archived decree (number, date) and the delivery', () => {
    const t = terlapor();
    const k = kasus([t], { dokumen: [sk({ id: 90, nomor: '800/Kep.0030/BKPSDM/2026', batal: 'salah nama' }), sk()] });
    expect(isiPernyataanSanksiMoral(k, t)).toMatchObject({ cara: 'tertutup', terlaporId: 11, tanggalPelanggaran: '2026-10-20' });
    const p = isiPanggilanPenyampaian(k, t);
    // a voided decree is skipped; the issuer from the rule table (sedang for a fungsional: the head of the unit)
    expect(p).toMatchObject({ nomorKeputusan: '800/Kep.0031/BKPSDM/2026', tanggalKeputusan: '2026-11-19', tentangKeputusan: 'penjatuhan hukuman disiplin tingkat sedang atas nama Budi Santoso, S.Pd.' });
    expect(p.keputusan).toBe('Keputusan Kepala Perangkat Daerah (Pejabat Pimpinan Tinggi Pratama)');
    const dikirim = terlapor({ riwayat: [...t.riwayat, tahap('penyampaian', '2026-11-27', { tahap: 'penyampaian', cara: 'dikirim', tanggalDiterima: '2026-12-01', catatan: '' })] });
    expect(isiBeritaAcaraPenyampaian(kasus([dikirim], { dokumen: [sk()] }), dikirim)).toMatchObject({ cara: 'dikirim', tanggalDiterima: '2026-12-01', tanggalDikirim: '2026-11-27' });
  });

  it('the follow-up report: each person with the sanction and its decree, or not proven with the reason', () => {
    const budi = terlapor();
    const sri = terlapor({
      id: 12,
      nama: 'Sri Wahyuni',
      nip: '198705172010012003',
      hasil: 'tidak-terbukti',
      hukuman: null,
      sanksiMoral: null,
      riwayat: [tahap('keputusan', '2026-11-18', { tahap: 'keputusan', hasil: 'tidak-terbukti', hukuman: null, sanksiMoral: null, alasan: 'Tidak hadir dalam kegiatan | kampanye tersebut.', pejabatLain: null })],
    });
    const arsip = terlapor({ id: 13, nama: 'Arsip', diarsipkan: { at: '', alasan: 'ganda' } });
    const d = isiLaporanTindakLanjut(kasus([budi, sri, arsip], { dokumen: [sk()] }), budi);
    expect(d).toMatchObject({ kepada: ['Kepala Badan Kepegawaian Negara', 'Ketua Bawaslu Kabupaten Sukamaju'], nomorRekomendasi: '045/PP.01.02/K.JB-12/11/2026', tanggalRekomendasi: '2026-10-30' });
    expect(d.terlapor).toEqual([
      'Budi Santoso, S.Pd. | 198503122010011004 | Guru Ahli Pertama, SD Negeri 1 Sukamaju | Dijatuhi hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 9 (sembilan) bulan, serta sanksi moral berupa pernyataan secara tertutup dengan Keputusan Nomor 800/Kep.0031/BKPSDM/2026 tanggal 19 November 2026',
      // a "|" inside a reason cannot shift the columns
      'Sri Wahyuni | 198705172010012003 | Guru Ahli Pertama, SD Negeri 1 Sukamaju | Tidak terbukti: Tidak hadir dalam kegiatan / kampanye tersebut.',
    ]);
  });

  it('every filled type passes its own schema once the clerk adds what the case does not know', () => {
    const t = terlapor({ riwayat: [...terlapor().riwayat, tahap('penyampaian', '2026-11-26', { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-11-26', catatan: '' })] });
    const k = kasus([t], { dokumen: [sk()] });
    const pemeriksa = [{ nama: 'Drs. Hadi Wijaya, M.Si.', jabatan: 'Kepala Bidang Pembinaan dan Disiplin', peran: 'Ketua' }];
    const clerk: Record<string, Record<string, unknown>> = {
      'panggilan-penyampaian': { tanggalPenyampaian: '2026-11-25', tempat: 'Ruang Rapat BKPSDM' },
      // this case recorded no summons, hearing, tim or release: the examination documents ask for them
      'surat-panggilan': { pemeriksa, tanggalPeriksa: '2026-11-10', pukul: '09.00', tempat: 'Ruang Rapat BKPSDM' },
      'berita-acara-pemeriksaan': { pemeriksa, tanggalPeriksa: '2026-11-10', tempat: 'Ruang Rapat BKPSDM', pasangan: [{ pertanyaan: 'Apakah Saudara sehat?', jawaban: 'Ya.' }] },
      'keputusan-tim-pemeriksa': { anggota: pemeriksa },
      'keputusan-pembebasan-sementara': { sejak: '2026-11-05' },
    };
    for (const [jenis, isiDari] of Object.entries(ISI_DARI_KASUS)) {
      const r = naskahContoh(jenis, { data: { ...isiDari!(k, t), ...clerk[jenis] } });
      expect(r.blocks.length, jenis).toBeGreaterThan(5);
    }
  });
});

const dir = tempDir('netra-kasus-dokumen-');

describe('the decree of sanction filled from a case, in the .docx and through LibreOffice', () => {
  const t = terlapor();
  const data = isiKeputusanHukumanDisiplin(kasus([t]), t);
  const file = path.join(dir, 'sk-hukdis-kasus.docx');

  it('reads back in order: title, Menimbang, Mengingat, Memperhatikan, MEMUTUSKAN, Menetapkan, KESATU with the grouped NIP, KEDUA …, signature, tembusan; Bookman in every run', async () => {
    fs.writeFileSync(file, await renderDocx(naskahContoh('keputusan-hukuman-disiplin', { data, nomor: '800/Kep.0031/BKPSDM/2026' })));
    const parts = unzipSync(fs.readFileSync(file));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('<w:pgSz w:w="12189" w:h="18709"');
    const paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    const at = (re: RegExp) => paras.findIndex((p) => re.test(p));
    const order = [/^KEPUTUSAN BUPATI SUKAMAJU$/, /^TENTANG$/, /^PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG/, /^Menimbang$/, /^Mengingat$/, /^Memperhatikan$/, /^MEMUTUSKAN:$/, /^Menetapkan$/, /^KESATU$/, /^19850312 201001 1 004$/, /^KEDUA$/, /^KETIGA$/, /^KEEMPAT$/, /^Ditetapkan di Sukamaju$/, /^Tembusan Keputusan ini/].map(at);
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(paras).toContain('19850312 201001 1 004');
    // the moral sanction decided with it has its own diktum, and PP 42/2004 is cited
    expect(paras.join('\n')).toContain('sanksi moral berupa pernyataan secara tertutup');
    expect(paras.slice(at(/^Mengingat$/), at(/^Memperhatikan$/)).join('\n')).toContain('Peraturan Pemerintah Nomor 42 Tahun 2004');
    // every run that sets a font sets Bookman Old Style (the decree's category), none Arial
    const fonts = new Set([...xml.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts].filter((f) => f !== 'Bookman Old Style')).toEqual([]);
    expect(strFromU8(parts['word/styles.xml']!)).toMatch(/<w:rFonts w:ascii="Bookman Old Style"/);
  });

  it.skipIf(!hasSoffice())('LibreOffice: F4, MEMUTUSKAN before KESATU, the NIP grouped, a Bookman face, the regional head without titles', async () => {
    if (!fs.existsSync(file)) fs.writeFileSync(file, await renderDocx(naskahContoh('keputusan-hukuman-disiplin', { data, nomor: '800/Kep.0031/BKPSDM/2026' })));
    const pdf = await renderPdf(file);
    expect(Math.abs(pdf.widthPt - 609.4)).toBeLessThan(1);
    expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThan(1);
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat.indexOf('MEMUTUSKAN:')).toBeGreaterThan(0);
    expect(flat.indexOf('KESATU')).toBeGreaterThan(flat.indexOf('MEMUTUSKAN:'));
    expect(flat).toContain('NIP : 19850312 201001 1 004');
    expect(flat).toContain('selama 9 (sembilan) bulan');
    expect(flat).toContain('AHMAD FAUZI');
    expect(flat).not.toContain('H. AHMAD FAUZI');
    const fonts = execFileSync('pdffonts', [pdf.pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/Bookman/i);
  });
});
