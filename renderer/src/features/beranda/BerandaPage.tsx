import { useMemo } from 'react';
import type { TenggatKasus } from '../../../../shared/contract/index';
import { STATUS_LABEL } from '../../../../shared/domain/pegawai';
import { TAHAP_LABEL } from '../../../../shared/domain/kasus';
import { formatHariTanggal, formatTanggal, todayIso } from '../../../../shared/domain/tanggal';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { formatAngka } from '../../lib/format';
import { Samaran } from '../../lib/privasi';
import { useCall } from '../../lib/useCall';
import { STATUS_KEGIATAN_LABEL } from '../kegiatan/format';
import { kegiatanMendatang, LAMPU_TEKS, sisaTeks, tahapBerjalan, tautanKasus } from './beranda';
import './beranda.css';

/**
 * Beranda: what needs doing first. Deadlines of the disciplinary procedure that are overdue or due
 * soon, across every open case, with one click to the case; beside them the registry's size, the
 * events coming up and the open cases by stage.
 */
export function BerandaPage() {
  const hariIni = todayIso();
  return (
    <div className="page">
      <PageHeader title="Beranda" subtitle={formatHariTanggal(hariIni)} />
      <div className="page-body beranda-body">
        <TenggatCard />
        <div className="beranda-grid">
          <PegawaiCard />
          <KegiatanCard hariIni={hariIni} />
          <TahapCard />
        </div>
      </div>
    </div>
  );
}

function Lampu({ t }: { t: TenggatKasus }) {
  return (
    <span className={`beranda-lampu beranda-lampu-${t.lampu}`}>
      <span className="beranda-lampu-dot" aria-hidden="true" />
      {LAMPU_TEKS[t.lampu]}
    </span>
  );
}

