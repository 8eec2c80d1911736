import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { HasilTerima, Kampanye, LogTerima } from '../../../../shared/contract/ikrar';
import { warnaHasil } from '../../../../shared/domain/kegiatan';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { AlasanBatalDialog } from '../meja/AlasanBatalDialog';
import { buatNonce } from '../meja/nonce';
import { useScannerInput } from '../meja/useScannerInput';

const nonceBaru = buatNonce;
const KUNCI_MEJA = 'netra.ikrar.meja';

const pukul = (iso: string) => new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' }).replace(':', '.');

const HASIL_LABEL: Record<LogTerima['hasil'], string> = {
  tercatat: 'Diterima',
  duplikat: 'Sudah diterima',
  'bukan-peserta': 'Tanpa formulir',
  'kegiatan-lain': 'Kampanye lain',
  'tidak-dikenal': 'Tidak dikenali',
  ditutup: 'Ditutup',
  batal: 'Dibatalkan',
};

/**
 * The return desk: a USB scanner is heard whatever has focus (the event desk's collector,
 * useScannerInput), and the big field takes a typed NIP or code ending with Enter. Every entry is
 * queued as it ends, so fast scans are never lost while one is answered; the banner is readable
 * from a metre away.
 */
export function MejaTerima({ kampanye, onChanged }: { kampanye: Kampanye; onChanged: () => void }) {
  const [masukan, setMasukan] = useState('');
  const [hasil, setHasil] = useState<HasilTerima | null>(null);
  const [meja, setMeja] = useState(() => localStorage.getItem(KUNCI_MEJA) || 'Meja 1');
  const [batal, setBatal] = useState<LogTerima | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const queue = useRef<{ masukan: string; cara: 'pindai' | 'ketik'; nonce: string }[]>([]);
  const running = useRef(false);
  const toast = useToast();
  const log = useCall('ikrar.terima.log', { kampanyeId: kampanye.id, limit: 12 });
  const reloadLog = log.reload;

  useEffect(() => localStorage.setItem(KUNCI_MEJA, meja), [meja]);

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        try {
          const r = await call('ikrar.terima', { kampanyeId: kampanye.id, masukan: next.masukan, meja, nonce: next.nonce, cara: next.cara });
          setHasil(r);
        } catch (e) {
          toast.error(errorMessage(e));
        }
      }
    } finally {
      running.current = false;
    }
    void reloadLog();
    onChanged();
  }, [kampanye.id, meja, toast, reloadLog, onChanged]);

  const masuk = (text: string, cara: 'pindai' | 'ketik') => {
    if (!text.trim()) return;
    queue.current.push({ masukan: text.trim(), cara, nonce: nonceBaru() });
    void drain();
  };
  useScannerInput((code) => masuk(code, 'pindai'), batal === null);

  // A person's Enter (the scanner's is taken by useScannerInput before the field sees it).
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const text = e.currentTarget.value;
    setMasukan('');
    masuk(text, 'ketik');
  };

  const warna = hasil ? warnaHasil(hasil.hasil) : null;
  return (
    <div data-testid="meja-terima">
      <div className="meja-atas">
        <Field id="meja-nama" label="Nama meja">
          {(a) => <input {...a} value={meja} onChange={(e) => setMeja(e.target.value.slice(0, 40))} style={{ width: 140 }} />}
        </Field>
        <div className="meja-hitung" data-testid="meja-hitung">
          {formatAngka(kampanye.jumlah.kembali)} dari {formatAngka(kampanye.jumlah.formulir)} formulir kembali · {formatAngka(kampanye.jumlah.belum)} belum
        </div>
      </div>
      <label htmlFor="meja-masukan" className="field-label">
        Pindai kode QR formulir, atau ketik NIP lalu Enter
      </label>
      <input
        id="meja-masukan"
        ref={input}
        className="meja-input"
        value={masukan}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setMasukan(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="IK1-… atau 19850312 201001 1 004"
        data-testid="meja-masukan"
      />
      <div className={`meja-banner ${warna ? `meja-${warna}` : 'meja-kosong'}`} role="status" aria-live="assertive" data-testid="meja-banner" data-hasil={hasil?.hasil ?? ''}>
        {hasil ? (
          <>
            <div className="meja-banner-judul">{hasil.judul}</div>
            {hasil.formulir ? (
              <div className="meja-banner-nama">
                {hasil.formulir.nama} · {hasil.formulir.unitInduk}
              </div>
            ) : null}
            <div className="meja-banner-pesan">{hasil.pesan}</div>
          </>
        ) : (
          <div className="meja-banner-pesan">Siap menerima formulir.</div>
        )}
      </div>
      <div className="ikrar-section" style={{ marginTop: 20 }}>
        <h2>Catatan terakhir</h2>
        <table className="table table-compact" data-testid="meja-log">
          <thead>
            <tr>
              <th>Pukul</th>
              <th>Meja</th>
              <th>Hasil</th>
              <th>Nama</th>
              <th>Perangkat daerah</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(log.data?.rows ?? []).map((l) => (
              <tr key={l.id}>
                <td>{pukul(l.waktu)}</td>
                <td>{l.meja}</td>
                <td>
                  {HASIL_LABEL[l.hasil]}
                  {l.dibatalkan ? ' (dibatalkan)' : ''}
                  {l.alasan ? `: ${l.alasan}` : ''}
                </td>
                <td>{l.nama ?? l.masukan}</td>
                <td>{l.unitInduk ?? ''}</td>
                <td>
                  {l.hasil === 'tercatat' && !l.dibatalkan ? (
                    <button type="button" className="btn btn-small" onClick={() => setBatal(l)}>
                      Batalkan
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {batal ? (
        <AlasanBatalDialog
          title="Batalkan penerimaan formulir"
          subtitle={`${batal.nama ?? ''}, diterima pukul ${pukul(batal.waktu)} di ${batal.meja}. Catatan tetap ada; pembatalan dicatat dengan alasannya.`}
          submit="Batalkan penerimaan"
          placeholder="Salah pindai formulir orang lain"
          onClose={() => {
            setBatal(null);
            input.current?.focus();
          }}
          onBatal={async (alasan, nonce) => {
            await call('ikrar.terima.batal', { kampanyeId: kampanye.id, logId: batal.id, alasan, meja, nonce });
            setBatal(null);
            void reloadLog();
            onChanged();
            input.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
