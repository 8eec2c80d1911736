/** Errors about a whole input or output file, with a message a clerk can act on (Indonesian). */

export type SheetErrorCode =
  | 'TIDAK_ADA' // file not found or not readable
  | 'KOSONG' // 0 bytes, or no data rows
  | 'TERENKRIPSI' // password-protected xlsx (OLE container with an EncryptedPackage)
  | 'XLS_LAMA' // Excel 97-2003 .xls
  | 'BUKAN_WORKBOOK' // a zip that is not an Excel workbook (docx, ods, …)
  | 'BUKAN_SPREADSHEET' // PDF, image, other binary
  | 'RUSAK' // damaged / truncated workbook
  | 'TERLALU_BESAR' // inflates past a cap, a cell over Excel's 32,767 characters, a CSV row too long
  | 'KUTIP' // CSV quote that is never (properly) closed: the rows after it would merge
  | 'JUDUL_KOLOM' // no header row found
  | 'GAGAL_TULIS'; // could not write the output file

export class SheetError extends Error {
  readonly code: SheetErrorCode;
  constructor(code: SheetErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SheetError';
    this.code = code;
  }
}
