import { useRef, useState } from 'react';
import type { KegiatanRingkas } from '../../../../shared/contract/kegiatan';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { formatAngka } from '../../lib/format';
import { useSearchShortcut } from '../../lib/layers';
import { navigate } from '../../lib/route';
import { useDebounced } from '../../lib/useDebounced';
import { useCall } from '../../lib/useCall';
import { KegiatanForm } from './KegiatanForm';
import { persen, STATUS_KEGIATAN_LABEL } from './format';
import { tautanTerkait } from './tautan';
import { useJenisKegiatan } from './useJenisKegiatan';
import { formatTanggal } from '../../../../shared/domain/tanggal';

/** Daftar kegiatan: every event with its date, kind, place, status and attendance; search; "Kegiatan baru". */
export function KegiatanList({ baru }: { baru: boolean }) {
  const [text, setText] = useState('');
  const teks = useDebounced(text.trim(), 200);
  const list = useCall('kegiatan.list', { teks });
  const jenis = useJenisKegiatan();
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const [creating, setCreating] = useState(baru);
  const toast = useToast();

  const rows = list.data ?? [];
  // The pledge campaigns have their own page when this build has it; the sidebar has one entry for both.
  const ikrar = tautanTerkait('ikrar', null);
  const open = (k: KegiatanRingkas) => navigate('kegiatan', { id: String(k.id) });

  return (
    <div className="page">
      <PageHeader
        title="Kegiatan & Ikrar"
        subtitle="Sosialisasi, apel ikrar netralitas dan rapat koordinasi: peserta, daftar hadir, rekap kehadiran"
        actions={
          <>
            {ikrar ? (
              <a className="btn" href={ikrar} data-testid="buka-ikrar">
                Kampanye ikrar
              </a>
            ) : null}
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="kegiatan-baru">
              <Icon name="plus" /> Kegiatan baru
            </button>
          </>
        }
      />
      <div className="page-body">
        <div className="search-row">
          <div className="search-box">
            <Icon name="search" className="search-icon" />
            <input
              ref={searchRef}
              type="search"
              aria-label="Cari kegiatan"
              placeholder="Cari judul, tempat…"
              data-testid="cari-kegiatan"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && text) {
                  e.preventDefault();
                  setText('');
                }
              }}
            />
            <kbd className="search-kbd" aria-hidden="true">
              Ctrl F
            </kbd>
          </div>
          <span className="search-row-spacer" />
          <span className="muted small" aria-live="polite">
            {list.data ? `${formatAngka(rows.length)} kegiatan` : ''}
          </span>
        </div>
        {list.error ? <LoadError what="daftar kegiatan" error={list.error} onRetry={() => void list.reload()} /> : null}
        <div className="card table-card kegiatan-table-card">
          {list.data && rows.length === 0 ? (
            teks ? (
              <div className="empty-state">
                <Icon name="search" size={28} />
                <p className="empty-title">Tidak ada kegiatan yang cocok dengan “{teks}”.</p>
                <button type="button" className="btn" onClick={() => setText('')}>
                  Hapus pencarian
                </button>
              </div>
            ) : (
              <div className="empty-state">
                <Icon name="calendar" size={28} />
                <p className="empty-title">Belum ada kegiatan.</p>
                <p className="muted">Buat kegiatan sosialisasi atau apel ikrar, pilih pesertanya menurut unit kerja, lalu cetak undangan dan daftar hadir.</p>
                <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                  <Icon name="plus" /> Kegiatan baru
                </button>
              </div>
            )
          ) : (
            <table className="table kegiatan-table" data-testid="tabel-kegiatan">
              <thead>
                <tr>
                  <th className="col-tanggal">Tanggal</th>
                  <th>Kegiatan</th>
                  <th className="col-tempat">Tempat</th>
                  <th className="col-status">Status</th>
                  <th className="num">Peserta</th>
                  <th className="num">Hadir</th>
                </tr>
              </thead>
              <tbody>
                {!list.data ? (
                  <tr>
                    <td colSpan={6} className="muted">
                      <span className="spinner" aria-hidden="true" /> Memuat kegiatan…
                    </td>
                  </tr>
                ) : null}
                {rows.map((k) => (
                  <tr key={k.id} className="kegiatan-row" onClick={() => open(k)} data-testid={`kegiatan-${k.id}`}>
                    <td className="nowrap">
                      {formatTanggal(k.tanggal)}
                      <div className="muted small">pukul {k.jam}</div>
                    </td>
                    <td>
                      <a
                        href={`#/kegiatan?id=${k.id}`}
                        className="kegiatan-judul"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {k.judul}
                      </a>
                      <div className="muted small">{jenis.label(k.jenis)}</div>
                    </td>
                    <td className="col-tempat" title={k.tempat}>
                      {k.tempat}
                    </td>
                    <td>
                      <span className={`badge badge-kegiatan-${k.status}`}>{STATUS_KEGIATAN_LABEL[k.status]}</span>
                    </td>
                    <td className="num">{formatAngka(k.jumlah.peserta)}</td>
                    <td className="num nowrap">
                      {formatAngka(k.jumlah.hadir)}
                      {k.jumlah.peserta > 0 ? <span className="muted small"> · {persen(Math.round((k.jumlah.hadir / k.jumlah.peserta) * 1000) / 10)}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
      {creating ? (
        <KegiatanForm
          kegiatan={null}
          jenis={jenis.list}
          onClose={() => {
            setCreating(false);
            if (baru) navigate('kegiatan');
          }}
          onSaved={(k) => {
            setCreating(false);
            toast.success(`Kegiatan “${k.judul}” dibuat. Pilih pesertanya di tab Peserta.`);
            navigate('kegiatan', { id: String(k.id), tab: 'peserta' });
          }}
        />
      ) : null}
    </div>
  );
}
