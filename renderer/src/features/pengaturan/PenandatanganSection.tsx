import { useState } from 'react';
import { tanpaNip, type Penandatangan } from '../../../../shared/contract/index';
import { formatNip } from '../../../../shared/domain/nip';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { UbahHapus } from '../../components/UbahHapus';
import { errorMessage } from '../../lib/errors';
import { golonganLabel, namaLengkap } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { PenandatanganForm } from './PenandatanganForm';
import { SectionHead } from './SectionParts';

type Editing = { penandatangan: Penandatangan | null } | null;

/** Penandatangan: officials who sign documents, with the way their name, pangkat and NIP are printed. */
export function PenandatanganSection() {
  const list = useCall('penandatangan.list', {});
  const [editing, setEditing] = useState<Editing>(null);
  const toast = useToast();
  const confirm = useConfirm();
  const rows = list.data ?? [];

  const remove = async (p: Penandatangan) => {
    const ok = await confirm({
      title: 'Hapus penandatangan?',
      message: (
        <>
          <strong>{namaLengkap(p)}</strong> ({p.jabatan}) akan dihapus dari daftar. Jika sudah pernah menandatangani dokumen, lebih baik
          nonaktifkan saja.
        </>
      ),
      confirmLabel: 'Hapus',
      danger: true,
    });
    if (!ok) return;
    try {
      await call('penandatangan.delete', { id: p.id });
      toast.success(`${namaLengkap(p)} dihapus dari daftar penandatangan.`);
      await list.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  const add = () => setEditing({ penandatangan: null });

  return (
    <section className="pengaturan-section" data-testid="bagian-penandatangan">
      <SectionHead
        title="Penandatangan"
        description="Pejabat yang menandatangani dokumen. Cara menandatangani (langsung, a.n., u.b., Plt., Plh.) dipilih saat membuat dokumen."
        actions={
          <button type="button" className="btn btn-primary" onClick={add}>
            <Icon name="plus" /> Tambah penandatangan
          </button>
        }
      />
      {list.error ? <LoadError what="penandatangan" error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.loading && !list.data ? (
        <div className="empty-state">
          <span className="spinner" aria-hidden="true" /> Memuat penandatangan…
        </div>
      ) : rows.length === 0 && !list.error ? (
        <div className="card empty-state">
          <Icon name="edit" size={28} />
          <p className="empty-title">Belum ada penandatangan.</p>
          <p>Tambahkan pejabat yang menandatangani surat, misalnya kepala badan, Sekretaris Daerah atau bupati.</p>
          <button type="button" className="btn btn-primary" onClick={add}>
            <Icon name="plus" /> Tambah penandatangan
          </button>
        </div>
      ) : (
        <div className="card table-card">
          <table className="table" data-testid="daftar-penandatangan">
            <thead>
              <tr>
                <th>Jabatan</th>
                <th>Nama</th>
                <th>Pangkat/golongan</th>
                <th>NIP</th>
                <th>Status</th>
                <th aria-label="Tindakan" />
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} className={p.aktif ? undefined : 'is-inactive'}>
                  <td>{p.jabatan}</td>
                  <td className="strong">{namaLengkap(p)}</td>
                  <td>{tanpaNip(p.jenis) || !p.golongan ? <span className="muted">—</span> : golonganLabel(p.golongan)}</td>
                  <td className="num nowrap">{tanpaNip(p.jenis) ? <span className="badge badge-existing">{p.jenis === 'kepala-daerah' ? 'Kepala daerah' : 'Wakil kepala daerah'}</span> : formatNip(p.nip)}</td>
                  <td>{p.aktif ? <span className="badge badge-aktif">Aktif</span> : <span className="badge badge-nonaktif">Nonaktif</span>}</td>
                  <td className="row-actions">
                    <UbahHapus hapusLabel={`Hapus ${namaLengkap(p)}`} onUbah={() => setEditing({ penandatangan: p })} onHapus={() => void remove(p)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <PenandatanganForm
          penandatangan={editing.penandatangan}
          onClose={() => setEditing(null)}
          onSaved={(p, created) => {
            setEditing(null);
            void list.reload();
            toast.success(created ? `${namaLengkap(p)} ditambahkan sebagai penandatangan.` : `Data ${namaLengkap(p)} disimpan.`);
          }}
        />
      ) : null}
    </section>
  );
}
