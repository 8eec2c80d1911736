import { JENIS_DOKUMEN, type SkemaNomorInput } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { LoadError } from '../../components/LoadError';
import { useCall } from '../../lib/useCall';
import { KlasifikasiCard } from './KlasifikasiCard';
import { SectionHead } from './SectionParts';
import { SkemaNomorCard } from './SkemaNomorCard';

const FALLBACK: SkemaNomorInput = { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800', unit: '', padding: 4, seri: 'surat-keluar' };

/** Penomoran: for each document type the pattern of its numbers, with a live example. */
export function PenomoranSection() {
  const skema = useCall('nomor.skema.list', {});
  const profil = useCall('instansi.list', {});
  const klasifikasi = useCall('klasifikasi.list', {});
  const unitProfil = profil.data?.find((p) => p.kodeUnit)?.kodeUnit ?? '';

  return (
    <section className="pengaturan-section" data-testid="bagian-penomoran">
      <SectionHead
        title="Penomoran"
        description="Pola nomor surat per jenis dokumen. Nomor urut berjalan per seri per tahun, tanpa lompatan dan tanpa nomor ganda; semua nomor tercatat di Buku agenda."
      />
      {skema.error ? <LoadError what="skema penomoran" error={skema.error} onRetry={() => void skema.reload()} /> : null}
      {skema.loading && !skema.data ? (
        <div className="empty-state">
          <span className="spinner" aria-hidden="true" /> Memuat skema penomoran…
        </div>
      ) : (
        <div className="skema-list">
          {JENIS_DOKUMEN.map((jenis) => {
            const s = skema.data?.find((x) => x.jenis === jenis);
            return (
              <SkemaNomorCard
                key={`${jenis}-${s ? JSON.stringify(s) : 'baru'}`}
                jenis={jenis}
                label={JENIS[jenis].label}
                skema={s ?? { ...FALLBACK, seri: jenis === 'sk-satgas' ? 'keputusan' : FALLBACK.seri }}
                unitProfil={unitProfil}
                klasifikasi={klasifikasi.data ?? []}
                onSaved={() => void skema.reload()}
              />
            );
          })}
        </div>
      )}
      {klasifikasi.error ? <LoadError what="kode klasifikasi" error={klasifikasi.error} onRetry={() => void klasifikasi.reload()} /> : null}
      {klasifikasi.data ? (
        <KlasifikasiCard key={JSON.stringify(klasifikasi.data)} daftar={klasifikasi.data} onSaved={() => void klasifikasi.reload()} />
      ) : null}
    </section>
  );
}
