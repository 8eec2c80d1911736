import { useRef, useState } from 'react';
import { JENIS_DOKUMEN, type DokumenArsip, type JenisDokumen } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useFileActions } from '../../lib/files';
import { formatAngka } from '../../lib/format';
import { useSearchShortcut } from '../../lib/layers';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { tahunPilihan } from './tahun';

const PAGE = 100;

/** The archive opened on one letter, e.g. from its number in the agenda book. */
export const arsipHref = (nomor: string) => `#/dokumen?tab=arsip&cari=${encodeURIComponent(nomor)}`;

/**
 * Arsip: every document made, searchable; open, save elsewhere or build again from the stored data.
 * A letter whose number was voided is marked BATAL with the reason; building it again gives a stamped copy.
 */
export function ArsipList({ cari = '' }: { cari?: string }) {
  const [text, setText] = useState(cari);
  const [jenis, setJenis] = useState<JenisDokumen | null>(null);
  const [tahun, setTahun] = useState<number | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [working, setWorking] = useState<number | null>(null);
  const term = useDebounced(text.trim(), 200);
  const arsip = useCall('dokumen.arsip', { text: term, jenis, tahun, offset: 0, limit });
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const toast = useToast();
  const files = useFileActions();
  const rows = arsip.data?.rows ?? [];
  const total = arsip.data?.total ?? 0;

  const withFile = async (d: DokumenArsip, action: (file: string, fileName: string) => Promise<void>) => {
    setWorking(d.id);
    try {
      const f = await call('dokumen.file', { id: d.id });
      await action(f.file, f.fileName);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setWorking(null);
    }
  };

  const rebuild = async (d: DokumenArsip) => {
    setWorking(d.id);
    try {
      const made = await call('dokumen.buatUlang', { id: d.id });
      const { file } = made;
      const fileName = made.fileName ?? made.dokumen.fileName;
      const pesan = made.dokumen.batal
        ? `Nomor ${made.dokumen.nomor} sudah dibatalkan: salinannya bercap BATAL di setiap halaman (${fileName}).`
        : `Dokumen ${made.dokumen.nomor} dibuat ulang dari data tersimpan: ${fileName}.`;
      toast.success(pesan, [
        { label: 'Buka', onClick: () => void files.open(file, fileName) },
        { label: 'Simpan ke…', onClick: () => void files.save(file, fileName) },
      ]);
      await arsip.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setWorking(null);
    }
  };

  return (
    <div className="dokumen-tab" data-testid="daftar-arsip">
      <div className="search-row filter-bar">
        <div className="search-box search-box-narrow">
          <Icon name="search" className="search-icon" />
          <input
            ref={searchRef}
            type="search"
            aria-label="Cari di arsip"
            placeholder="Cari nomor, hal atau nama berkas…"
            data-testid="cari-arsip"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
        <select aria-label="Jenis dokumen" className="filter-select" value={jenis ?? ''} onChange={(e) => setJenis((e.target.value || null) as JenisDokumen | null)}>
          <option value="">Semua jenis</option>
          {JENIS_DOKUMEN.map((j) => (
            <option key={j} value={j}>
              {JENIS.get(j).label}
            </option>
          ))}
        </select>
        <select aria-label="Tahun" className="filter-select filter-select-narrow" value={tahun ?? ''} onChange={(e) => setTahun(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Semua tahun</option>
          {tahunPilihan().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <span className="search-row-spacer" />
        <span className="muted">{arsip.data ? `${formatAngka(total)} dokumen` : ''}</span>
      </div>
      {arsip.error ? <LoadError what="arsip" error={arsip.error} onRetry={() => void arsip.reload()} /> : null}
      <div className="card table-card dokumen-table-card">
        {arsip.loading && !arsip.data ? (
          <div className="empty-state">
            <span className="spinner" aria-hidden="true" /> Memuat arsip…
          </div>
        ) : rows.length === 0 ? (
          <div className="empty-state">
            <Icon name="folder" size={28} />
            <p className="empty-title">{term || jenis || tahun ? 'Tidak ada dokumen yang cocok.' : 'Arsip masih kosong.'}</p>
            <p>Dokumen yang disimpan dari "Buat dokumen" tercatat di sini bersama data untuk membuatnya ulang.</p>
          </div>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Nomor</th>
                <th>Tanggal</th>
                <th>Hal</th>
                <th>Jenis</th>
                <th aria-label="Tindakan" />
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr
                  key={d.id}
                  data-testid="baris-arsip"
                  data-batal={d.batal ? true : undefined}
                  className={`${d.batal ? 'is-inactive' : ''}${cari && d.nomor === cari ? ' is-selected' : ''}`.trim() || undefined}
                >
                  <td className="nowrap">
                    <span className={`num strong${d.batal ? ' nomor-batal' : ''}`}>{d.nomor}</span>
                    {d.batal ? (
                      <div>
                        <span className="badge badge-nonaktif" data-testid="tanda-batal">
                          BATAL
                        </span>
                      </div>
                    ) : null}
                  </td>
                  <td className="nowrap">{formatTanggal(d.tanggal)}</td>
                  <td className="col-hal">
                    {d.hal}
                    {d.batal ? <div className="small text-danger">Nomor dibatalkan: {d.batal}</div> : null}
                    <div className="muted small col-berkas">{d.fileName}</div>
                  </td>
                  <td>{JENIS.label(d.jenis)}</td>
                  <td className="row-actions">
                    <button type="button" className="btn btn-small" disabled={working === d.id} onClick={() => void withFile(d, files.open)}>
                      Buka
                    </button>
                    <button type="button" className="btn btn-small" disabled={working === d.id} onClick={() => void withFile(d, files.save)}>
                      Simpan ke…
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      disabled={working === d.id}
                      title={
                        d.batal
                          ? 'Membuat salinan bercap BATAL dari data yang tersimpan (nomornya sudah dibatalkan)'
                          : 'Membuat .docx lagi dari data, teks versi dan pengaturan yang tersimpan'
                      }
                      onClick={() => void rebuild(d)}
                    >
                      <Icon name="refresh" size={14} /> Buat ulang
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {total > rows.length && rows.length > 0 ? (
          <div className="table-more">
            <button type="button" className="btn btn-small" onClick={() => setLimit((l) => Math.min(500, l + PAGE))} disabled={limit >= 500}>
              Tampilkan lebih banyak ({formatAngka(total - rows.length)} lagi)
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
