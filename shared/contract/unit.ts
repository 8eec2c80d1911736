import { z } from 'zod';
import type { UnitKerja } from '../domain/pegawai';
import { channel, none } from './channel';
import { Id, UnitInputSchema } from './schemas';
import type { UnitAliasInfo, UnitSingkatan } from './types';

/** Units (unit kerja) and what the importer matches their names with. */
export const unitChannels = {
  'unit.list': channel<UnitKerja[]>()(none),
  'unit.create': channel<UnitKerja>()(z.object({ data: UnitInputSchema })),
  'unit.update': channel<UnitKerja>()(z.object({ id: Id, data: UnitInputSchema })),
  'unit.merge': channel<UnitKerja>()(z.object({ sourceId: Id, targetId: Id })),
  'unit.delete': channel<{ id: number }>()(z.object({ id: Id })),
  // Abbreviations (editable list) and remembered other names.
  'unit.singkatan.list': channel<UnitSingkatan[]>()(none),
  'unit.singkatan.save': channel<UnitSingkatan[]>()(
    z.object({ daftar: z.array(z.object({ singkatan: z.string().max(60), kepanjangan: z.string().max(200) })).max(2000, 'Paling banyak 2000 singkatan.') }),
  ),
  'unit.alias.list': channel<UnitAliasInfo[]>()(none),
  'unit.alias.delete': channel<{ kunci: string }>()(z.object({ kunci: z.string().min(1).max(1000) }).strict()),
} as const;
