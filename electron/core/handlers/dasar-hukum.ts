import type { dasarHukumChannels } from '../../../shared/contract/dasar-hukum';
import type { AreaHandlers } from './types';

export const dasarHukumHandlers: AreaHandlers<typeof dasarHukumChannels> = {
  'dasarHukum.list': (core) => core.dasarHukum.list(),
  'dasarHukum.save': (core, { id, data }) => core.dasarHukum.save(id, data),
  'dasarHukum.delete': (core, { id }) => {
    core.dasarHukum.delete(id);
    return { id };
  },
  'dasarHukum.import': (core, { file }) => {
    const f = core.files.resolve(file);
    return core.dasarHukum.import({ path: f.path, label: f.name });
  },
};
