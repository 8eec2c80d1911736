import { useState, type ReactNode } from 'react';
import type { Kasus } from '../../../../shared/contract/kasus';
import { SUMBER_LABEL, TAHAP_LABEL } from '../../../../shared/domain/kasus';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatWaktu } from '../../lib/format';
import { navigate } from '../../lib/route';
import { useCall } from '../../lib/useCall';
import { AlasanDialog } from './AlasanDialog';
import { AuditTab } from './AuditTab';
import { DokumenKasus } from './DokumenKasus';
import { urutTahap } from './format';
import { KronologiTab } from './KronologiTab';
import { LampuTanda } from './Lampu';
import { TerlaporTab } from './TerlaporTab';

const TAB = [
  { id: 'terlapor', label: 'Terlapor' },
  { id: 'kronologi', label: 'Kronologi & bukti' },
  { id: 'dokumen', label: 'Dokumen' },
  { id: 'audit', label: 'Jejak audit' },
] as const;
export type TabKasus = (typeof TAB)[number]['id'];
export const isTabKasus = (s: string | null): s is TabKasus => TAB.some((t) => t.id === s);

/** One case: its particulars on top, then the people, the chronology and evidence, the documents and the audit trail. */
export function KasusDetail({ id, tab, orang }: { id: number; tab: TabKasus; orang: number | null }) {
  const k = useCall('kasus.get', { id });
  const [arsipkan, setArsipkan] = useState(false);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  const kembali = (
    <a href="#/kasus" className="btn btn-small btn-ghost">
      ← Daftar kasus
    </a>
  );
  if (k.error && !k.data)
    return (
      <div className="page">
        <PageHeader title="Kasus" />
        <div className="page-body">
          {kembali}
          <LoadError what="kasus" error={k.error} onRetry={() => void k.reload()} />
        </div>
      </div>
    );
  if (!k.data)
    return (
      <div className="page">
        <PageHeader title="Kasus" />
        <div className="page-body">
          <div className="empty-state">
            <span className="spinner" aria-hidden="true" /> Memuat kasus…
          </div>
        </div>
      </div>
    );
  const ks: Kasus = k.data;
  const terkunci = ks.diarsipkan;
  const changed = () => k.reload();
  const pulihkan = async () => {
    setBusy(true);
    try {
      await call('kasus.pulihkan', { id: ks.id });
      await changed();
      toast.success(`Kasus ${ks.nomorRegister} dipulihkan.`);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const aktif = ks.terlapor.filter((t) => !t.diarsipkan);
  const lampu = aktif.map((t) => t.lampu).sort((a, b) => urut(a) - urut(b))[0] ?? null;

  const PANELS: Record<TabKasus, () => ReactNode> = {
    terlapor: () => <TerlaporTab kasus={ks} orang={orang} onChanged={changed} />,
    kronologi: () => <KronologiTab kasus={ks} onChanged={changed} />,
    dokumen: () => <DokumenKasus kasus={ks} />,
    // remounted on every change of the case (archive, restore), so the trail is never stale
    audit: () => <AuditTab key={ks.updatedAt} kasus={ks} />,
  };

  return (
    <div className="page">
      <PageHeader
        title={`Kasus ${ks.nomorRegister}`}
        subtitle={
          <>
            {SUMBER_LABEL[ks.sumber]}
            {ks.pelapor ? ` · ${ks.pelapor}` : ''}
            {ks.nomorSurat ? ` · Nomor ${ks.nomorSurat}` : ''}
            {ks.tanggalSurat ? ` tanggal ${formatTanggal(ks.tanggalSurat)}` : ''}
          </>
        }
        actions={
          terkunci ? (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void pulihkan()} data-testid="pulihkan-kasus">
              <Icon name="refresh" /> Pulihkan kasus
            </button>
          ) : (
            <button type="button" className="btn btn-ghost" onClick={() => setArsipkan(true)} data-testid="arsipkan-kasus">
              <Icon name="folder" /> Arsipkan
            </button>
          )
        }
      />
      <div className="page-body kasus-body">
        {terkunci ? (
          <div className="banner banner-warning" role="status" data-testid="kasus-diarsipkan">
            <Icon name="folder" /> Kasus ini diarsipkan{ks.diarsipkanAlasan ? `: ${ks.diarsipkanAlasan}` : ''}. Pulihkan dulu untuk mengubahnya.
          </div>
        ) : null}
        <div className="kasus-ringkas card" data-testid="ringkasan-kasus">
          {kembali}
          <dl className="kegiatan-fakta">
            <div>
              <dt>Diterima</dt>
              <dd>{formatTanggal(ks.tanggalDiterima)}</dd>
            </div>
            <div>
              <dt>Kejadian</dt>
              <dd>{formatTanggal(ks.tanggalKejadian)}</dd>
            </div>
            <div>
              <dt>Aturan</dt>
              <dd title={`${ks.aturan.kode}, berlaku ${formatTanggal(ks.aturan.berlakuMulai)} s.d. ${ks.aturan.berlakuSampai ? formatTanggal(ks.aturan.berlakuSampai) : 'sekarang'}`} data-testid="aturan-kasus">
                {ks.aturan.nama} · versi {ks.aturan.versi}
              </dd>
            </div>
            <div>
              <dt>Terlapor</dt>
              <dd>{aktif.length} orang</dd>
            </div>
            <div>
              <dt>Tahap</dt>
              <dd data-testid="tahap-kasus">{aktif.length ? TAHAP_LABEL[aktif.reduce((m, t) => (urutTahap(t.tahap) < urutTahap(m) ? t.tahap : m), aktif[0]!.tahap)] : '—'}</dd>
            </div>
            <div>
              <dt>Tenggat</dt>
              <dd>{terkunci ? <span className="muted">Diarsipkan</span> : <LampuTanda lampu={lampu} testId="lampu-kasus" />}</dd>
            </div>
            <div>
              <dt>Diperbarui</dt>
              <dd className="small">{formatWaktu(ks.updatedAt)}</dd>
            </div>
          </dl>
        </div>
        <Tabs label="Bagian kasus" idPrefix="kasus" tabs={TAB} current={tab} onChange={(t) => navigate('kasus', { id: String(ks.id), tab: t, ...(orang ? { orang: String(orang) } : {}) })} testId="tab-kasus" />
        <div className="kasus-panel" {...tabPanelProps('kasus', tab)}>
          {PANELS[tab]()}
        </div>
      </div>
      {arsipkan ? (
        <AlasanDialog
          title="Arsipkan kasus?"
          subtitle={`Kasus ${ks.nomorRegister}`}
          message="Kasus yang diarsipkan tidak dihapus: datanya, dokumen dan jejak auditnya tetap ada, dan kasus dapat dipulihkan. Selama diarsipkan, kasus tidak dapat diubah dan tenggatnya tidak dihitung."
          label="Alasan diarsipkan"
          submitLabel="Arsipkan kasus"
          danger
          onClose={() => setArsipkan(false)}
          onSubmit={async (alasan) => {
            await call('kasus.arsipkan', { id: ks.id, alasan });
            setArsipkan(false);
            await changed();
            toast.success(`Kasus ${ks.nomorRegister} diarsipkan.`);
          }}
        />
      ) : null}
    </div>
  );
}

const urut = (l: 'aman' | 'segera' | 'lewat' | null) => (l === 'lewat' ? 0 : l === 'segera' ? 1 : l === 'aman' ? 2 : 3);
