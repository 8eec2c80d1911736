import type { mejaChannels } from '../../../shared/contract/meja';
import type { AreaHandlers } from './types';

export const mejaHandlers: AreaHandlers<typeof mejaChannels> = {
  'meja.aktifkan': (core, { kegiatanId, aktif }) => core.meja.aktifkan(kegiatanId, aktif),
  'meja.kodeBaru': (core, { kegiatanId }) => core.meja.kodeBaru(kegiatanId),
  'meja.status': (core) => core.meja.status(),
  'meja.sesi.list': (core, { kegiatanId }) => core.meja.sesiList(kegiatanId),
  'meja.sesi.cabut': (core, { sesiId }) => core.meja.cabut(sesiId),
  'meja.info': (core, { sesiId }) => core.meja.info(sesiId),
};
