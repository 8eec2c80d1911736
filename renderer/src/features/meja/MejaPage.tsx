import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Kegiatan, PesertaKegiatan, RekapKegiatan } from '../../../../shared/contract/kegiatan';
import type { CaraCatat } from '../../../../shared/domain/kegiatan';
import { STATUS_HADIR_LABEL, warnaHasil } from '../../../../shared/domain/kegiatan';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { useConfirm } from '../../components/Confirm';
import type { AppErrorData } from '../../../../shared/contract/result';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { panggil } from './api';
import { HasilBanner } from './HasilBanner';
import { Kamera } from './Kamera';
import { buatNonce } from './nonce';
import { jenisKetikan } from './pemindai';
import { useMejaAntrian, type RiwayatItem } from './useMejaAntrian';
import { useScannerInput } from './useScannerInput';
import { BelumHadir } from './BelumHadir';
import { catatEnter } from './ukur';
import { pukul } from './waktu';
import { keluarMeja } from './sesi-meja';
import { MejaLainDialog } from './MejaLainPanel';
import { AlasanBatalDialog } from './AlasanBatalDialog';
import './meja.css';

const SETELAN = { meja: 'netra.meja.nama', operator: 'netra.meja.operator', kamera: 'netra.meja.kamera' };
const REKAP_MS = 4000;


export interface MejaPageProps {
  kegiatanId: number;
  /** A paired desk: its name was set at pairing and cannot be changed here. */
  mejaTetap?: string | null;
  /** The operator given at pairing (a paired desk may still change it). */
  operatorAwal?: string;
  /** This device is a paired desk: it cannot manage other desks. */
  terpasang?: boolean;
  /** The event's pledge campaigns (a paired desk has them from meja.info; the organiser's desk asks). */
  kampanye?: { id: number; judul: string }[];
}

/**
 * The check-in desk: built for a USB scanner (it types like a keyboard and ends with Enter) with a
 * typed NIP or a name search beside it. One entry, one big banner; the last scans with undo; live
 * counts and who is still missing per unit.
 */
