import type { SkemaNomorInput } from '../../contract/dokumen';

/** Letters share one counter until the clerk saves a scheme: 800 (kepegawaian), the unit and the year. */
export const SURAT_KELUAR: SkemaNomorInput = { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'surat-keluar' };
