import { describe, expect, it } from 'vitest';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { plainText, type Block, type NaskahDinas } from '../../../shared/dokumen/model';
import { naskahContoh } from '../../helpers/naskah';

/** All text of a document in order, one block a line (the parts a clerk reads, top to bottom). */
function teks(n: NaskahDinas): string {
  const one = (b: Block): string => {
    switch (b.kind) {
      case 'paragraf':
        return plainText(b.text);
      case 'daftar':
        return b.items.map((i) => plainText(i.text)).join('\n');
      case 'rincian':
        return b.rows.map((r) => `${r.label} : ${plainText(r.value)}`).join('\n');
      case 'diktum':
        return `${b.label} : ${typeof b.content === 'string' || Array.isArray(b.content) ? plainText(b.content) : [b.content.lead ?? '', ...b.content.items].map(plainText).join('\n')}`;
      case 'tabel':
        return [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.map(plainText).join(' | '))].join('\n');
      case 'tanda-tangan':
        return [...b.tempatTanggal, ...b.jabatan, b.nama, b.pangkat, b.nip].filter(Boolean).join('\n');
      case 'tanda-tangan-kolom':
        return b.columns.map((c) => [...c.heading, ...c.signers.flatMap((s) => [s.label ?? '', s.nama, ...s.lines])].join('\n')).join('\n');
      case 'kepala-lampiran':
        return b.rows.map((r) => `${r.label} : ${r.value}`).join('\n');
      case 'kop':
        return b.lines.map((l) => l.text).join('\n');
      case 'tembusan':
        return ['Tembusan:', ...b.items].join('\n');
      default:
        return '';
    }
  };
  return n.blocks.map(one).join('\n');
}

/** Each string found after the one before it. */
function urut(text: string, parts: readonly string[]) {
  let at = -1;
  for (const s of parts) {
    const next = text.indexOf(s, at + 1);
    expect(next, `"${s}" sesudah posisi ${at}`).toBeGreaterThan(at);
    at = next;
  }
}

const KASUS = ['surat-panggilan', 'berita-acara-pemeriksaan', 'laporan-hasil-pemeriksaan', 'keputusan-tim-pemeriksa', 'keputusan-pembebasan-sementara'] as const;

