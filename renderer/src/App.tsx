import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/index';
import { call } from './api/client';
import { ConfirmProvider } from './components/Confirm';
import { PrivasiPita, PrivasiTombol } from './components/PrivasiTombol';
import { Icon, NetraMark, type IconName } from './components/Icon';
import { ToastProvider } from './components/Toast';
import { BerandaPage } from './features/beranda/BerandaPage';
import { DokumenPage } from './features/dokumen/DokumenPage';
import { KasusPage } from './features/kasus/KasusPage';
import { KegiatanPage } from './features/kegiatan/KegiatanPage';
import { IkrarPage } from './features/ikrar/IkrarPage';
import { PegawaiPage } from './features/pegawai/PegawaiPage';
import { PengaturanPage } from './features/pengaturan/PengaturanPage';
import { DEFAULT_FILTER, type PegawaiFilter } from './features/pegawai/query';
import { UnitKerjaPage } from './features/unit-kerja/UnitKerjaPage';
import { LayarPenuh } from './features/meja/LayarPenuh';
import { LAYAR_PENUH, navigate, useHashRoute, type LayarPenuhId, type PageId } from './lib/route';
import { UnitsProvider } from './lib/units';

interface NavItem {
  id: PageId | null;
  label: string;
  icon: IconName;
}

const NAV: NavItem[] = [
  { id: 'beranda', label: 'Beranda', icon: 'home' },
  { id: 'pegawai', label: 'Pegawai', icon: 'users' },
  { id: 'unit-kerja', label: 'Unit Kerja', icon: 'building' },
  { id: 'kegiatan', label: 'Kegiatan & Ikrar', icon: 'calendar' },
  { id: 'kasus', label: 'Kasus', icon: 'scale' },
  { id: 'dokumen', label: 'Dokumen', icon: 'file' },
  { id: 'pengaturan', label: 'Pengaturan', icon: 'settings' },
];

const TITLES: Record<PageId, string> = {
  beranda: 'Beranda',
  pegawai: 'Pegawai',
  'unit-kerja': 'Unit Kerja',
  kegiatan: 'Kegiatan',
  ikrar: 'Ikrar Netralitas',
  kasus: 'Kasus',
  dokumen: 'Dokumen',
  pengaturan: 'Pengaturan',
  meja: 'Meja hadir',
  papan: 'Papan hadir',
  pasang: 'Pasangkan meja',
};

export function App() {
  const route = useHashRoute();
  return (
    <ToastProvider>
      <ConfirmProvider>
        {/* A desk or a projector may be a paired device that can call only the desk's channels: no shell, no unit list. */}
        {(LAYAR_PENUH as readonly string[]).includes(route.page) ? (
          <LayarPenuh page={route.page as LayarPenuhId} params={route.params} />
        ) : (
          <UnitsProvider>
            <Shell />
          </UnitsProvider>
        )}
      </ConfirmProvider>
    </ToastProvider>
  );
}

function Shell() {
  const route = useHashRoute();
  const [info, setInfo] = useState<AppInfo | null>(null);
  // Kept here so that the Pegawai filters survive a visit to another page.
  const [filter, setFilterState] = useState<PegawaiFilter>(DEFAULT_FILTER);
  const setFilter = useCallback((update: (f: PegawaiFilter) => PegawaiFilter) => setFilterState(update), []);

  useEffect(() => {
    call('app.info', {}).then(setInfo, () => undefined);
  }, []);

  useEffect(() => {
    document.title = `${TITLES[route.page]} · Netra`;
  }, [route.page]);

  const showPegawaiOfUnit = (unitId: number) => {
    // The count beside a unit includes inactive staff and sub-units: show exactly those.
    setFilterState({ ...DEFAULT_FILTER, sort: filter.sort, desc: filter.desc, unitKerjaId: unitId, aktif: 'semua' });
    navigate('pegawai');
  };

  // The pledge campaigns live under "Kegiatan & Ikrar" too.
  const aktif = (id: PageId | null) => id !== null && (route.page === id || (id === 'kegiatan' && route.page === 'ikrar'));
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Menu utama">
        <div className="brand">
          <NetraMark size={34} />
          <div>
            <div className="brand-name">Netra</div>
            <div className="brand-tagline">Netralitas ASN</div>
          </div>
        </div>
        <ul className="nav">
          {NAV.map((item) =>
            item.id ? (
              <li key={item.label}>
                <a
                  href={`#/${item.id}`}
                  className={`nav-link${aktif(item.id) ? ' is-active' : ''}`}
                  aria-current={aktif(item.id) ? 'page' : undefined}
                >
                  <Icon name={item.icon} size={18} />
                  <span>{item.label}</span>
                </a>
              </li>
            ) : (
              <li key={item.label}>
                <span className="nav-link is-disabled" aria-disabled="true" title="Segera hadir">
                  <Icon name={item.icon} size={18} />
                  <span>{item.label}</span>
                  <span className="nav-soon">segera</span>
                </span>
              </li>
            ),
          )}
        </ul>
        <PrivasiTombol />
        <div className="sidebar-footer">
          {info ? (
            <>
              <div>Netra {info.version}</div>
              <div title={info.databasePath}>Data tersimpan di komputer ini</div>
            </>
          ) : null}
        </div>
      </nav>
      <main className="main">
        {route.page === 'unit-kerja' ? (
          <UnitKerjaPage onShowPegawai={showPegawaiOfUnit} />
        ) : route.page === 'kegiatan' ? (
          <KegiatanPage params={route.params} />
        ) : route.page === 'ikrar' ? (
          <IkrarPage params={route.params} />
        ) : route.page === 'kasus' ? (
          <KasusPage params={route.params} />
        ) : route.page === 'dokumen' ? (
          <DokumenPage params={route.params} />
        ) : route.page === 'pengaturan' ? (
          <PengaturanPage params={route.params} />
        ) : route.page === 'pegawai' ? (
          <PegawaiPage filter={filter} setFilter={setFilter} />
        ) : (
          <BerandaPage />
        )}
      </main>
      <PrivasiPita />
    </div>
  );
}
