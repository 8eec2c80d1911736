/** Kinds of file the UI may ask the user to pick; the desktop dialog filters by these. */
export const FILE_KINDS = {
  spreadsheet: { label: 'Lembar kerja (Excel/CSV)', extensions: ['xlsx', 'csv'], accept: '.xlsx,.csv' },
  gambar: { label: 'Gambar logo (PNG/JPG)', extensions: ['png', 'jpg', 'jpeg'], accept: '.png,.jpg,.jpeg' },
  aturan: { label: 'Perangkat aturan kasus Netra (.json)', extensions: ['json'], accept: '.json,application/json' },
  cadangan: { label: 'Cadangan basis data Netra (.sqlite)', extensions: ['sqlite', 'db'], accept: '.sqlite,.db' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export interface PickedFile {
  file: string;
  fileName: string;
}
