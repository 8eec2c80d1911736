import { KegiatanDetail, isTabKegiatan } from './KegiatanDetail';
import { KegiatanList } from './KegiatanList';
import './kegiatan.css';

/**
 * Kegiatan: the list of events (`#/kegiatan`), one event with its tabs (`#/kegiatan?id=12&tab=rekap`).
 * `baru=1` opens the form for a new event over the list.
 */
export function KegiatanPage({ params }: { params: URLSearchParams }) {
  const id = Number(params.get('id'));
  if (Number.isInteger(id) && id > 0) {
    const tab = params.get('tab');
    return <KegiatanDetail key={id} id={id} tab={isTabKegiatan(tab) ? tab : 'peserta'} />;
  }
  return <KegiatanList baru={params.get('baru') === '1'} />;
}
