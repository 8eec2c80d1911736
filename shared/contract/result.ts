/** Errors cross every boundary as data: a stable code for code, an Indonesian message for people. */

export type ErrorCode =
  | 'VALIDASI' // input did not satisfy a schema or a domain rule
  | 'TIDAK_DITEMUKAN'
  | 'DUPLIKAT'
  | 'FILE' // unreadable, encrypted, empty or not a spreadsheet
  | 'IMPOR_DITOLAK'
  | 'UNIT_BELUM_DITINJAU' // an import names units that are not in the registry and were not reviewed
  | 'DIBATALKAN' // the clerk cancelled a long job; nothing was written
  | 'TERLALU_BESAR' // the web host refused a request body over its limit
  | 'TIDAK_BERWENANG' // the web host was called without the launch secret
  | 'DITOLAK' // the web host refused a cross-site or foreign-origin request
  | 'DIKUNCI' // too many wrong pairing codes from one desk: wait, then try again
  | 'TERPUTUS' // the UI could not reach the core at all (network down): nothing was received, a retry is safe
  | 'ATURAN_PILIH' // no rule set, or several, in force on a case's incident date: the clerk picks one
  | 'TAHAP_DITOLAK' // a step of the procedure its guard refused (too early, something missing)
  | 'DIARSIPKAN' // the case, person or evidence is archived: bring it back first
  | 'KANAL_TIDAK_DIKENAL'
  | 'DATABASE'
  | 'INTERNAL';

export interface FieldError {
  field: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  constructor(code: ErrorCode, message: string, fields?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
  toData(): AppErrorData {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
