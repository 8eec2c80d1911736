import { useState } from 'react';
import type { HukumanPegawai as Hukuman } from '../../../../shared/contract/hukuman';
import { TINGKAT_LABEL } from '../../../../shared/domain/kasus';
import type { Pegawai } from '../../../../shared/domain/pegawai';
import { formatTanggal, todayIso } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { namaLengkap } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { bukaDrafDokumen } from '../dokumen/draf-masuk';

/** "1 Desember 2026 s.d. 31 Mei 2027", "sejak 1 Desember 2026" (permanent), or that the decree is not delivered yet. */
export function masaHukuman(h: Pick<Hukuman, 'mulai' | 'selesai' | 'tetap'>): string {
  if (!h.mulai) return 'keputusan belum disampaikan';
  if (h.tetap || !h.selesai) return `sejak ${formatTanggal(h.mulai)}`;
  return `${formatTanggal(h.mulai)} s.d. ${formatTanggal(h.selesai)}`;
}

const STATUS_TEKS: Record<Hukuman['status'], string> = { berlaku: 'Sedang berlaku', 'belum-berlaku': 'Belum berlaku', selesai: 'Selesai' };

/**
 * The person's sanctions from the register: a warning while one is in force ("Sedang menjalani
 * hukuman disiplin: … s.d. …", what a promotion or transfer must not miss), the history, and the
 * certificate of not being under sanction, opened in the document form.
 */
export function HukumanPegawai({ pegawai: p }: { pegawai: Pegawai }) {
  const toast = useToast();
  const r = useCall('pegawai.hukuman', { pegawaiId: p.id });
  const [busy, setBusy] = useState(false);
  const data = r.data?.pegawaiId === p.id ? r.data : null;

  const suratKeterangan = async () => {
    setBusy(true);
    try {
      const out = await call('pegawai.hukuman.suratKeterangan', { pegawaiId: p.id, tanggal: todayIso() });
      bukaDrafDokumen(out.jenis, out.data, `register hukuman disiplin: ${namaLengkap(p)}`);
    } catch (e) {
      toast.error(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section className="detail-section" aria-label="Hukuman disiplin" data-testid="hukuman-pegawai">
      <h3>Hukuman disiplin</h3>
      {r.error ? <p className="nip-decoded-error">Register hukuman tidak dapat dibaca: {r.error}</p> : null}
      {data?.berlaku.map((h) => (
        <p key={h.terlaporId} className="hukuman-berlaku" role="alert" data-testid="hukuman-berlaku">
          <Icon name="alert" size={14} /> Sedang menjalani hukuman disiplin: {h.nama} ({masaHukuman(h)}; kasus {h.nomorRegister}
          {h.nomorKeputusan ? `, Keputusan Nomor ${h.nomorKeputusan}` : ''}).
        </p>
      ))}
      {data?.belumBerlaku.map((h) => (
        <p key={h.terlaporId} className="hukuman-belum" data-testid="hukuman-belum-berlaku">
          Sudah diputus, belum berlaku: {h.nama} ({masaHukuman(h)}; kasus {h.nomorRegister}).
        </p>
      ))}
      {data && data.hukuman.length === 0 ? <p className="muted">Tidak ada hukuman disiplin di register.</p> : null}
      {data && data.hukuman.some((h) => h.status === 'selesai') ? (
        <ul className="hukuman-riwayat">
          {data.hukuman
            .filter((h) => h.status === 'selesai')
            .map((h) => (
              <li key={h.terlaporId}>
                {h.tingkat ? `${TINGKAT_LABEL[h.tingkat]}: ` : ''}
                {h.nama} ({masaHukuman(h)}; {STATUS_TEKS[h.status].toLowerCase()}; kasus {h.nomorRegister})
              </li>
            ))}
        </ul>
      ) : null}
      {data && data.berlaku.length === 0 && data.belumBerlaku.length === 0 ? (
        <button type="button" className="btn btn-small" onClick={() => void suratKeterangan()} disabled={busy} data-testid="buat-surat-keterangan-hukdis">
          <Icon name="file" /> Surat keterangan tidak sedang menjalani hukuman disiplin
        </button>
      ) : null}
    </section>
  );
}
