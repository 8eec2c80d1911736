import { z } from 'zod';
import { channel, none } from './channel';
import { JENIS_DOKUMEN, SkemaNomorInputSchema, STATUS_NOMOR, type KlasifikasiImpor, type KodeKlasifikasi, type NomorSurat, type SkemaNomor } from './dokumen';
import { FileToken, Id, tanggalIso } from './schemas';
import type { ExportedFile } from './types';

const tahun = z.number().int().min(2000).max(2100);

/** The numbering register (buku agenda surat keluar) and the archive classification codes its schemes use. */
export const nomorChannels = {
  'nomor.skema.list': channel<SkemaNomor[]>()(none),
  'nomor.skema.save': channel<SkemaNomor>()(z.object({ jenis: z.enum(JENIS_DOKUMEN), data: SkemaNomorInputSchema })),
  'nomor.pesan': channel<NomorSurat>()(
    z.object({
      jenis: z.enum(JENIS_DOKUMEN),
      hal: z.string().trim().min(1, 'Hal wajib diisi.').max(300),
      tanggal: tanggalIso('Tanggal'),
      /** The profile the letter will carry: its unit code goes into the number. Default: the first office profile. */
      profilId: Id.nullable().default(null),
    }),
  ),
  'nomor.batal': channel<NomorSurat>()(z.object({ id: Id, alasan: z.string().trim().min(3, 'Alasan pembatalan wajib diisi.').max(300) })),
  'nomor.list': channel<NomorSurat[]>()(z.object({ tahun: tahun.nullable().default(null), status: z.enum(STATUS_NOMOR).nullable().default(null) })),
  'nomor.export': channel<ExportedFile>()(z.object({ tahun })),

  // Archive classification codes (kode klasifikasi) offered to the numbering schemes; editable and importable.
  'klasifikasi.list': channel<KodeKlasifikasi[]>()(none),
  /** Checked row by row in the service (bad codes, duplicates → `daftar.N.kode`), so the whole list gets one message. */
  'klasifikasi.save': channel<KodeKlasifikasi[]>()(
    z.object({ daftar: z.array(z.object({ kode: z.string().max(60), nama: z.string().max(1000) })).max(5000, 'Daftar kode klasifikasi paling banyak 5000 baris.') }),
  ),
  'klasifikasi.import': channel<KlasifikasiImpor>()(z.object({ file: FileToken })),
} as const;
