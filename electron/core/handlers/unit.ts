import type { unitChannels } from '../../../shared/contract/unit';
import type { AreaHandlers } from './types';

export const unitHandlers: AreaHandlers<typeof unitChannels> = {
  'unit.list': (core) => core.units.list(),
  'unit.create': (core, { data }) => core.units.create(data),
  'unit.update': (core, { id, data }) => core.units.update(id, data),
  'unit.merge': (core, { sourceId, targetId }) => core.units.merge(sourceId, targetId),
  'unit.delete': (core, { id }) => {
    core.units.delete(id);
    return { id };
  },
  'unit.singkatan.list': (core) => core.unitAlias.singkatan(),
  'unit.singkatan.save': (core, { daftar }) => core.unitAlias.saveSingkatan(daftar),
  'unit.alias.list': (core) => core.unitAlias.aliases(),
  'unit.alias.delete': (core, { kunci }) => {
    core.unitAlias.forget(kunci);
    return { kunci };
  },
};
