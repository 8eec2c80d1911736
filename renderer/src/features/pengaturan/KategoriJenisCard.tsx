import { useState } from 'react';
import { KategoriSchema, type KategoriJenis } from '../../../../shared/contract/pengaturan';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import type { KategoriDokumen } from '../../../../shared/dokumen/jenis/types';
import { call } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';

const LABEL: Record<KategoriDokumen, string> = {
  penetapan: 'Produk hukum (pengaturan/penetapan)',
  korespondensi: 'Surat (korespondensi)',
};

/**
 * Which group each document type belongs to. The group decides the signature lines (titles, pangkat,
 * NIP) and the page setup. Editable because format-dokumen.md marks the SE's group as to be checked.
 */
export function KategoriJenisCard() {
  const list = useCall('halaman.kategori', {});
  const [busy, setBusy] = useState<string | null>(null);
  const toast = useToast();

  const change = async (j: KategoriJenis, next: KategoriDokumen) => {
    setBusy(j.jenis);
    try {
      const saved = await call('halaman.setKategori', { jenis: JENIS.get(j.jenis).jenis, kategori: next === j.bawaan ? null : next });
      toast.success(`${saved.label} kini mengikuti kelompok ${LABEL[saved.kategori].toLowerCase()}. Dokumen yang sudah diarsipkan tidak berubah.`);
      await list.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  if (list.error) return <LoadError what="kelompok jenis dokumen" error={list.error} onRetry={() => void list.reload()} />;
  return (
    <div className="card skema-card" data-testid="kategori-jenis">
      <div className="skema-title">
        <h3>Kelompok jenis dokumen</h3>
        <p className="muted small">
          Kelompok menentukan baris tanda tangan (gelar, pangkat, NIP) dan pengaturan halaman yang dipakai. Bawaan Netra menggolongkan surat edaran sebagai produk hukum
          (periksa terhadap lampiran Permendagri 1/2023); ubah di sini bila daerah Anda menggolongkannya lain.
        </p>
      </div>
      <table className="table table-compact">
        <thead>
          <tr>
            <th>Jenis dokumen</th>
            <th>Kelompok</th>
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((j) => (
            <tr key={j.jenis}>
              <td>
                <label htmlFor={`kategori-${j.jenis}`}>{j.label}</label>
              </td>
              <td>
                <select
                  id={`kategori-${j.jenis}`}
                  value={j.kategori}
                  disabled={busy !== null}
                  onChange={(e) => void change(j, KategoriSchema.parse(e.target.value))}
                  data-testid={`kategori-${j.jenis}`}
                >
                  {(Object.keys(LABEL) as KategoriDokumen[]).map((k) => (
                    <option key={k} value={k}>
                      {LABEL[k]}
                      {k === j.bawaan ? ' — bawaan' : ''}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
