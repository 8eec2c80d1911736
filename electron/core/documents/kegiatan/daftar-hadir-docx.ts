/**
 * Daftar hadir as .docx: the organiser's kop, DAFTAR HADIR, the event, day and date, time and
 * place; the zig-zag signature table grouped per perangkat daerah (tabel-ttd.ts), optionally a
 * new page per group; "Halaman n dari m" at the foot; the total and the organiser's signature.
 *
 *   writeDaftarHadirDocx(input: DaftarHadirInput, out: string): Promise<{ peserta; bytes }>
 *
 * Plain input, no database: the caller maps PesertaKegiatan (shared/contract/kegiatan.ts) into
 * groups and sorts them (bandingkanPejabat).
 */
import { Document, Packer } from 'docx';
import type { InstansiProfil } from '../../../../shared/contract/dokumen';
import type { PageSetup } from '../../../../shared/dokumen/model';
import type { Level } from '../batch/zip-file';
import { documentStyles, pageProperties } from '../docx/render';
import { centred, contextOf, eventFields, kopParts, pageNumberFooters, para, signatureParts, writeDocx, type KegiatanCetak, type PenandatanganKegiatan } from './bagian';
import { signatureTableTemplate, totalPeserta, writeTableRows, type KelompokCetak, type PesertaCetak } from './tabel-ttd';

export interface DaftarHadirInput {
  profil: InstansiProfil;
  setup: PageSetup;
  penandatangan: PenandatanganKegiatan | null;
  kegiatan: KegiatanCetak;
  kelompok: readonly KelompokCetak<PesertaCetak>[];
  /** Each perangkat daerah on its own page(s). */
  pisahPerUnit: boolean;
  /** "Sukamaju, 7 Desember 2026", above the signature. */
  tempatTanggal: string;
  /** The one time in the file (default: now). */
  timestamp?: Date;
  level?: Level;
}

export async function writeDaftarHadirDocx(input: DaftarHadirInput, out: string): Promise<{ peserta: number; bytes: number }> {
  const peserta = totalPeserta(input.kelompok);
  if (!peserta) throw new Error('Daftar hadir tidak dibuat: belum ada peserta pada kegiatan ini.');
  const ctx = contextOf(input.setup);
  const doc = new Document({
    creator: 'Netra',
    title: `Daftar Hadir ${input.kegiatan.judul}`,
    styles: documentStyles(input.setup),
    sections: [
      {
        properties: pageProperties(input.setup),
        footers: pageNumberFooters(),
        children: [
          ...kopParts(input.profil, ctx),
          centred('DAFTAR HADIR', { bold: true, sizePt: input.setup.fontSizePt + 2, before: 6, after: 8 }),
          eventFields(input.kegiatan, ctx),
          para('', { after: 6 }),
          signatureTableTemplate(ctx),
          // kept with the signature: a signature alone on the last page reads as detached from the list
          para(`Jumlah peserta: ${peserta.toLocaleString('id-ID')} orang.`, { before: 8, keepNext: !!input.penandatangan }),
          ...signatureParts(input.penandatangan, input.tempatTanggal, ctx),
        ],
      },
    ],
  });
  const bytes = await writeDocx(await Packer.toBuffer(doc), {
    out,
    timestamp: input.timestamp ?? new Date(),
    level: input.level,
    body: (xml) => writeTableRows(xml, input.kelompok, { judulKelompok: true, pisahPerUnit: input.pisahPerUnit }),
  });
  return { peserta, bytes };
}
