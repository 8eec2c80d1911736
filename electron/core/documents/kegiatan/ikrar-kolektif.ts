/**
 * The collective pledge sheet (lembar ikrar kolektif) of one unit: the pledge text (title lines,
 * the election, the statement, numbered points, sanctions, closing) then the zig-zag signature
 * table of all its participants (the daftar hadir's table part, tabel-ttd.ts), so a whole unit
 * signs one document at the apel.
 *
 *   writeIkrarKolektif(input: IkrarKolektifInput, out: string): Promise<{ peserta: number; bytes: number }>
 *
 * The text is the caller's (the editable, versioned TeksIkrar); its statement is in the signer's
 * own voice ("… saya:"), so the sheet opens with "Kami yang bertanda tangan di bawah ini, …
 * masing-masing" (override with `pembuka`).
 */
import { AlignmentType, Document, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { InstansiProfil } from '../../../../shared/contract/dokumen';
import type { PageSetup } from '../../../../shared/dokumen/model';
import type { Level } from '../batch/zip-file';
import { documentStyles, pageProperties } from '../docx/render';
import { halfPoints, mm, pt } from '../docx/units';
import type { TeksIkrar } from '../ikrar/formulir-ikrar';
import { centred, contextOf, kopParts, pageNumberFooters, para, signatureParts, writeDocx, type Part, type PenandatanganKegiatan } from './bagian';
import { signatureTableTemplate, writeTableRows, type PesertaCetak } from './tabel-ttd';

export interface IkrarKolektifInput {
  /** The kop over the sheet; null: none (the pledge title heads the page). */
  profil: InstansiProfil | null;
  setup: PageSetup;
  teks: TeksIkrar;
  /** The perangkat daerah whose staff sign. */
  unit: string;
  /** In print order: head of unit first, then by eselon and rank (bandingkanPejabat). */
  peserta: readonly PesertaCetak[];
  /** "Sukamaju, 7 Desember 2026". */
  tempatTanggal: string;
  /** Replaces the opening sentence before the statement. */
  pembuka?: string;
  /** "Mengetahui" under the table: the head of the unit, as a letter's signer. */
  penandatangan?: PenandatanganKegiatan | null;
  timestamp?: Date;
  level?: Level;
}

export async function writeIkrarKolektif(input: IkrarKolektifInput, out: string): Promise<{ peserta: number; bytes: number }> {
  if (!input.peserta.length) throw new Error(`Lembar ikrar kolektif ${input.unit} tidak dibuat: unit ini belum punya peserta.`);
  const ctx = contextOf(input.setup);
  const t = input.teks;
  const size = halfPoints(input.setup.fontSizePt);
  const body = (text: string, o: { before?: number; after?: number } = {}) =>
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: pt(o.before ?? 0), after: pt(o.after ?? 4) }, children: [new TextRun({ text, size })] });
  const pembuka = input.pembuka ?? `Kami yang bertanda tangan di bawah ini, Aparatur Sipil Negara pada ${input.unit.trim()}, masing-masing`;
  // Numbers as text (not Word numbering), as on the individual form: the same look everywhere.
  const points: Part[] = t.butir.map(
    (b, i) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { left: mm(8), hanging: mm(8) },
        spacing: { after: pt(4) },
        children: [new TextRun({ size, children: [`${i + 1}.`, new Tab(), b] })],
      }),
  );
  const doc = new Document({
    creator: 'Netra',
    title: `Ikrar Kolektif ${input.unit}`,
    styles: documentStyles(input.setup),
    sections: [
      {
        properties: pageProperties(input.setup),
        footers: pageNumberFooters(),
        children: [
          ...(input.profil ? kopParts(input.profil, ctx) : []),
          ...t.judul.map((line, i) => centred(line, { bold: true, sizePt: input.setup.fontSizePt + 1, before: i === 0 ? 6 : 0 })),
          ...(t.pemilihan.trim() ? [centred(t.pemilihan.toUpperCase(), { bold: true, after: 10 })] : []),
          body(`${pembuka} ${t.pernyataan}`, { before: 4, after: 6 }),
          ...points,
          body(t.sanksi, { before: 4 }),
          body(t.penutup, { after: 8 }),
          para(input.tempatTanggal, { after: 6 }),
          signatureTableTemplate(ctx),
          ...(input.penandatangan ? signatureParts({ ...input.penandatangan }, 'Mengetahui,', ctx) : []),
        ],
      },
    ],
  });
  const bytes = await writeDocx(await Packer.toBuffer(doc), {
    out,
    timestamp: input.timestamp ?? new Date(),
    level: input.level,
    body: (xml) => writeTableRows(xml, [{ unit: input.unit, peserta: input.peserta }], { judulKelompok: false, pisahPerUnit: false }),
  });
  return { peserta: input.peserta.length, bytes };
}
