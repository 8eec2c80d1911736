import { useMemo, useState } from 'react';
import { REKAP_MENURUT, REKAP_MENURUT_LABEL, type RekapKasusQuery, type RekapMenurut } from '../../../../shared/contract/kasus-rekap';
import { SUMBER_KASUS, SUMBER_LABEL, type SumberKasus } from '../../../../shared/domain/kasus';
import { isValidIsoDate } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { BarChart } from '../../components/BarChart';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { TanggalInput } from '../../components/TanggalInput';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { formatAngka } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import './rekap-kasus.css';

/** The chart shows the largest groups; the table beside it has every row. */
const BATANG_MAKS = 25;

const persen = (n: number, dari: number) => (dari > 0 ? `${((n / dari) * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%` : '–');

/** A date field's value counts once it is a whole date (or empty): a half-typed one does not reload the recap. */
const tanggalAtauNull = (v: string): string | null => (isValidIsoDate(v) ? v : null);

/**
 * Recap of reported persons, Bawaslu's style: grouped by the reporter's category, the catalogue's
 * violation, unit, stage, sanction, month or election; a bar chart, the table with its total and
 * the .xlsx (title block, totals, print setup) from the core.
 */
export function RekapKasus() {
  const [menurut, setMenurut] = useState<RekapMenurut>('kategori');
  const [dari, setDari] = useState('');
  const [sampai, setSampai] = useState('');
  const [sumber, setSumber] = useState<SumberKasus | ''>('');
  /** null: every election; '' : cases without one; else the election as written on the cases. */
  const [pemilihan, setPemilihan] = useState<string | null>(null);
  // the elections to choose from are the ones the cases name
  const daftarPemilihan = useCall('kasus.rekap', { menurut: 'pemilihan' });
  const query: RekapKasusQuery = {
    menurut,
    dari: tanggalAtauNull(dari),
    sampai: tanggalAtauNull(sampai),
    pemilihan,
    sumber: sumber || null,
  };
  const rentangSalah = query.dari !== null && query.sampai !== null && query.dari > query.sampai;
  const rekap = useCall('kasus.rekap', query, !rentangSalah);
  const [mengekspor, setMengekspor] = useState(false);
  const files = useFileActions();
  const toast = useToast();

  const r = rekap.data;
  const jumlahBaris = r ? r.baris.reduce((s, b) => s + b.jumlah, 0) : 0;
  const grafik = useMemo(() => {
    const baris = r?.baris.slice(0, BATANG_MAKS) ?? [];
    return { labels: baris.map((b) => b.label), series: [{ label: 'Terlapor', data: baris.map((b) => b.jumlah), color: '#1d4f91' }] };
  }, [r]);

  const ekspor = async () => {
    setMengekspor(true);
    try {
      const f = await call('kasus.rekap.ekspor', query);
      await files.save(f.file, f.fileName);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setMengekspor(false);
    }
  };

  const adaFilter = Boolean(query.dari || query.sampai || query.pemilihan !== null || query.sumber);
  return (
    <div className="rekap-kasus" data-testid="rekap-kasus">
      <div className="card rekap-kasus-filter">
        <div className="field">
          <label className="field-label" htmlFor="rk-menurut">
            Kelompokkan menurut
          </label>
          <select id="rk-menurut" value={menurut} onChange={(e) => setMenurut(e.target.value as RekapMenurut)} data-testid="rekap-menurut">
            {REKAP_MENURUT.map((m) => (
              <option key={m} value={m}>
                {REKAP_MENURUT_LABEL[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="rk-dari">
            Diterima sejak
          </label>
          <TanggalInput id="rk-dari" value={dari} onChange={setDari} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="rk-sampai">
            Sampai dengan
          </label>
          <TanggalInput id="rk-sampai" value={sampai} onChange={setSampai} aria-invalid={rentangSalah || undefined} />
          {rentangSalah ? <span className="field-error">Tanggal akhir tidak boleh sebelum tanggal awal.</span> : null}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="rk-sumber">
            Sumber
          </label>
          <select id="rk-sumber" value={sumber} onChange={(e) => setSumber(e.target.value as SumberKasus | '')}>
            <option value="">Semua sumber</option>
            {SUMBER_KASUS.map((s) => (
              <option key={s} value={s}>
                {SUMBER_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="rk-pemilihan">
            Pemilihan
          </label>
          <select id="rk-pemilihan" value={pemilihan === null ? '*' : pemilihan} onChange={(e) => setPemilihan(e.target.value === '*' ? null : e.target.value)}>
            <option value="*">Semua pemilihan</option>
            {(daftarPemilihan.data?.baris ?? []).map((b) => (
              <option key={b.kunci} value={b.kunci}>
                {b.label}
              </option>
            ))}
          </select>
        </div>
        <div className="rekap-kasus-aksi">
          {adaFilter ? (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                setDari('');
                setSampai('');
                setSumber('');
                setPemilihan(null);
              }}
            >
              Hapus saringan
            </button>
          ) : null}
          <button type="button" className="btn" disabled={mengekspor || rentangSalah || !r} onClick={() => void ekspor()} data-testid="rekap-ekspor">
            <Icon name="download" /> {mengekspor ? 'Menyiapkan…' : 'Ekspor Excel'}
          </button>
        </div>
      </div>

      {rekap.error ? <LoadError what="rekap kasus" error={rekap.error} onRetry={() => void rekap.reload()} /> : null}
      {!r && !rekap.error && !rentangSalah ? (
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> Memuat rekap…
        </p>
      ) : null}
      {r && r.baris.length === 0 ? (
        <div className="card empty-state">
          <Icon name="scale" size={28} />
          <p className="empty-title">{adaFilter ? 'Tidak ada terlapor yang cocok dengan saringan ini.' : 'Belum ada terlapor yang tercatat.'}</p>
          <p className="muted">Rekap menghitung orang yang dilaporkan dalam kasus yang tidak diarsipkan.</p>
        </div>
      ) : null}
      {r && r.baris.length > 0 ? (
        <div className={`rekap-kasus-isi${rekap.loading ? ' is-stale' : ''}`}>
          <div className="card rekap-kasus-grafik">
            <BarChart
              labels={grafik.labels}
              series={grafik.series}
              horizontal
              height={Math.max(180, grafik.labels.length * 28 + 60)}
              ariaLabel={`Grafik jumlah terlapor menurut ${REKAP_MENURUT_LABEL[r.menurut].toLowerCase()}: ${formatAngka(r.total)} orang`}
              testId="rekap-kasus-grafik"
            />
            {r.baris.length > BATANG_MAKS ? <p className="muted small">Grafik memuat {BATANG_MAKS} kelompok terbesar; semua kelompok ada di tabel.</p> : null}
          </div>
          <div className="card table-card rekap-kasus-tabel">
            <table className="table table-compact" data-testid="rekap-kasus-tabel">
              <thead>
                <tr>
                  <th className="num">No</th>
                  <th>{REKAP_MENURUT_LABEL[r.menurut]}</th>
                  <th className="num">Terlapor</th>
                  <th className="num">%</th>
                </tr>
              </thead>
              <tbody>
                {r.baris.map((b, i) => (
                  <tr key={b.kunci} data-kunci={b.kunci}>
                    <td className="num muted">{formatAngka(i + 1)}</td>
                    <td>{b.label}</td>
                    <td className="num">{formatAngka(b.jumlah)}</td>
                    <td className="num muted">{persen(b.jumlah, jumlahBaris)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="strong">
                  <td />
                  <td>Jumlah</td>
                  <td className="num" data-testid="rekap-kasus-jumlah">
                    {formatAngka(jumlahBaris)}
                  </td>
                  <td className="num">100%</td>
                </tr>
                {jumlahBaris !== r.total ? (
                  <tr>
                    <td />
                    <td colSpan={3} className="muted small">
                      {formatAngka(r.total)} orang berbeda: satu orang dihitung di setiap kelompok yang mengenainya (misalnya dua jenis pelanggaran).
                    </td>
                  </tr>
                ) : null}
              </tfoot>
            </table>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** `#/kasus?tab=rekap`: the recap as a page of the Kasus menu. */
export function RekapKasusPage() {
  return (
    <div className="page">
      <PageHeader
        title="Rekap kasus"
        subtitle="Jumlah terlapor menurut kategori pelapor, jenis pelanggaran, unit, tahap, hukuman, bulan atau pemilihan"
        actions={
          <a className="btn" href="#/kasus" data-testid="kembali-daftar-kasus">
            Daftar kasus
          </a>
        }
      />
      <div className="page-body rekap-kasus-body">
        <RekapKasus />
      </div>
    </div>
  );
}
