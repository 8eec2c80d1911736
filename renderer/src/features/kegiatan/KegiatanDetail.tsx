import { useState, type ReactNode } from 'react';
import type { Kegiatan } from '../../../../shared/contract/kegiatan';
import { MODE_LABEL } from '../../../../shared/domain/kegiatan';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka, formatWaktu } from '../../lib/format';
import { navigate } from '../../lib/route';
import { call } from '../../api/client';
import { DokumenTab } from './DokumenTab';
import { persen, STATUS_KEGIATAN_LABEL, waktuKegiatan } from './format';
import { KegiatanForm } from './KegiatanForm';
import { PesertaTab } from './PesertaTab';
import { RekapTab } from './RekapTab';
import { tautanTerkait } from './tautan';
import { useJenisKegiatan } from './useJenisKegiatan';
import { useCall } from '../../lib/useCall';

const TAB = [
  { id: 'peserta', label: 'Peserta' },
  { id: 'dokumen', label: 'Dokumen' },
  { id: 'rekap', label: 'Rekap kehadiran' },
] as const;
export type TabKegiatan = (typeof TAB)[number]['id'];
export const isTabKegiatan = (s: string | null): s is TabKegiatan => TAB.some((t) => t.id === s);

/** One event: its particulars on top, then Peserta, Dokumen and Rekap as tabs (`#/kegiatan?id=12&tab=rekap`). */
export function KegiatanDetail({ id, tab }: { id: number; tab: TabKegiatan }) {
  const k = useCall('kegiatan.get', { id });
  const jenis = useJenisKegiatan();
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const toast = useToast();
  const confirm = useConfirm();

  const kembali = (
    <a href="#/kegiatan" className="btn btn-small btn-ghost">
      ← Daftar kegiatan
    </a>
  );
  if (k.error && !k.data)
    return (
      <div className="page">
        <PageHeader title="Kegiatan" />
        <div className="page-body">
          {kembali}
          <LoadError what="kegiatan" error={k.error} onRetry={() => void k.reload()} />
        </div>
      </div>
    );
  if (!k.data)
    return (
      <div className="page">
        <PageHeader title="Kegiatan" />
        <div className="page-body">
          <div className="empty-state">
            <span className="spinner" aria-hidden="true" /> Memuat kegiatan…
          </div>
        </div>
      </div>
    );
  const kg: Kegiatan = k.data;
  const selesai = kg.status === 'selesai';

  const selesaikan = async () => {
    const ok = await confirm({
      title: 'Selesaikan kegiatan?',
      message: (
        <>
          Sesudah <strong>{kg.judul}</strong> diselesaikan, meja hadir tidak menerima pindaian lagi dan semua sesi meja berakhir. Rekap dan dokumen tetap dapat dibuat.
        </>
      ),
      confirmLabel: 'Selesaikan kegiatan',
      danger: true,
      focusCancel: true,
    });
    if (!ok) return;
    setClosing(true);
    try {
      await call('kegiatan.selesai', { id: kg.id });
      await k.reload();
      toast.success(`Kegiatan “${kg.judul}” diselesaikan.`);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setClosing(false);
    }
  };

  const meja = tautanTerkait('meja', kg.id);
  const papan = tautanTerkait('papan', kg.id);
  const ikrar = tautanTerkait('ikrar', kg.id);
  const j = kg.jumlah;

  const PANELS: Record<TabKegiatan, () => ReactNode> = {
    peserta: () => <PesertaTab kegiatan={kg} onChanged={() => void k.reload()} />,
    dokumen: () => <DokumenTab kegiatan={kg} onChanged={() => void k.reload()} />,
    rekap: () => <RekapTab kegiatan={kg} onChanged={() => void k.reload()} />,
  };

  return (
    <div className="page">
      <PageHeader
        title={kg.judul}
        subtitle={
          <>
            {waktuKegiatan(kg)} · {kg.tempat}
          </>
        }
        actions={
          <>
            {meja && !selesai ? (
              <a className="btn btn-primary" href={meja} data-testid="buka-meja">
                <Icon name="check" /> Buka meja hadir
              </a>
            ) : null}
            {papan ? (
              <a className="btn" href={papan} data-testid="buka-papan">
                Papan hadir
              </a>
            ) : null}
            {ikrar ? (
              <a className="btn" href={ikrar} data-testid="buka-ikrar">
                Ikrar netralitas
              </a>
            ) : null}
            <button type="button" className="btn" onClick={() => setEditing(true)} data-testid="ubah-kegiatan">
              <Icon name="edit" /> Ubah data
            </button>
            {!selesai ? (
              <button type="button" className="btn btn-ghost" disabled={closing} onClick={() => void selesaikan()}>
                <Icon name="power" /> Selesaikan
              </button>
            ) : null}
          </>
        }
      />
      <div className="page-body kegiatan-body">
        <div className="kegiatan-ringkas card" data-testid="ringkasan-kegiatan">
          {kembali}
          <dl className="kegiatan-fakta">
            <div>
              <dt>Jenis</dt>
              <dd>{jenis.label(kg.jenis)}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <span
                  className={`badge badge-kegiatan-${kg.status}`}
                  title={kg.pesertaDitetapkanAt ? `Daftar peserta ditetapkan ${formatWaktu(kg.pesertaDitetapkanAt)}` : undefined}
                >
                  {STATUS_KEGIATAN_LABEL[kg.status]}
                </span>
              </dd>
            </div>
            <div>
              <dt>Pelaksanaan</dt>
              <dd>
                {MODE_LABEL[kg.mode]}
                {kg.tautan ? (
                  <>
                    {' · '}
                    <span className="kegiatan-tautan" title={kg.tautan}>
                      {kg.tautan}
                    </span>
                  </>
                ) : null}
              </dd>
            </div>
            {kg.batasTerlambat ? (
              <div>
                <dt>Terlambat sesudah</dt>
                <dd>pukul {kg.batasTerlambat}</dd>
              </div>
            ) : null}
            <div>
              <dt>Peserta</dt>
              <dd className="num" data-testid="jumlah-peserta">
                {formatAngka(j.peserta)}
              </dd>
            </div>
            <div>
              <dt>Hadir</dt>
              <dd className="num" data-testid="jumlah-hadir">
                {formatAngka(j.hadir)}
                {j.peserta ? <span className="muted small"> ({persen(Math.round((j.hadir / j.peserta) * 1000) / 10)})</span> : null}
              </dd>
            </div>
          </dl>
        </div>
        <Tabs label="Bagian kegiatan" idPrefix="kegiatan" tabs={TAB} current={tab} onChange={(t) => navigate('kegiatan', { id: String(kg.id), tab: t })} testId="tab-kegiatan" />
        <div className="kegiatan-panel" {...tabPanelProps('kegiatan', tab)}>
          {PANELS[tab]()}
        </div>
      </div>
      {editing ? (
        <KegiatanForm
          kegiatan={kg}
          jenis={jenis.list}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            void k.reload();
            toast.success(`Perubahan “${saved.judul}” disimpan.`);
          }}
        />
      ) : null}
    </div>
  );
}
