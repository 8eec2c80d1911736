import { useState } from 'react';
import type { Kampanye } from '../../../../shared/contract/ikrar';
import { call } from '../../api/client';
import { BarChart } from '../../components/BarChart';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { formatAngka } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { navigate } from '../../lib/route';
import { kirimDraf } from '../dokumen/draf-masuk';

const persen = (n: number) => `${n.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;

/** Returned and missing forms per perangkat daerah; the missing list, the recap sheet and the reminder letter. */
export function RekapPanel({ kampanye }: { kampanye: Kampanye }) {
  const rekap = useCall('ikrar.rekap', { id: kampanye.id });
  const [busy, setBusy] = useState<string | null>(null);
  const files = useFileActions();
  const toast = useToast();

  const file = async (what: string, f: () => Promise<{ file: string; fileName: string }>) => {
    setBusy(what);
    try {
      const made = await f();
      await files.save(made.file, made.fileName);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const pengingat = async () => {
    setBusy('pengingat');
    try {
      const p = await call('ikrar.pengingat', { kampanyeId: kampanye.id });
      if (!JENIS.ada(p.jenis)) throw new Error(`Jenis dokumen ${p.jenis} tidak dikenal oleh tampilan ini.`);
      kirimDraf({ jenis: p.jenis, data: p.data, asal: `rekap kampanye ikrar "${kampanye.judul}"` });
      navigate('dokumen', { tab: 'buat' });
    } catch (e) {
      toast.error(errorMessage(e));
      setBusy(null);
    }
  };

  if (rekap.error) return <LoadError what="rekap" error={rekap.error} onRetry={() => void rekap.reload()} />;
  const r = rekap.data;
  return (
    <div data-testid="panel-rekap">
      <div className="ikrar-toolbar">
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void rekap.reload()}>
          Muat ulang
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void file('xlsx', () => call('ikrar.rekap.export', { id: kampanye.id }))} data-testid="rekap-excel">
          Rekap (.xlsx)
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void file('belum', () => call('ikrar.belum', { kampanyeId: kampanye.id }))} data-testid="cetak-belum">
          Daftar yang belum kembali (.docx)
        </button>
        <button type="button" className="btn btn-primary" disabled={busy !== null || (r?.total.jumlah.belum ?? 0) === 0} onClick={() => void pengingat()} data-testid="surat-pengingat">
          Surat pengingat ke unit…
        </button>
      </div>
      {r ? (
        <table className="table" data-testid="tabel-rekap">
          <thead>
            <tr>
              <th>Perangkat daerah</th>
              <th className="rekap-num">Formulir</th>
              <th className="rekap-num">Kembali</th>
              <th className="rekap-num">Belum</th>
              <th className="rekap-num">%</th>
              <th>Kemajuan</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {r.baris.map((b) => (
              <tr key={b.unit} data-unit={b.unit}>
                <td>{b.unit}</td>
                <td className="rekap-num">{formatAngka(b.jumlah.formulir)}</td>
                <td className="rekap-num">{formatAngka(b.jumlah.kembali)}</td>
                <td className="rekap-num" data-testid="rekap-belum">
                  {formatAngka(b.jumlah.belum)}
                </td>
                <td className="rekap-num">{persen(b.persenKembali)}</td>
                <td style={{ minWidth: 120 }}>
                  <div className="ikrar-progress" aria-hidden="true">
                    <span style={{ width: `${b.persenKembali}%` }} />
                  </div>
                </td>
                <td>
                  {b.jumlah.belum > 0 && b.unitIndukId !== null ? (
                    <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void file(`belum-${b.unitIndukId}`, () => call('ikrar.belum', { kampanyeId: kampanye.id, unitIndukId: b.unitIndukId }))}>
                      Yang belum
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="strong">
              <td>Jumlah</td>
              <td className="rekap-num">{formatAngka(r.total.jumlah.formulir)}</td>
              <td className="rekap-num">{formatAngka(r.total.jumlah.kembali)}</td>
              <td className="rekap-num" data-testid="rekap-total-belum">
                {formatAngka(r.total.jumlah.belum)}
              </td>
              <td className="rekap-num">{persen(r.total.persenKembali)}</td>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      ) : (
        <div className="empty-state">
          <span className="spinner" aria-hidden="true" /> Memuat rekap…
        </div>
      )}
      {r && r.baris.length ? (
        <div className="ikrar-section" style={{ marginTop: 20 }}>
          <BarChart
            labels={r.baris.map((b) => b.unit)}
            series={[
              { label: 'Kembali', data: r.baris.map((b) => b.jumlah.kembali), color: '#16a34a' },
              { label: 'Belum', data: r.baris.map((b) => b.jumlah.belum), color: '#dc2626' },
            ]}
            stacked
            horizontal
            height={Math.max(200, r.baris.length * 30 + 70)}
            ariaLabel={`Grafik formulir per perangkat daerah: ${formatAngka(r.total.jumlah.kembali)} dari ${formatAngka(r.total.jumlah.formulir)} kembali`}
            testId="grafik-rekap-ikrar"
          />
        </div>
      ) : null}
      <BelumList kampanye={kampanye} />
    </div>
  );
}

/** Who is still missing, per unit, on screen. */
function BelumList({ kampanye }: { kampanye: Kampanye }) {
  const list = useCall('ikrar.formulir.list', { kampanyeId: kampanye.id, kembali: 'belum', limit: 500 });
  const rows = list.data?.rows ?? [];
  const groups = new Map<string, typeof rows>();
  for (const f of rows) groups.set(f.unitInduk, [...(groups.get(f.unitInduk) ?? []), f]);
  return (
    <div className="ikrar-section" style={{ marginTop: 20 }} data-testid="daftar-belum">
      <h2>Belum mengembalikan formulir{list.data && list.data.total > rows.length ? ` (${formatAngka(rows.length)} pertama dari ${formatAngka(list.data.total)})` : ''}</h2>
      {list.data && rows.length === 0 ? <p className="muted">Semua formulir sudah kembali.</p> : null}
      {[...groups].map(([unit, fs]) => (
        <details key={unit} open={groups.size <= 3}>
          <summary>
            <strong>{unit}</strong> — {formatAngka(fs.length)} orang
          </summary>
          <ul>
            {fs.map((f) => (
              <li key={f.id}>
                {f.nama}
                {f.nip ? ` · NIP ${f.nip}` : ''}
                {f.jabatan ? ` · ${f.jabatan}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
