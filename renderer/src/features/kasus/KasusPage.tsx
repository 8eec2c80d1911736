import { KasusDetail, isTabKasus } from './KasusDetail';
import { KasusList } from './KasusList';
import { RekapKasusPage } from './RekapKasus';
import './kasus.css';

/**
 * Kasus: the list of cases (`#/kasus`), one case with its tabs (`#/kasus?id=3&tab=audit&orang=7`).
 * `baru=1` opens the intake form over the list; `tab=rekap` shows the recap instead.
 */
export function KasusPage({ params }: { params: URLSearchParams }) {
  const id = Number(params.get('id'));
  if (Number.isInteger(id) && id > 0) {
    const tab = params.get('tab');
    const orang = Number(params.get('orang'));
    return <KasusDetail key={id} id={id} tab={isTabKasus(tab) ? tab : 'terlapor'} orang={Number.isInteger(orang) && orang > 0 ? orang : null} />;
  }
  if (params.get('tab') === 'rekap') return <RekapKasusPage />;
  return <KasusList baru={params.get('baru') === '1'} />;
}
