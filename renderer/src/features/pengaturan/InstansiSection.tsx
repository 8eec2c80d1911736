import { useState } from 'react';
import type { InstansiProfil } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { UbahHapus } from '../../components/UbahHapus';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { InstansiForm } from './InstansiForm';
import { KopPreview } from './KopPreview';
import { SectionHead } from './SectionParts';

type Editing = { profil: InstansiProfil | null } | null;

/** Profil instansi: each profile is a letterhead (kop) with its city and unit code. */
export function InstansiSection() {
  const list = useCall('instansi.list', {});
  const setup = useCall('halaman.get', {});
  const [editing, setEditing] = useState<Editing>(null);
  const toast = useToast();
  const confirm = useConfirm();
  const profiles = list.data ?? [];

  const remove = async (p: InstansiProfil) => {
    const ok = await confirm({
      title: 'Hapus profil instansi?',
      message: (
        <>
          Profil <strong>{p.nama}</strong> akan dihapus. Dokumen yang sudah dibuat dengan profil ini tetap tersimpan di arsip.
        </>
      ),
      confirmLabel: 'Hapus',
      danger: true,
    });
    if (!ok) return;
    try {
      await call('instansi.delete', { id: p.id });
      toast.success(`Profil ${p.nama} dihapus.`);
      await list.reload();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  };

  const add = () => setEditing({ profil: null });

  return (
    <section className="pengaturan-section" data-testid="bagian-instansi">
      <SectionHead
        title="Profil instansi"
        description="Kop surat, kota pada tanggal surat dan kode unit pada nomor. Buat satu profil untuk setiap kop yang dipakai, misalnya BKPSDM dan Bupati."
        actions={
          <button type="button" className="btn btn-primary" onClick={add}>
            <Icon name="plus" /> Tambah profil
          </button>
        }
      />
      {list.error ? <LoadError what="profil instansi" error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.loading && !list.data ? (
        <div className="empty-state">
          <span className="spinner" aria-hidden="true" /> Memuat profil instansi…
        </div>
      ) : profiles.length === 0 && !list.error ? (
        <div className="card empty-state">
          <Icon name="building" size={28} />
          <p className="empty-title">Belum ada profil instansi.</p>
          <p>Dokumen memerlukan paling sedikit satu profil untuk kop suratnya.</p>
          <button type="button" className="btn btn-primary" onClick={add}>
            <Icon name="plus" /> Tambah profil
          </button>
        </div>
      ) : (
        <ul className="profil-list" data-testid="daftar-instansi">
          {profiles.map((p) => (
            <li key={p.id} className="card profil-card" data-testid="profil-instansi">
              <div className="profil-card-head">
                <div>
                  <div className="profil-card-title">{p.nama}</div>
                  <div className="muted small">
                    {p.jenisKop === 'kepala-daerah' ? 'Kop jabatan kepala daerah' : p.jenisKop === 'pemerintah-daerah' ? 'Kop pemerintah daerah' : 'Kop perangkat daerah'} · {p.kota}
                    {p.kodeUnit ? ` · kode unit ${p.kodeUnit}` : ''}
                    {p.logo ? '' : ' · belum ada logo'}
                  </div>
                </div>
                <div className="profil-card-actions">
                  <UbahHapus hapusLabel={`Hapus profil ${p.nama}`} onUbah={() => setEditing({ profil: p })} onHapus={() => void remove(p)} />
                </div>
              </div>
              <KopPreview profil={p} {...(setup.data ? { setup: setup.data } : {})} />
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <InstansiForm
          profil={editing.profil}
          onClose={() => setEditing(null)}
          onSaved={(p, closed) => {
            void list.reload();
            if (closed) {
              setEditing(null);
              toast.success(editing.profil ? `Profil ${p.nama} disimpan.` : `Profil ${p.nama} ditambahkan.`);
            } else if (!editing.profil) setEditing({ profil: p });
          }}
        />
      ) : null}
    </section>
  );
}
