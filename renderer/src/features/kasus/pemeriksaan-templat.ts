/**
 * Opening questions examiners customarily ask first (the examinee's condition, identity, and
 * whether they know why they were summoned). Only a starting point: the clerk inserts, edits or
 * removes them like any other pair. No legal numbers here.
 */
export const PERTANYAAN_PEMBUKA: readonly string[] = [
  'Apakah Saudara pada hari ini dalam keadaan sehat jasmani dan rohani, serta bersedia diperiksa dan memberikan keterangan yang sebenar-benarnya?',
  'Coba Saudara jelaskan identitas Saudara: nama lengkap, NIP, tempat dan tanggal lahir, pangkat/golongan, jabatan, dan unit kerja!',
  'Sejak kapan Saudara menduduki jabatan tersebut, dan apa tugas pokok Saudara?',
  'Apakah Saudara mengerti mengapa Saudara dipanggil dan diperiksa pada hari ini?',
];

/** The opening questions not in the list yet (inserting twice adds nothing twice). */
export function pembukaBelumAda(pertanyaan: readonly string[]): string[] {
  const ada = new Set(pertanyaan.map((p) => p.trim()));
  return PERTANYAAN_PEMBUKA.filter((q) => !ada.has(q));
}
