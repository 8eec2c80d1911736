/** Kinds of file the UI may ask the user to pick; the desktop dialog filters by these. */
export const FILE_KINDS = {
  spreadsheet: { label: 'Lembar kerja (Excel/CSV)', extensions: ['xlsx', 'csv'], accept: '.xlsx,.csv' },
  gambar: { label: 'Gambar logo (PNG/JPG)', extensions: ['png', 'jpg', 'jpeg'], accept: '.png,.jpg,.jpeg' },
  aturan: { label: 'Perangkat aturan kasus Netra (.json)', extensions: ['json'], accept: '.json,application/json' },
  /** Evidence of a case: screenshots, photos, scanned letters (the core types it by its bytes). */
  bukti: { label: 'Bukti (gambar, PDF)', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'pdf'], accept: '.png,.jpg,.jpeg,.gif,.webp,.pdf' },
  cadangan: { label: 'Cadangan basis data Netra (.sqlite)', extensions: ['sqlite', 'db'], accept: '.sqlite,.db' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export interface PickedFile {
  file: string;
  fileName: string;
}
