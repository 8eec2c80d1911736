import { useState } from 'react';
import type { Kampanye } from '../../../../shared/contract/ikrar';
import { call } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { formatAngka } from '../../lib/format';
import { useCall } from '../../lib/useCall';

type Cetak = { kampanyeId: number; unitIndukId: number | null; perUnit: boolean };

/** The forms of a campaign: print them (all, per unit as a zip, one unit), the collective sheet, and the list. */
export function FormulirPanel({ kampanye, onChanged }: { kampanye: Kampanye; onChanged: () => void }) {
  const [teks, setTeks] = useState('');
  const [kembali, setKembali] = useState<'semua' | 'kembali' | 'belum'>('semua');
  const [offset, setOffset] = useState(0);
  const [unit, setUnit] = useState<number | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useCall('ikrar.formulir.list', { kampanyeId: kampanye.id, teks, kembali, offset, limit: 100 });
  const rekap = useCall('ikrar.rekap', { id: kampanye.id });
  const files = useFileActions();
  const toast = useToast();
  const units = (rekap.data?.baris ?? []).filter((b) => b.unitIndukId !== null);

  const run = async (what: string, f: () => Promise<{ file: string; fileName: string; rows: number }>, after?: (rows: number) => string) => {
    setBusy(what);
    try {
      const made = await f();
      await files.save(made.file, made.fileName);
      if (after) toast.success(after(made.rows));
      onChanged();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const cetak = (what: string, input: Cetak) => run(what, () => call('ikrar.formulir.cetak', input), (n) => `${formatAngka(n)} formulir siap dicetak.`);

  const perbarui = async () => {
    setBusy('perbarui');
    try {
      const r = await call('ikrar.formulir.perbarui', { kampanyeId: kampanye.id });
      toast.success(r.ditambah || r.dihapus ? `${formatAngka(r.ditambah)} formulir ditambahkan, ${formatAngka(r.dihapus)} dihapus.` : 'Daftar formulir sudah sesuai dengan peserta.');
      onChanged();
      void list.reload();
      void rekap.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="panel-formulir">
      <div className="ikrar-section">
        <h2>Cetak formulir</h2>
        <p className="muted small">
          Satu halaman F4 per orang dengan kode QR; urut per perangkat daerah, kepala lebih dulu, lalu eselon dan pangkat.
          {kampanye.dicetakAt ? ` Teks ikrar versi ${kampanye.teksVersi ?? '-'} (dipakai sejak cetakan pertama).` : ' Cetakan pertama mengunci versi teks ikrar yang dipakai.'}
        </p>
        <div className="ikrar-toolbar">
          <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void cetak('semua', { kampanyeId: kampanye.id, unitIndukId: null, perUnit: false })} data-testid="cetak-semua">
            {busy === 'semua' ? 'Menyiapkan…' : 'Semua formulir (.docx)'}
          </button>
          <button type="button" className="btn" disabled={busy !== null} onClick={() => void cetak('zip', { kampanyeId: kampanye.id, unitIndukId: null, perUnit: true })} data-testid="cetak-per-unit">
            {busy === 'zip' ? 'Menyiapkan…' : 'Per perangkat daerah (.zip)'}
          </button>
          <select aria-label="Perangkat daerah" value={unit ?? ''} onChange={(e) => setUnit(e.target.value ? Number(e.target.value) : null)} data-testid="cetak-unit-pilih">
            <option value="">Pilih perangkat daerah…</option>
            {units.map((u) => (
              <option key={u.unitIndukId} value={u.unitIndukId!}>
                {u.unit} ({formatAngka(u.jumlah.formulir)})
              </option>
            ))}
          </select>
          <button type="button" className="btn" disabled={busy !== null || unit === null} onClick={() => void cetak('unit', { kampanyeId: kampanye.id, unitIndukId: unit, perUnit: false })} data-testid="cetak-unit">
            Formulir unit ini
          </button>
          <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('kolektif', () => call('ikrar.kolektif', { kampanyeId: kampanye.id, unitIndukId: unit }))}>
            {unit !== null ? 'Lembar kolektif unit ini (.docx)' : 'Lembar kolektif per unit (.zip)'}
          </button>
          <span className="spacer" />
          <button type="button" className="btn btn-ghost" disabled={busy !== null} onClick={() => void perbarui()} title="Tambahkan formulir untuk peserta baru">
            Perbarui peserta
          </button>
        </div>
      </div>
      <div className="ikrar-section">
        <div className="ikrar-cari">
          <input type="search" placeholder="Cari nama, NIP, jabatan, kode…" value={teks} onChange={(e) => (setTeks(e.target.value), setOffset(0))} aria-label="Cari formulir" />
          <select aria-label="Status formulir" value={kembali} onChange={(e) => (setKembali(e.target.value as typeof kembali), setOffset(0))} data-testid="filter-kembali">
            <option value="semua">Semua</option>
            <option value="kembali">Sudah kembali</option>
            <option value="belum">Belum kembali</option>
          </select>
          <span className="muted">{list.data ? `${formatAngka(list.data.total)} formulir` : ''}</span>
        </div>
        {list.error ? <LoadError what="formulir" error={list.error} onRetry={() => void list.reload()} /> : null}
        <table className="table table-compact" data-testid="daftar-formulir">
          <thead>
            <tr>
              <th>Nama</th>
              <th>NIP / NIK</th>
              <th>Jabatan</th>
              <th>Perangkat daerah</th>
              <th>Kode</th>
              <th>Kembali</th>
            </tr>
          </thead>
          <tbody>
            {(list.data?.rows ?? []).map((f) => (
              <tr key={f.id}>
                <td>
                  {f.nama}
                  {f.ditambahAt ? <span className="badge badge-new"> tambahan</span> : null}
                </td>
                <td className="nowrap">{f.nip ?? f.nik ?? '-'}</td>
                <td>{f.jabatan ?? '-'}</td>
                <td>{f.unitInduk}</td>
                <td className="nowrap small">{f.kode}</td>
                <td className="nowrap">{f.kembali ? `${new Date(f.kembali.waktu).toLocaleString('id-ID', { dateStyle: 'short', timeStyle: 'short' })}, ${f.kembali.meja}` : 'Belum'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && list.data.total > 100 ? (
          <div className="ikrar-toolbar">
            <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 100))}>
              Sebelumnya
            </button>
            <span className="muted small">
              {formatAngka(offset + 1)}–{formatAngka(Math.min(offset + 100, list.data.total))} dari {formatAngka(list.data.total)}
            </span>
            <button type="button" className="btn btn-small" disabled={offset + 100 >= list.data.total} onClick={() => setOffset(offset + 100)}>
              Berikutnya
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
