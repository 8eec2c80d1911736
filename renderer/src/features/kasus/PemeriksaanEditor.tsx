import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TanyaJawab } from '../../../../shared/contract/kasus';
import { todayIso } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { errorMessage } from '../../lib/errors';
import { formatAngka, formatWaktu } from '../../lib/format';
import { bacaDraf, hapusDraf, pilihAwal, samaPasangan, SimpanOtomatis, tulisDraf, untukDisimpan, type DrafPemeriksaan, type PenyimpanLokal, type StatusSimpan } from './pemeriksaan-draf';
import { pembukaBelumAda } from './pemeriksaan-templat';
import './pemeriksaan.css';

interface Props {
  terlaporId: number;
  /** Read-only (the case is archived, or the person's examination is closed). */
  disabled?: boolean;
}

interface Baris extends TanyaJawab {
  /** Stable across reordering, for React and for focus. */
  key: number;
}

/** Limits of the contract (kasus.pemeriksaan.simpan): typing past them would only fail on save. */
const MAKS_PASANGAN = 300;
const MAKS_PERTANYAAN = 4000;
const MAKS_JAWABAN = 10_000;
/** Quiet time after the last keystroke before the server gets it. */
const JEDA_SIMPAN_MS = 1200;

let nextKey = 1;
const baris = (p: TanyaJawab): Baris => ({ key: nextKey++, pertanyaan: p.pertanyaan, jawaban: p.jawaban });
const kosong = (): Baris => baris({ pertanyaan: '', jawaban: '' });

function penyimpan(): PenyimpanLokal | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
const tanpaPenyimpan: PenyimpanLokal = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

function pukul(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
  const hari = todayIso(d) === todayIso() ? '' : `${formatWaktu(iso).replace(/ pukul .*/, '')} `;
  return `${hari}pukul ${hh}`;
}

/**
 * The examination as it is typed during the hearing: numbered Pertanyaan / Jawaban pairs that
 * become the Berita Acara Pemeriksaan. Saved by itself a moment after typing stops, when a field is
 * left, and when the page is left; until the server confirms, every keystroke is also kept on this
 * computer, so a failed save or a closed window loses nothing. Ctrl+Enter starts the next pair.
 */
