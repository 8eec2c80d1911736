import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/index';
import { call } from './api/client';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void call('app.info', {}).then(setInfo);
  }, []);
  return <main>Netra {info ? `${info.jumlahPegawai} pegawai` : 'memuat…'}</main>;
}
