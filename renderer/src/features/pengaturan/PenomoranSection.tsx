import type { SkemaNomor } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { LoadError } from '../../components/LoadError';
import { useCall } from '../../lib/useCall';
import { KlasifikasiCard } from './KlasifikasiCard';
import { SectionHead } from './SectionParts';
import { SkemaNomorCard } from './SkemaNomorCard';

/** Penomoran: for each document type the pattern of its numbers, with a live example. */
export function PenomoranSection() {
  const skema = useCall('nomor.skema.list', {});
  const profil = useCall('instansi.list', {});
  const klasifikasi = useCall('klasifikasi.list', {});
  const unitProfil = profil.data?.find((p) => p.kodeUnit)?.kodeUnit ?? '';
  // The core sends every type's scheme (its own default until saved); a type this window does not know is said.
  const asing = (skema.data ?? []).filter((s) => !JENIS.ada(s.jenis));

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
          {asing.length ? (
            <div className="banner banner-danger" role="alert">
              Skema penomoran untuk jenis dokumen {asing.map((s) => `“${s.jenis}”`).join(', ')} belum dikenal oleh tampilan ini. Muat ulang aplikasi; bila tetap muncul, laporkan ke pengelola
              Netra.
            </div>
          ) : null}
          {JENIS.daftar.map(({ jenis, label }) => {
            const s: SkemaNomor | undefined = skema.data?.find((x) => x.jenis === jenis);
            if (!s)
              return (
                <div key={jenis} className="banner banner-danger" role="alert">
                  Skema penomoran {label} tidak dikirim oleh aplikasi. Muat ulang halaman ini.
                </div>
              );
            return (
              <SkemaNomorCard
                key={`${jenis}-${JSON.stringify(s)}`}
                jenis={jenis}
                label={label}
                skema={s}
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
