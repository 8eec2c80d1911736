import { useCallback, useMemo, useState } from 'react';
import type { Kegiatan, PesertaKegiatan } from '../../../../shared/contract/kegiatan';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { usePagedRows, type FetchPage } from '../../lib/usePagedRows';
import { call } from '../../api/client';
import type { InputOf } from '../../../../shared/contract/index';
import { AturanPesertaCard } from './AturanPeserta';
import { HapusPesertaDialog, TambahPegawaiDialog, TamuDialog } from './PesertaDialogs';
import { PesertaTable } from './PesertaTable';
import { TandaiDialog } from './TandaiDialog';
import { useCall } from '../../lib/useCall';

type Query = Omit<InputOf<'kegiatan.peserta.list'>, 'offset' | 'limit'> & { versi: number };
type Kehadiran = NonNullable<InputOf<'kegiatan.peserta.list'>['kehadiran']>;

const fetchPage: FetchPage<Query, PesertaKegiatan> = ({ versi: _versi, ...q }, offset, limit) => call('kegiatan.peserta.list', { ...q, offset, limit });

const KEHADIRAN: { value: Kehadiran; label: string }[] = [
  { value: 'semua', label: 'Semua kehadiran' },
  { value: 'hadir', label: 'Hadir (termasuk terlambat)' },
  { value: 'belum', label: 'Belum tercatat' },
  { value: 'tidak-hadir', label: 'Tidak hadir / belum' },
];

