import { useCallback, useEffect, useState } from 'react';
import { JENIS_KEGIATAN_BAWAAN } from '../../../../shared/domain/kegiatan';
import { errorMessage } from '../../lib/errors';
import { call } from '../../api/client';

export interface JenisKegiatan {
  kode: string;
  label: string;
}

/** The kinds of event offered (a setting); the shipped ones until the list has loaded. */
export function useJenisKegiatan() {
  const [daftar, setDaftar] = useState<JenisKegiatan[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setDaftar(await call('kegiatan.jenis.list', {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const list: JenisKegiatan[] = daftar ?? JENIS_KEGIATAN_BAWAAN.map((j) => ({ ...j }));
  /** The label of a kind; a kind since removed from the list keeps its code. */
  const label = (kode: string) => list.find((j) => j.kode === kode)?.label ?? JENIS_KEGIATAN_BAWAAN.find((j) => j.kode === kode)?.label ?? kode;
  return { list, loaded: daftar !== null, error, reload, label };
}
