import { useEffect, useState } from 'react';
import type { JenisDokumen } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { pisahJenis, pesanJenisAsing } from './jenis-info';
import { useConfirm } from '../../components/Confirm';
import { LoadError } from '../../components/LoadError';
import { useCall } from '../../lib/useCall';
import { DokumenForm } from './DokumenForm';
import { JenisPilihan } from './JenisPilihan';
import { hapusDraf, lihatDraf } from './draf-masuk';

/** "Buat dokumen": choose the type, then fill in its form beside the live preview. */
export function BuatDokumen() {
  const types = useCall('teks.jenis', {});
  const profiles = useCall('instansi.list', {});
  const signatories = useCall('penandatangan.list', {});
  // A draft another page handed over (an event's invitation) opens its type's form with its data.
  const [masuk, setMasuk] = useState(lihatDraf);
  const [jenis, setJenis] = useState<JenisDokumen | null>(() => masuk?.jenis ?? null);
  useEffect(() => {
    if (masuk) hapusDraf();
  }, [masuk]);
  // "Buat surat baru" starts the form again from scratch: a new mount, a new idempotency key.
  const [generasi, setGenerasi] = useState(0);
  const confirm = useConfirm();

  const error = types.error ?? profiles.error ?? signatories.error;

  const back = async (dirty: boolean) => {
    if (!dirty) {
      setJenis(null);
      setMasuk(null);
      return;
    }
    const ok = await confirm({
      title: 'Tinggalkan formulir ini?',
      message: 'Isian surat ini belum disimpan dan akan hilang.',
      confirmLabel: 'Tinggalkan formulir',
      cancelLabel: 'Kembali ke formulir',
      danger: true,
      focusCancel: true,
    });
    if (ok) {
      setJenis(null);
      setMasuk(null);
    }
  };

  if (error)
    return (
      <LoadError
        what="data dokumen"
        error={error}
        onRetry={() => {
          void types.reload();
          void profiles.reload();
          void signatories.reload();
        }}
      />
    );
  if (!types.data || !profiles.data || !signatories.data)
    return (
      <div className="empty-state">
        <span className="spinner" aria-hidden="true" /> Memuat jenis dokumen…
      </div>
    );
  // A type only the core knows is said, never drawn as another type's form.
  const { dikenal, asing } = pisahJenis(types.data);
  const info = dikenal.find((t) => t.jenis === jenis);
  if (!info)
    return (
      <>
        {asing.length ? (
          <div className="banner banner-danger" role="alert" data-testid="jenis-tak-dikenal">
            {pesanJenisAsing(asing)}
          </div>
        ) : null}
        <JenisPilihan types={dikenal} onChoose={setJenis} />
      </>
    );
  return (
    <DokumenForm
      key={`${info.jenis}-${generasi}`}
      info={info}
      def={JENIS.get(info.jenis)}
      profiles={profiles.data}
      signatories={signatories.data}
      onBack={(dirty) => void back(dirty)}
      onNew={() => {
        setMasuk(null);
        setGenerasi((g) => g + 1);
      }}
      awal={masuk?.jenis === info.jenis ? masuk : null}
    />
  );
}
