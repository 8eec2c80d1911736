import { z } from 'zod';
import { tanggalIso } from '../../../shared/contract/schemas';
import { kop, paragraphs, signature, tembusan, tempatTanggal } from '../../../shared/dokumen/bagian';
import type { BagianFormulir, FieldOf } from '../../../shared/dokumen/jenis/formulir';
import type { JenisDef } from '../../../shared/dokumen/jenis/types';
import { formatTanggal } from '../../../shared/domain/tanggal';
import teksBawaan from './teks.json';

/**
 * A document type that exists only in tests: a short notice to a list of recipients. It proves that
 * a type is one folder (this one) plus one registry line, with nothing else to touch.
 */
export const PemberitahuanUjiSchema = z.object({
  perihal: z.string().trim().min(3, 'Perihal wajib diisi.').max(200),
  tanggalBerlaku: tanggalIso('Tanggal berlaku'),
  penerima: z.array(z.string().trim().min(1).max(300)).min(1, 'Sebutkan paling sedikit satu penerima.').max(50),
  tembusan: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
});

const formulir: readonly BagianFormulir<FieldOf<z.input<typeof PemberitahuanUjiSchema>>>[] = [
  {
    judul: 'Pemberitahuan',
    fields: [
      { kind: 'teks', key: 'perihal', label: 'Perihal', required: true, lebar: 4 },
      { kind: 'tanggal', key: 'tanggalBerlaku', label: 'Berlaku mulai', required: true },
      { kind: 'daftar', key: 'penerima', label: 'Penerima', required: true, tambah: 'Tambah penerima' },
      { kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah tembusan' },
    ],
  },
];

const contoh = { perihal: 'Jam kerja selama bulan Ramadan', tanggalBerlaku: '2026-02-18', penerima: ['Kepala Dinas Pendidikan', 'Para Camat'], tembusan: [] };

export const pemberitahuanUji: JenisDef<typeof PemberitahuanUjiSchema, 'pemberitahuan-uji'> = {
  jenis: 'pemberitahuan-uji',
  label: 'Pemberitahuan (uji)',
  keterangan: 'Jenis dokumen khusus pengujian.',
  kodeFile: 'UJI',
  kategori: 'korespondensi',
  olehKepalaDaerah: false,
  schema: PemberitahuanUjiSchema,
  slots: [
    { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
    { key: 'penutup', label: 'Penutup', kind: 'paragraf' },
  ],
  placeholders: [
    { key: 'perihal', description: 'Perihal', example: 'Jam kerja' },
    { key: 'jumlah_penerima', description: 'Banyaknya penerima', example: '2' },
  ],
  teksBawaan,
  penomoran: { pola: '{kode}/UJI.{urut}/{unit}/{tahun}', kode: '000.8.3.3', unit: '', padding: 3, seri: 'pemberitahuan-uji' },
  formulir,
  contoh,
  contohUntuk: () => contoh,
  hal: (d) => `Pemberitahuan ${d.perihal}`,
  pegawaiIds: () => [],
  build(d, ctx) {
    const v = { perihal: d.perihal, jumlah_penerima: String(d.penerima.length) };
    return {
      setup: ctx.setup,
      title: `Pemberitahuan ${ctx.nomor}`,
      pageNumbers: false,
      blocks: [
        kop(ctx.profil),
        { kind: 'paragraf', text: tempatTanggal(ctx.profil, ctx.tanggal), align: 'right' },
        { kind: 'paragraf', text: `Nomor ${ctx.nomor}` },
        { kind: 'paragraf', text: `Berlaku mulai ${formatTanggal(d.tanggalBerlaku)}` },
        ...paragraphs(ctx.teks.pembuka ?? '', v),
        { kind: 'daftar', marker: 'angka', items: d.penerima.map((text) => ({ text })) },
        ...paragraphs(ctx.teks.penutup ?? '', v),
        signature([], ctx.tandaTangan, ctx.penandatangan, 'korespondensi'),
        ...tembusan(d.tembusan),
      ],
    };
  },
};