/** Peserta: the rule and its preview, the list (thousands, windowed), adding by hand or as a guest, removing, closing the list. */
export function PesertaTab({ kegiatan, onChanged }: { kegiatan: Kegiatan; onChanged: () => void }) {
  const [text, setText] = useState('');
  const teks = useDebounced(text.trim(), 200);
  const [unitIndukId, setUnitIndukId] = useState<number | null>(null);
  const [kehadiran, setKehadiran] = useState<Kehadiran>('semua');
  // Bumped after every change so the windowed list refetches what is on screen.
  const [versi, setVersi] = useState(0);
  const query = useMemo<Query>(() => ({ kegiatanId: kegiatan.id, teks, unitIndukId, kehadiran, versi }), [kegiatan.id, teks, unitIndukId, kehadiran, versi]);
  const paged = usePagedRows(query, fetchPage);
  const rekap = useCall('kegiatan.rekap', { id: kegiatan.id });
  const [dialog, setDialog] = useState<'pegawai' | 'tamu' | null>(null);
  const [hapus, setHapus] = useState<PesertaKegiatan | null>(null);
  const [tandai, setTandai] = useState<PesertaKegiatan | null>(null);
  const [aturanTerbuka, setAturanTerbuka] = useState(kegiatan.jumlah.peserta === 0 && kegiatan.pesertaDitetapkanAt === null);
  const [menetapkan, setMenetapkan] = useState(false);
  const toast = useToast();
  const confirm = useConfirm();
  const selesai = kegiatan.status === 'selesai';
  const ditetapkan = kegiatan.pesertaDitetapkanAt !== null;

  const changed = useCallback(() => {
    setVersi((v) => v + 1);
    void rekap.reload();
    onChanged();
  }, [onChanged, rekap]);

  const tetapkan = async () => {
    const ok = await confirm({
      title: 'Tetapkan daftar peserta?',
      message: (
        <>
          Daftar {formatAngka(kegiatan.jumlah.peserta)} peserta dibekukan: perubahan data pegawai sesudahnya tidak lagi mengubah siapa yang diundang, dan peserta yang ditambahkan kemudian ditandai
          dengan waktunya.
        </>
      ),
      confirmLabel: 'Tetapkan daftar',
    });
    if (!ok) return;
    setMenetapkan(true);
    try {
      await call('kegiatan.peserta.tetapkan', { kegiatanId: kegiatan.id });
      toast.success('Daftar peserta ditetapkan.');
      setAturanTerbuka(false);
      changed();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setMenetapkan(false);
    }
  };

  const units = rekap.data?.baris ?? [];
  const filtered = teks !== '' || unitIndukId !== null || kehadiran !== 'semua';
  const empty = filtered ? (
    <div className="empty-state">
      <Icon name="search" size={28} />
      <p className="empty-title">Tidak ada peserta yang cocok.</p>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setText('');
          setUnitIndukId(null);
          setKehadiran('semua');
        }}
      >
        Reset filter
      </button>
    </div>
  ) : (
    <div className="empty-state">
      <Icon name="users" size={28} />
      <p className="empty-title">Belum ada peserta.</p>
      <p className="muted">Pilih peserta menurut aturan (unit kerja, status, jabatan), atau tambahkan satu per satu.</p>
    </div>
  );

  return (
    <div className="peserta-tab">
      <div className={`banner ${ditetapkan ? 'banner-ok' : 'banner-info'} peserta-status`} data-testid="status-daftar">
        <Icon name={ditetapkan ? 'check' : 'info'} />
        <div className="peserta-status-teks">
          {ditetapkan ? (
            <>
              <strong>Daftar peserta ditetapkan.</strong> Perubahan data pegawai tidak lagi mengubah daftar ini; peserta yang ditambahkan kemudian ditandai dengan waktunya.
            </>
          ) : (
            <>
              <strong>Daftar mengikuti aturan.</strong> Menetapkan daftar membekukan siapa yang diundang, sehingga perubahan data pegawai kemudian tidak mengubahnya.
            </>
          )}
        </div>
        <button type="button" className="btn btn-small" aria-expanded={aturanTerbuka} onClick={() => setAturanTerbuka((o) => !o)} data-testid="tampil-aturan">
          {aturanTerbuka ? 'Sembunyikan aturan' : 'Aturan peserta'}
        </button>
        {!ditetapkan && !selesai ? (
          <button type="button" className="btn btn-small btn-primary" disabled={menetapkan || kegiatan.jumlah.peserta === 0} onClick={() => void tetapkan()} data-testid="tetapkan-peserta">
            Tetapkan daftar peserta
          </button>
        ) : null}
      </div>
      {aturanTerbuka ? <AturanPesertaCard key={JSON.stringify(kegiatan.peserta)} kegiatan={kegiatan} onApplied={changed} /> : null}
      <div className="search-row">
        <div className="search-box">
          <Icon name="search" className="search-icon" />
          <input type="search" aria-label="Cari peserta" placeholder="Cari nama, NIP…" value={text} onChange={(e) => setText(e.target.value)} data-testid="cari-peserta" />
        </div>
        <select aria-label="Saring menurut perangkat daerah" value={unitIndukId ?? ''} onChange={(e) => setUnitIndukId(e.target.value ? Number(e.target.value) : null)} data-testid="saring-unit">
          <option value="">Semua perangkat daerah</option>
          {units
            .filter((u) => u.unitIndukId !== null)
            .map((u) => (
              <option key={u.unitIndukId} value={u.unitIndukId!}>
                {u.unit} ({formatAngka(u.jumlah.peserta)})
              </option>
            ))}
        </select>
        <select aria-label="Saring menurut kehadiran" value={kehadiran} onChange={(e) => setKehadiran(e.target.value as Kehadiran)}>
          {KEHADIRAN.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
        <span className="search-row-spacer" />
        <span className="muted small nowrap" aria-live="polite" data-testid="jumlah-tampil">
          {paged.total !== null ? `${formatAngka(paged.total)} peserta` : ''}
        </span>
        {!selesai ? (
          <>
            <button type="button" className="btn" onClick={() => setDialog('pegawai')} data-testid="tambah-pegawai-buka">
              <Icon name="plus" /> Tambah pegawai
            </button>
            <button type="button" className="btn" onClick={() => setDialog('tamu')} data-testid="tambah-tamu-buka">
              <Icon name="plus" /> Tambah tamu
            </button>
          </>
        ) : null}
      </div>
      {paged.error ? <LoadError what="daftar peserta" error={paged.error} onRetry={paged.reload} /> : null}
      <div className="table-wrap peserta-wrap">
        <PesertaTable paged={paged} onHapus={setHapus} onTandai={setTandai} terkunci={selesai} empty={empty} />
      </div>
      {dialog === 'pegawai' ? (
        <TambahPegawaiDialog
          kegiatan={kegiatan}
          onClose={() => setDialog(null)}
          onAdded={(msg) => {
            setDialog(null);
            toast.success(msg);
            changed();
          }}
        />
      ) : null}
      {dialog === 'tamu' ? (
        <TamuDialog
          kegiatan={kegiatan}
          onClose={() => setDialog(null)}
          onAdded={(p) => {
            setDialog(null);
            toast.success(`${p.nama} ditambahkan sebagai tamu (${p.unitInduk}).`);
            changed();
          }}
        />
      ) : null}
      {tandai ? (
        <TandaiDialog
          kegiatan={kegiatan}
          sasaran={{ judul: tandai.nama, jumlah: 1, pesertaIds: [tandai.id] }}
          onClose={() => setTandai(null)}
          onDone={(msg) => {
            setTandai(null);
            toast.success(msg);
            changed();
          }}
        />
      ) : null}
      {hapus ? (
        <HapusPesertaDialog
          kegiatan={kegiatan}
          peserta={hapus}
          onClose={() => setHapus(null)}
          onRemoved={() => {
            toast.success(`${hapus.nama} dihapus dari peserta.`);
            setHapus(null);
            changed();
          }}
        />
      ) : null}
    </div>
  );
}
