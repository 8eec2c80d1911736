import { useState } from 'react';
import { Field } from '../../components/Field';
import { errorMessage } from '../../lib/errors';
import { pasangMeja } from './sesi-meja';

/**
 * The pairing screen of a desk on another laptop or phone: the 6-digit code the organiser's screen
 * shows (or already in the address, from its QR code) and the desk's name, once.
 */
export function PasangMeja({ kode: awal, onPasang, pesan }: { kode: string; onPasang: (kegiatanId: number) => void; pesan?: string | null }) {
  const [kode, setKode] = useState(awal.replace(/\D/g, '').slice(0, 6));
  const [nama, setNama] = useState(() => localStorage.getItem('netra.meja.nama') ?? '');
  const [operator, setOperator] = useState(() => localStorage.getItem('netra.meja.operator') ?? '');
  const [galat, setGalat] = useState<string | null>(null);
  const [kirim, setKirim] = useState(false);

  const submit = async () => {
    setGalat(null);
    if (!/^\d{6}$/.test(kode.replace(/\s/g, ''))) return setGalat('Kode pemasangan terdiri dari 6 angka, seperti yang tampil di layar penyelenggara.');
    if (!nama.trim()) return setGalat('Isi nama meja, misalnya "Meja 2" atau "Pintu Timur".');
    setKirim(true);
    try {
      const info = await pasangMeja({ kode: kode.replace(/\s/g, ''), nama: nama.trim(), operator: operator.trim() });
      localStorage.setItem('netra.meja.nama', info.meja);
      localStorage.setItem('netra.meja.operator', info.operator);
      onPasang(info.kegiatanId);
    } catch (e) {
      setGalat(errorMessage(e));
      setKirim(false);
    }
  };

  return (
    <div className="meja-layar meja-berakhir" data-testid="pasang-meja">
      <h1>Pasangkan meja hadir</h1>
      {pesan ? (
        <div className="banner banner-warning" data-testid="pesan-pasang">
          {pesan}
        </div>
      ) : null}
      <p>Masukkan kode 6 angka yang tampil di layar penyelenggara (menu Meja hadir pada kegiatan), lalu beri nama meja ini.</p>
      <form
        className="meja-pasang"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field id="pasang-kode" label="Kode pemasangan" required>
          {(a) => (
            <input
              {...a}
              value={kode}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              onChange={(e) => setKode(e.target.value.replace(/[^\d ]/g, ''))}
              autoFocus={!awal}
              className="meja-pasang-kode"
              data-testid="kode-pasang"
            />
          )}
        </Field>
        <Field id="pasang-nama" label="Nama meja" required>
          {(a) => <input {...a} value={nama} maxLength={40} onChange={(e) => setNama(e.target.value)} placeholder="Meja 2, Pintu Timur, …" autoFocus={!!awal} data-testid="nama-pasang" />}
        </Field>
        <Field id="pasang-operator" label="Petugas">
          {(a) => <input {...a} value={operator} maxLength={100} onChange={(e) => setOperator(e.target.value)} placeholder="Nama petugas (boleh kosong)" />}
        </Field>
        {galat ? (
          <div className="banner banner-error" role="alert" data-testid="galat-pasang">
            {galat}
          </div>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={kirim}>
          {kirim ? 'Memasangkan…' : 'Pasangkan meja ini'}
        </button>
      </form>
    </div>
  );
}
