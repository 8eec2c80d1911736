import type { JenisDokumen } from '../../contract/dokumen';
import { skSatgas } from './sk-satgas/def';
import { suratEdaran } from './surat-edaran/def';
import { suratUndangan } from './surat-undangan/def';
import type { JenisDef } from './types';

/** Every document type Netra produces, by id. (The casts erase each type's own data type: callers parse data with `schema` first.) */
export const JENIS: Record<JenisDokumen, JenisDef> = {
  'surat-edaran': suratEdaran as unknown as JenisDef,
  'surat-undangan': suratUndangan as unknown as JenisDef,
  'sk-satgas': skSatgas as unknown as JenisDef,
};

export type { BuildContext, JenisDef, KategoriDokumen } from './types';
