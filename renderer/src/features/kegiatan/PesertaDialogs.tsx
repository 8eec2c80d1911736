import { useState } from 'react';
import type { Kegiatan, PesertaKegiatan } from '../../../../shared/contract/kegiatan';
import type { Pegawai } from '../../../../shared/domain/pegawai';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { enterAction, keyInfo } from '../../lib/form-keys';
import { formatAngka, namaLengkap, tampilNomor } from '../../lib/format';
import { PegawaiCari } from '../dokumen/jenis/PegawaiCari';
import { call } from '../../api/client';
import { Samaran, usePrivasi } from '../../lib/privasi';

/** The groups a guest outside the registry is listed under (the clerk may type another). */
export const INSTANSI_TAMU = [
  'Forkopimda',
  'Instansi Vertikal',
  'Kecamatan',
  'Kelurahan',
  'Pemerintah Desa',
  'Bawaslu',
  'KPU',
  'Kepolisian',
  'TNI',
  'Kejaksaan',
] as const;

const ditandaiSesudah = (k: Kegiatan) =>
  k.pesertaDitetapkanAt ? (
    <div className="banner banner-info">
      <Icon name="info" /> Daftar sudah ditetapkan: yang ditambahkan sekarang ditandai “ditambahkan” dengan waktunya.
    </div>
  ) : null;

