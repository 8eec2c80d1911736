import { useEffect, useState } from 'react';
import type { TeksIkrarData } from '../../../../shared/contract/ikrar';
import { ISIAN_IKRAR, periksaTeksIkrar, TEKS_IKRAR_BAWAAN } from '../../../../shared/domain/ikrar';
import { call } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';

/** The pledge text: every save is a new version; a campaign keeps the version of its first print. */
export function TeksIkrarEditor() {
  const versions = useCall('ikrar.teks.list', {});
  const [versi, setVersi] = useState<number | null>(null);
  const current = useCall('ikrar.teks.get', { versi });
  const [teks, setTeks] = useState<TeksIkrarData | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  useEffect(() => {
    if (current.data) setTeks(structuredClone(current.data.teks));
  }, [current.data]);

  if (current.error) return <LoadError what="teks ikrar" error={current.error} onRetry={() => void current.reload()} />;
  if (!teks || !current.data) return <div className="empty-state">Memuat teks ikrar…</div>;
  const masalah = periksaTeksIkrar(teks);
  const pesan = Object.fromEntries(masalah.map((m) => [m.path, m.message]));
  const set = (patch: Partial<TeksIkrarData>) => setTeks({ ...teks, ...patch });
  const changed = JSON.stringify(teks) !== JSON.stringify(current.data.teks);
  const latest = versions.data?.[0]?.versi ?? 1;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('ikrar.teks.save', { teks });
      toast.success(`Teks ikrar disimpan sebagai versi ${r.versi}.`);
      await versions.reload();
      setVersi(null);
      await current.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const area = (id: string, label: string, value: string, onChange: (v: string) => void, rows = 3) => (
    <div className={`field${pesan[id] ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={`teks-${id}`}>
        {label}
      </label>
      <textarea id={`teks-${id}`} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={pesan[id] ? true : undefined} />
      {pesan[id] ? <div className="field-error">{pesan[id]}</div> : null}
    </div>
  );

  return (
    <div className="form-stack" data-testid="teks-ikrar">
      <div className="ikrar-toolbar">
        <label htmlFor="teks-versi">Versi</label>
        <select id="teks-versi" value={versi ?? ''} onChange={(e) => setVersi(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Yang berlaku (versi {latest})</option>
          {(versions.data ?? []).map((v) => (
            <option key={v.versi} value={v.versi}>
              Versi {v.versi}, {new Date(v.createdAt).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' })}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <button type="button" className="btn btn-ghost" onClick={() => setTeks(structuredClone(TEKS_IKRAR_BAWAAN))}>
          Kembalikan teks bawaan
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || !changed || masalah.length > 0} onClick={() => void save()} data-testid="simpan-teks">
          Simpan sebagai versi baru
        </button>
      </div>
      <p className="muted small">Isian yang dapat dipakai: {ISIAN_IKRAR.map((i) => `{${i.key}} (${i.description})`).join('; ')}.</p>
      {error ? (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      ) : null}
      {area('judul', 'Judul (satu baris satu judul)', teks.judul.join('\n'), (v) => set({ judul: v.split('\n') }), 2)}
      {teks.judul.map((_, i) => (pesan[`judul.${i}`] ? <div key={i} className="field-error">{pesan[`judul.${i}`]}</div> : null))}
      {area('pernyataan', 'Pernyataan (baris baru: paragraf baru)', teks.pernyataan, (v) => set({ pernyataan: v }))}
      <div className="field">
        <span className="field-label">Butir ikrar</span>
        {teks.butir.map((b, i) => (
          <div key={i} className="teks-butir">
            <span>{i + 1}.</span>
            <div style={{ flex: 1 }}>
              <textarea aria-label={`Butir ${i + 1}`} rows={2} value={b} style={{ width: '100%' }} onChange={(e) => set({ butir: teks.butir.map((x, j) => (j === i ? e.target.value : x)) })} />
              {pesan[`butir.${i}`] ? <div className="field-error">{pesan[`butir.${i}`]}</div> : null}
            </div>
            <button type="button" className="btn btn-small btn-ghost" disabled={teks.butir.length <= 1} onClick={() => set({ butir: teks.butir.filter((_, j) => j !== i) })} aria-label={`Hapus butir ${i + 1}`}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" disabled={teks.butir.length >= 20} onClick={() => set({ butir: [...teks.butir, ''] })}>
          Tambah butir
        </button>
      </div>
      {area('sanksi', 'Sanksi', teks.sanksi, (v) => set({ sanksi: v }), 2)}
      {area('penutup', 'Penutup', teks.penutup, (v) => set({ penutup: v }), 2)}
    </div>
  );
}
