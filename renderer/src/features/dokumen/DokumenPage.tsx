import type { ReactNode } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { navigate } from '../../lib/route';
import { ArsipList } from './ArsipList';
import { BuatDokumen } from './BuatDokumen';
import { BukuAgenda } from './BukuAgenda';
import './dokumen.css';

const TAB = [
  { id: 'buat', label: 'Buat dokumen' },
  { id: 'arsip', label: 'Arsip' },
  { id: 'agenda', label: 'Buku agenda' },
] as const;

type TabId = (typeof TAB)[number]['id'];

const PANELS: Record<TabId, (params: URLSearchParams) => ReactNode> = {
  buat: () => <BuatDokumen />,
  // `cari`: the archive opened on a number (from the agenda book's link)
  arsip: (p) => <ArsipList key={p.get('cari') ?? ''} cari={p.get('cari') ?? ''} />,
  agenda: () => <BukuAgenda />,
};

const isTab = (s: string | null): s is TabId => TAB.some((t) => t.id === s);

/** Dokumen: make naskah dinas, find them again in the archive, keep the register of numbers. `#/dokumen?tab=arsip` opens a tab. */
export function DokumenPage({ params }: { params: URLSearchParams }) {
  const requested = params.get('tab');
  const tab: TabId = isTab(requested) ? requested : 'buat';
  return (
    <div className="page">
      <PageHeader title="Dokumen" subtitle="Surat edaran, surat undangan dan keputusan, dengan arsip dan buku agenda nomor" />
      <div className="page-body dokumen-body">
        <Tabs label="Bagian dokumen" idPrefix="dokumen" tabs={TAB} current={tab} onChange={(id) => navigate('dokumen', { tab: id })} testId="tab-dokumen" />
        <div className="dokumen-panel" {...tabPanelProps('dokumen', tab)}>
          {PANELS[tab](params)}
        </div>
      </div>
    </div>
  );
}