export function MejaPage({ kegiatanId, mejaTetap = null, operatorAwal, terpasang = false, kampanye: kampanyeAwal }: MejaPageProps) {
  const toast = useToast();
  const confirm = useConfirm();
  const [sesiHabis, setSesiHabis] = useState<AppErrorData | null>(null);
  /** When the counters last failed to reach Netra (null: connected). */
  const [putusSejak, setPutusSejak] = useState<string | null>(null);
  const [meja, setMeja] = useState(() => mejaTetap ?? localStorage.getItem(SETELAN.meja) ?? 'Meja 1');
  const [operator, setOperator] = useState(() => operatorAwal ?? localStorage.getItem(SETELAN.operator) ?? '');
  const [kamera, setKamera] = useState(() => localStorage.getItem(SETELAN.kamera) === '1');
  const [kegiatan, setKegiatan] = useState<Kegiatan | null>(null);
  const [galatMuat, setGalatMuat] = useState<string | null>(null);
  const [rekap, setRekap] = useState<RekapKegiatan | null>(null);
  const [teks, setTeks] = useState('');
  const [hasilCari, setHasilCari] = useState<PesertaKegiatan[]>([]);
  const [pilih, setPilih] = useState(0);
  const [galatCari, setGalatCari] = useState<string | null>(null);
  const [batal, setBatal] = useState<RiwayatItem | null>(null);
  const [menambah, setMenambah] = useState(false);
  const [mejaLain, setMejaLain] = useState(false);
  const kotak = useRef<HTMLInputElement>(null);
  const rekapTimer = useRef(0);
  // Signed pledge forms of this event's campaigns are received at the same desk (MejaIkrar).
  const [kampanye, setKampanye] = useState(kampanyeAwal ?? []);
  useEffect(() => {
    if (kampanyeAwal) return;
    panggil('ikrar.list', { kegiatanId }).then(
      (list) => setKampanye(list.map((k) => ({ id: k.id, judul: k.judul }))),
      () => undefined,
    );
  }, [kampanyeAwal, kegiatanId]);

  useEffect(() => {
    if (!mejaTetap) localStorage.setItem(SETELAN.meja, meja);
  }, [meja, mejaTetap]);
  useEffect(() => localStorage.setItem(SETELAN.operator, operator), [operator]);
  useEffect(() => localStorage.setItem(SETELAN.kamera, kamera ? '1' : '0'), [kamera]);

  const muatRekap = useCallback(async () => {
    try {
      setRekap(await panggil('kegiatan.rekap', { id: kegiatanId }));
      setPutusSejak(null);
    } catch (e) {
      if (e instanceof ApiError && e.data.code === 'TERPUTUS') setPutusSejak((t) => t ?? new Date().toISOString());
      // A paired desk learns here, without a scan, that its session was revoked or the event closed.
      if (terpasang && e instanceof ApiError && e.data.code === 'TIDAK_BERWENANG') setSesiHabis(e.data);
      /* offline: the counters keep their last figures; the queue line says why */
    }
  }, [kegiatanId, terpasang]);

  // After an answer the counters follow within a moment; a burst of scans reloads them once.
  const rekapSegera = useCallback(() => {
    window.clearTimeout(rekapTimer.current);
    rekapTimer.current = window.setTimeout(() => void muatRekap(), 400);
  }, [muatRekap]);

  const onTerjawab = useCallback(
    (item: RiwayatItem) => {
      if (item.hasil?.hasil === 'ditutup') setKegiatan((k) => (k ? { ...k, status: 'selesai' } : k));
      rekapSegera();
    },
    [rekapSegera],
  );
  const q = useMejaAntrian(kegiatanId, onTerjawab);

  useEffect(() => {
    let hidup = true;
    panggil('kegiatan.get', { id: kegiatanId }).then(
      (k) => hidup && setKegiatan(k),
      (e: unknown) => hidup && setGalatMuat(errorMessage(e)),
    );
    void muatRekap();
    const t = window.setInterval(() => void muatRekap(), REKAP_MS);
    return () => {
      hidup = false;
      window.clearInterval(t);
    };
  }, [kegiatanId, muatRekap]);

  const ditutup = kegiatan?.status === 'selesai';
  const zona = kegiatan?.zonaWaktu ?? 'WIB';
  const jam = (iso: string) => pukul(iso, zona, true);

  const catat = useCallback(
    (isi: { masukan?: string; pesertaId?: number | null; cara: CaraCatat; waktu?: string }, at = performance.now()) => {
      const nonce = buatNonce();
      catatEnter(nonce, at);
      q.catat({
        nonce,
        kegiatanId,
        masukan: isi.masukan ?? '',
        pesertaId: isi.pesertaId ?? null,
        status: null,
        meja: meja.trim() || 'Meja 1',
        operator: operator.trim(),
        waktu: isi.waktu ?? new Date().toISOString(),
        cara: isi.cara,
      });
    },
    [q, kegiatanId, meja, operator],
  );

  useScannerInput(
    useCallback((code: string, at: number) => catat({ masukan: code, cara: 'pindai' }, at), [catat]),
    // Also while a dialog is open (a scan must never land in the undo reason and submit it) and once
    // the session ended (kept on the device, sent after pairing again; the screen says so).
    !ditutup,
  );

  // Name search: letters only (anything with a digit is a NIP or a code, sent on Enter).
  const cari = useDebounced(teks, 120);
  useEffect(() => {
    if (jenisKetikan(cari) !== 'nama' || cari.trim().length < 2) {
      setHasilCari([]);
      setGalatCari(null);
      return;
    }
    let hidup = true;
    panggil('kegiatan.peserta.list', { kegiatanId, teks: cari.trim(), limit: 8 }).then(
      (r) => {
        if (!hidup) return;
        setHasilCari(r.rows);
        setPilih(0);
        setGalatCari(null);
      },
      (e: unknown) => {
        if (!hidup) return;
        setHasilCari([]);
        setGalatCari(e instanceof ApiError && e.data.code === 'TERPUTUS' ? 'Pencarian nama perlu koneksi ke Netra. Pindai kartu atau ketik NIP: tetap tersimpan.' : errorMessage(e));
      },
    );
    return () => {
      hidup = false;
    };
  }, [cari, kegiatanId]);

  const onKotakKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const jenis = jenisKetikan(teks);
    if (e.key === 'ArrowDown' && hasilCari.length) {
      e.preventDefault();
      setPilih((i) => Math.min(hasilCari.length - 1, i + 1));
    } else if (e.key === 'ArrowUp' && hasilCari.length) {
      e.preventDefault();
      setPilih((i) => Math.max(0, i - 1));
    } else if (e.key === 'Escape') {
      setTeks('');
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (ditutup) return;
      if (jenis === 'masukan') {
        catat({ masukan: teks.trim(), cara: 'ketik' }, e.timeStamp);
        setTeks('');
      } else if (jenis === 'nama') {
        const p = hasilCari[pilih];
        if (!p) return;
        catat({ pesertaId: p.id, cara: 'cari' }, e.timeStamp);
        setTeks('');
      }
    }
  };

  const tambahPeserta = async () => {
    const item = q.terakhir;
    const pegawai = item?.hasil?.pegawai;
    if (!item || !pegawai) return;
    setMenambah(true);
    try {
      await panggil('kegiatan.peserta.tambah', { kegiatanId, pegawaiIds: [pegawai.id] });
      // Recorded at the time the person stood at the desk, as a new entry (the first one stays "bukan peserta").
      catat({ masukan: item.entri.masukan, pesertaId: item.entri.pesertaId, cara: item.entri.cara, waktu: item.entri.waktu });
    } catch (e) {
      toast.error(`${pegawai.nama} tidak dapat ditambahkan: ${errorMessage(e)}`);
    } finally {
      setMenambah(false);
    }
  };

  const berakhir = q.sesiBerakhir ?? sesiHabis;
  if (berakhir) {
    return (
      <div className="meja-layar meja-berakhir" data-testid="sesi-meja-berakhir">
        <h1>{terpasang ? 'Sesi meja ini sudah berakhir' : 'Netra menolak halaman ini'}</h1>
        {/* The host says which: revoked, Meja hadir turned off, event closed, replaced by a desk of the same name. */}
        <p>{berakhir.message}</p>
        <p>
          {terpasang
            ? 'Pemindaian tidak bisa dikirim lagi dari perangkat ini sampai meja dipasangkan lagi.'
            : 'Netra mungkin dijalankan ulang: buka lagi alamat lengkap yang dicetak saat Netra dijalankan, lalu buka meja hadir dari kegiatannya.'}
        </p>
        {q.menunggu ? (
          <p className="meja-berakhir-antri">
            {q.menunggu} pemindaian belum terkirim dan tetap tersimpan di perangkat ini: {terpasang ? 'pasangkan meja lagi' : 'buka meja hadir lagi'} untuk kegiatan ini
            agar terkirim.
          </p>
        ) : null}
        {terpasang ? (
          <a className="btn btn-primary" href="#/pasang" data-testid="pasang-lagi">
            Pasangkan lagi dengan kode baru
          </a>
        ) : null}
      </div>
    );
  }

  const total = rekap?.total;
  return (
    <div className="meja-layar" data-testid="meja-hadir">
      <header className="meja-atas">
        <div className="meja-judul">
          <div className="meja-judul-kecil">Meja hadir</div>
          <h1 data-testid="judul-kegiatan">{kegiatan?.judul ?? (galatMuat ? 'Kegiatan tidak dapat dimuat' : 'Memuat…')}</h1>
          {kegiatan ? (
            <div className="muted">
              {kegiatan.tempat} · pukul {kegiatan.jam} {kegiatan.zonaWaktu}
              {kegiatan.batasTerlambat ? ` · terlambat setelah ${kegiatan.batasTerlambat}` : ''}
            </div>
          ) : galatMuat ? (
            <div className="text-danger">{galatMuat}</div>
          ) : null}
        </div>
        <div className="meja-setelan">
          <Field id="meja-nama" label="Nama meja">
            {(a) => <input {...a} value={meja} maxLength={40} onChange={(e) => setMeja(e.target.value)} disabled={!!mejaTetap} data-testid="nama-meja" />}
          </Field>
          <Field id="meja-operator" label="Petugas">
            {(a) => <input {...a} value={operator} maxLength={100} onChange={(e) => setOperator(e.target.value)} placeholder="Nama petugas" data-testid="operator-meja" />}
          </Field>
          <button type="button" className={`btn${kamera ? ' btn-primary' : ''}`} aria-pressed={kamera} onClick={() => setKamera((v) => !v)} data-testid="tombol-kamera">
            Kamera
          </button>
          {!terpasang ? (
            <button type="button" className="btn" onClick={() => setMejaLain(true)} data-testid="tombol-meja-lain">
              Meja lain…
            </button>
          ) : null}
          <a className="btn" href={`#/papan?kegiatan=${kegiatanId}`} target="_blank" rel="noreferrer">
            Papan hadir
          </a>
          {kampanye.map((k) => (
            <a key={k.id} className="btn" href={`#/meja?kegiatan=${kegiatanId}&ikrar=${k.id}`} title={`Terima formulir ikrar: ${k.judul}`} data-testid="buka-terima-ikrar">
              Terima formulir ikrar
            </a>
          ))}
          {terpasang ? (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={async () => {
                if (
                  q.menunggu &&
                  !(await confirm({
                    title: 'Keluar dari meja ini?',
                    message: `${q.menunggu} pemindaian belum terkirim. Semuanya tetap tersimpan di perangkat ini dan terkirim setelah meja dipasangkan lagi.`,
                    confirmLabel: 'Keluar',
                  }))
                )
                  return;
                await keluarMeja();
                window.location.hash = '#/pasang';
              }}
            >
              Keluar
            </button>
          ) : null}
        </div>
      </header>

      {q.menunggu > 0 || q.terputus ? (
        <div className="meja-offline" data-testid="antrian-meja" role="status">
          {q.terputus ? 'Offline' : 'Mengirim'}: {q.menunggu} pemindaian menunggu
          {q.terputus ? ' — tersimpan di perangkat ini dan dikirim berurutan begitu tersambung lagi.' : '…'}
        </div>
      ) : putusSejak ? (
        <div className="meja-offline" data-testid="meja-terputus" role="status">
          Tidak tersambung ke Netra sejak pukul {pukul(putusSejak, zona)}: pemindaian tetap diterima dan disimpan di perangkat ini.
          {terpasang ? ' Bila kegiatan sudah ditutup atau Meja hadir dimatikan, meja ini tidak akan tersambung lagi.' : ''}
        </div>
      ) : null}
      {ditutup ? (
        <div className="meja-ditutup" data-testid="kegiatan-ditutup" role="alert">
          Kegiatan ini sudah ditutup: pemindaian tidak diterima lagi.
        </div>
      ) : null}

      <div className="meja-isi">
        <section className="meja-utama">
          <div className="meja-kotak">
            <input
              ref={kotak}
              autoFocus
              value={teks}
              onChange={(e) => setTeks(e.target.value)}
              onKeyDown={onKotakKey}
              placeholder="Pindai, ketik NIP, atau cari nama…"
              aria-label="Pindai, ketik NIP, atau cari nama peserta"
              data-testid="kotak-meja"
              disabled={ditutup}
              autoComplete="off"
              spellCheck={false}
            />
            {hasilCari.length ? (
              <ul className="meja-cari" role="listbox" data-testid="hasil-cari-meja" aria-label="Peserta yang cocok">
                {hasilCari.map((p, i) => (
                  <li
                    key={p.id}
                    role="option"
                    aria-selected={i === pilih}
                    className={i === pilih ? 'is-pilih' : ''}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      catat({ pesertaId: p.id, cara: 'cari' });
                      setTeks('');
                      kotak.current?.focus();
                    }}
                  >
                    <span className="strong">{p.nama}</span>
                    <span className="muted"> · {p.nip ?? p.unitInduk} · {p.unitKerja ?? p.unitInduk}</span>
                    {p.kehadiran ? <span className="badge badge-aktif">{STATUS_HADIR_LABEL[p.kehadiran.status]} {jam(p.kehadiran.waktu).slice(0, 5)}</span> : null}
                  </li>
                ))}
              </ul>
            ) : galatCari ? (
              <div className="meja-cari-galat">{galatCari}</div>
            ) : null}
          </div>
          <HasilBanner zona={zona} item={q.terakhir} menunggu={q.menunggu} onTambah={() => void tambahPeserta()} menambah={menambah} />
          {kamera ? <Kamera onKode={(code) => !ditutup && catat({ masukan: code, cara: 'kamera' })} /> : null}
          <div className="meja-angka" data-testid="angka-meja">
            <div>
              <div className="meja-angka-besar" data-testid="jumlah-hadir">
                {total ? formatAngka(total.jumlah.hadir) : '–'}
                <span className="meja-angka-dari"> / {total ? formatAngka(total.jumlah.peserta) : '–'}</span>
              </div>
              <div className="muted">hadir dari peserta{total ? ` (${total.persenHadir.toLocaleString('id-ID')}%)` : ''}</div>
            </div>
            <div>
              <div className="meja-angka-sedang">{total ? formatAngka(total.jumlah.terlambat) : '–'}</div>
              <div className="muted">terlambat</div>
            </div>
            <div>
              <div className="meja-angka-sedang">{total ? formatAngka(total.jumlah.belum) : '–'}</div>
              <div className="muted">belum tercatat</div>
            </div>
          </div>
        </section>

        <aside className="meja-samping">
          <section className="card meja-riwayat">
            <h2>Pemindaian terakhir</h2>
            {q.riwayat.length === 0 ? <p className="muted">Belum ada.</p> : null}
            <ol data-testid="riwayat-meja">
              {q.riwayat.map((r) => {
                const warna = r.keadaan === 'ditolak' ? 'merah' : r.hasil ? warnaHasil(r.hasil.hasil) : 'antri';
                const bisaBatal = r.hasil && r.hasil.hasil === 'tercatat' && r.hasil.logId > 0 && !r.dibatalkan && !r.hasil.ulangan;
                return (
                  <li key={r.entri.nonce} className={`meja-riwayat-${warna}${r.dibatalkan ? ' is-batal' : ''}`} data-hasil={r.hasil?.hasil ?? r.keadaan}>
                    <span className="meja-riwayat-jam">{jam(r.entri.waktu)}</span>
                    <span className="meja-riwayat-nama">
                      {r.hasil?.peserta?.nama ?? r.hasil?.pegawai?.nama ?? (r.entri.masukan || 'Peserta dari pencarian')}
                      <span className="muted"> · {r.dibatalkan ? `dibatalkan: ${r.dibatalkan}` : r.keadaan === 'menunggu' ? 'menunggu koneksi' : r.galat ?? r.hasil?.judul}</span>
                    </span>
                    {bisaBatal ? (
                      <button type="button" className="btn btn-small" onClick={() => setBatal(r)}>
                        Batalkan
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
          <BelumHadir kegiatanId={kegiatanId} rekap={rekap} />
        </aside>
      </div>
      {mejaLain ? (
        <MejaLainDialog
          kegiatanId={kegiatanId}
          onClose={() => {
            setMejaLain(false);
            kotak.current?.focus();
          }}
        />
      ) : null}
      {batal ? (
        <AlasanBatalDialog
          title="Batalkan kehadiran"
          subtitle={`${batal.hasil?.peserta?.nama ?? batal.entri.masukan}, tercatat pukul ${jam(batal.entri.waktu)}. Catatan aslinya tetap di log, dengan pembatalan dan alasannya.`}
          submit="Batalkan kehadiran"
          placeholder="Salah pindai, orang lain, …"
          testId="dialog-batal-hadir"
          onClose={() => {
            setBatal(null);
            kotak.current?.focus();
          }}
          onBatal={async (alasan, nonce) => {
            await panggil('kegiatan.hadir.batal', {
              kegiatanId,
              logId: batal.hasil!.logId,
              alasan,
              meja: meja.trim() || 'Meja 1',
              operator: operator.trim(),
              nonce,
            });
            q.tandaiBatal(batal.entri.nonce, alasan);
            toast.success(`Kehadiran ${batal.hasil?.peserta?.nama ?? ''} dibatalkan.`);
            setBatal(null);
            rekapSegera();
            kotak.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