export function PemeriksaanEditor({ terlaporId, disabled = false }: Props) {
  const [rows, setRows] = useState<Baris[] | null>(null);
  const rowsRef = useRef<Baris[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusSimpan>({ jenis: 'tersimpan', pada: null });
  const [pulih, setPulih] = useState<{ draf: DrafPemeriksaan; bentrok: boolean; server: TanyaJawab[] } | null>(null);
  const [drafDitolak, setDrafDitolak] = useState(false);
  const ctl = useRef<SimpanOtomatis<TanyaJawab[]> | null>(null);
  const dasar = useRef<string | null>(null);
  const fokusKe = useRef<{ key: number; bagian: 'pertanyaan' | 'jawaban' } | null>(null);
  const wadah = useRef<HTMLDivElement>(null);
  const confirm = useConfirm();
  const store = useRef<PenyimpanLokal>(penyimpan() ?? tanpaPenyimpan);

  const muat = useCallback(async () => {
    setLoadError(null);
    try {
      const server = await call('kasus.pemeriksaan.get', { terlaporId });
      const draf = bacaDraf(store.current, terlaporId);
      const awal = pilihAwal(server, draf);
      dasar.current = awal.dipulihkan ? awal.dipulihkan.dasar : server.updatedAt;
      ctl.current?.hentikan();
      const c = new SimpanOtomatis<TanyaJawab[]>(server.pasangan, server.updatedAt, {
        simpan: (pasangan) => call('kasus.pemeriksaan.simpan', { terlaporId, pasangan }),
        sama: samaPasangan,
        onStatus: setStatus,
        onTerkonfirmasi: (_v, at) => {
          dasar.current = at;
          hapusDraf(store.current, terlaporId);
        },
        pesanGalat: errorMessage,
        jeda: JEDA_SIMPAN_MS,
      });
      ctl.current = c;
      const list = awal.pasangan.map(baris);
      rowsRef.current = list;
      setRows(list);
      setStatus({ jenis: 'tersimpan', pada: server.updatedAt });
      if (awal.dipulihkan) {
        setPulih({ draf: awal.dipulihkan, bentrok: awal.bentrok, server: server.pasangan });
        if (!disabled) c.ubah(untukDisimpan(awal.pasangan));
      } else {
        setPulih(null);
        if (draf) hapusDraf(store.current, terlaporId);
      }
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }, [terlaporId, disabled]);

  useEffect(() => {
    void muat();
  }, [muat]);

  // Leaving the page or the app: save what is pending (the draft is on disk already either way).
  useEffect(() => {
    const flush = () => void ctl.current?.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      const c = ctl.current;
      void c?.flush();
      c?.hentikan();
    };
  }, []);

  useEffect(() => {
    const f = fokusKe.current;
    if (!f) return;
    fokusKe.current = null;
    const el = wadah.current?.querySelector<HTMLTextAreaElement>(`[data-key="${f.key}"][data-bagian="${f.bagian}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  });

  /** Every change goes through here: the screen, the local draft, the debounced save. */
  const ubah = (next: Baris[]) => {
    rowsRef.current = next;
    setRows(next);
    const c = ctl.current;
    if (!c || disabled) return;
    const v = untukDisimpan(next);
    c.ubah(v);
    if (c.kotor) setDrafDitolak(!tulisDraf(store.current, terlaporId, { pasangan: v, diketik: new Date().toISOString(), dasar: dasar.current }));
    else hapusDraf(store.current, terlaporId);
  };

  const setBidang = (key: number, bagian: 'pertanyaan' | 'jawaban', nilai: string) => ubah(rowsRef.current.map((r) => (r.key === key ? { ...r, [bagian]: nilai } : r)));

  const tambahSesudah = (i: number, isi: Baris[] = [kosong()]) => {
    const cur = rowsRef.current;
    if (cur.length + isi.length > MAKS_PASANGAN) return;
    fokusKe.current = { key: isi[0]!.key, bagian: 'pertanyaan' };
    ubah([...cur.slice(0, i + 1), ...isi, ...cur.slice(i + 1)]);
  };

  const pindah = (i: number, arah: -1 | 1) => {
    const cur = rowsRef.current;
    const j = i + arah;
    if (j < 0 || j >= cur.length) return;
    const next = [...cur];
    [next[i], next[j]] = [next[j]!, next[i]!];
    ubah(next);
  };

  const hapus = async (i: number) => {
    const r = rowsRef.current[i];
    if (!r) return;
    if (r.pertanyaan.trim() || r.jawaban.trim()) {
      const ok = await confirm({
        title: `Hapus pasangan nomor ${i + 1}?`,
        message: 'Pertanyaan dan jawabannya hilang dari berita acara. Riwayat kasus tetap mencatat bahwa tanya-jawab diubah.',
        confirmLabel: 'Hapus',
        danger: true,
        focusCancel: true,
      });
      if (!ok) return;
    }
    const next = rowsRef.current.filter((x) => x.key !== r.key);
    const tetangga = next[Math.min(i, next.length - 1)];
    if (tetangga) fokusKe.current = { key: tetangga.key, bagian: 'pertanyaan' };
    ubah(next);
  };

  const sisipkanPembuka = () => {
    const cur = rowsRef.current;
    const baru = pembukaBelumAda(cur.map((r) => r.pertanyaan)).map((q) => baris({ pertanyaan: q, jawaban: '' }));
    if (!baru.length) return;
    // an empty first pair (just started) is replaced rather than pushed down
    const awalKosong = cur.length > 0 && !cur[0]!.pertanyaan.trim() && !cur[0]!.jawaban.trim();
    const sisa = awalKosong ? cur.slice(1) : cur;
    if (sisa.length + baru.length > MAKS_PASANGAN) return;
    fokusKe.current = { key: baru[0]!.key, bagian: 'jawaban' };
    ubah([...baru, ...sisa]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>, i: number) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      tambahSesudah(i);
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const key = rowsRef.current[i]?.key;
      pindah(i, e.key === 'ArrowUp' ? -1 : 1);
      if (key !== undefined) fokusKe.current = { key, bagian: (e.target as HTMLTextAreaElement).dataset.bagian as 'pertanyaan' | 'jawaban' };
    }
  };

  const pakaiServer = async () => {
    if (!pulih) return;
    const ok = await confirm({
      title: 'Pakai versi yang tersimpan di server?',
      message: 'Ketikan yang dipulihkan dari komputer ini akan dibuang dan diganti dengan tanya-jawab yang tersimpan.',
      confirmLabel: 'Buang ketikan lokal',
      danger: true,
      focusCancel: true,
    });
    if (!ok) return;
    ctl.current?.hentikan();
    hapusDraf(store.current, terlaporId);
    setPulih(null);
    await muat();
  };

  if (loadError) return <LoadError what="tanya-jawab pemeriksaan" error={loadError} onRetry={() => void muat()} />;
  if (!rows)
    return (
      <p className="muted">
        <span className="spinner" aria-hidden="true" /> Memuat tanya-jawab pemeriksaan…
      </p>
    );

  const terisi = untukDisimpan(rows).length;
  return (
    <div className="pemeriksaan" ref={wadah} data-testid="pemeriksaan-editor">
      <div className="pemeriksaan-bar">
        <span className="muted small">{terisi ? `${formatAngka(terisi)} pasang pertanyaan dan jawaban` : 'Belum ada pertanyaan'}</span>
        <StatusLabel status={status} disabled={disabled} onRetry={() => void ctl.current?.cobaLagi()} />
      </div>
      {pulih ? (
        <div className={`banner ${pulih.bentrok ? 'banner-warning' : 'banner-info'}`} role="status" data-testid="pemeriksaan-pulih">
          <Icon name={pulih.bentrok ? 'alert' : 'info'} />
          <span>
            Ketikan yang belum tersimpan dari {formatWaktu(pulih.draf.diketik)} dipulihkan dari komputer ini{disabled ? '' : ' dan sedang disimpan'}.
            {pulih.bentrok ? ' Tanya-jawab ini juga sudah diubah di tempat lain sesudah ketikan itu dimulai: periksa sebelum melanjutkan.' : ''}
          </span>
          {pulih.bentrok ? (
            <button type="button" className="btn btn-small" onClick={() => void pakaiServer()}>
              Pakai versi tersimpan
            </button>
          ) : (
            <button type="button" className="btn btn-small" onClick={() => setPulih(null)}>
              Tutup
            </button>
          )}
        </div>
      ) : null}
      {drafDitolak ? (
        <div className="banner banner-warning" role="alert">
          <Icon name="alert" /> Komputer ini menolak menyimpan salinan ketikan (penyimpanan peramban penuh atau dimatikan). Ketikan tetap dikirim ke server; jangan tutup halaman sebelum tertulis “Tersimpan”.
        </div>
      ) : null}

      {rows.length === 0 ? (
        <div className="empty-state pemeriksaan-kosong">
          <Icon name="edit" size={28} />
          <p className="empty-title">Belum ada pertanyaan.</p>
          <p className="muted">Ketik tanya-jawab selama pemeriksaan berlangsung; setiap pasangan diberi nomor dan menjadi isi Berita Acara Pemeriksaan.</p>
          {!disabled ? (
            <div className="empty-actions">
              <button type="button" className="btn" onClick={sisipkanPembuka} data-testid="sisipkan-pembuka">
                Sisipkan pertanyaan pembuka
              </button>
              <button type="button" className="btn btn-primary" onClick={() => tambahSesudah(-1)} data-testid="tambah-pasangan">
                <Icon name="plus" /> Pertanyaan pertama
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <ol className="pemeriksaan-daftar">
          {rows.map((r, i) => (
            <li key={r.key} className="pemeriksaan-pasangan" data-testid={`pasangan-${i + 1}`}>
              <div className="pemeriksaan-nomor" aria-hidden="true">
                {i + 1}.
              </div>
              <div className="pemeriksaan-isi">
                <label className="pemeriksaan-label" htmlFor={`tj-${r.key}-p`}>
                  Pertanyaan {i + 1}
                </label>
                <textarea
                  id={`tj-${r.key}-p`}
                  data-key={r.key}
                  data-bagian="pertanyaan"
                  className="pemeriksaan-teks"
                  rows={1}
                  maxLength={MAKS_PERTANYAAN}
                  value={r.pertanyaan}
                  readOnly={disabled}
                  onChange={(e) => setBidang(r.key, 'pertanyaan', e.target.value)}
                  onKeyDown={(e) => onKeyDown(e, i)}
                  onBlur={() => void ctl.current?.flush()}
                />
                <label className="pemeriksaan-label" htmlFor={`tj-${r.key}-j`}>
                  Jawaban {i + 1}
                </label>
                <textarea
                  id={`tj-${r.key}-j`}
                  data-key={r.key}
                  data-bagian="jawaban"
                  className="pemeriksaan-teks pemeriksaan-jawaban"
                  rows={2}
                  maxLength={MAKS_JAWABAN}
                  value={r.jawaban}
                  readOnly={disabled}
                  onChange={(e) => setBidang(r.key, 'jawaban', e.target.value)}
                  onKeyDown={(e) => onKeyDown(e, i)}
                  onBlur={() => void ctl.current?.flush()}
                />
              </div>
              {!disabled ? (
                <div className="pemeriksaan-aksi">
                  <button type="button" className="btn-icon btn-icon-sm" tabIndex={-1} aria-label={`Naikkan pasangan ${i + 1}`} title="Naikkan (Alt+↑)" disabled={i === 0} onClick={() => pindah(i, -1)}>
                    <Icon name="arrowUp" size={14} />
                  </button>
                  <button type="button" className="btn-icon btn-icon-sm" tabIndex={-1} aria-label={`Turunkan pasangan ${i + 1}`} title="Turunkan (Alt+↓)" disabled={i === rows.length - 1} onClick={() => pindah(i, 1)}>
                    <Icon name="arrowDown" size={14} />
                  </button>
                  <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus pasangan ${i + 1}`} title="Hapus pasangan" onClick={() => void hapus(i)}>
                    <Icon name="trash" size={14} />
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      {!disabled && rows.length > 0 ? (
        <div className="pemeriksaan-kaki">
          <button type="button" className="btn" onClick={() => tambahSesudah(rows.length - 1)} disabled={rows.length >= MAKS_PASANGAN} data-testid="tambah-pasangan">
            <Icon name="plus" /> Pasangan berikutnya
          </button>
          {pembukaBelumAda(rows.map((r) => r.pertanyaan)).length ? (
            <button type="button" className="btn btn-ghost" onClick={sisipkanPembuka} data-testid="sisipkan-pembuka">
              Sisipkan pertanyaan pembuka
            </button>
          ) : null}
          <span className="muted small pemeriksaan-petunjuk">
            <kbd>Ctrl</kbd> + <kbd>Enter</kbd> pasangan berikutnya · <kbd>Alt</kbd> + <kbd>↑</kbd>/<kbd>↓</kbd> pindahkan
          </span>
        </div>
      ) : null}
    </div>
  );
}

function StatusLabel({ status, disabled, onRetry }: { status: StatusSimpan; disabled: boolean; onRetry: () => void }) {
  if (disabled) return <span className="pemeriksaan-status muted small">Hanya dibaca</span>;
  switch (status.jenis) {
    case 'menyimpan':
      return (
        <span className="pemeriksaan-status small" role="status" data-testid="status-simpan">
          <span className="spinner" aria-hidden="true" /> Menyimpan…
        </span>
      );
    case 'menunggu':
      return (
        <span className="pemeriksaan-status muted small" role="status" data-testid="status-simpan">
          Perubahan belum tersimpan…
        </span>
      );
    case 'gagal':
      return (
        <span className="pemeriksaan-status is-gagal small" role="alert" data-testid="status-simpan">
          <Icon name="alert" size={14} />
          <span>
            Gagal menyimpan: {/[.!?]$/.test(status.pesan) ? status.pesan : `${status.pesan}.`} Ketikan aman di komputer ini; dicoba lagi otomatis dalam {status.ulangDalamDetik} detik.
          </span>
          <button type="button" className="btn btn-small" onClick={onRetry} data-testid="coba-simpan">
            Coba lagi
          </button>
        </span>
      );
    default:
      return (
        <span className="pemeriksaan-status is-ok small" role="status" data-testid="status-simpan">
          {status.pada ? (
            <>
              <Icon name="check" size={14} /> Tersimpan {pukul(status.pada)}
            </>
          ) : (
            'Belum disimpan'
          )}
        </span>
      );
  }
}