describe('the examination documents of a case', () => {
  it.each(KASUS)('%s carries the case and person ids unchanged, and keeps them out of the form', (jenis) => {
    const def = JENIS.get(jenis);
    const r = def.siapkan({ ...def.contoh, kasusId: 12, terlaporId: 34 });
    expect(r.ok && [r.data.kasusId, r.data.terlaporId]).toEqual([12, 34]);
    expect(def.terbawa).toEqual(expect.arrayContaining(['kasusId', 'terlaporId']));
    expect(def.siapkan({ ...def.contoh, kasusId: 'KASUS-12' }).ok).toBe(false);
  });

  it('letters are RAHASIA korespondensi (Arial); decrees penetapan of the regional head, not classified', () => {
    for (const j of ['surat-panggilan', 'berita-acara-pemeriksaan', 'laporan-hasil-pemeriksaan'] as const) {
      expect(JENIS.get(j).kategori).toBe('korespondensi');
      const n = naskahContoh(j);
      expect(n.kerahasiaan).toBe('RAHASIA');
      expect(n.setup.font).toBe('Arial');
    }
    for (const j of ['keputusan-tim-pemeriksa', 'keputusan-pembebasan-sementara'] as const) {
      expect(JENIS.get(j)).toMatchObject({ kategori: 'penetapan', olehKepalaDaerah: true });
      const n = naskahContoh(j);
      expect(n.kerahasiaan).toBeUndefined();
      expect(n.setup.font).toBe('Bookman Old Style');
    }
  });

  it('Surat Panggilan I: who is summoned, before whom, when and where, why, the order to attend, signature, tembusan', () => {
    const text = teks(naskahContoh('surat-panggilan'));
    urut(text, [
      'PEMERINTAH KABUPATEN SUKAMAJU',
      'SURAT PANGGILAN I',
      'NOMOR 800/0012/BKPSDM/2026',
      'Saudara diminta hadir:',
      'Nama : Rudi Hartanto, S.Pd.',
      'NIP : 19870315 201001 1 002',
      'Pangkat/Gol. Ruang : Penata Muda Tingkat I (III/b)',
      'Unit Kerja : SD Negeri 2 Sidomulyo',
      'untuk menghadap kepada:',
      'Nama : Dra. Endang Susilowati, M.Pd.',
      'NIP : 19700512 199503 2 003',
      'pada:',
      'Hari/tanggal : Senin, 14 Desember 2026',
      'Jam : 09.00 WIB',
      'dugaan pelanggaran disiplin berupa mengunggah foto',
      'sebagaimana dimaksud dalam Pasal 5 huruf n angka 1',
      'Demikian untuk dilaksanakan.',
      'Sukamaju, 23 November 2026',
      'NIP. 19730314 199803 2 004',
      'Tembusan:',
    ]);
    expect(text).not.toContain('SURAT PANGGILAN II');
    expect(text).not.toContain('tanpa pemeriksaan');
  });

  it('Surat Panggilan II names the first summons and what follows another absence; a team is listed by member', () => {
    const n = naskahContoh('surat-panggilan', {
      data: {
        ke: '2',
        nomorPanggilanI: '800/0101/DISDIK/2026',
        tanggalPanggilanI: '2026-12-01',
        pemeriksa: [
          { nama: 'Dra. Endang Susilowati, M.Pd.', nip: '197005121995032003', jabatan: 'Kepala Dinas Pendidikan', peran: 'Ketua' },
          { nama: 'Agus Santoso, S.H.', nip: '197811032005011004', jabatan: 'Inspektur Pembantu Wilayah II', peran: 'Anggota' },
        ],
      },
    });
    const text = teks(n);
    urut(text, ['SURAT PANGGILAN II', 'Surat Panggilan I Nomor 800/0101/DISDIK/2026 tanggal 1 Desember 2026', 'untuk menghadap kepada:', 'Dra. Endang Susilowati, M.Pd., NIP. 19700512 199503 2 003, Kepala Dinas Pendidikan (Ketua)', 'Agus Santoso, S.H.', 'tanpa pemeriksaan', 'Demikian untuk dilaksanakan.']);
    // left out, the number shows as its placeholder in the preview instead of a silent gap
    expect(teks(naskahContoh('surat-panggilan', { data: { ke: '2' } }))).toContain('{nomor_panggilan_i}');
  });

  it('BAP: the day in words, the examiners and their authority, the examinee, numbered pairs, closing, two signature columns', () => {
    const n = naskahContoh('berita-acara-pemeriksaan');
    const text = teks(n);
    urut(text, [
      'BERITA ACARA PEMERIKSAAN',
      'Pada hari ini Senin, tanggal empat belas, bulan Desember, tahun dua ribu dua puluh enam, pukul 09.00 WIB, bertempat di Ruang Rapat',
      'Dra. Endang Susilowati, M.Pd., NIP. 19700512 199503 2 003',
      'selaku Tim Pemeriksa berdasarkan Keputusan Bupati Sukamaju',
      'Nama : Rudi Hartanto, S.Pd.',
      'diduga melakukan pelanggaran disiplin berupa',
      'NO. | PERTANYAAN | JAWABAN',
      '1. | Apakah Saudara dalam keadaan sehat',
      '4. | Apakah Saudara mengetahui bahwa perbuatan',
      'Demikian Berita Acara Pemeriksaan ini dibuat',
      'Yang diperiksa,',
      'Rudi Hartanto, S.Pd.',
      'NIP. 19870315 201001 1 002',
      'Tim Pemeriksa,',
      '1. Ketua',
      'Dra. Endang Susilowati, M.Pd.',
      '3. Anggota',
      'Maya Lestari, S.Psi.',
    ]);
    expect(text).not.toContain('menolak');
    const kolom = n.blocks.find((b) => b.kind === 'tanda-tangan-kolom');
    expect(kolom?.kind === 'tanda-tangan-kolom' && kolom.columns.map((c) => c.signers.length)).toEqual([1, 3]);
  });

  it('BAP by the direct superior alone, with the time left out, reads without a stray comma', () => {
    const text = teks(
      naskahContoh('berita-acara-pemeriksaan', {
        data: { pukul: '', dasarPemeriksaan: '', pemeriksa: [{ nama: 'Dra. Endang Susilowati, M.Pd.', nip: '197005121995032003', jabatan: 'Kepala Dinas Pendidikan', peran: 'Atasan langsung' }] },
      }),
    );
    expect(text).toContain('tahun dua ribu dua puluh enam, bertempat di');
    expect(text).toContain('Sukamaju, saya:');
    expect(text).toContain('selaku atasan langsung dan Pejabat Pemeriksa');
    expect(text).toContain('Pejabat Pemeriksa,');
    expect(text).not.toContain('1. Ketua');
  });

  it('BAP: a refusal to sign is noted under the signatures, with the reason; long answers may break across pages, short rows never', () => {
    const pasangan = [
      { pertanyaan: 'Apakah Saudara bersedia diperiksa?', jawaban: 'Ya.' },
      { pertanyaan: 'Jelaskan kronologinya.', jawaban: 'Saya datang ke acara itu. '.repeat(150) },
    ];
    const n = naskahContoh('berita-acara-pemeriksaan', { data: { pasangan, tandaTanganTerperiksa: 'menolak', alasanMenolak: 'merasa keterangannya belum lengkap' } });
    const text = teks(n);
    urut(text, ['Yang diperiksa,', '(menolak menandatangani)', 'Tim Pemeriksa,', 'Catatan:', 'Yang diperiksa menolak menandatangani Berita Acara Pemeriksaan ini.', 'Alasan yang disampaikan: merasa keterangannya belum lengkap.']);
    const tabel = n.blocks.find((b) => b.kind === 'tabel');
    expect(tabel?.kind === 'tabel' && tabel.splitRows).toEqual([false, true]);
  });

  it('LHP: addressed to the deciding official; identity, the findings table, conclusion and proposal, authority, BAP attached', () => {
    const text = teks(naskahContoh('laporan-hasil-pemeriksaan'));
    urut(text, [
      'LAPORAN HASIL PEMERIKSAAN',
      'Yth. Bupati Sukamaju',
      'telah dilakukan pemeriksaan',
      'NIP : 19870315 201001 1 002',
      'NO. | HAL | HASIL PEMERIKSAAN',
      '1. | Bentuk pelanggaran |',
      '2. | Waktu |',
      '3. | Tempat |',
      '4. | Faktor yang memberatkan |',
      '5. | Faktor yang meringankan |',
      '6. | Dampak perbuatan |',
      'terbukti melakukan pelanggaran disiplin',
      'hukuman disiplin berupa pemotongan tunjangan kinerja sebesar 25%',
      'adalah Bupati Sukamaju selaku Pejabat Pembina Kepegawaian',
      'kami lampirkan Berita Acara Pemeriksaan',
      'Sukamaju, 23 November 2026',
      'Tembusan:',
    ]);
    const tidak = teks(naskahContoh('laporan-hasil-pemeriksaan', { data: { kesimpulan: 'tidak-terbukti', usulanHukuman: '', bentuk: '' } }));
    expect(tidak).toContain('tidak terbukti');
    expect(tidak).not.toContain('diusulkan untuk dijatuhi');
    expect(tidak).toContain('1. | Bentuk pelanggaran | -');
  });

  it('Keputusan pembentukan tim pemeriksa: the decree parts in order, the examinee in KESATU, the team in the lampiran', () => {
    const n = naskahContoh('keputusan-tim-pemeriksa');
    const text = teks(n);
    urut(text, [
      'KEPUTUSAN BUPATI SUKAMAJU',
      'NOMOR 800/0012/BKPSDM/2026',
      'PEMBENTUKAN TIM PEMERIKSA ATAS DUGAAN PELANGGARAN DISIPLIN PEGAWAI NEGERI SIPIL',
      'DENGAN RAHMAT TUHAN YANG MAHA ESA',
      'Menimbang :',
      'NIP 19870315 201001 1 002',
      'Mengingat :',
      'Peraturan Pemerintah Nomor 94 Tahun 2021',
      'Memperhatikan :',
      'MEMUTUSKAN:',
      'Menetapkan : KEPUTUSAN BUPATI SUKAMAJU TENTANG PEMBENTUKAN TIM PEMERIKSA ATAS DUGAAN PELANGGARAN DISIPLIN PEGAWAI NEGERI SIPIL.',
      'KESATU : Membentuk Tim Pemeriksa atas dugaan pelanggaran disiplin Saudara Rudi Hartanto, S.Pd., NIP 19870315 201001 1 002',
      'KEDUA :',
      'KETIGA :',
      'KEEMPAT :',
      'Ditetapkan di Sukamaju',
      'BUPATI SUKAMAJU,',
      'AHMAD FAUZI',
      'Salinan Keputusan ini disampaikan kepada Yth.:',
      'LAMPIRAN : KEPUTUSAN BUPATI SUKAMAJU',
      'SUSUNAN TIM PEMERIKSA',
      'Dra. Endang Susilowati, M.Pd.\nNIP. 19700512 199503 2 003 | Kepala Dinas Pendidikan | Ketua',
    ]);
    expect(text).not.toContain('..');
  });

  it('Keputusan pembebasan sementara: from when, until the decision; the post taken over only when named', () => {
    const text = teks(naskahContoh('keputusan-pembebasan-sementara'));
    urut(text, [
      'KEPUTUSAN BUPATI SUKAMAJU',
      'PEMBEBASAN SEMENTARA DARI TUGAS JABATAN PEGAWAI NEGERI SIPIL',
      'Menimbang :',
      'ancaman hukumannya tingkat berat',
      'MEMUTUSKAN:',
      'KESATU : Membebaskan sementara dari tugas jabatannya Saudara Rudi Hartanto, S.Pd., NIP 19870315 201001 1 002',
      'terhitung mulai tanggal 1 Desember 2026 sampai dengan ditetapkannya keputusan hukuman disiplin',
      'KEDUA : Selama dibebaskan sementara',
      'KETIGA : Selama Saudara Rudi Hartanto, S.Pd. dibebaskan sementara dari tugas jabatannya, tugas jabatan tersebut dilaksanakan oleh Kepala Sekolah SD Negeri 2 Sidomulyo.',
      'KEEMPAT : Keputusan ini mulai berlaku',
      'AHMAD FAUZI',
    ]);
    const tanpa = teks(naskahContoh('keputusan-pembebasan-sementara', { data: { pelaksanaTugas: '' } }));
    expect(tanpa).not.toContain('dilaksanakan oleh');
    expect(tanpa).toContain('KETIGA : Keputusan ini mulai berlaku');
  });
});