/** Add people from the registry by hand: search by name or NIP, collect, add them all at once. */
export function TambahPegawaiDialog({ kegiatan, onClose, onAdded }: { kegiatan: Kegiatan; onClose: () => void; onAdded: (msg: string) => void }) {
  const [dipilih, setDipilih] = useState<Pegawai[]>([]);
  const privasi = usePrivasi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = new Set(dipilih.map((p) => p.id));
  const simpan = async () => {
    if (!dipilih.length || busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('kegiatan.peserta.tambah', { kegiatanId: kegiatan.id, pegawaiIds: dipilih.map((p) => p.id) });
      onAdded(
        r.sudahAda
          ? `${formatAngka(r.ditambah)} peserta ditambahkan; ${formatAngka(r.sudahAda)} sudah terdaftar sebelumnya.`
          : `${formatAngka(r.ditambah)} peserta ditambahkan.`,
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Tambah peserta dari data pegawai"
      subtitle={kegiatan.judul}
      size="md"
      testId="tambah-pegawai"
      onClose={onClose}
      footer={
        <>
          {error ? (
            <div className="form-error" role="alert">
              <Icon name="alert" /> {error}
            </div>
          ) : (
            <div className="footer-hint">{dipilih.length ? `${dipilih.length} dipilih` : 'Cari lalu tekan Enter untuk memilih.'}</div>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Batal
          </button>
          <button type="button" className="btn btn-primary" disabled={!dipilih.length || busy} onClick={() => void simpan()} data-testid="simpan-tambah">
            {busy ? 'Menambahkan…' : `Tambahkan ${dipilih.length || ''} peserta`}
          </button>
        </>
      }
    >
      <div className="form-stack">
        {ditandaiSesudah(kegiatan)}
        <PegawaiCari
          chosenIds={ids}
          onPick={(p) => !ids.has(p.id) && setDipilih((d) => [...d, p])}
          sesudahKosong="Undangan di luar data pegawai ditambahkan sebagai tamu."
        />
        {dipilih.length ? (
          <ul className="dipilih-list" aria-label="Pegawai yang akan ditambahkan">
            {dipilih.map((p) => (
              <li key={p.id}>
                <div>
                  <div className="strong">
                    <Samaran nama={namaLengkap(p)} />
                  </div>
                  <div className="muted small">{[privasi.nip(tampilNomor(p)), p.jabatan, p.unitKerjaNama].filter(Boolean).join(' · ')}</div>
                </div>
                <button type="button" className="btn-icon btn-icon-sm" aria-label={`Batal pilih ${namaLengkap(p)}`} onClick={() => setDipilih((d) => d.filter((x) => x.id !== p.id))}>
                  <Icon name="x" size={14} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Dialog>
  );
}

/** A guest not in the registry (a camat, a kepala desa, Forkopimda): listed under their instansi. */
export function TamuDialog({ kegiatan, onClose, onAdded }: { kegiatan: Kegiatan; onClose: () => void; onAdded: (p: PesertaKegiatan) => void }) {
  const [tamu, setTamu] = useState({ nama: '', jabatan: '', instansi: '', nik: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof tamu, v: string) => {
    setTamu((t) => ({ ...t, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };
  const simpan = async () => {
    if (busy) return;
    const local: Record<string, string> = {};
    if (!tamu.nama.trim()) local.nama = 'Nama tamu wajib diisi.';
    if (!tamu.instansi.trim()) local.instansi = 'Instansi wajib diisi: tamu dikelompokkan menurut instansinya.';
    if (tamu.nik.trim() && !/^\d{16}$/.test(tamu.nik.replace(/\s/g, ''))) local.nik = 'NIK terdiri atas 16 angka.';
    setErrors(local);
    if (Object.keys(local).length) {
      document.getElementById(`tamu-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const p = await call('kegiatan.peserta.tamu', {
        kegiatanId: kegiatan.id,
        tamu: { nama: tamu.nama, jabatan: tamu.jabatan, instansi: tamu.instansi, nik: tamu.nik.replace(/\s/g, '') || null },
      });
      onAdded(p);
    } catch (e) {
      const fe = fieldErrors(e);
      const byField: Record<string, string> = {};
      for (const [k, m] of Object.entries(fe)) byField[k.replace(/^tamu\./, '')] = m;
      setErrors(byField);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Tambah tamu"
      subtitle="Undangan di luar data pegawai: instansi vertikal, camat, lurah, kepala desa, Forkopimda"
      size="md"
      testId="tambah-tamu"
      onClose={onClose}
      footer={
        <FormFooter error={error} onCancel={onClose} busy={busy} onSubmit={() => void simpan()} submitTestId="simpan-tamu" submit={busy ? 'Menyimpan…' : 'Tambahkan tamu'} />
      }
    >
      <div
        className="form-stack"
        onKeyDownCapture={(e) => {
          const a = enterAction(keyInfo(e));
          if (a === 'simpan') {
            e.preventDefault();
            void simpan();
          }
        }}
      >
        {ditandaiSesudah(kegiatan)}
        <Field id="tamu-nama" label="Nama (dengan gelar)" error={errors.nama || undefined} required>
          {(a) => <input {...a} type="text" autoComplete="off" value={tamu.nama} onChange={(e) => set('nama', e.target.value)} data-autofocus />}
        </Field>
        <Field id="tamu-jabatan" label="Jabatan" error={errors.jabatan || undefined}>
          {(a) => <input {...a} type="text" autoComplete="off" placeholder="Camat Sukamaju, Kepala Desa Mekarsari…" value={tamu.jabatan} onChange={(e) => set('jabatan', e.target.value)} />}
        </Field>
        <Field id="tamu-instansi" label="Instansi" error={errors.instansi || undefined} required hint="Tamu dikelompokkan menurut instansi ini di daftar hadir dan rekap.">
          {(a) => (
            <>
              <input {...a} type="text" autoComplete="off" list="tamu-instansi-pilihan" value={tamu.instansi} onChange={(e) => set('instansi', e.target.value)} />
              <datalist id="tamu-instansi-pilihan">
                {INSTANSI_TAMU.map((i) => (
                  <option key={i} value={i} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field id="tamu-nik" label="NIK (bila ada)" error={errors.nik || undefined}>
          {(a) => <input {...a} type="text" inputMode="numeric" autoComplete="off" value={tamu.nik} onChange={(e) => set('nik', e.target.value)} />}
        </Field>
      </div>
    </Dialog>
  );
}

/** Removing someone after the list was closed needs a reason: the row is kept, marked, not deleted. */
export function HapusPesertaDialog({ kegiatan, peserta, onClose, onRemoved }: { kegiatan: Kegiatan; peserta: PesertaKegiatan; onClose: () => void; onRemoved: () => void }) {
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const perluAlasan = kegiatan.pesertaDitetapkanAt !== null;
  const hapus = async () => {
    if (busy) return;
    if (perluAlasan && !alasan.trim()) {
      setError('Tulis alasan: daftar sudah ditetapkan, penghapusan dicatat beserta alasannya.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('kegiatan.peserta.hapus', { kegiatanId: kegiatan.id, pesertaId: peserta.id, alasan: alasan.trim() });
      onRemoved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Hapus dari peserta?"
      size="sm"
      role="alertdialog"
      testId="hapus-peserta"
      onClose={onClose}
      footer={
        <FormFooter error={error} onCancel={onClose} busy={busy} onSubmit={() => void hapus()} submitClass="btn-danger" cancelFocus={!perluAlasan} submit="Hapus dari peserta" />
      }
    >
      <div className="form-stack">
        <p>
          <strong>
            <Samaran nama={peserta.nama} />
          </strong>{' '}
          ({peserta.unitInduk}) tidak lagi diundang ke {kegiatan.judul}.
          {peserta.kehadiran ? ' Catatan kehadirannya tetap tersimpan di log.' : ''}
        </p>
        {perluAlasan ? (
          <Field id="hapus-alasan" label="Alasan" required hint="Daftar sudah ditetapkan: penghapusan dicatat dengan alasannya.">
            {(a) => <input {...a} type="text" autoComplete="off" value={alasan} onChange={(e) => setAlasan(e.target.value)} data-autofocus onKeyDown={(e) => e.key === 'Enter' && void hapus()} />}
          </Field>
        ) : null}
      </div>
    </Dialog>
  );
}
