import { useCallback, useState } from 'react';
import type { JenisDokumen } from '../../../../shared/contract/index';
import { useConfirm } from '../../components/Confirm';
import { LoadError } from '../../components/LoadError';
import { Tabs } from '../../components/Tabs';
import { namaLengkap } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { SectionHead } from './SectionParts';
import { TeksEditor } from './TeksEditor';
import { pesanJenisAsing, pisahJenis } from '../dokumen/jenis-info';

/** Teks dokumen: the editable texts of each document type, versioned, with a live preview. */
export function TeksSection() {
  const jenisCall = useCall('teks.jenis', {});
  const profilCall = useCall('instansi.list', {});
  const ttdCall = useCall('penandatangan.list', {});
  const [jenis, setJenis] = useState<JenisDokumen | null>(null);
  const [dirty, setDirty] = useState(false);
  const confirm = useConfirm();
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  const { dikenal: types, asing } = pisahJenis(jenisCall.data ?? []);
  const info = types.find((t) => t.jenis === jenis) ?? types[0] ?? null;
  const profil = profilCall.data?.[0] ?? null;
  const penandatangan = ttdCall.data?.find((p) => p.aktif) ?? null;

  const choose = async (next: JenisDokumen) => {
    if (next === info?.jenis) return;
    if (
      dirty &&
      !(await confirm({
        title: 'Tinggalkan teks yang belum disimpan?',
        message: 'Perubahan pada teks jenis dokumen ini akan hilang.',
        confirmLabel: 'Tinggalkan',
        cancelLabel: 'Lanjut menyunting',
        danger: true,
      }))
    )
      return;
    setDirty(false);
    setJenis(next);
  };

  return (
    <section className="pengaturan-section pengaturan-section-wide" data-testid="bagian-teks">
      <SectionHead
        title="Teks dokumen"
        description={
          <>
            Kalimat baku setiap jenis dokumen. Isian dalam kurung kurawal, misalnya <code>{'{pemilihan}'}</code>, diganti dengan data dokumen. Setiap penyimpanan
            menjadi versi baru; dokumen di arsip tetap memakai versi saat dibuat.
            {profil && penandatangan ? ` Pratinjau memakai profil ${profil.nama}, penandatangan ${namaLengkap(penandatangan)} dan data contoh.` : ''}
          </>
        }
      />
      {asing.length ? (
        <div className="banner banner-danger" role="alert">
          {pesanJenisAsing(asing)}
        </div>
      ) : null}
      {jenisCall.error ? <LoadError what="jenis dokumen" error={jenisCall.error} onRetry={() => void jenisCall.reload()} /> : null}
      {info ? (
        <>
          <Tabs label="Jenis dokumen" idPrefix="teks-jenis" tabs={types.map((t) => ({ id: t.jenis, label: t.label }))} current={info.jenis} onChange={(j) => void choose(j)} testId="pilih-jenis-teks" />
          <div role="tabpanel" id={`teks-jenis-panel-${info.jenis}`} aria-labelledby={`teks-jenis-tab-${info.jenis}`} className="teks-panel">
            <TeksEditor key={info.jenis} info={info} profil={profil} penandatangan={penandatangan} onDirtyChange={onDirtyChange} />
          </div>
        </>
      ) : jenisCall.loading ? (
        <div className="empty-state">
          <span className="spinner" aria-hidden="true" /> Memuat jenis dokumen…
        </div>
      ) : null}
    </section>
  );
}
