import { useEffect, useState } from 'react';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { call } from '../../api/client';
import { useJenisKegiatan, type JenisKegiatan } from '../kegiatan/useJenisKegiatan';
import { kodeDari } from './jenis-kegiatan';
import { SectionHead } from './SectionParts';

interface Baris extends JenisKegiatan {
  /** Already saved: its code is referenced by events and stays. */
  tersimpan: boolean;
}

/** Pengaturan → Kegiatan: the kinds of event offered in the event form. */
export function JenisKegiatanSection() {
  const jenis = useJenisKegiatan();
  const [rows, setRows] = useState<Baris[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  useEffect(() => {
    if (jenis.loaded && rows === null) setRows(jenis.list.map((j) => ({ ...j, tersimpan: true })));
  }, [jenis.loaded, jenis.list, rows]);

  const list = rows ?? [];
  const changed = rows !== null && JSON.stringify(list.map(({ kode, label }) => ({ kode, label }))) !== JSON.stringify(jenis.list);
  const setLabel = (i: number, label: string) => setRows(list.map((r, j) => (j === i ? { ...r, label, kode: r.tersimpan ? r.kode : kodeDari(label) } : r)));

  const simpan = async () => {
    const local: Record<string, string> = {};
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (!r.label.trim()) local[`daftar.${i}.label`] = 'Nama jenis wajib diisi.';
      else if (r.kode.length < 2) local[`daftar.${i}.label`] = 'Nama jenis terlalu pendek untuk dijadikan kode.';
      else if (seen.has(r.kode)) local[`daftar.${i}.label`] = `Jenis “${r.label}” sudah ada di daftar.`;
      seen.add(r.kode);
    });
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const saved = await call('kegiatan.jenis.save', { daftar: list.map(({ kode, label }) => ({ kode, label: label.trim() })) });
      setRows(saved.map((j) => ({ ...j, tersimpan: true })));
      await jenis.reload();
      toast.success('Daftar jenis kegiatan disimpan.');
    } catch (e) {
      setErrors(fieldErrors(e));
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="pengaturan-section" data-testid="bagian-kegiatan">
      <SectionHead title="Jenis kegiatan" description="Jenis yang dapat dipilih pada formulir kegiatan. Kegiatan yang sudah dibuat tetap memakai jenisnya walaupun jenis itu dihapus dari daftar." />
      {jenis.error ? <LoadError what="jenis kegiatan" error={jenis.error} onRetry={() => void jenis.reload()} /> : null}
      <div className="card skema-card jenis-kegiatan-card" data-testid="jenis-kegiatan">
        <table className="table table-compact">
          <thead>
            <tr>
              <th>Nama jenis</th>
              <th>Kode</th>
              <th>
                <span className="sr-only">Hapus</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((r, i) => (
              <tr key={r.tersimpan ? r.kode : `baru-${i}`}>
                <td>
                  <input type="text" aria-label={`Nama jenis ${i + 1}`} value={r.label} onChange={(e) => setLabel(i, e.target.value)} aria-invalid={errors[`daftar.${i}.label`] ? true : undefined} />
                  {errors[`daftar.${i}.label`] ? <div className="field-error">{errors[`daftar.${i}.label`]}</div> : null}
                </td>
                <td className="muted small num">{r.kode || '—'}</td>
                <td className="row-actions">
                  <button type="button" className="btn-icon btn-icon-danger" aria-label={`Hapus jenis ${r.label}`} title="Hapus" disabled={list.length <= 1} onClick={() => setRows(list.filter((_, j) => j !== i))}>
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setRows([...list, { kode: '', label: '', tersimpan: false }])}>
            <Icon name="plus" size={14} /> Tambah jenis
          </button>
          <span className="search-row-spacer" />
          <button type="button" className="btn btn-primary" disabled={!changed || busy} onClick={() => void simpan()} data-testid="simpan-jenis-kegiatan">
            {busy ? 'Menyimpan…' : 'Simpan'}
          </button>
        </div>
      </div>
    </section>
  );
}
