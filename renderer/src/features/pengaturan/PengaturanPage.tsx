import type { ReactNode } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { navigate } from '../../lib/route';
import { DasarHukumSection } from './DasarHukumSection';
import { HalamanSection } from './HalamanSection';
import { InstansiSection } from './InstansiSection';
import { PenandatanganSection } from './PenandatanganSection';
import { PenomoranSection } from './PenomoranSection';
import { TeksSection } from './TeksSection';
import { CadanganSection } from './CadanganSection';
import { JenisKegiatanSection } from './JenisKegiatanSection';
import { LiburSection } from './LiburSection';
import { AturanSection } from './AturanSection';
import './pengaturan.css';

const BAGIAN = [
  { id: 'instansi', label: 'Profil instansi' },
  { id: 'penandatangan', label: 'Penandatangan' },
  { id: 'halaman', label: 'Kertas & huruf' },
  { id: 'penomoran', label: 'Penomoran' },
  { id: 'dasar-hukum', label: 'Dasar hukum' },
  { id: 'teks', label: 'Teks dokumen' },
  { id: 'kegiatan', label: 'Kegiatan' },
  { id: 'libur', label: 'Hari libur' },
  { id: 'aturan', label: 'Aturan kasus' },
  { id: 'cadangan', label: 'Cadangan' },
] as const;

type Bagian = (typeof BAGIAN)[number]['id'];

const SECTIONS: Record<Bagian, () => ReactNode> = {
  instansi: () => <InstansiSection />,
  penandatangan: () => <PenandatanganSection />,
  halaman: () => <HalamanSection />,
  penomoran: () => <PenomoranSection />,
  'dasar-hukum': () => <DasarHukumSection />,
  teks: () => <TeksSection />,
  kegiatan: () => <JenisKegiatanSection />,
  libur: () => <LiburSection />,
  aturan: () => <AturanSection />,
  cadangan: () => <CadanganSection />,
};

const isBagian = (s: string | null): s is Bagian => BAGIAN.some((b) => b.id === s);

/** Pengaturan: kop, signatories, paper, numbering, texts and backups; `#/pengaturan?bagian=teks` opens a section. */
export function PengaturanPage({ params }: { params: URLSearchParams }) {
  const requested = params.get('bagian');
  const bagian: Bagian = isBagian(requested) ? requested : 'instansi';
  return (
    <div className="page">
      <PageHeader title="Pengaturan" subtitle="Kop surat, penandatangan, kertas, penomoran, dasar hukum, teks dokumen, jenis kegiatan, hari libur, aturan kasus dan cadangan data" />
      <div className="page-body pengaturan-body">
        <Tabs label="Bagian pengaturan" idPrefix="pengaturan" tabs={BAGIAN} current={bagian} onChange={(id) => navigate('pengaturan', { bagian: id })} testId="tab-pengaturan" />
        <div className="pengaturan-scroll" {...tabPanelProps('pengaturan', bagian)}>
          {SECTIONS[bagian]()}
        </div>
      </div>
    </div>
  );
}