function TenggatCard() {
  const tenggat = useCall('kasus.tenggat', { limit: 50 });
  // whether any case exists decides which empty state fits
  const ada = useCall('kasus.list', { limit: 1 });
  const rows = tenggat.data ?? [];
  const lewat = rows.filter((t) => t.lampu === 'lewat').length;
  return (
    <section className="card beranda-card beranda-tenggat" aria-labelledby="beranda-tenggat-judul" data-testid="beranda-tenggat">
      <header className="beranda-card-head">
        <h2 id="beranda-tenggat-judul">
          <Icon name="alert" /> Tenggat kasus yang perlu ditangani
        </h2>
        {tenggat.data && rows.length > 0 ? (
          <span className="muted small" aria-live="polite">
            {[lewat > 0 ? `${formatAngka(lewat)} terlambat` : '', rows.length > lewat ? `${formatAngka(rows.length - lewat)} segera jatuh tempo` : ''].filter(Boolean).join(' · ')}
          </span>
        ) : null}
      </header>
      {tenggat.error ? <LoadError what="tenggat kasus" error={tenggat.error} onRetry={() => void tenggat.reload()} /> : null}
      {!tenggat.data && !tenggat.error ? (
        <p className="muted beranda-pad">
          <span className="spinner" aria-hidden="true" /> Memuat tenggat kasus…
        </p>
      ) : null}
      {tenggat.data && rows.length === 0 ? (
        ada.data && ada.data.total === 0 ? (
          <div className="empty-state">
            <Icon name="scale" size={28} />
            <p className="empty-title">Belum ada kasus.</p>
            <p className="muted">
              Rekomendasi Bawaslu atau BKN dan pengaduan yang diregistrasi di menu Kasus tampil di sini bersama tenggatnya, dihitung dalam hari kerja.
            </p>
          </div>
        ) : (
          <div className="empty-state">
            <Icon name="check" size={28} />
            <p className="empty-title">Tidak ada tenggat yang terlambat atau segera jatuh tempo.</p>
            <p className="muted">Semua kasus yang berjalan masih sesuai jadwal.</p>
          </div>
        )
      ) : null}
      {rows.length > 0 ? (
        <table className="table table-compact beranda-tenggat-table" data-testid="tabel-tenggat">
          <thead>
            <tr>
              <th>Status</th>
              <th>Nomor register</th>
              <th className="beranda-col-nama">Terlapor</th>
              <th>Tahap sekarang</th>
              <th>Tenggat</th>
              <th>Jatuh tempo</th>
              <th>Sisa waktu</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr
                key={`${t.terlaporId}-${t.label}`}
                className={`beranda-row is-${t.lampu}`}
                data-testid={`tenggat-${t.kasusId}-${t.terlaporId}`}
                onClick={() => (window.location.hash = tautanKasus(t.kasusId))}
              >
                <td>
                  <Lampu t={t} />
                </td>
                <td className="nowrap">
                  <a href={tautanKasus(t.kasusId)} onClick={(e) => e.stopPropagation()} className="beranda-tautan">
                    {t.nomorRegister}
                  </a>
                </td>
                <td>
                  <Samaran nama={t.nama} />
                </td>
                <td>{TAHAP_LABEL[t.tahap]}</td>
                <td>{t.label}</td>
                <td className="nowrap">{formatTanggal(t.tanggal)}</td>
                <td className={`nowrap num beranda-sisa is-${t.lampu}`}>{sisaTeks(t.sisaHariKerja)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

const STATUS_DIHITUNG = ['PNS', 'CPNS', 'PPPK', 'PPPK_PARUH_WAKTU', 'NON_ASN'] as const;

function PegawaiCard() {
  const semua = useCall('pegawai.list', { aktif: 'aktif', limit: 1 });
  const pns = useCall('pegawai.list', { aktif: 'aktif', status: 'PNS', limit: 1 });
  const cpns = useCall('pegawai.list', { aktif: 'aktif', status: 'CPNS', limit: 1 });
  const pppk = useCall('pegawai.list', { aktif: 'aktif', status: 'PPPK', limit: 1 });
  const pppkPw = useCall('pegawai.list', { aktif: 'aktif', status: 'PPPK_PARUH_WAKTU', limit: 1 });
  const nonAsn = useCall('pegawai.list', { aktif: 'aktif', status: 'NON_ASN', limit: 1 });
  const unit = useCall('unit.list', {});
  const per = [pns, cpns, pppk, pppkPw, nonAsn];
  return (
    <section className="card beranda-card" aria-labelledby="beranda-pegawai-judul" data-testid="beranda-pegawai">
      <header className="beranda-card-head">
        <h2 id="beranda-pegawai-judul">
          <Icon name="users" /> Pegawai aktif
        </h2>
        <a href="#/pegawai" className="btn btn-ghost btn-small">
          Buka daftar
        </a>
      </header>
      {semua.error ? <LoadError what="jumlah pegawai" error={semua.error} onRetry={() => void semua.reload()} /> : null}
      <div className="beranda-angka num" data-testid="jumlah-pegawai-aktif">
        {semua.data ? formatAngka(semua.data.total) : '…'}
      </div>
      {semua.data && semua.data.total === 0 ? (
        <p className="muted small">Belum ada data pegawai. Impor dari berkas Excel atau tambahkan satu per satu di menu Pegawai.</p>
      ) : (
        <dl className="beranda-rincian">
          {STATUS_DIHITUNG.map((s, i) =>
            per[i]!.data && per[i]!.data.total > 0 ? (
              <div key={s}>
                <dt>{STATUS_LABEL[s]}</dt>
                <dd className="num">{formatAngka(per[i]!.data.total)}</dd>
              </div>
            ) : null,
          )}
          {unit.data ? (
            <div>
              <dt>Unit kerja</dt>
              <dd className="num">{formatAngka(unit.data.length)}</dd>
            </div>
          ) : null}
        </dl>
      )}
    </section>
  );
}

function KegiatanCard({ hariIni }: { hariIni: string }) {
  const list = useCall('kegiatan.list', { teks: '' });
  const rows = useMemo(() => kegiatanMendatang(list.data ?? [], hariIni, 5), [list.data, hariIni]);
  return (
    <section className="card beranda-card" aria-labelledby="beranda-kegiatan-judul" data-testid="beranda-kegiatan">
      <header className="beranda-card-head">
        <h2 id="beranda-kegiatan-judul">
          <Icon name="calendar" /> Kegiatan mendatang
        </h2>
        <a href="#/kegiatan" className="btn btn-ghost btn-small">
          Semua kegiatan
        </a>
      </header>
      {list.error ? <LoadError what="daftar kegiatan" error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.data && rows.length === 0 ? (
        <p className="muted small beranda-kosong">
          Tidak ada kegiatan terjadwal mulai hari ini. Sosialisasi, apel ikrar dan rapat koordinasi dibuat di menu Kegiatan &amp; Ikrar.
        </p>
      ) : null}
      <ul className="beranda-daftar">
        {rows.map((k) => (
          <li key={k.id}>
            <a href={`#/kegiatan?id=${k.id}`} className="beranda-tautan">
              {k.judul}
            </a>
            <div className="muted small">
              {formatHariTanggal(k.tanggal)} · {k.jam}
              {k.tempat ? ` · ${k.tempat}` : ''}
            </div>
            <div className="muted small">
              {STATUS_KEGIATAN_LABEL[k.status]} · {formatAngka(k.jumlah.peserta)} peserta
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TahapCard() {
  // per person: the procedure runs per reported person, and the recap counts every case (no page limit)
  const rekap = useCall('kasus.rekap', { menurut: 'tahap' });
  const rows = useMemo(() => tahapBerjalan(rekap.data?.baris ?? []), [rekap.data]);
  const total = rows.reduce((s, r) => s + r.jumlah, 0);
  return (
    <section className="card beranda-card" aria-labelledby="beranda-tahap-judul" data-testid="beranda-tahap">
      <header className="beranda-card-head">
        <h2 id="beranda-tahap-judul">
          <Icon name="scale" /> Terlapor dalam proses
        </h2>
        <a href="#/kasus?tab=rekap" className="btn btn-ghost btn-small">
          Rekap
        </a>
      </header>
      {rekap.error ? <LoadError what="rekap tahap" error={rekap.error} onRetry={() => void rekap.reload()} /> : null}
      <div className="beranda-angka num">{rekap.data ? formatAngka(total) : '…'}</div>
      {rekap.data && rows.length === 0 ? (
        <p className="muted small beranda-kosong">Tidak ada terlapor yang sedang ditangani.</p>
      ) : (
        <dl className="beranda-rincian">
          {rows.map((r) => (
            <div key={r.tahap}>
              <dt>{TAHAP_LABEL[r.tahap]}</dt>
              <dd className="num">{formatAngka(r.jumlah)} orang</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
