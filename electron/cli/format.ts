import type { ImportIssue } from '../../shared/domain/pegawai';

/** `data.xlsx, lembar Pegawai, baris 12, kolom C (NIP BARU): …` */
export function formatIssue(i: ImportIssue): string {
  const where = [
    i.file,
    i.sheet ? `lembar ${i.sheet}` : null,
    i.row !== null ? `baris ${i.row}` : null,
    i.column ? `kolom ${i.column}${i.header ? ` (${i.header})` : ''}` : null,
  ].filter(Boolean);
  return `- ${where.join(', ')}: ${i.message}`;
}
