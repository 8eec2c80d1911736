import type { ikrarChannels } from '../../../shared/contract/ikrar';
import type { AreaHandlers } from './types';

export const ikrarHandlers: AreaHandlers<typeof ikrarChannels> = {
  'ikrar.list': (core, { kegiatanId }) => core.ikrar.list(kegiatanId),
  'ikrar.get': (core, { id }) => core.ikrar.get(id),
  'ikrar.create': (core, { data }) => core.ikrar.create(data),
  'ikrar.update': (core, { id, data }) => core.ikrar.update(id, data),
  'ikrar.formulir.perbarui': (core, { kampanyeId }) => core.ikrar.perbarui(kampanyeId),
  'ikrar.formulir.list': (core, { kampanyeId, teks, unitIndukId, kembali, offset, limit }) => core.ikrar.formulirList(kampanyeId, { teks, unitIndukId, kembali }, offset, limit),
  'ikrar.formulir.cetak': (core, { kampanyeId, unitIndukId, perUnit }) => core.ikrarDokumen.cetak(kampanyeId, unitIndukId, perUnit),
  'ikrar.kolektif': (core, { kampanyeId, unitIndukId }) => core.ikrarDokumen.kolektif(kampanyeId, unitIndukId),
  'ikrar.terima': (core, input) => core.ikrar.terima(input),
  'ikrar.terima.batal': (core, input) => core.ikrar.batal(input),
  'ikrar.terima.log': (core, { kampanyeId, offset, limit }) => core.ikrar.logList(kampanyeId, offset, limit),
  'ikrar.rekap': (core, { id }) => core.ikrar.rekap(id),
  'ikrar.rekap.kegiatan': (core, { kegiatanId }) => core.ikrar.rekapKegiatan(kegiatanId),
  'ikrar.rekap.export': (core, { id }) => core.ikrarDokumen.rekapExport(id),
  'ikrar.belum': (core, { kampanyeId, unitIndukId }) => core.ikrarDokumen.belum(kampanyeId, unitIndukId),
  'ikrar.pengingat': (core, { kampanyeId }) => core.ikrarDokumen.pengingat(kampanyeId),
  'ikrar.teks.get': (core, { versi }) => core.ikrar.teksGet(versi),
  'ikrar.teks.list': (core) => core.ikrar.teksList(),
  'ikrar.teks.save': (core, { teks }) => core.ikrar.teksSave(teks),
};
