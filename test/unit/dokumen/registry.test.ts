import { describe, expect, it } from 'vitest';
import { DokumenBuatSchema, JENIS_DOKUMEN } from '../../../shared/contract/dokumen';
import { fieldsOf, nilaiKosong } from '../../../shared/dokumen/jenis/formulir';
import { DAFTAR_JENIS, JENIS } from '../../../shared/dokumen/jenis/index';
import { buatRegistry, daftarkan, periksaJenis } from '../../../shared/dokumen/jenis/registry';
import { suratUndangan } from '../../../shared/dokumen/jenis/surat-undangan/def';
import { nilaiAwal, nilaiTerbawa } from '../../../renderer/src/features/dokumen/formulir-state';
import { pemberitahuanUji } from '../../helpers/jenis-uji/def';
import { thrown } from '../../helpers/core';
import { naskahContoh } from '../../helpers/naskah';
import { plainText } from '../../../shared/dokumen/model';

describe('the registry of document types', () => {
  it('is what the contract accepts: JENIS_DOKUMEN is its ids, in order', () => {
    expect([...JENIS_DOKUMEN]).toEqual(DAFTAR_JENIS.map((j) => j.jenis));
    expect(DokumenBuatSchema.shape.jenis.options).toEqual([...JENIS_DOKUMEN]);
  });

  describe.each(JENIS.daftar.map((j) => [j.jenis, j] as const))('%s', (_id, def) => {
    it('is sound: fields name schema keys, slots have default texts, example data and choices parse', () => {
      expect(periksaJenis(def)).toEqual([]);
    });

    it('every slot has a default text and every default text a slot', () => {
      expect(Object.keys(def.teksBawaan).sort()).toEqual(def.slots.map((s) => s.key).sort());
      for (const s of def.slots) expect(def.teksBawaan[s.key]?.trim(), s.key).toBeTruthy();
    });

    it('every field names a schema key, once, and every schema key has a field or is carried', () => {
      const keys = fieldsOf(def.formulir).map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys, ...def.terbawa].sort()).toEqual([...def.kunciData].sort());
    });

    it('the form filled from the example data is valid as it stands (each field holds its key’s kind of value)', () => {
      expect(def.siapkan({ ...nilaiTerbawa(def, def.contoh), ...nilaiAwal(def, def.contoh) }).ok).toBe(true);
    });

    it('an empty form (a real office) is refused only on its required fields, each by its own key', () => {
      // carried keys come with the data that opened the form (a case), never typed
      const r = def.siapkan({ ...nilaiTerbawa(def, def.contoh), ...nilaiAwal(def, null) });
      expect(r.ok).toBe(false);
      const required = new Set(fieldsOf(def.formulir).filter((f) => f.required).map((f) => f.key));
      const failing = new Set(r.ok ? [] : r.masalah.map((m) => m.path.split('.')[0]!));
      expect([...failing].sort()).toEqual([...required].sort());
    });

    it('reads well with every optional field left empty: no placeholder is filled with nothing', () => {
      const kosong = Object.fromEntries(fieldsOf(def.formulir).filter((f) => !f.required).map((f) => [f.key, nilaiKosong(f)]));
      const text = naskahContoh(def.jenis, { data: kosong })
        .blocks.flatMap((b) => (b.kind === 'paragraf' ? [plainText(b.text)] : []))
        .join('\n');
      expect(text).not.toMatch(/\s[,.;]|\b(pada|dalam|tentang)\s*[,.]/);
    });

    it('has a numbering default with its series', () => {
      expect(def.penomoran.pola).toContain('{urut}');
      expect(def.penomoran.seri).not.toBe('');
    });
  });

  it('refuses an unknown type by name, never another type', () => {
    const e = thrown(() => JENIS.get('surat-tugas'));
    expect(e.code).toBe('VALIDASI');
    expect(e.message).toBe('Jenis dokumen "surat-tugas" tidak dikenal. Yang tersedia: surat-edaran, surat-undangan, sk-satgas, surat-pengingat-ikrar, surat-panggilan, berita-acara-pemeriksaan, laporan-hasil-pemeriksaan, keputusan-tim-pemeriksa, keputusan-pembebasan-sementara, keputusan-hukuman-disiplin, pernyataan-sanksi-moral, panggilan-penyampaian, berita-acara-penyampaian, laporan-tindak-lanjut, surat-keterangan-hukdis.');
    expect(JENIS.ada('surat-tugas')).toBe(false);
    expect(JENIS.label('surat-tugas')).toBe('surat-tugas (jenis tidak dikenal)');
  });

  it('refuses a duplicate id, a duplicate file code and an unsound declaration when it is built', () => {
    expect(() => buatRegistry([...DAFTAR_JENIS, daftarkan(suratUndangan)])).toThrow('"surat-undangan" terdaftar dua kali');
    expect(() => buatRegistry([...DAFTAR_JENIS, daftarkan({ ...pemberitahuanUji, kodeFile: 'UND' })])).toThrow('Kode berkas "UND"');
    expect(() => buatRegistry([daftarkan({ ...pemberitahuanUji, teksBawaan: { pembuka: 'Hanya pembuka.' } })])).toThrow('Bagian "Penutup" belum ada');
    expect(() => buatRegistry([daftarkan({ ...pemberitahuanUji, contoh: { ...pemberitahuanUji.contoh, penerima: [] } })])).toThrow('data contoh ditolak');
    expect(() => buatRegistry([daftarkan({ ...pemberitahuanUji, teksBawaan: { ...pemberitahuanUji.teksBawaan, penutup: 'Salam {nama}.' } })])).toThrow('{nama} tidak dikenal');
  });

  it('finds a field that names no schema key, and a choice the schema refuses', () => {
    const j = daftarkan(suratUndangan);
    const rusak = {
      ...j,
      formulir: [{ judul: 'X', fields: [{ kind: 'teks' as const, key: 'tidakAda', label: 'X' }, { kind: 'pilihan' as const, key: 'sifat', label: 'Sifat', pilihan: ['Rahasia'] }] }],
    };
    expect(periksaJenis(rusak)).toEqual([
      'surat-undangan: isian "tidakAda" tidak ada di skema data.',
      'surat-undangan: pilihan "Rahasia" untuk "sifat" ditolak skema.',
    ]);
  });

  it('empty values by kind', () => {
    expect(nilaiKosong({ kind: 'teks', key: 'a', label: 'A' })).toBe('');
    expect(nilaiKosong({ kind: 'pilihan', key: 'a', label: 'A', pilihan: ['Biasa', 'Penting'] })).toBe('Biasa');
    expect(nilaiKosong({ kind: 'daftar', key: 'a', label: 'A', tambah: '+' })).toEqual([]);
    expect(nilaiKosong({ kind: 'anggota', key: 'a', label: 'A', peran: [] })).toEqual([]);
  });
});
