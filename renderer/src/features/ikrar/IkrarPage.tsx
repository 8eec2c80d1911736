import { useCallback, useState } from 'react';
import type { Kampanye } from '../../../../shared/contract/ikrar';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { formatAngka } from '../../lib/format';
import { navigate } from '../../lib/route';
import { useCall } from '../../lib/useCall';
import { FormulirPanel } from './FormulirPanel';
import { KampanyeDialog } from './KampanyeDialog';
import { MejaTerima } from './MejaTerima';
import { RekapPanel } from './RekapPanel';
import { TeksIkrarEditor } from './TeksIkrarEditor';
import './ikrar.css';

const TAB_UTAMA = [
  { id: 'kampanye', label: 'Kampanye ikrar' },
  { id: 'teks', label: 'Teks ikrar' },
] as const;
const TAB_KAMPANYE = [
  { id: 'formulir', label: 'Formulir' },
  { id: 'terima', label: 'Penerimaan' },
  { id: 'rekap', label: 'Rekap & belum kembali' },
] as const;
type TabKampanye = (typeof TAB_KAMPANYE)[number]['id'];

/**
 * Pledge campaigns. `#/ikrar` lists them (and the pledge text); `#/ikrar?kampanye=ID&tab=terima`
 * opens one on a tab; `#/ikrar?kegiatan=ID` lists an event's campaigns (the events pages link here).
 */
export function IkrarPage({ params }: { params: URLSearchParams }) {
  const id = Number(params.get('kampanye')) || null;
  if (id) return <KampanyeView id={id} tab={params.get('tab')} />;
  const kegiatanId = Number(params.get('kegiatan')) || null;
  const tab = params.get('tab') === 'teks' ? 'teks' : 'kampanye';
  return (
    <div className="page">
      <PageHeader title="Ikrar Netralitas" subtitle="Formulir pakta integritas satu per pegawai dengan kode QR, penerimaan kembali dan rekap per perangkat daerah" />
      <div className="page-body">
        <Tabs label="Bagian ikrar" idPrefix="ikrar" tabs={TAB_UTAMA} current={tab} onChange={(t) => navigate('ikrar', t === 'teks' ? { tab: t } : {})} testId="tab-ikrar" />
        <div {...tabPanelProps('ikrar', tab)}>{tab === 'teks' ? <TeksIkrarEditor /> : <KampanyeList kegiatanId={kegiatanId} />}</div>
      </div>
    </div>
  );
}

function KampanyeList({ kegiatanId }: { kegiatanId: number | null }) {
  const list = useCall('ikrar.list', { kegiatanId });
  const [baru, setBaru] = useState(false);
  const acara = useCall('kegiatan.get', { id: kegiatanId ?? 0 }, kegiatanId !== null);
  if (list.error) return <LoadError what="kampanye ikrar" error={list.error} onRetry={() => void list.reload()} />;
  return (
    <div data-testid="daftar-kampanye">
      {kegiatanId !== null ? (
        <p className="muted">
          Kampanye ikrar untuk kegiatan <strong>{acara.data?.judul ?? `nomor ${kegiatanId}`}</strong> · <a href="#/ikrar">semua kampanye</a>
        </p>
      ) : null}
      <div className="ikrar-toolbar">
        <button type="button" className="btn btn-primary" onClick={() => setBaru(true)} data-testid="kampanye-baru">
          Kampanye ikrar baru
        </button>
      </div>
      {list.data && list.data.length === 0 ? (
        <div className="empty-state">
          <div className="empty-title">Belum ada kampanye ikrar</div>
          <p>Buat kampanye untuk peserta sebuah kegiatan (misalnya apel ikrar) atau untuk pegawai unit kerja tertentu.</p>
        </div>
      ) : null}
      <div className="ikrar-grid">
        {(list.data ?? []).map((k) => (
          <button type="button" key={k.id} className="card ikrar-card" onClick={() => navigate('ikrar', { kampanye: String(k.id) })} data-testid="kartu-kampanye">
            <h3>{k.judul}</h3>
            <div className="muted small">
              {formatTanggal(k.tanggal)} · {k.kegiatanJudul ? `Kegiatan: ${k.kegiatanJudul}` : 'Pegawai unit kerja'}
            </div>
            <div className="small">{k.pemilihan}</div>
            <div className="ikrar-progress" aria-hidden="true">
              <span style={{ width: `${k.jumlah.formulir ? (k.jumlah.kembali / k.jumlah.formulir) * 100 : 0}%` }} />
            </div>
            <div className="small">
              {formatAngka(k.jumlah.kembali)} dari {formatAngka(k.jumlah.formulir)} formulir kembali
            </div>
          </button>
        ))}
      </div>
      {baru ? <KampanyeDialog kampanye={null} kegiatanId={kegiatanId} onClose={() => setBaru(false)} onSaved={(k) => navigate('ikrar', { kampanye: String(k.id) })} /> : null}
    </div>
  );
}

function KampanyeView({ id, tab: requested }: { id: number; tab: string | null }) {
  const k = useCall('ikrar.get', { id });
  const [ubah, setUbah] = useState(false);
  const tab: TabKampanye = TAB_KAMPANYE.some((t) => t.id === requested) ? (requested as TabKampanye) : 'formulir';
  const reload = k.reload;
  const changed = useCallback(() => void reload(), [reload]);
  if (k.error) return <LoadError what="kampanye ikrar" error={k.error} onRetry={() => void k.reload()} />;
  const kampanye: Kampanye | null = k.data;
  return (
    <div className="page">
      <PageHeader
        title={kampanye?.judul ?? 'Kampanye ikrar'}
        subtitle={kampanye ? `${kampanye.pemilihan} · ${formatTanggal(kampanye.tanggal)}${kampanye.kegiatanJudul ? ` · ${kampanye.kegiatanJudul}` : ''}` : ''}
        actions={
          <>
            <a className="btn btn-ghost" href="#/ikrar">
              Semua kampanye
            </a>
            <button type="button" className="btn" onClick={() => setUbah(true)} disabled={!kampanye}>
              Ubah
            </button>
          </>
        }
      />
      <div className="page-body">
        <Tabs label="Bagian kampanye" idPrefix="kampanye" tabs={TAB_KAMPANYE} current={tab} onChange={(t) => navigate('ikrar', { kampanye: String(id), tab: t })} testId="tab-kampanye" />
        <div {...tabPanelProps('kampanye', tab)}>
          {!kampanye ? (
            <div className="empty-state">
              <span className="spinner" aria-hidden="true" /> Memuat…
            </div>
          ) : tab === 'terima' ? (
            <MejaTerima kampanye={kampanye} onChanged={changed} />
          ) : tab === 'rekap' ? (
            <RekapPanel key={kampanye.jumlah.kembali} kampanye={kampanye} />
          ) : (
            <FormulirPanel kampanye={kampanye} onChanged={changed} />
          )}
        </div>
      </div>
      {ubah && kampanye ? (
        <KampanyeDialog
          kampanye={kampanye}
          onClose={() => setUbah(false)}
          onSaved={() => {
            setUbah(false);
            void k.reload();
          }}
        />
      ) : null}
    </div>
  );
}
